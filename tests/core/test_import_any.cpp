// importAnyFile: every kind of file a user may drop, recognised by name and content.

#include "imscore/certificates.h"
#include "imscore/osgi.h"
#include "stored_zip.h"
#include "testutil.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <nlohmann/json.hpp>

using namespace ims;
using json = nlohmann::ordered_json;

namespace {

const std::string kProviderPid(kAccessTokenProviderPid);
const std::string kCustomizerPid(kRequestCustomizerPid);
const char *const kSampleFile = "com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json";
const std::string kClientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
const std::string kOrgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
const std::string kSecret = "p8e-EXAMPLEanyFILEsecret0001";

std::string readSample(const char *name)
{
    QFile file(samplePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open sample %s", name);
    return file.readAll().toStdString();
}

QString describe(const std::vector<FieldProblem> &problems)
{
    QStringList parts;
    for (const auto &p : problems) {
        parts << QStringLiteral("%1/%2/%3")
                     .arg(QString::fromUtf8(fieldName(p.field).data(), qsizetype(fieldName(p.field).size())),
                         QString::fromUtf8(
                             problemName(p.problem).data(), qsizetype(problemName(p.problem).size())),
                         QString::fromStdString(p.detail));
    }
    return parts.join(QLatin1Char(' '));
}

bool hasProblem(
    const FoundConfiguration &found, Field field, Problem problem, const std::string &detail = "*")
{
    return std::any_of(found.problems.begin(), found.problems.end(), [&](const FieldProblem &p) {
        return p.field == field && p.problem == problem && (detail == "*" || p.detail == detail);
    });
}

std::string customizerJson(const std::string &secret)
{
    json customizer = json::object();
    customizer["auth.ims.client.secret"] = secret;
    return customizer.dump(2);
}

struct KeyPairPem
{
    std::string key;
    std::string certificate;
};

KeyPairPem makeKeyPair(const std::string &name)
{
    CertificateRequest request;
    request.commonName = name;
    const auto pair = makeSelfSignedCertificate(request);
    if (!pair)
        qFatal("key generation failed");
    const auto key = pair.value().key.toPkcs8Pem();
    const auto certificate = pair.value().certificate.toPem();
    if (!key || !certificate)
        qFatal("PEM export failed");
    return {std::string(key.value().reveal()), certificate.value()};
}

} // namespace

class TestImportAny : public QObject
{
    Q_OBJECT

    KeyPairPem m_pair;
    KeyPairPem m_other;

    // Every problem of every result: never one of these values in a detail or a source.
    void verifyClean(const std::vector<FoundConfiguration> &found, const std::vector<std::string> &secrets)
    {
        for (const FoundConfiguration &f : found) {
            for (const std::string &secret : secrets) {
                QVERIFY(f.source.find(secret) == std::string::npos);
                for (const FieldProblem &p : f.problems)
                    QVERIFY2(p.detail.find(secret) == std::string::npos, p.detail.c_str());
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_pair = makeKeyPair("import-any");
        m_other = makeKeyPair("import-any-other");
    }

    void developerConsoleKeyPairZip()
    {
        const std::string archive
            = testzip::storedZip({{"private.key", m_pair.key}, {"certificate_pub.crt", m_pair.certificate}});
        const auto found = importAnyFile("config.zip", archive);
        QCOMPARE(found.size(), std::size_t(1));
        const FoundConfiguration &f = found[0];
        QCOMPARE(f.source, std::string("config.zip"));
        QCOMPARE(f.privateKeyPem.reveal(), std::string_view(m_pair.key));
        QCOMPARE(f.config.certificatePem, m_pair.certificate);
        QCOMPARE(f.config.authType, AuthType::Jwt);
        QVERIFY(f.clientSecrets.empty());
        // Only the key pair: everything the credential holds is still missing.
        QCOMPARE(describe(f.problems),
            QStringLiteral(
                "client_id/required/client_id client_secret/required/client_secret org_id/required/org_id "
                "technical_account_id/required/technical_account_id metascopes/required/meta_scopes"));

        // Inside a folder, and by content even when the name does not say zip.
        const std::string nested = testzip::storedZip(
            {{"keys/private.key", m_pair.key}, {"keys/certificate_pub.crt", m_pair.certificate}});
        const auto byContent = importAnyFile("download", nested);
        QCOMPARE(byContent.size(), std::size_t(1));
        QCOMPARE(byContent[0].privateKeyPem.reveal(), std::string_view(m_pair.key));
        verifyClean(found, {m_pair.key.substr(40, 40)});
    }

    void keyPairZipProblems()
    {
        // Key and certificate that do not belong together.
        const auto mismatch = importAnyFile("config.zip",
            testzip::storedZip({{"private.key", m_pair.key}, {"certificate_pub.crt", m_other.certificate}}));
        QVERIFY(
            hasProblem(mismatch[0], Field::PrivateKey, Problem::UnknownShape, "key_certificate_mismatch"));
        // Half a key pair.
        const auto keyOnly = importAnyFile("config.zip", testzip::storedZip({{"private.key", m_pair.key}}));
        QCOMPARE(keyOnly.size(), std::size_t(1));
        QVERIFY(!keyOnly[0].privateKeyPem.empty());
        QVERIFY(hasProblem(keyOnly[0], Field::Certificate, Problem::Required, "certificate_pub.crt"));
        QVERIFY(!hasProblem(keyOnly[0], Field::PrivateKey, Problem::Required));
        const auto certificateOnly
            = importAnyFile("config.zip", testzip::storedZip({{"certificate_pub.crt", m_pair.certificate}}));
        QVERIFY(certificateOnly[0].privateKeyPem.empty());
        QVERIFY(hasProblem(certificateOnly[0], Field::PrivateKey, Problem::Required, "private.key"));
        verifyClean(mismatch, {m_pair.key.substr(40, 40)});
    }

    void contentPackageZip()
    {
        const std::string folder = "jcr_root/apps/site/osgiconfig/config.author/";
        const auto found = importAnyFile("site.ui.config-1.0.zip",
            testzip::storedZip({
                {"META-INF/vault/properties.xml", "<properties/>"},
                {folder + kSampleFile, readSample(kSampleFile)},
                {folder + kCustomizerPid + "~target.cfg.json",
                    customizerJson("$[secret:TARGET_IMS_CLIENT_SECRET]")},
            }));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].config.clientId, kClientId);
        QCOMPARE(found[0].secretPlaceholder, std::string("$[secret:TARGET_IMS_CLIENT_SECRET]"));
        QVERIFY(found[0].source.find("config.author") != std::string::npos);
    }

    void unusableZips()
    {
        const auto empty = importAnyFile("other.zip", testzip::storedZip({{"readme.txt", "hello"}}));
        QCOMPARE(describe(empty[0].problems), QStringLiteral("document/unknown_shape/zip"));
        const auto broken = importAnyFile("broken.zip", "PK\x03\x04 this is no archive");
        QCOMPARE(broken.size(), std::size_t(1));
        QCOMPARE(broken[0].problems.size(), std::size_t(1));
        QCOMPARE(broken[0].problems[0].problem, Problem::UnknownShape);
        QVERIFY(broken[0].problems[0].detail.starts_with("zip: "));
    }

    void singleOsgiFiles()
    {
        const auto provider = importAnyFile(kSampleFile, readSample(kSampleFile));
        QCOMPARE(provider.size(), std::size_t(1));
        QCOMPARE(provider[0].config.title, std::string("Adobe Target"));
        QCOMPARE(describe(provider[0].problems),
            QString::fromStdString("client_secret/required/" + kCustomizerPid + "~target"));

        // A customizer alone says that the configuration itself is missing.
        const auto customizer
            = importAnyFile("/home/u/" + kCustomizerPid + "~target.cfg.json", customizerJson(kSecret));
        QCOMPARE(customizer.size(), std::size_t(1));
        QCOMPARE(customizer[0].clientSecrets.at(0).reveal(), std::string_view(kSecret));
        QCOMPARE(describe(customizer[0].problems),
            QString::fromStdString("document/required/" + kProviderPid + "~target"));
        verifyClean(customizer, {kSecret});

        const auto felix = importAnyFile(kProviderPid + "~target.config",
            "auth.access.token.request=\"https://ims-na1.adobelogin.com/ims/token/v3\"\n"
            "auth.token.provider.client.id=\""
                + kClientId + "\"\n");
        QCOMPARE(felix.size(), std::size_t(1));
        QCOMPARE(felix[0].config.clientId, kClientId);
        QCOMPARE(felix[0].config.authorizationServer, std::string("https://ims-na1.adobelogin.com"));

        // OSGi properties under another file name are still recognised by content.
        const auto renamed = importAnyFile("target-ims.json", readSample(kSampleFile));
        QCOMPARE(renamed.size(), std::size_t(1));
        QCOMPARE(renamed[0].config.clientId, kClientId);
        QCOMPARE(renamed[0].source, std::string("target-ims.json"));
        const auto otherPid = importAnyFile("org.example.Other~x.cfg.json", readSample(kSampleFile));
        QCOMPARE(otherPid.at(0).config.clientId, kClientId);

        const auto unknownConfig = importAnyFile("org.example.Other.config", "a=\"b\"\n");
        QCOMPARE(describe(unknownConfig[0].problems), QStringLiteral("document/unknown_shape/"));
    }

    void serviceCredential()
    {
        const auto found = importAnyFile("service.json", readSample("aemcs-service-credential.json"));
        QCOMPARE(found.size(), std::size_t(1));
        const FoundConfiguration &f = found[0];
        QCOMPARE(f.config.authType, AuthType::Jwt);
        QCOMPARE(f.config.clientId, std::string("cm-p12345-e67890-integration-0"));
        QCOMPARE(f.clientSecrets.at(0).reveal(), std::string_view("p8e-EXAMPLEserviceCREDENTIALsecret"));
        QVERIFY(f.privateKeyPem.reveal().starts_with("-----BEGIN RSA PRIVATE KEY-----\n"));
        QVERIFY(f.config.certificatePem.starts_with("-----BEGIN CERTIFICATE-----\n"));
        QCOMPARE(f.source, std::string("service.json"));
        verifyClean(found, {"p8e-EXAMPLEserviceCREDENTIALsecret", "(a PEM private key goes here)"});
    }

    void developerConsoleDownloads()
    {
        for (const char *name : {"devconsole-workspace-oauth.json", "devconsole-credential-oauth.json"}) {
            const auto found = importAnyFile(name, readSample(name));
            QCOMPARE(found.size(), std::size_t(1));
            const FoundConfiguration &f = found[0];
            QCOMPARE(f.config.authType, AuthType::OAuthServerToServer);
            QCOMPARE(f.config.clientId, kClientId);
            QCOMPARE(f.config.orgId, kOrgId);
            QCOMPARE(f.config.solutionId, std::string("target"));
            QCOMPARE(f.clientSecrets.at(0).reveal(), std::string_view("p8e-EXAMPLEexampleEXAMPLEexample01"));
            QCOMPARE(describe(f.problems), QString());
            QCOMPARE(f.source, std::string(name));
        }
    }

    void aioConfig()
    {
        const auto found = importAnyFile("/home/u/.config/aio", readSample("aio-config.json"));
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].source, std::string("aio: target-oauth"));
        QCOMPARE(found[0].config.title, std::string("target-oauth"));
        QCOMPARE(found[1].config.authType, AuthType::Jwt);
        QVERIFY(hasProblem(found[1], Field::PrivateKey, Problem::Required, "path"));

        // One aio JWT context on its own keeps its private key (a Developer Console import would not).
        json context = json::object();
        context["client_id"] = "0a1b2c3d4e5f40718293a4b5c6d7e8f9";
        context["client_secret"] = "EXAMPLE-jwt-secret-0001";
        context["technical_account_id"] = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
        context["ims_org_id"] = kOrgId;
        context["meta_scopes"] = {"ent_analytics_bulk_ingest_sdk"};
        context["private_key"] = m_pair.key;
        const auto single = importAnyFile("context.json", context.dump());
        QCOMPARE(single.size(), std::size_t(1));
        QCOMPARE(single[0].config.authType, AuthType::Jwt);
        QCOMPARE(single[0].privateKeyPem.reveal(), std::string_view(m_pair.key));
        QCOMPARE(single[0].source, std::string("context.json"));
        QCOMPARE(describe(single[0].problems), QString());
    }

    void jwtPayload()
    {
        const auto found = importAnyFile("payload.json", readSample("aem-jwt-payload.json"));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].config.authType, AuthType::Jwt);
        QCOMPARE(found[0].config.clientId, kClientId);
        QCOMPARE(found[0].config.metascopes, std::vector<std::string> {"ent_marketing_sdk"});
        QCOMPARE(found[0].config.solutionId, std::string("target"));
        QVERIFY(found[0].clientSecrets.empty());
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << "notes.txt" << QByteArray("hello world") << "document/unknown_shape/";
        QTest::newRow("binary") << "image.png" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                                << "document/unknown_shape/";
        QTest::newRow("empty") << "empty" << QByteArray() << "document/unknown_shape/";
        QTest::newRow("broken json") << "x" << QByteArray("{\n  \"client_id\": \"a\",\n  oops\n}")
                                     << "document/malformed_json/line 3, column 3";
        QTest::newRow("named json, not json")
            << "x.json" << QByteArray("hello: not json") << "document/malformed_json/line 1, column 1";
        QTest::newRow("json array") << "x.json" << QByteArray("[1, 2]") << "document/unknown_shape/";
        QTest::newRow("json string") << "x.json" << QByteArray("\"just text\"") << "document/unknown_shape/";
        QTest::newRow("unknown object")
            << "x.json" << QByteArray("{\"hello\": \"world\"}") << "document/unknown_shape/";
        QTest::newRow("broken cfg.json")
            << QString::fromStdString(kProviderPid + "~x.cfg.json") << QByteArray("{ \"name\": ")
            << "document/malformed_json/line 1, column 11 client_secret/required/"
                + QString::fromStdString(kCustomizerPid) + "~x";
    }

    void garbage()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto found
            = importAnyFile(fileName.toStdString(), std::string_view(bytes.constData(), bytes.size()));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(describe(found[0].problems), expected);
    }

    void secretsNeverInDetails()
    {
        const std::string secret = "s3cr3t-NEVER-SHOWN";
        const std::vector<std::pair<std::string, std::string>> inputs {
            {"x.json", "{\"CLIENT_ID\": \"a\", \"CLIENT_SECRETS\": [\"" + secret + "\" oops"},
            {"x.json", "{\"CLIENT_ID\": \"a b\", \"CLIENT_SECRETS\": [\"" + secret + " x\"]}"},
            {kCustomizerPid + "~a.cfg.json", "{\"auth.ims.client.secret\": \"" + secret + " \" ,}"},
            {kCustomizerPid + "~a.config", "auth.ims.client.secret=\"" + secret + "\" junk"},
            {"aio.json",
                "{\"ims\": {\"contexts\": {\"c\": {\"client_id\": 1, \"client_secret\": \"" + secret
                    + " y\"}}}}"},
            {"config.zip",
                testzip::storedZip({{"x/" + kCustomizerPid + "~z.cfg.json", customizerJson(secret + " z")}})},
        };
        for (const auto &[name, bytes] : inputs) {
            const auto found = importAnyFile(name, bytes);
            QVERIFY(!found.empty());
            QVERIFY(!found[0].problems.empty());
            verifyClean(found, {secret, "NEVER"});
        }
    }
};

QTEST_GUILESS_MAIN(TestImportAny)
#include "test_import_any.moc"
