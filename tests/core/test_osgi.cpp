// AEM's configuration as code: .cfg.json and Felix .config parsing, pairing of the provider with
// its request customizer, run modes in content packages, and the export for AEM.

#include "imscore/osgi.h"
#include "stored_zip.h"
#include "testutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <nlohmann/json.hpp>

using namespace ims;
using json = nlohmann::ordered_json;

namespace {

const std::string kProviderPid(kAccessTokenProviderPid);
const std::string kCustomizerPid(kRequestCustomizerPid);
const char *const kSampleFile = "com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json";
const std::string kServer = "https://ims-na1.adobelogin.com";
const std::string kClientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
const std::string kOrgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
const std::string kTechnicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
const std::vector<std::string> kSampleScopes {
    "openid", "AdobeID", "read_organizations", "additional_info.projectedProductContext", "target_sdk"};
const std::string kSecret = "p8e-EXAMPLEosgiSECRETvalue01";

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

std::string customizerJson(const std::string &secret, const std::string &clientId = {})
{
    json customizer = json::object();
    if (!clientId.empty())
        customizer["auth.ims.client.id"] = clientId;
    customizer["auth.ims.client.secret"] = secret;
    return customizer.dump(2);
}

std::string providerJson(const std::string &name, const std::string &clientId = kClientId)
{
    json provider = json::parse(readSample(kSampleFile));
    provider["name"] = name;
    provider["auth.token.provider.client.id"] = clientId;
    return provider.dump(2);
}

ZipEntry providerFile(
    const std::string &name, const std::string &folder = {}, const std::string &clientId = kClientId)
{
    return {folder + kProviderPid + "~" + name + ".cfg.json", providerJson(name, clientId)};
}

ZipEntry customizerFile(const std::string &name, const std::string &secret, const std::string &folder = {},
    const std::string &clientId = {})
{
    return {folder + kCustomizerPid + "~" + name + ".cfg.json", customizerJson(secret, clientId)};
}

const FoundConfiguration *bySource(const std::vector<FoundConfiguration> &found, const std::string &fragment)
{
    for (const FoundConfiguration &f : found) {
        if (f.source.find(fragment) != std::string::npos)
            return &f;
    }
    return nullptr;
}

// The .cfg.json sample, written the way Apache Felix writes .config files.
const std::string kSampleAsFelix
    = "# written by Apache Felix\n"
      "name=\"target\"\n"
      "auth.token.provider.title=\"Adobe\\ Target\"\n"
      "auth.token.provider.authorization.grants=\"client_credentials\"\n"
      "auth.token.provider.endpoint=\"https://ims-na1.adobelogin.com\"\n"
      "auth.access.token.request=\"https://ims-na1.adobelogin.com/ims/token/v3\"\n"
      "auth.token.provider.client.id=\"5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a\"\n"
      "auth.token.provider.orgId=\"8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg\"\n"
      "auth.token.provider.scope=\"openid,AdobeID,read_organizations,"
      "additional_info.projectedProductContext,target_sdk\"\n"
      "auth.token.provider.default.claims=[ \\\n"
      "  \"\\\"iss\\\"\\ :\\ \\\"8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg\\\"\", \\\n"
      "  ]\n"
      "auth.token.provider.conn.timeout=I\"30000\"\n"
      "auth.token.provider.so.timeout=I\"30000\"\n"
      "auth.token.provider.reuse.access.token=B\"true\"\n"
      "auth.token.provider.relaxed.ssl=B\"false\"\n";

Configuration oauthConfiguration()
{
    Configuration config;
    config.title = "Adobe Target";
    config.solutionId = "target";
    config.authorizationServer = kServer;
    config.clientId = kClientId;
    config.orgId = kOrgId;
    config.scopes = kSampleScopes;
    return config;
}

Configuration jwtConfiguration()
{
    Configuration config;
    config.title = "Analytics (legacy)";
    config.solutionId = "analytics";
    config.authType = AuthType::Jwt;
    config.authorizationServer = "https://ims-na1-stg1.adobelogin.com";
    config.clientId = "0a1b2c3d4e5f40718293a4b5c6d7e8f9";
    config.orgId = kOrgId;
    config.technicalAccountId = kTechnicalAccountId;
    config.metascopes = {"ent_analytics_bulk_ingest_sdk", "ent_marketing_sdk"};
    config.certificateAlias = "similaritysearch";
    return config;
}

json parsed(const std::string &text)
{
    return json::parse(text);
}

} // namespace

class TestOsgi : public QObject
{
    Q_OBJECT

private slots:
    // Parsing
    void cfgJsonSample();
    void cfgJsonCommentsAndTypedKeys();
    void cfgJsonMalformed();
    void felixTypedValues();
    void felixArrays();
    void felixEscapesAndLayout();
    void felixMalformed_data();
    void felixMalformed();
    void placeholders();

    // Import
    void importSampleWithPlaceholder();
    void felixFormatGivesTheSameConfiguration();
    void olderDashFileName();
    void literalAndPlaceholderSecrets();
    void pairingByName();
    void pairingByClientId();
    void customizerAlone();
    void providerAlone();
    void runModesInContentPackage();
    void malformedFilesReported();
    void jwtProviderFromClaims();
    void missingFieldsAreProblems();
    void placeholderInPlainField();
    void solutionGuess();

    // Export
    void exportMatchesSample();
    void exportJwt();
    void roundTripOAuth();
    void roundTripJwt();
    void factoryAndPlaceholderNames();
    void clearTextWithoutSecretWritesPlaceholder();

    void secretsNeverInProblemDetails();
};

void TestOsgi::cfgJsonSample()
{
    const auto properties = parseOsgiProperties(readSample(kSampleFile), OsgiFormat::CfgJson);
    QVERIFY(properties.ok());
    const auto &p = properties.value();
    QCOMPARE(p.size(), std::size_t(13));
    QCOMPARE(p.at("name"), std::string("\"target\""));
    QCOMPARE(p.at("auth.token.provider.title"), std::string("\"Adobe Target\""));
    QCOMPARE(p.at("auth.token.provider.conn.timeout"), std::string("30000"));
    QCOMPARE(p.at("auth.token.provider.reuse.access.token"), std::string("true"));
    QCOMPARE(p.at("auth.token.provider.relaxed.ssl"), std::string("false"));
    QCOMPARE(p.at("auth.token.provider.default.claims"),
        std::string("[\"\\\"iss\\\" : \\\"8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg\\\"\"]"));
}

void TestOsgi::cfgJsonCommentsAndTypedKeys()
{
    const std::string text = "\xEF\xBB\xBF{\n"
                             "  // AEM allows comments\n"
                             "  \"name\": \"x\", /* here too */\n"
                             "  \"auth.token.provider.conn.timeout:Integer\": 5000,\n"
                             "  \"list:String[]\": [\"a\"],\n"
                             "  \"odd:key\": 1\n"
                             "}\n";
    const auto properties = parseOsgiProperties(text, OsgiFormat::CfgJson);
    QVERIFY2(properties.ok(), properties.ok() ? "" : properties.error().detail.c_str());
    const auto &p = properties.value();
    QCOMPARE(p.at("name"), std::string("\"x\""));
    QCOMPARE(p.at("auth.token.provider.conn.timeout"), std::string("5000"));
    QCOMPARE(p.at("list"), std::string("[\"a\"]"));
    QCOMPARE(p.at("odd:key"), std::string("1")); // not a type: the key stays as it is
}

void TestOsgi::cfgJsonMalformed()
{
    const std::string text = "{\n  \"a\": \"b\",\n  \"auth.ims.client.secret\": s3cr3t-VALUE\n}\n";
    const auto properties = parseOsgiProperties(text, OsgiFormat::CfgJson);
    QVERIFY(!properties.ok());
    QCOMPARE(properties.error().code, ErrorCode::MalformedInput);
    QVERIFY2(properties.error().detail.starts_with("line 3, column "), properties.error().detail.c_str());
    QVERIFY(properties.error().detail.find("s3cr3t") == std::string::npos);

    const auto array = parseOsgiProperties("[1, 2]", OsgiFormat::CfgJson);
    QVERIFY(!array.ok());
    QCOMPARE(array.error().code, ErrorCode::MalformedInput);
}

void TestOsgi::felixTypedValues()
{
    const std::string text = "# typed values\n"
                             "text=\"plain\"\n"
                             "explicit=T\"typed text\"\n"
                             "int=I\"30000\"\n"
                             "negative=i\"-5\"\n"
                             "long=L\"9007199254740993\"\n"
                             "short=S\"-12\"\n"
                             "byte=X\"7\"\n"
                             "yes=B\"true\"\n"
                             "no=b\"FALSE\"\n"
                             "double=D\"4609434218613702656\"\n"
                             "float=F\"1069547520\"\n"
                             "decimal=D\"2.25\"\n"
                             "char=C\"x\"\n"
                             "empty=\"\"\n";
    const auto properties = parseOsgiProperties(text, OsgiFormat::Config);
    QVERIFY2(properties.ok(), properties.ok() ? "" : properties.error().detail.c_str());
    const auto &p = properties.value();
    QCOMPARE(p.size(), std::size_t(14));
    QCOMPARE(p.at("text"), std::string("\"plain\""));
    QCOMPARE(p.at("explicit"), std::string("\"typed text\""));
    QCOMPARE(p.at("int"), std::string("30000"));
    QCOMPARE(p.at("negative"), std::string("-5"));
    QCOMPARE(p.at("long"), std::string("9007199254740993"));
    QCOMPARE(p.at("short"), std::string("-12"));
    QCOMPARE(p.at("byte"), std::string("7"));
    QCOMPARE(p.at("yes"), std::string("true"));
    QCOMPARE(p.at("no"), std::string("false"));
    QCOMPARE(p.at("double"), std::string("1.5")); // Felix writes the raw IEEE bits
    QCOMPARE(p.at("float"), std::string("1.5"));
    QCOMPARE(p.at("decimal"), std::string("2.25"));
    QCOMPARE(p.at("char"), std::string("\"x\""));
    QCOMPARE(p.at("empty"), std::string("\"\""));
}

void TestOsgi::felixArrays()
{
    const std::string text = "one=[\"a\",\"b\"]\n"
                             "spaced=[ \"a\" , \"b\" ]\n"
                             "multi=[ \\\n"
                             "  \"x\", \\\n"
                             "  \"y\", \\\n"
                             "  ]\n"
                             "noBackslash=[\n"
                             "  \"p\",\n"
                             "  \"q\"\n"
                             "]\n"
                             "ints=I[\"1\",\"2\"]\n"
                             "collection=(\"c\")\n"
                             "empty=[]\n"
                             "after=\"still read\"\n";
    const auto properties = parseOsgiProperties(text, OsgiFormat::Config);
    QVERIFY2(properties.ok(), properties.ok() ? "" : properties.error().detail.c_str());
    const auto &p = properties.value();
    QCOMPARE(p.at("one"), std::string("[\"a\",\"b\"]"));
    QCOMPARE(p.at("spaced"), std::string("[\"a\",\"b\"]"));
    QCOMPARE(p.at("multi"), std::string("[\"x\",\"y\"]"));
    QCOMPARE(p.at("noBackslash"), std::string("[\"p\",\"q\"]"));
    QCOMPARE(p.at("ints"), std::string("[1,2]"));
    QCOMPARE(p.at("collection"), std::string("[\"c\"]"));
    QCOMPARE(p.at("empty"), std::string("[]"));
    QCOMPARE(p.at("after"), std::string("\"still read\""));
}

void TestOsgi::felixEscapesAndLayout()
{
    const std::string text = "\xEF\xBB\xBF"
                             "# comment = \"not a property\"\r\n"
                             "\r\n"
                             "   \r\n"
                             "quote=\"a\\\"b\"\r\n"
                             "backslash=\"c:\\\\dir\"\n"
                             "controls=\"1\\n2\\t3\\r\\b\\f\"\n"
                             "unicode=\"\\u00e9\\u0041\\uD83D\\uDE00\"\n"
                             "escapedBlank=\"a\\ b\\=c\\#d\"\n"
                             "  indented  =  \"spaces around\"   # trailing comment\n"
                             "\"quoted.key\"=\"q\"\n"
                             "dup=\"first\"\n"
                             "dup=\"last\"\n";
    const auto properties = parseOsgiProperties(text, OsgiFormat::Config);
    QVERIFY2(properties.ok(), properties.ok() ? "" : properties.error().detail.c_str());
    const auto &p = properties.value();
    QCOMPARE(p.size(), std::size_t(8));
    QCOMPARE(json::parse(p.at("quote")).get<std::string>(), std::string("a\"b"));
    QCOMPARE(json::parse(p.at("backslash")).get<std::string>(), std::string("c:\\dir"));
    QCOMPARE(json::parse(p.at("controls")).get<std::string>(), std::string("1\n2\t3\r\b\f"));
    QCOMPARE(json::parse(p.at("unicode")).get<std::string>(),
        std::string("\xC3\xA9"
                    "A\xF0\x9F\x98\x80"));
    QCOMPARE(json::parse(p.at("escapedBlank")).get<std::string>(), std::string("a b=c#d"));
    QCOMPARE(json::parse(p.at("indented")).get<std::string>(), std::string("spaces around"));
    QCOMPARE(json::parse(p.at("quoted.key")).get<std::string>(), std::string("q"));
    QCOMPARE(json::parse(p.at("dup")).get<std::string>(), std::string("last"));
    QVERIFY(!p.contains("comment"));
}

void TestOsgi::felixMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("position");
    QTest::newRow("no equals") << "a=\"x\"\nnoequals\n"
                               << "line 2, column 9";
    QTest::newRow("unterminated string") << "a=\"x\"\n\nb=\"unterminated\n"
                                         << "line 3, column 3";
    QTest::newRow("not an integer") << "a=\"x\"\nb=I\"abc\"\n"
                                    << "line 2, column 4";
    QTest::newRow("integer overflow") << "b=I\"99999999999\"\n"
                                      << "line 1, column 4";
    QTest::newRow("not a boolean") << "b=B\"maybe\"\n"
                                   << "line 1, column 4";
    QTest::newRow("unknown type") << "b=Q\"x\"\n"
                                  << "line 1, column 3";
    QTest::newRow("bare value") << "b=bare\n"
                                << "line 1, column 3";
    QTest::newRow("missing comma") << "b=[\"x\" \"y\"]\n"
                                   << "line 1, column 8";
    QTest::newRow("unterminated array") << "a=\"x\"\nb=[\"x\",\n\"y\"\n"
                                        << "line 2, column 3";
    QTest::newRow("junk after value") << "b=\"x\" junk\n"
                                      << "line 1, column 7";
    QTest::newRow("bad unicode") << "b=\"\\u12\"\n"
                                 << "line 1, column 4";
    QTest::newRow("lone surrogate") << "b=\"\\uD83D\"\n"
                                    << "line 1, column 4";
    QTest::newRow("empty key") << "=\"x\"\n"
                               << "line 1, column 1";
    QTest::newRow("no value") << "b=\n"
                              << "line 1, column 3";
}

void TestOsgi::felixMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, position);
    const auto properties = parseOsgiProperties(text.toStdString(), OsgiFormat::Config);
    QVERIFY(!properties.ok());
    QCOMPARE(properties.error().code, ErrorCode::MalformedInput);
    QCOMPARE(QString::fromStdString(properties.error().detail), position);

    // The detail names a place, never the text there (it may be the secret).
    const auto secret
        = parseOsgiProperties("auth.ims.client.secret=\"s3cr3t-VALUE\" more", OsgiFormat::Config);
    QVERIFY(!secret.ok());
    QVERIFY(secret.error().detail.find("s3cr3t") == std::string::npos);
}

void TestOsgi::placeholders()
{
    QVERIFY(isOsgiPlaceholder("$[secret:TARGET_IMS_CLIENT_SECRET]"));
    QVERIFY(isOsgiPlaceholder("$[env:MY_VAR]"));
    QVERIFY(isOsgiPlaceholder(" $[env:_x1;default=abc] "));
    QVERIFY(!isOsgiPlaceholder("$[secret:]"));
    QVERIFY(!isOsgiPlaceholder("$[secret:1ABC]"));
    QVERIFY(!isOsgiPlaceholder("$[secret:A-B]"));
    QVERIFY(!isOsgiPlaceholder("$[other:A]"));
    QVERIFY(!isOsgiPlaceholder("$[env:A"));
    QVERIFY(!isOsgiPlaceholder("$[env:A;fallback=x]"));
    QVERIFY(!isOsgiPlaceholder("p8e-literal"));
}

void TestOsgi::importSampleWithPlaceholder()
{
    const std::vector<ZipEntry> files {
        {kSampleFile, readSample(kSampleFile)},
        customizerFile("target", "$[secret:TARGET_IMS_CLIENT_SECRET]"),
    };
    const auto found = importOsgiFiles(files);
    QCOMPARE(found.size(), std::size_t(1));
    const FoundConfiguration &f = found[0];
    QCOMPARE(f.config.title, std::string("Adobe Target"));
    QCOMPARE(f.config.authType, AuthType::OAuthServerToServer);
    QCOMPARE(f.config.authorizationServer, kServer);
    QCOMPARE(f.config.clientId, kClientId);
    QCOMPARE(f.config.orgId, kOrgId);
    QVERIFY(f.config.scopes == kSampleScopes);
    QVERIFY(f.config.metascopes.empty());
    QCOMPARE(f.config.solutionId, std::string("target")); // from target_sdk
    QVERIFY(f.config.id.empty());
    QVERIFY(f.config.clientSecretRef.empty());
    // A placeholder is not a secret: the ui has to ask for the value.
    QVERIFY(f.clientSecrets.empty());
    QCOMPARE(f.secretPlaceholder, std::string("$[secret:TARGET_IMS_CLIENT_SECRET]"));
    QCOMPARE(describe(f.problems), QStringLiteral("client_secret/required/auth.ims.client.secret"));
    QCOMPARE(f.source, std::string(kSampleFile) + " + " + kCustomizerPid + "~target.cfg.json");
}

void TestOsgi::felixFormatGivesTheSameConfiguration()
{
    const auto fromJson
        = importOsgiFiles({{kSampleFile, readSample(kSampleFile)}, customizerFile("target", kSecret)});
    const auto fromFelix = importOsgiFiles({
        {kProviderPid + "~target.config", kSampleAsFelix},
        {kCustomizerPid + "~target.config", "auth.ims.client.secret=\"" + kSecret + "\"\n"},
    });
    QCOMPARE(fromJson.size(), std::size_t(1));
    QCOMPARE(fromFelix.size(), std::size_t(1));
    const Configuration &a = fromJson[0].config;
    const Configuration &b = fromFelix[0].config;
    QCOMPARE(b.title, a.title);
    QCOMPARE(b.authType, a.authType);
    QCOMPARE(b.authorizationServer, a.authorizationServer);
    QCOMPARE(b.clientId, a.clientId);
    QCOMPARE(b.orgId, a.orgId);
    QVERIFY(b.scopes == a.scopes);
    QCOMPARE(b.solutionId, a.solutionId);
    QCOMPARE(describe(fromFelix[0].problems), QString());
    QCOMPARE(fromFelix[0].clientSecrets.size(), std::size_t(1));
    QCOMPARE(fromFelix[0].clientSecrets[0].reveal(), std::string_view(kSecret));
    QCOMPARE(fromJson[0].clientSecrets[0].reveal(), std::string_view(kSecret));
}

void TestOsgi::olderDashFileName()
{
    const auto found = importOsgiFiles({
        {kProviderPid + "-target.config", kSampleAsFelix},
        {kCustomizerPid + "-target.config", "auth.ims.client.secret=\"" + kSecret + "\"\n"},
        {kProviderPid + ".config", kSampleAsFelix}, // no factory name: not an IMS configuration
        {"org.apache.sling.Other~target.config", "a=\"b\"\n"},
    });
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].config.clientId, kClientId);
    QCOMPARE(found[0].clientSecrets.size(), std::size_t(1));
    QCOMPARE(describe(found[0].problems), QString());
}

void TestOsgi::literalAndPlaceholderSecrets()
{
    struct Case
    {
        std::string value;
        std::string secret;
        std::string placeholder;
        bool required;
    };
    const Case cases[] = {
        {kSecret, kSecret, "", false},
        {"  " + kSecret + "  ", kSecret, "", false},
        {"$[secret:TARGET_IMS_CLIENT_SECRET]", "", "$[secret:TARGET_IMS_CLIENT_SECRET]", true},
        {"$[env:MY_SECRET]", "", "$[env:MY_SECRET]", true},
        {"$[env:MY_SECRET;default=fallback-value]", "fallback-value", "$[env:MY_SECRET]", false},
        {"", "", "", true},
    };
    for (const Case &c : cases) {
        const auto found = importOsgiFiles({providerFile("target"), customizerFile("target", c.value)});
        QCOMPARE(found.size(), std::size_t(1));
        const FoundConfiguration &f = found[0];
        QCOMPARE(f.clientSecrets.size(), c.secret.empty() ? std::size_t(0) : std::size_t(1));
        if (!c.secret.empty())
            QCOMPARE(f.clientSecrets[0].reveal(), std::string_view(c.secret));
        QCOMPARE(f.secretPlaceholder, c.placeholder);
        QCOMPARE(hasProblem(f, Field::ClientSecret, Problem::Required, "auth.ims.client.secret"), c.required);
    }
    // A number where the secret belongs.
    const auto wrong = importOsgiFiles(
        {providerFile("target"), {kCustomizerPid + "~target.cfg.json", "{\"auth.ims.client.secret\": 5}"}});
    QVERIFY(hasProblem(wrong[0], Field::ClientSecret, Problem::WrongType, "auth.ims.client.secret"));
}

void TestOsgi::pairingByName()
{
    const auto found = importOsgiFiles({
        customizerFile("beta", "secret-beta"),
        providerFile("alpha"),
        providerFile("beta"),
        customizerFile("alpha", "secret-alpha"),
        {"README.md", "not a configuration"},
    });
    QCOMPARE(found.size(), std::size_t(2));
    QVERIFY(found[0].source.starts_with(kProviderPid + "~alpha"));
    QCOMPARE(found[0].clientSecrets.at(0).reveal(), std::string_view("secret-alpha"));
    QCOMPARE(found[0].config.title, std::string("Adobe Target"));
    QVERIFY(found[1].source.starts_with(kProviderPid + "~beta"));
    QCOMPARE(found[1].clientSecrets.at(0).reveal(), std::string_view("secret-beta"));

    // The customizer names another client: same NAME or not, it belongs to someone else.
    const auto other = importOsgiFiles({
        providerFile("alpha"),
        customizerFile("alpha", "secret-other", {}, "ffffffffffffffffffffffffffffffff"),
    });
    QCOMPARE(other.size(), std::size_t(2));
    QVERIFY(other[0].clientSecrets.empty());
    QVERIFY(hasProblem(other[0], Field::ClientSecret, Problem::Required, kCustomizerPid + "~alpha"));
    QCOMPARE(other[1].config.clientId, std::string("ffffffffffffffffffffffffffffffff"));
    QVERIFY(hasProblem(other[1], Field::Document, Problem::Required, kProviderPid + "~alpha"));

    // A matching client id pairs as well.
    const auto same = importOsgiFiles({providerFile("alpha"), customizerFile("alpha", "s", {}, kClientId)});
    QCOMPARE(same.size(), std::size_t(1));
    QCOMPARE(same[0].clientSecrets.size(), std::size_t(1));
}

void TestOsgi::pairingByClientId()
{
    // Renamed apart, but the customizer names the provider's client.
    const auto found = importOsgiFiles({
        providerFile("target"),
        customizerFile("target-secret", "secret-by-client", {}, kClientId),
    });
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].clientSecrets.at(0).reveal(), std::string_view("secret-by-client"));
    // Without a client id there is nothing to pair by: two results.
    const auto apart = importOsgiFiles({providerFile("target"), customizerFile("target-secret", "s")});
    QCOMPARE(apart.size(), std::size_t(2));
}

void TestOsgi::customizerAlone()
{
    const auto found = importOsgiFiles({customizerFile("target", kSecret, {}, kClientId)});
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].config.clientId, kClientId);
    QCOMPARE(found[0].clientSecrets.size(), std::size_t(1));
    QCOMPARE(
        describe(found[0].problems), QString::fromStdString("document/required/" + kProviderPid + "~target"));
}

void TestOsgi::providerAlone()
{
    const auto found = importOsgiFiles({providerFile("target")});
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY(found[0].clientSecrets.empty());
    QVERIFY(found[0].secretPlaceholder.empty());
    QCOMPARE(describe(found[0].problems),
        QString::fromStdString("client_secret/required/" + kCustomizerPid + "~target"));
}

void TestOsgi::runModesInContentPackage()
{
    const std::string apps = "jcr_root/apps/mysite/osgiconfig/";
    const std::string archive = testzip::storedZip({
        {"META-INF/vault/filter.xml", "<workspaceFilter/>"},
        {apps + "config.author/" + kProviderPid + "~target.cfg.json", providerJson("target")},
        {apps + "config.author/" + kCustomizerPid + "~target.cfg.json", customizerJson("secret-author")},
        {apps + "config.publish/" + kProviderPid + "~target.cfg.json", providerJson("target")},
        {apps + "config.publish/" + kCustomizerPid + "~target.cfg.json", customizerJson("secret-publish")},
        // The customizer in the plain config folder applies to every run mode.
        {apps + "config/" + kCustomizerPid + "~shared.cfg.json", customizerJson("secret-shared")},
        {apps + "config.prod/" + kProviderPid + "~shared.cfg.json", providerJson("shared")},
        {apps + "config/org.apache.sling.commons.log.LogManager.factory.config~x.cfg.json", "{}"},
    });
    const auto entries = readZip(archive);
    QVERIFY(entries.ok());
    const auto found = importOsgiFiles(entries.value());
    QCOMPARE(found.size(), std::size_t(3));

    const FoundConfiguration *author = bySource(found, "config.author/" + kProviderPid);
    const FoundConfiguration *publish = bySource(found, "config.publish/" + kProviderPid);
    const FoundConfiguration *prod = bySource(found, "config.prod/" + kProviderPid);
    QVERIFY(author && publish && prod);
    QCOMPARE(author->clientSecrets.at(0).reveal(), std::string_view("secret-author"));
    QCOMPARE(publish->clientSecrets.at(0).reveal(), std::string_view("secret-publish"));
    QCOMPARE(prod->clientSecrets.at(0).reveal(), std::string_view("secret-shared"));
    QCOMPARE(author->source,
        "apps/mysite/osgiconfig/config.author/" + kProviderPid
            + "~target.cfg.json + apps/mysite/osgiconfig/config.author/" + kCustomizerPid
            + "~target.cfg.json");
    QVERIFY(prod->source.find("osgiconfig/config/" + kCustomizerPid) != std::string::npos);
    for (const FoundConfiguration *f : {author, publish, prod})
        QCOMPARE(describe(f->problems), QString());
}

void TestOsgi::malformedFilesReported()
{
    const auto found = importOsgiFiles({
        {kProviderPid + "~broken.cfg.json", "{\n  \"name\": \"broken\",\n  oops\n}"},
        {kCustomizerPid + "~broken.cfg.json", customizerJson(kSecret)},
        {kProviderPid + "~felix.config", "name=\"felix\"\nbroken line\n"},
        {kCustomizerPid + "~felix.config", "auth.ims.client.secret=\"" + kSecret},
    });
    QCOMPARE(found.size(), std::size_t(2));
    QVERIFY(hasProblem(found[0], Field::Document, Problem::MalformedJson, "line 3, column 3"));
    QCOMPARE(found[0].clientSecrets.size(), std::size_t(1)); // the pair is still found by name
    QVERIFY(hasProblem(found[1], Field::Document, Problem::MalformedJson, "line 2, column 8"));
    QVERIFY(hasProblem(found[1], Field::ClientSecret, Problem::MalformedJson, "line 1, column 24"));
    QVERIFY(found[1].clientSecrets.empty());
}

void TestOsgi::jwtProviderFromClaims()
{
    json provider = json::object();
    provider["name"] = "legacy";
    provider["auth.token.provider.title"] = "Legacy JWT";
    provider["auth.token.provider.endpoint"] = "https://ims-na1.adobelogin.com/";
    provider["auth.access.token.request"] = "https://ims-na1.adobelogin.com/ims/exchange/jwt/";
    provider["auth.token.provider.client.id"] = kClientId;
    provider["auth.token.provider.keypair.alias"] = "similaritysearch";
    provider["auth.token.provider.scope"] = "ent_stocksearch_sdk";
    provider["auth.token.provider.default.claims"] = {
        "\"iss\" : \"" + kOrgId + "\"",
        "\"sub\" : \"" + kTechnicalAccountId + "\"",
        "\"https://ims-na1.adobelogin.com/s/ent_marketing_sdk\" : true",
        "\"https://ims-na1.adobelogin.com/s/ent_stocksearch_sdk\" : true",
        "\"https://ims-na1.adobelogin.com/s/ent_unused_sdk\" : false",
        "\"aud\" : \"https://ims-na1.adobelogin.com/c/" + kClientId + "\"",
    };
    const auto found = importOsgiFiles(
        {{kProviderPid + "~legacy.cfg.json", provider.dump()}, customizerFile("legacy", kSecret)});
    QCOMPARE(found.size(), std::size_t(1));
    const Configuration &c = found[0].config;
    QCOMPARE(c.authType, AuthType::Jwt);
    QCOMPARE(c.authorizationServer, kServer);
    QCOMPARE(c.orgId, kOrgId); // from iss
    QCOMPARE(c.technicalAccountId, kTechnicalAccountId);
    QCOMPARE(c.metascopes, (std::vector<std::string> {"ent_stocksearch_sdk", "ent_marketing_sdk"}));
    QVERIFY(c.scopes.empty());
    QCOMPARE(c.certificateAlias, std::string("similaritysearch"));
    QCOMPARE(c.solutionId, std::string("stock"));
    // The private key stays in AEM's keystore: the only thing missing.
    QCOMPARE(describe(found[0].problems),
        QStringLiteral("private_key/required/auth.token.provider.keypair.alias"));
}

void TestOsgi::missingFieldsAreProblems()
{
    const auto found = importOsgiFiles(
        {{kProviderPid + "~bare.cfg.json", "{\"name\": \"bare\"}"}, customizerFile("bare", kSecret)});
    QCOMPARE(found.size(), std::size_t(1));
    const FoundConfiguration &f = found[0];
    QCOMPARE(f.config.title, std::string("bare")); // from name when there is no title
    QCOMPARE(f.config.solutionId, std::string("custom"));
    QVERIFY(hasProblem(f, Field::AuthType, Problem::Required, "auth.access.token.request"));
    QVERIFY(hasProblem(f, Field::AuthorizationServer, Problem::Required, "auth.token.provider.endpoint"));
    QVERIFY(hasProblem(f, Field::ClientId, Problem::Required, "auth.token.provider.client.id"));
    QVERIFY(hasProblem(f, Field::OrgId, Problem::Required, "auth.token.provider.orgId"));
    QVERIFY(hasProblem(f, Field::Scopes, Problem::Required, "auth.token.provider.scope"));
    QVERIFY(!hasProblem(f, Field::ClientSecret, Problem::Required));

    // Missing endpoint, but the token URL names the server; bad values are checked.
    json provider = json::parse(readSample(kSampleFile));
    provider.erase("auth.token.provider.endpoint");
    provider["auth.token.provider.orgId"] = "8F1C2A3B5E6D7C8B0A1B2C3D";
    provider["auth.token.provider.client.id"] = 42;
    const auto checked
        = importOsgiFiles({{kProviderPid + "~x.cfg.json", provider.dump()}, customizerFile("x", kSecret)});
    QCOMPARE(checked[0].config.authorizationServer, kServer);
    QVERIFY(hasProblem(checked[0], Field::OrgId, Problem::OrgIdSuffix));
    QVERIFY(hasProblem(checked[0], Field::ClientId, Problem::WrongType, "auth.token.provider.client.id"));

    // JWT without sub, metascopes and alias.
    json jwt = json::object();
    jwt["auth.access.token.request"] = "https://ims-na1.adobelogin.com/ims/exchange/jwt";
    jwt["auth.token.provider.client.id"] = kClientId;
    jwt["auth.token.provider.default.claims"] = {"\"iss\" : \"" + kOrgId + "\""};
    const auto legacy
        = importOsgiFiles({{kProviderPid + "~j.cfg.json", jwt.dump()}, customizerFile("j", kSecret)});
    QCOMPARE(legacy[0].config.authType, AuthType::Jwt);
    QVERIFY(hasProblem(legacy[0], Field::TechnicalAccountId, Problem::Required));
    QVERIFY(hasProblem(legacy[0], Field::Metascopes, Problem::Required));
    QVERIFY(
        hasProblem(legacy[0], Field::Certificate, Problem::Required, "auth.token.provider.keypair.alias"));
    QVERIFY(!hasProblem(legacy[0], Field::OrgId, Problem::Required));
}

void TestOsgi::placeholderInPlainField()
{
    json provider = json::parse(readSample(kSampleFile));
    provider["auth.token.provider.client.id"] = "$[env:TARGET_CLIENT_ID]";
    const auto found
        = importOsgiFiles({{kProviderPid + "~t.cfg.json", provider.dump()}, customizerFile("t", kSecret)});
    QVERIFY(found[0].config.clientId.empty());
    QCOMPARE(describe(found[0].problems), QStringLiteral("client_id/required/auth.token.provider.client.id"));
}

void TestOsgi::solutionGuess()
{
    QCOMPARE(guessSolutionId({}, {"ent_analytics_bulk_ingest_sdk"}), std::string("analytics"));
    QCOMPARE(guessSolutionId({"openid", "target_sdk"}, {}), std::string("target"));
    QCOMPARE(guessSolutionId({"openid", "asset_compute"}, {}), std::string("asset-compute"));
    QCOMPARE(guessSolutionId({"read_pc.dma_smart_content"}, {}), std::string("smart-content"));
    QCOMPARE(guessSolutionId({"openid", "AdobeID", "read_organizations"}, {}), std::string("custom"));
    QCOMPARE(guessSolutionId({"openid"}, {}, "Adobe Stock"), std::string("stock"));
    QCOMPARE(guessSolutionId({"openid"}, {}, "Adobe Launch"), std::string("tags")); // AEM's drop-down value
    QCOMPARE(guessSolutionId({}, {"ent_unknown_sdk"}, "Something"), std::string("custom"));
}

void TestOsgi::exportMatchesSample()
{
    const auto files = exportOsgi(oauthConfiguration(), SecretInExport::Placeholder);
    QCOMPARE(files.size(), std::size_t(2));
    QCOMPARE(files[0].name, std::string(kSampleFile));
    QCOMPARE(files[1].name, kCustomizerPid + "~target.cfg.json");

    const json sample = json::parse(readSample(kSampleFile));
    const json provider = parsed(files[0].data);
    QCOMPARE(QString::fromStdString(provider.dump()),
        QString::fromStdString(sample.dump())); // names, values, order
    // Pretty, 2 spaces, a final new line.
    QVERIFY(files[0].data.starts_with("{\n  \"name\": \"target\",\n"));
    QVERIFY(files[0].data.ends_with("}\n"));

    json customizer = json::object();
    customizer["auth.ims.client.id"] = kClientId;
    customizer["auth.ims.client.secret"] = "$[secret:TARGET_IMS_CLIENT_SECRET]";
    QCOMPARE(QString::fromStdString(parsed(files[1].data).dump()), QString::fromStdString(customizer.dump()));

    // A trailing slash or upper case in the stored server does not leak into the URLs.
    Configuration messy = oauthConfiguration();
    messy.authorizationServer = "https://IMS-NA1.adobelogin.com/";
    QVERIFY(parsed(exportOsgi(messy, SecretInExport::Placeholder)[0].data) == sample);
}

void TestOsgi::exportJwt()
{
    const Configuration config = jwtConfiguration();
    const auto files = exportOsgi(config, SecretInExport::Placeholder);
    QCOMPARE(files.size(), std::size_t(2));
    QCOMPARE(files[0].name, kProviderPid + "~analytics-legacy.cfg.json");
    const json provider = parsed(files[0].data);
    std::vector<std::string> keys;
    for (auto it = provider.begin(); it != provider.end(); ++it)
        keys.push_back(it.key());
    const std::vector<std::string> expectedKeys {"name", "auth.token.provider.title",
        "auth.token.provider.endpoint", "auth.access.token.request", "auth.token.provider.client.id",
        "auth.token.provider.keypair.alias", "auth.token.provider.default.claims",
        "auth.token.provider.conn.timeout", "auth.token.provider.so.timeout",
        "auth.token.provider.reuse.access.token", "auth.token.provider.relaxed.ssl"};
    QCOMPARE(keys, expectedKeys);
    const std::string server = "https://ims-na1-stg1.adobelogin.com";
    QCOMPARE(provider["auth.access.token.request"].get<std::string>(), server + "/ims/exchange/jwt");
    QCOMPARE(
        provider["auth.token.provider.keypair.alias"].get<std::string>(), std::string("similaritysearch"));
    const std::vector<std::string> claims = provider["auth.token.provider.default.claims"];
    const std::vector<std::string> expectedClaims {
        "\"iss\" : \"" + kOrgId + "\"",
        "\"sub\" : \"" + kTechnicalAccountId + "\"",
        "\"" + server + "/s/ent_analytics_bulk_ingest_sdk\" : true",
        "\"" + server + "/s/ent_marketing_sdk\" : true",
        "\"aud\" : \"" + server + "/c/0a1b2c3d4e5f40718293a4b5c6d7e8f9\"",
    };
    QCOMPARE(claims, expectedClaims);
    QCOMPARE(provider["auth.token.provider.conn.timeout"].get<int>(), 30000);
    QCOMPARE(provider["auth.token.provider.relaxed.ssl"].get<bool>(), false);
    QCOMPARE(parsed(files[1].data)["auth.ims.client.secret"].get<std::string>(),
        std::string("$[secret:ANALYTICS_LEGACY_IMS_CLIENT_SECRET]"));
}

void TestOsgi::roundTripOAuth()
{
    const Configuration config = oauthConfiguration();
    const auto clear = importOsgiFiles(exportOsgi(config, SecretInExport::ClearText, Secret(kSecret)));
    QCOMPARE(clear.size(), std::size_t(1));
    const FoundConfiguration &f = clear[0];
    QCOMPARE(describe(f.problems), QString());
    QCOMPARE(f.config.title, config.title);
    QCOMPARE(f.config.solutionId, config.solutionId);
    QCOMPARE(f.config.authType, config.authType);
    QCOMPARE(f.config.authorizationServer, config.authorizationServer);
    QCOMPARE(f.config.clientId, config.clientId);
    QCOMPARE(f.config.orgId, config.orgId);
    QVERIFY(f.config.scopes == config.scopes);
    QCOMPARE(f.clientSecrets.size(), std::size_t(1));
    QCOMPARE(f.clientSecrets[0].reveal(), std::string_view(kSecret));
    QVERIFY(f.secretPlaceholder.empty());

    const auto placeholder
        = importOsgiFiles(exportOsgi(config, SecretInExport::Placeholder, Secret(kSecret)));
    QCOMPARE(placeholder.size(), std::size_t(1));
    QVERIFY(placeholder[0].clientSecrets.empty());
    QCOMPARE(placeholder[0].secretPlaceholder, std::string("$[secret:TARGET_IMS_CLIENT_SECRET]"));
    QCOMPARE(
        describe(placeholder[0].problems), QStringLiteral("client_secret/required/auth.ims.client.secret"));
    for (const ZipEntry &file : exportOsgi(config, SecretInExport::Placeholder, Secret(kSecret)))
        QVERIFY(file.data.find(kSecret) == std::string::npos);

    // The stage server and a custom solution survive too.
    Configuration stage = config;
    stage.title = "Custom thing";
    stage.solutionId = "custom";
    stage.authorizationServer = "https://ims-na1-stg1.adobelogin.com";
    stage.scopes = {"openid", "AdobeID"};
    const auto back = importOsgiFiles(exportOsgi(stage, SecretInExport::ClearText, Secret(kSecret)));
    QCOMPARE(back.at(0).config.authorizationServer, stage.authorizationServer);
    QCOMPARE(back.at(0).config.solutionId, std::string("custom"));
    QCOMPARE(back.at(0).config.title, stage.title);
}

void TestOsgi::roundTripJwt()
{
    const Configuration config = jwtConfiguration();
    const auto found = importOsgiFiles(exportOsgi(config, SecretInExport::ClearText, Secret(kSecret)));
    QCOMPARE(found.size(), std::size_t(1));
    const FoundConfiguration &f = found[0];
    QCOMPARE(describe(f.problems), QStringLiteral("private_key/required/auth.token.provider.keypair.alias"));
    QCOMPARE(f.config.title, config.title);
    QCOMPARE(f.config.solutionId, config.solutionId);
    QCOMPARE(f.config.authType, AuthType::Jwt);
    QCOMPARE(f.config.authorizationServer, config.authorizationServer);
    QCOMPARE(f.config.clientId, config.clientId);
    QCOMPARE(f.config.orgId, config.orgId);
    QCOMPARE(f.config.technicalAccountId, config.technicalAccountId);
    QCOMPARE(f.config.metascopes, config.metascopes);
    QCOMPARE(f.config.certificateAlias, config.certificateAlias);
    QCOMPARE(f.clientSecrets.at(0).reveal(), std::string_view(kSecret));

    const auto placeholder = importOsgiFiles(exportOsgi(config, SecretInExport::Placeholder));
    QCOMPARE(
        placeholder.at(0).secretPlaceholder, std::string("$[secret:ANALYTICS_LEGACY_IMS_CLIENT_SECRET]"));
    QVERIFY(placeholder.at(0).clientSecrets.empty());
}

void TestOsgi::factoryAndPlaceholderNames()
{
    Configuration c;
    const auto names = [&](const std::string &title, const std::string &solution = {}) {
        c.title = title;
        c.solutionId = solution;
        return std::pair {osgiFactoryName(c), osgiSecretPlaceholderName(c)};
    };
    QCOMPARE(
        names("Adobe Target"), (std::pair<std::string, std::string> {"target", "TARGET_IMS_CLIENT_SECRET"}));
    QCOMPARE(names("  My Site (Prod)! "),
        (std::pair<std::string, std::string> {"my-site-prod", "MY_SITE_PROD_IMS_CLIENT_SECRET"}));
    QCOMPARE(names("Ünïcode Ärger"),
        (std::pair<std::string, std::string> {"n-code-rger", "N_CODE_RGER_IMS_CLIENT_SECRET"}));
    QCOMPARE(names("", "analytics"),
        (std::pair<std::string, std::string> {"analytics", "ANALYTICS_IMS_CLIENT_SECRET"}));
    QCOMPARE(names(""), (std::pair<std::string, std::string> {"ims", "IMS_IMS_CLIENT_SECRET"}));
    QCOMPARE(names("Adobe"), (std::pair<std::string, std::string> {"adobe", "IMS_ADOBE_IMS_CLIENT_SECRET"}));
    // Reserved Cloud Manager prefixes and a leading digit would make the variable unusable.
    QCOMPARE(names("AEM Assets").second, std::string("ASSETS_IMS_CLIENT_SECRET"));
    QCOMPARE(names("Adobe Adobe Stock").second, std::string("STOCK_IMS_CLIENT_SECRET"));
    QCOMPARE(names("Internal tools").second, std::string("TOOLS_IMS_CLIENT_SECRET"));
    QCOMPARE(names("123 go").second, std::string("IMS_123_GO_IMS_CLIENT_SECRET"));

    const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z_0-9]{1,99}$"));
    for (const std::string &title : {std::string(300, 'x'), std::string("a-") + std::string(200, '9'),
             std::string("----"), std::string("Const")}) {
        const std::string name = names(title).second;
        QVERIFY2(variable.match(QString::fromStdString(name)).hasMatch(), name.c_str());
        QVERIFY(name.size() <= 100);
        QVERIFY(!name.starts_with("ADOBE_") && !name.starts_with("INTERNAL_") && !name.starts_with("CONST_"));
        QVERIFY(!name.starts_with("AEM_"));
    }
}

void TestOsgi::clearTextWithoutSecretWritesPlaceholder()
{
    const auto files = exportOsgi(oauthConfiguration(), SecretInExport::ClearText);
    QCOMPARE(parsed(files[1].data)["auth.ims.client.secret"].get<std::string>(),
        std::string("$[secret:TARGET_IMS_CLIENT_SECRET]"));
    const auto clear = exportOsgi(oauthConfiguration(), SecretInExport::ClearText, Secret(kSecret));
    QCOMPARE(parsed(clear[1].data)["auth.ims.client.secret"].get<std::string>(), kSecret);
}

void TestOsgi::secretsNeverInProblemDetails()
{
    const std::string secret = "s3cr3t VALUE with blanks";
    const std::vector<std::vector<ZipEntry>> inputs {
        {providerFile("a"), customizerFile("a", secret)},
        {providerFile("a"),
            {kCustomizerPid + "~a.cfg.json", "{\"auth.ims.client.secret\": \"" + secret + "\" oops}"}},
        {providerFile("a"), {kCustomizerPid + "~a.config", "auth.ims.client.secret=\"" + secret + "\" x\n"}},
        {{kCustomizerPid + "~a.config", "auth.ims.client.secret=[\"" + secret + "\", \"" + secret + "\"]\n"}},
        {customizerFile("b", secret, {}, "ffffffffffffffffffffffffffffffff")},
    };
    for (const auto &files : inputs) {
        const auto found = importOsgiFiles(files);
        QVERIFY(!found.empty());
        for (const FoundConfiguration &f : found) {
            QVERIFY(!f.problems.empty());
            for (const FieldProblem &p : f.problems) {
                QVERIFY2(p.detail.find("s3cr3t") == std::string::npos, p.detail.c_str());
                QVERIFY(p.detail.find("VALUE") == std::string::npos);
            }
            QVERIFY(f.source.find("s3cr3t") == std::string::npos);
        }
    }
    // The blank-containing secret is reported by key.
    const auto found = importOsgiFiles(inputs[0]);
    QVERIFY(hasProblem(found[0], Field::ClientSecret, Problem::ContainsWhitespace, "auth.ims.client.secret"));
}

QTEST_GUILESS_MAIN(TestOsgi)
#include "test_osgi.moc"
