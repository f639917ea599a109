// JWT (Service Account) credentials: the claims and their RS256 signature, the exchange request,
// and the imports of AEM's JWT payload and of AEM as a Cloud Service service credentials.

#include "imscore/jwt_credentials.h"
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <imscore/devconsole_import.h>
#include <imscore/form.h>
#include <imscore/jwt.h>
#include <nlohmann/json.hpp>

using namespace ims;
using json = nlohmann::json;

namespace {

// A fixed instant: Tue, 14 Nov 2023 22:13:20 GMT.
const TimePoint kNow = TimePoint(std::chrono::seconds(1700000000));

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
    const std::vector<FieldProblem> &problems, Field field, Problem problem, const std::string &detail)
{
    return std::find(problems.begin(), problems.end(), FieldProblem {field, problem, detail})
        != problems.end();
}

Configuration jwtConfiguration()
{
    Configuration config;
    config.authType = AuthType::Jwt;
    config.authorizationServer = "https://IMS-NA1.adobelogin.com/"; // normalised in aud and the URL
    config.clientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
    config.orgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
    config.technicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
    config.metascopes = {"ent_marketing_sdk", "ent_analytics_bulk_ingest_sdk"};
    return config;
}

bool writeFile(const QString &path, std::string_view bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
}

} // namespace

class TestJwtCredentials : public QObject
{
    Q_OBJECT

private:
    PrivateKey m_key;

private slots:
    void initTestCase()
    {
        auto key = PrivateKey::generateRsa(2048);
        QVERIFY(key.ok());
        m_key = key.value();
    }

    void claimsAsDocumented()
    {
        const json claims = json::parse(buildJwtClaims(jwtConfiguration(), kNow));
        const std::string server = "https://ims-na1.adobelogin.com";
        const json expected = {
            {"exp", 1700000000 + 300},
            {"iss", "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg"},
            {"sub", "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com"},
            {"aud", server + "/c/5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a"},
            {server + "/s/ent_marketing_sdk", true},
            {server + "/s/ent_analytics_bulk_ingest_sdk", true},
            {"iat", 1700000000},
        };
        QCOMPARE(claims.dump(), expected.dump());
        QVERIFY(claims["exp"].is_number_integer());
        QVERIFY(claims[server + "/s/ent_marketing_sdk"].is_boolean());
        QCOMPARE(kJwtLifetime, std::chrono::seconds(300));

        const json shortLived
            = json::parse(buildJwtClaims(jwtConfiguration(), kNow, std::chrono::seconds(60)));
        QCOMPARE(shortLived["exp"].get<std::int64_t>(), std::int64_t(1700000060));
    }

    void signedJwtVerifies()
    {
        const std::string claims = buildJwtClaims(jwtConfiguration(), kNow);
        const auto token = signJwt(claims, m_key);
        QVERIFY(token.ok());
        const auto jwt = decodeJwt(token.value());
        QVERIFY(jwt);
        QCOMPARE(jwt->headerJson, std::string("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"));
        QCOMPARE(jwt->payloadJson, claims);
        QCOMPARE(jwt->signature.size(), std::size_t(256));
        QVERIFY(verifyRs256(m_key, jwt->signingInput, jwt->signature));
        // Compact serialisation: base64url without padding.
        QVERIFY(token.value().find_first_of("=+/") == std::string::npos);

        // Independently: OpenSSL's command line checks the signature over "header.payload".
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto publicKey = m_key.publicKeyPem();
        QVERIFY(publicKey.ok());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pub.pem")), publicKey.value()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sig.bin")), jwt->signature));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("input.txt")), jwt->signingInput));
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                QStringLiteral("pub.pem"), QStringLiteral("-signature"), QStringLiteral("sig.bin"),
                QStringLiteral("input.txt")});
        if (!openssl.waitForStarted(30000))
            QSKIP("the openssl command is not available");
        QVERIFY(openssl.waitForFinished(30000));
        const QByteArray output = openssl.readAll();
        QVERIFY2(output.contains("Verified OK"), output.constData());
        QCOMPARE(openssl.exitCode(), 0);

        // A changed payload does not verify.
        QVERIFY(!verifyRs256(m_key, jwt->signingInput + "x", jwt->signature));
    }

    void signingNeedsAnRsaKey()
    {
        const auto token = signJwt("{}", PrivateKey());
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, ErrorCode::CryptoFailure);
        const auto request = buildJwtExchange(jwtConfiguration(), Secret("p8e-secret"), PrivateKey(), kNow);
        QVERIFY(!request.ok());
        QCOMPARE(request.error().code, ErrorCode::CryptoFailure);
    }

    void exchangeRequest()
    {
        const Configuration config = jwtConfiguration();
        const auto request = buildJwtExchange(config, Secret("p8e-TOPSECRET"), m_key, kNow);
        QVERIFY(request.ok());
        const HttpRequest &r = request.value();
        QCOMPARE(r.method, std::string("POST"));
        QCOMPARE(r.url, std::string("https://ims-na1.adobelogin.com/ims/exchange/jwt"));
        QVERIFY(r.url.find("TOPSECRET") == std::string::npos);
        QCOMPARE(headerValue(r.headers, "content-type"), std::string("application/x-www-form-urlencoded"));
        QCOMPARE(headerValue(r.headers, "Accept"), std::string("application/json"));

        const auto fields = parseUrlEncoded(r.body);
        QVERIFY(fields);
        QCOMPARE(fields->size(), std::size_t(3));
        QCOMPARE(formValue(*fields, "client_id").value_or(""), config.clientId);
        QCOMPARE(formValue(*fields, "client_secret").value_or(""), std::string("p8e-TOPSECRET"));
        const auto jwt = decodeJwt(formValue(*fields, "jwt_token").value_or(""));
        QVERIFY(jwt);
        QCOMPARE(jwt->payloadJson, buildJwtClaims(config, kNow));
        QVERIFY(verifyRs256(m_key, jwt->signingInput, jwt->signature));
    }

    void importSampleJwtPayload()
    {
        const ImportResult r = importJwtPayload(readSample("aem-jwt-payload.json"));
        QVERIFY(r.recognised);
        QCOMPARE(describe(r.problems), QString());
        QCOMPARE(r.sourceKind, std::string("jwt-payload"));
        QCOMPARE(r.config.authType, AuthType::Jwt);
        QCOMPARE(r.config.orgId, std::string("8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg"));
        QCOMPARE(r.config.technicalAccountId, std::string("9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com"));
        QCOMPARE(r.config.clientId, std::string("5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a"));
        QCOMPARE(r.config.authorizationServer, std::string("https://ims-na1.adobelogin.com"));
        QCOMPARE(r.config.metascopes, std::vector<std::string> {"ent_marketing_sdk"});
        QCOMPARE(r.config.solutionId, std::string("target")); // the catalog's metascope
        QVERIFY(r.clientSecrets.empty());
        QVERIFY(r.config.scopes.empty());
        QVERIFY(looksLikeJwtPayload(readSample("aem-jwt-payload.json")));
    }

    void importBuiltClaimsRoundTrip()
    {
        const Configuration config = jwtConfiguration();
        const ImportResult r = importJwtPayload(buildJwtClaims(config, kNow));
        QCOMPARE(describe(r.problems), QString());
        QCOMPARE(r.config.clientId, config.clientId);
        QCOMPARE(r.config.orgId, config.orgId);
        QCOMPARE(r.config.technicalAccountId, config.technicalAccountId);
        QCOMPARE(r.config.metascopes, config.metascopes);
        QCOMPARE(r.config.authorizationServer, std::string("https://ims-na1.adobelogin.com"));
    }

    void liberalPayloads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QStringList>("metascopes");
        const QString body
            = QStringLiteral("\"iss\": \"8F1C@AdobeOrg\", \"sub\": \"9E8D@techacct.adobe.com\"");
        QTest::newRow("http loopback")
            << (QStringLiteral("{\"aud\": \"http://127.0.0.1:8080/c/abc123\", "
                               "\"http://127.0.0.1:8080/s/ent_stocksearch_sdk\": true, ")
                   + body + QLatin1Char('}'))
            << QStringLiteral("http://127.0.0.1:8080") << QStringList {QStringLiteral("ent_stocksearch_sdk")};
        QTest::newRow("no scheme, trailing slashes")
            << (QString::fromUtf8("{\"aud\": \"ims-na1.adobelogin.com/c/abc123/\", "
                                  "\"ims-na1.adobelogin.com/s/ent_reactor_sdk\": true, ")
                   + body + QLatin1Char('}'))
            << QStringLiteral("https://ims-na1.adobelogin.com")
            << QStringList {QStringLiteral("ent_reactor_sdk")};
        QTest::newRow("false asks for nothing, duplicates once")
            << (QString::fromUtf8(
                    "{\"aud\": \"https://ims-na1.adobelogin.com/c/abc123\", "
                    "\"https://ims-na1.adobelogin.com/s/a_sdk\": true, "
                    "\"https://ims-na1.adobelogin.com/s/b_sdk\": false, "
                    "\"ims-na1.adobelogin.com/s/a_sdk\": true, \"exp\": \"whenever\", \"jti\": 5, ")
                   + body + QLatin1Char('}'))
            << QStringLiteral("https://ims-na1.adobelogin.com") << QStringList {QStringLiteral("a_sdk")};
        QTest::newRow("with a byte order mark and blanks")
            << (QStringLiteral("\uFEFF  \n{\"aud\": \" https://ims-na1.adobelogin.com/c/abc123 \", "
                               "\"https://ims-na1.adobelogin.com/s/ent_marketing_sdk\": true, ")
                   + body + QLatin1Char('}'))
            << QStringLiteral("https://ims-na1.adobelogin.com")
            << QStringList {QStringLiteral("ent_marketing_sdk")};
    }

    void liberalPayloads()
    {
        QFETCH(QString, text);
        QFETCH(QString, server);
        QFETCH(QStringList, metascopes);
        const ImportResult r = importJwtPayload(text.toStdString());
        QVERIFY(r.recognised);
        QCOMPARE(describe(r.problems), QString());
        QCOMPARE(r.config.clientId, std::string("abc123"));
        QCOMPARE(QString::fromStdString(r.config.authorizationServer), server);
        QStringList got;
        for (const std::string &m : r.config.metascopes)
            got << QString::fromStdString(m);
        QCOMPARE(got, metascopes);
        QVERIFY(looksLikeJwtPayload(text.toStdString()));
    }

    void malformedPayloads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("recognised");
        const QString aud = QStringLiteral("\"aud\": \"https://ims-na1.adobelogin.com/c/abc123\"");
        const QString scope = QStringLiteral("\"https://ims-na1.adobelogin.com/s/ent_marketing_sdk\": true");
        const QString iss = QStringLiteral("\"iss\": \"8F1C@AdobeOrg\"");
        const QString sub = QStringLiteral("\"sub\": \"9E8D@techacct.adobe.com\"");
        auto doc = [](QStringList members) {
            return QLatin1Char('{') + members.join(QLatin1String(", ")) + QLatin1Char('}');
        };

        QTest::newRow("truncated") << QStringLiteral("{\n  \"iss\": \"8F1C@AdobeOrg\",\n  \"sub\": ")
                                   << int(Field::Document) << int(Problem::MalformedJson)
                                   << QStringLiteral("line 3, column 10") << false;
        QTest::newRow("array") << QStringLiteral("[1, 2]") << int(Field::Document)
                               << int(Problem::UnknownShape) << QString() << false;
        QTest::newRow("no iss") << doc({aud, scope, sub}) << int(Field::OrgId) << int(Problem::Required)
                                << QStringLiteral("iss") << true;
        QTest::newRow("no sub") << doc({aud, scope, iss}) << int(Field::TechnicalAccountId)
                                << int(Problem::Required) << QStringLiteral("sub") << true;
        QTest::newRow("no aud") << doc({scope, iss, sub}) << int(Field::ClientId) << int(Problem::Required)
                                << QStringLiteral("aud") << true;
        QTest::newRow("iss number") << doc({aud, scope, sub, QStringLiteral("\"iss\": 5")})
                                    << int(Field::OrgId) << int(Problem::WrongType) << QStringLiteral("iss")
                                    << true;
        QTest::newRow("sub array") << doc({aud, scope, iss, QStringLiteral("\"sub\": [\"x\"]")})
                                   << int(Field::TechnicalAccountId) << int(Problem::WrongType)
                                   << QStringLiteral("sub") << true;
        QTest::newRow("aud object") << doc({scope, iss, sub, QStringLiteral("\"aud\": {}")})
                                    << int(Field::ClientId) << int(Problem::WrongType)
                                    << QStringLiteral("aud") << true;
        QTest::newRow("aud without /c/")
            << doc({scope, iss, sub, QStringLiteral("\"aud\": \"https://ims-na1.adobelogin.com\"")})
            << int(Field::ClientId) << int(Problem::InvalidUrl) << QStringLiteral("aud") << true;
        QTest::newRow("iss without suffix")
            << doc({aud, scope, sub, QStringLiteral("\"iss\": \"8F1C\"")}) << int(Field::OrgId)
            << int(Problem::OrgIdSuffix) << QStringLiteral("8F1C") << true;
        QTest::newRow("no metascope")
            << doc({aud, iss, sub}) << int(Field::Metascopes) << int(Problem::Required)
            << QStringLiteral("{server}/s/{metascope}") << true;
        QTest::newRow("metascope string") << doc(
            {aud, iss, sub, QStringLiteral("\"https://ims-na1.adobelogin.com/s/x_sdk\": \"true\""), scope})
                                          << int(Field::Metascopes) << int(Problem::WrongType)
                                          << QStringLiteral("https://ims-na1.adobelogin.com/s/x_sdk") << true;
    }

    void malformedPayloads()
    {
        QFETCH(QString, text);
        QFETCH(int, field);
        QFETCH(int, problem);
        QFETCH(QString, detail);
        QFETCH(bool, recognised);
        const ImportResult r = importJwtPayload(text.toStdString());
        QCOMPARE(r.recognised, recognised);
        QVERIFY2(hasProblem(r.problems, Field(field), Problem(problem), detail.toStdString()),
            qPrintable(describe(r.problems)));
        if (recognised)
            QCOMPARE(r.config.authType, AuthType::Jwt);
    }

    void importSampleServiceCredential()
    {
        const std::string text = readSample("aemcs-service-credential.json");
        const ServiceCredentialImport imported = importServiceCredential(text);
        const ImportResult &r = imported.result;
        QVERIFY(r.recognised);
        QCOMPARE(describe(r.problems), QString());
        QCOMPARE(r.sourceKind, std::string("aemcs-service-credential"));
        QCOMPARE(r.config.authType, AuthType::Jwt);
        QCOMPARE(r.config.title, std::string("AEM as a Cloud Service"));
        QCOMPARE(r.config.solutionId, std::string("custom"));
        QCOMPARE(r.config.authorizationServer, std::string("https://ims-na1.adobelogin.com"));
        QCOMPARE(r.config.metascopes, std::vector<std::string> {"ent_aem_cloud_api"});
        QCOMPARE(r.config.clientId, std::string("cm-p12345-e67890-integration-0"));
        QCOMPARE(r.config.orgId, std::string("8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg"));
        QCOMPARE(r.config.technicalAccountId, std::string("7B6A5F4E3D2C1B0A9F8E7D6C@techacct.adobe.com"));
        QCOMPARE(r.config.technicalAccountEmail,
            std::string("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@techacct.adobe.com"));
        QCOMPARE(r.clientSecrets.size(), std::size_t(1));
        QCOMPARE(r.clientSecrets[0].reveal(), std::string_view("p8e-EXAMPLEserviceCREDENTIALsecret"));
        QVERIFY(r.config.scopes.empty());
        // The sample's PEMs are placeholders: taken as they are, with "\r\n" made "\n".
        QCOMPARE(imported.privateKeyPem.reveal(),
            std::string_view("-----BEGIN RSA PRIVATE KEY-----\n(a PEM private key goes here)\n"
                             "-----END RSA PRIVATE KEY-----\n"));
        QCOMPARE(imported.certificatePem,
            std::string(
                "-----BEGIN CERTIFICATE-----\n(the matching certificate)\n-----END CERTIFICATE-----\n"));
        QCOMPARE(r.config.certificatePem, imported.certificatePem);
        // The private key is a secret: only the caller moves it to the keychain.
        QVERIFY(r.config.privateKeyRef.empty());

        QVERIFY(looksLikeServiceCredential(text));
        QVERIFY(!looksLikeJwtPayload(text));
        QVERIFY(!looksLikeDeveloperConsoleJson(text));
        QVERIFY(!looksLikeServiceCredential(readSample("aem-jwt-payload.json")));
        QVERIFY(!looksLikeDeveloperConsoleJson(readSample("aem-jwt-payload.json")));
    }

    void serviceCredentialVariants()
    {
        // The inner object on its own, metascopes as an array, literal "\n" in a PEM, a scheme.
        const std::string inner
            = "{\n"
              "            \"imsEndpoint\": \"https://ims-na1-stg1.adobelogin.com/\",\n"
              "            \"metascopes\": [\"ent_aem_cloud_api\", \" ent_cloudmgr_sdk \"],\n"
              "            \"technicalAccount\": {\"clientId\": \"cm-p1-e2-integration-1\", "
              "\"clientSecret\": \"p8e-TOPSECRET\"},\n"
              "            \"email\": \"a@techacct.adobe.com\", \"id\": \"B@techacct.adobe.com\", \"org\": "
              "\"C@AdobeOrg\",\n"
              "            \"privateKey\": \"-----BEGIN PRIVATE KEY-----\\\\nTOPSECRETKEY\\\\n-----END "
              "PRIVATE KEY-----\",\n"
              "            \"publicKey\": \"-----BEGIN CERTIFICATE-----\\r\\nMIIB\\r\\n-----END "
              "CERTIFICATE-----\"}";
        const ServiceCredentialImport imported = importServiceCredential(inner);
        QCOMPARE(describe(imported.result.problems), QString());
        QCOMPARE(
            imported.result.config.authorizationServer, std::string("https://ims-na1-stg1.adobelogin.com"));
        QCOMPARE(imported.result.config.metascopes,
            (std::vector<std::string> {"ent_aem_cloud_api", "ent_cloudmgr_sdk"}));
        QCOMPARE(imported.privateKeyPem.reveal(),
            std::string_view("-----BEGIN PRIVATE KEY-----\nTOPSECRETKEY\n-----END PRIVATE KEY-----\n"));
        QCOMPARE(imported.certificatePem,
            std::string("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"));
        QVERIFY(looksLikeServiceCredential(inner));

        // A comma string with blanks.
        const ServiceCredentialImport commas
            = importServiceCredential("{\"integration\": {\"imsEndpoint\": \"ims-na1.adobelogin.com\", "
                                      "\"metascopes\": \"ent_aem_cloud_api, ent_cloudmgr_sdk\"}}");
        QCOMPARE(commas.result.config.metascopes,
            (std::vector<std::string> {"ent_aem_cloud_api", "ent_cloudmgr_sdk"}));
    }

    void serviceCredentialProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("detail");
        QTest::newRow("malformed after the secret")
            << QStringLiteral(
                   "{\"integration\": {\"technicalAccount\": {\"clientSecret\": \"p8e-TOPSECRET\" ")
            << int(Field::Document) << int(Problem::MalformedJson) << QStringLiteral("line 1, column 71");
        QTest::newRow("unknown shape") << QStringLiteral("{\"ok\": true}") << int(Field::Document)
                                       << int(Problem::UnknownShape) << QString();
        QTest::newRow("integration string")
            << QStringLiteral("{\"integration\": \"x\"}") << int(Field::Document) << int(Problem::WrongType)
            << QStringLiteral("integration");
        QTest::newRow("empty integration: endpoint")
            << QStringLiteral("{\"integration\": {}}") << int(Field::AuthorizationServer)
            << int(Problem::Required) << QStringLiteral("integration.imsEndpoint");
        QTest::newRow("empty integration: private key")
            << QStringLiteral("{\"integration\": {}}") << int(Field::PrivateKey) << int(Problem::Required)
            << QStringLiteral("integration.privateKey");
        QTest::newRow("empty integration: certificate")
            << QStringLiteral("{\"integration\": {}}") << int(Field::Certificate) << int(Problem::Required)
            << QStringLiteral("integration.publicKey");
        QTest::newRow("empty integration: secret")
            << QStringLiteral("{\"integration\": {}}") << int(Field::ClientSecret) << int(Problem::Required)
            << QStringLiteral("integration.technicalAccount.clientSecret");
        QTest::newRow("empty integration: metascopes")
            << QStringLiteral("{\"integration\": {}}") << int(Field::Metascopes) << int(Problem::Required)
            << QStringLiteral("integration.metascopes");
        QTest::newRow("empty integration: org")
            << QStringLiteral("{\"integration\": {}}") << int(Field::OrgId) << int(Problem::Required)
            << QStringLiteral("integration.org");
        QTest::newRow("secret with a blank inside")
            << QString::fromUtf8(
                   "{\"integration\": {\"technicalAccount\": {\"clientSecret\": \"p8e-TOP SECRET\"}}}")
            << int(Field::ClientSecret) << int(Problem::ContainsWhitespace)
            << QStringLiteral("integration.technicalAccount.clientSecret");
        QTest::newRow("secret as a number")
            << QStringLiteral("{\"integration\": {\"technicalAccount\": {\"clientSecret\": 12345}}}")
            << int(Field::ClientSecret) << int(Problem::WrongType)
            << QStringLiteral("integration.technicalAccount.clientSecret");
        QTest::newRow("technical account string")
            << QStringLiteral("{\"integration\": {\"technicalAccount\": \"p8e-TOPSECRET\"}}")
            << int(Field::Document) << int(Problem::WrongType)
            << QStringLiteral("integration.technicalAccount");
        QTest::newRow("private key object")
            << QStringLiteral("{\"integration\": {\"privateKey\": {\"pem\": \"TOPSECRETKEY\"}}}")
            << int(Field::PrivateKey) << int(Problem::WrongType) << QStringLiteral("integration.privateKey");
        QTest::newRow("metascopes number")
            << QStringLiteral("{\"integration\": {\"metascopes\": 1}}") << int(Field::Metascopes)
            << int(Problem::WrongType) << QStringLiteral("integration.metascopes");
        QTest::newRow("metascope in array not a string")
            << QStringLiteral("{\"integration\": {\"metascopes\": [\"a\", 2]}}") << int(Field::Metascopes)
            << int(Problem::WrongType) << QStringLiteral("integration.metascopes");
        QTest::newRow("endpoint with a path")
            << QStringLiteral("{\"integration\": {\"imsEndpoint\": \"ims-na1.adobelogin.com/ims/token/v3\"}}")
            << int(Field::AuthorizationServer) << int(Problem::InvalidUrl) << QStringLiteral("/ims/token/v3");
        QTest::newRow("org without suffix")
            << QStringLiteral("{\"integration\": {\"org\": \"8F1C\"}}") << int(Field::OrgId)
            << int(Problem::OrgIdSuffix) << QStringLiteral("8F1C");
    }

    void serviceCredentialProblems()
    {
        QFETCH(QString, text);
        QFETCH(int, field);
        QFETCH(int, problem);
        QFETCH(QString, detail);
        const ServiceCredentialImport imported = importServiceCredential(text.toStdString());
        QVERIFY2(hasProblem(imported.result.problems, Field(field), Problem(problem), detail.toStdString()),
            qPrintable(describe(imported.result.problems)));
        // Secrets are never quoted, whatever went wrong.
        QVERIFY2(!describe(imported.result.problems).contains(QLatin1String("TOPSECRET")),
            qPrintable(describe(imported.result.problems)));
        QVERIFY2(!describe(imported.result.problems).contains(QLatin1String("TOP SECRET")),
            qPrintable(describe(imported.result.problems)));
    }

    void secretsNeverInPayloadDetails()
    {
        // Whatever a user pastes into the payload field, problems name keys and positions only.
        for (const char *text :
            {"{\"iss\": \"p8e-TOPSECRET", "{\"client_secret\": \"p8e-TOPSECRET\", \"aud\": 1}",
                "{\"aud\": \"x\",\n \"sub\": \"p8e-TOPSECRET\" \"x\"}"}) {
            const ImportResult r = importJwtPayload(text);
            QVERIFY(!r.problems.empty());
            QVERIFY2(
                !describe(r.problems).contains(QLatin1String("TOPSECRET")), qPrintable(describe(r.problems)));
            for (const FieldProblem &p : r.problems) {
                if (p.problem == Problem::MalformedJson)
                    QVERIFY2(QRegularExpression(QStringLiteral("^line \\d+, column \\d+$"))
                                 .match(QString::fromStdString(p.detail))
                                 .hasMatch(),
                        p.detail.c_str());
            }
        }
    }

    void pasteDetection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("payload");
        QTest::addColumn<bool>("serviceCredential");
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("a client id") << QStringLiteral("5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a") << false << false;
        QTest::newRow("a compact JWT")
            << QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln") << false << false;
        QTest::newRow("json array") << QStringLiteral("[\"aud\", \"iss\"]") << false << false;
        QTest::newRow("flat devconsole credential")
            << QString::fromStdString(readSample("devconsole-credential-oauth.json")) << false << false;
        QTest::newRow("payload, upper-case keys")
            << QStringLiteral(" {\"AUD\": \"x/c/y\", \"ISS\": \"z\"}") << true << false;
        QTest::newRow("service credential inner")
            << QStringLiteral("{\"technicalAccount\": {}, \"privateKey\": \"\"}") << false << true;
    }

    void pasteDetection()
    {
        QFETCH(QString, text);
        QFETCH(bool, payload);
        QFETCH(bool, serviceCredential);
        QCOMPARE(looksLikeJwtPayload(text.toStdString()), payload);
        QCOMPARE(looksLikeServiceCredential(text.toStdString()), serviceCredential);
    }
};

QTEST_GUILESS_MAIN(TestJwtCredentials)
#include "test_jwt_credentials.moc"
