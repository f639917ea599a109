// Developer Console downloads: the nested workspace JSON and the flat credential JSON.

#include "imscore/devconsole_import.h"
#include "testutil.h"

#include <QFile>
#include <QTest>
#include <algorithm>

using namespace ims;

namespace {

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

const std::vector<std::string> kSampleScopes {
    "openid", "AdobeID", "read_organizations", "additional_info.projectedProductContext", "target_sdk"};

// Every credential field the samples hold (both samples carry the same credential).
void verifySampleCredential(const ImportResult &r)
{
    QVERIFY(r.recognised);
    QCOMPARE(describe(r.problems), QString());
    QCOMPARE(r.config.authType, AuthType::OAuthServerToServer);
    QCOMPARE(r.config.orgId, std::string("8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg"));
    QCOMPARE(r.config.clientId, std::string("5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a"));
    QCOMPARE(r.config.technicalAccountId, std::string("9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com"));
    QCOMPARE(r.config.technicalAccountEmail,
        std::string("3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d@techacct.adobe.com"));
    QVERIFY(r.config.scopes == kSampleScopes);
    QCOMPARE(r.clientSecrets.size(), std::size_t(1));
    QCOMPARE(r.clientSecrets[0].reveal(), std::string_view("p8e-EXAMPLEexampleEXAMPLEexample01"));
    // The import never invents a server or a secret reference.
    QCOMPARE(r.config.authorizationServer, std::string(kDefaultAuthorizationServer));
    QVERIFY(r.config.clientSecretRef.empty());
}

std::string workspaceWithServices(const std::string &servicesJson)
{
    return R"({"project": {"org": {"ims_org_id": "8F1C@AdobeOrg"}, "workspace": {"details": {
        "credentials": [{"integration_type": "oauth_server_to_server", "oauth_server_to_server": {
            "client_id": "abc123", "client_secrets": ["p8e-x"], "scopes": ["openid"]}}],
        "services": )"
        + servicesJson + "}}}}";
}

} // namespace

class TestDevConsoleImport : public QObject
{
    Q_OBJECT

private slots:
    void workspaceSample();
    void credentialSample();
    void flatVariants_data();
    void flatVariants();
    void malformedJson_data();
    void malformedJson();
    void malformedPosition();
    void unknownShape_data();
    void unknownShape();
    void wrongTypes_data();
    void wrongTypes();
    void missingFields_data();
    void missingFields();
    void invalidValues_data();
    void invalidValues();
    void jwtOnlyWorkspace();
    void oauthPreferredOverJwt();
    void flatJwtVariant();
    void twoSecrets();
    void services_data();
    void services();
    void secretNeverInProblemDetail_data();
    void secretNeverInProblemDetail();
    void looksLike_data();
    void looksLike();
};

void TestDevConsoleImport::workspaceSample()
{
    const ImportResult r = importDeveloperConsoleJson(readSample("devconsole-workspace-oauth.json"));
    verifySampleCredential(r);
    QCOMPARE(r.sourceKind, std::string("devconsole-workspace"));
    QCOMPARE(r.config.title, std::string("AEM Target integration"));
    QCOMPARE(r.config.solutionId, std::string("target")); // from services[].code "TargetSDK"
}

void TestDevConsoleImport::credentialSample()
{
    const ImportResult r = importDeveloperConsoleJson(readSample("devconsole-credential-oauth.json"));
    verifySampleCredential(r);
    QCOMPARE(r.sourceKind, std::string("devconsole-credential"));
    QVERIFY(r.config.title.empty());
    QVERIFY(r.config.solutionId.empty());
}

void TestDevConsoleImport::flatVariants_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("lower case") << R"({"org_id": "8F1C@AdobeOrg", "client_id": "abc123",
        "client_secrets": ["p8e-x"], "scopes": ["openid", "AdobeID"]})";
    QTest::newRow("mixed case") << R"({"Org_Id": "8F1C@AdobeOrg", "Client_ID": "abc123",
        "Client_Secrets": ["p8e-x"], "Scopes": ["openid", "AdobeID"]})";
    QTest::newRow("api key, secret string, comma scopes")
        << R"({"ORG_ID": "8F1C@AdobeOrg", "API_KEY": "abc123",
        "CLIENT_SECRET": "p8e-x", "SCOPES": "openid, AdobeID"})";
    QTest::newRow("blanks trimmed") << R"({"ORG_ID": " 8F1C@AdobeOrg\n", "CLIENT_ID": "\tabc123 ",
        "CLIENT_SECRETS": [" p8e-x "], "SCOPES": [" openid", "AdobeID "]})";
    QTest::newRow("secrets as string") << R"({"ORG_ID": "8F1C@AdobeOrg", "CLIENT_ID": "abc123",
        "CLIENT_SECRETS": "p8e-x", "SCOPES": ["openid", "AdobeID"]})";
    QTest::newRow("unknown keys ignored") << R"({"ORG_ID": "8F1C@AdobeOrg", "CLIENT_ID": "abc123",
        "CLIENT_SECRETS": ["p8e-x"], "SCOPES": ["openid", "AdobeID"], "EXTRA": {"x": [1]}})";
}

void TestDevConsoleImport::flatVariants()
{
    QFETCH(QString, json);
    const ImportResult r = importDeveloperConsoleJson(json.toStdString());
    QVERIFY(r.recognised);
    QCOMPARE(describe(r.problems), QString());
    QCOMPARE(r.sourceKind, std::string("devconsole-credential"));
    QCOMPARE(r.config.authType, AuthType::OAuthServerToServer);
    QCOMPARE(r.config.orgId, std::string("8F1C@AdobeOrg"));
    QCOMPARE(r.config.clientId, std::string("abc123"));
    QCOMPARE(r.clientSecrets.size(), std::size_t(1));
    QCOMPARE(r.clientSecrets[0].reveal(), std::string_view("p8e-x"));
    QVERIFY(r.config.scopes == std::vector<std::string>({"openid", "AdobeID"}));
}

void TestDevConsoleImport::malformedJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("empty") << "";
    QTest::newRow("truncated") << R"({"CLIENT_ID": "abc123", "CLIENT_SECRETS": ["p8e-x")";
    QTest::newRow("trailing comma") << R"({"CLIENT_ID": "abc123",})";
    QTest::newRow("single quotes") << "{'CLIENT_ID': 'abc123'}";
    QTest::newRow("text") << "client id: abc123";
    QTest::newRow("two documents") << R"({"CLIENT_ID": "abc"} {"CLIENT_ID": "def"})";
}

void TestDevConsoleImport::malformedJson()
{
    QFETCH(QString, json);
    const ImportResult r = importDeveloperConsoleJson(json.toStdString());
    QVERIFY(!r.recognised);
    QCOMPARE(r.problems.size(), std::size_t(1));
    QCOMPARE(r.problems[0].field, Field::Document);
    QCOMPARE(r.problems[0].problem, Problem::MalformedJson);
    QVERIFY2(QString::fromStdString(r.problems[0].detail).startsWith(QLatin1String("line ")),
        r.problems[0].detail.c_str());
    QVERIFY(r.clientSecrets.empty());
}

void TestDevConsoleImport::malformedPosition()
{
    const ImportResult r = importDeveloperConsoleJson("{\n  \"CLIENT_ID\": \"abc\",\n  \"ORG_ID\" 1\n}");
    QCOMPARE(describe(r.problems), QStringLiteral("document/malformed_json/line 3, column 12"));
}

void TestDevConsoleImport::unknownShape_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("empty object") << "{}";
    QTest::newRow("other keys") << R"({"name": "x", "id": 3})";
    QTest::newRow("array") << R"([{"CLIENT_ID": "abc123"}])";
    QTest::newRow("string") << R"("CLIENT_ID")";
    QTest::newRow("number") << "42";
    QTest::newRow("null") << "null";
    QTest::newRow("aio config") << QString::fromStdString(readSample("aio-config.json"));
    QTest::newRow("aem cfg") << QString::fromStdString(
        readSample("com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json"));
}

void TestDevConsoleImport::unknownShape()
{
    QFETCH(QString, json);
    const ImportResult r = importDeveloperConsoleJson(json.toStdString());
    QVERIFY(!r.recognised);
    QCOMPARE(describe(r.problems), QStringLiteral("document/unknown_shape/"));
    QVERIFY(r.sourceKind.empty());
}

void TestDevConsoleImport::wrongTypes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("recognised");
    QTest::addColumn<QString>("expected");
    const QString rest
        = QStringLiteral(R"("ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": ["p8e-x"], "SCOPES": ["openid"])");
    QTest::newRow("client id number")
        << R"({"CLIENT_ID": 123, )" + rest + "}" << true << "client_id/wrong_type/CLIENT_ID";
    QTest::newRow("org id array")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": ["x"], "CLIENT_SECRETS": ["p8e-x"], "SCOPES": ["openid"]})"
        << true << "org_id/wrong_type/ORG_ID";
    QTest::newRow("secrets object")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": {}, "SCOPES": ["openid"]})"
        << true << "client_secret/wrong_type/CLIENT_SECRETS";
    QTest::newRow("secret entry number")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": [1], "SCOPES": ["openid"]})"
        << true << "client_secret/wrong_type/CLIENT_SECRETS";
    QTest::newRow("scopes number")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": ["p8e-x"], "SCOPES": 5})"
        << true << "scopes/wrong_type/SCOPES";
    QTest::newRow("scope entry null")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": ["p8e-x"], "scopes": [null]})"
        << true << "scopes/wrong_type/scopes";
    QTest::newRow("technical account bool") << R"({"CLIENT_ID": "abc123", "TECHNICAL_ACCOUNT_ID": true, )"
            + rest + "}" << true << "technical_account_id/wrong_type/TECHNICAL_ACCOUNT_ID";
    QTest::newRow("project string") << R"({"project": "x"})" << false << "document/wrong_type/project";
    QTest::newRow("org string")
        << R"({"project": {"org": "x", "workspace": {"details": {"credentials": []}}}})" << true
        << "document/wrong_type/project.org "
           "document/no_credential/project.workspace.details.credentials";
    QTest::newRow("credentials object")
        << R"({"project": {"org": {"ims_org_id": "8F1C@AdobeOrg"}, "workspace": {"details": {"credentials": {}}}}})"
        << true << "document/wrong_type/project.workspace.details.credentials";
    QTest::newRow("nested client id number")
        << R"({"project": {"org": {"ims_org_id": "8F1C@AdobeOrg"}, "workspace": {"details": {"credentials": [
              {"oauth_server_to_server": {"client_id": 5, "client_secrets": ["p8e-x"], "scopes": ["openid"]}}]}}}})"
        << true
        << "client_id/wrong_type/project.workspace.details.credentials[0].oauth_server_to_server.client_id";
    QTest::newRow("title number")
        << R"({"project": {"title": 1, "org": {"ims_org_id": "8F1C@AdobeOrg"}, "workspace": {"details": {"credentials": [
              {"oauth_server_to_server": {"client_id": "abc123", "client_secrets": ["p8e-x"], "scopes": ["openid"]}}]}}}})"
        << true << "title/wrong_type/project.title";
}

void TestDevConsoleImport::wrongTypes()
{
    QFETCH(QString, json);
    QFETCH(bool, recognised);
    QFETCH(QString, expected);
    const ImportResult r = importDeveloperConsoleJson(json.toStdString());
    QCOMPARE(r.recognised, recognised);
    QCOMPARE(describe(r.problems), expected);
}

void TestDevConsoleImport::missingFields_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("flat client id only") << R"({"CLIENT_ID": "abc123"})"
                                         << "client_secret/required/CLIENT_SECRETS org_id/required/ORG_ID "
                                            "scopes/required/SCOPES";
    QTest::newRow("flat org only") << R"({"ORG_ID": "8F1C@AdobeOrg"})"
                                   << "client_id/required/CLIENT_ID client_secret/required/CLIENT_SECRETS "
                                      "scopes/required/SCOPES";
    QTest::newRow("flat empty values")
        << R"({"CLIENT_ID": " ", "ORG_ID": "", "CLIENT_SECRETS": [""], "SCOPES": []})"
        << "client_id/required/ client_secret/required/CLIENT_SECRETS "
           "org_id/required/ scopes/required/SCOPES";
    QTest::newRow("workspace empty project")
        << R"({"project": {}})"
        << "org_id/required/project.org.ims_org_id "
           "document/no_credential/project.workspace.details.credentials";
    QTest::newRow("workspace no org id")
        << R"({"project": {"org": {"id": "1"}, "workspace": {"details": {"credentials": [
              {"oauth_server_to_server": {"client_id": "abc123", "client_secrets": ["p8e-x"], "scopes": ["openid"]}}]}}}})"
        << "org_id/required/project.org.ims_org_id";
    QTest::newRow("workspace empty credentials")
        << R"({"project": {"org": {"ims_org_id": "8F1C@AdobeOrg"}, "workspace": {"details": {"credentials": []}}}})"
        << "document/no_credential/project.workspace.details.credentials";
    QTest::newRow("workspace api key credential only")
        << R"({"project": {"org": {"ims_org_id": "8F1C@AdobeOrg"}, "workspace": {"details": {"credentials": [
              {"integration_type": "apikey", "api_key": {"client_id": "abc123"}}]}}}})"
        << "document/no_credential/project.workspace.details.credentials";
    QTest::newRow("workspace oauth without secrets and scopes")
        << R"({"project": {"org": {"ims_org_id": "8F1C@AdobeOrg"}, "workspace": {"details": {"credentials": [
              {"oauth_server_to_server": {"client_id": "abc123"}}]}}}})"
        << "client_secret/required/"
           "project.workspace.details.credentials[0].oauth_server_to_server.client_secrets "
           "scopes/required/project.workspace.details.credentials[0].oauth_server_to_server.scopes";
}

void TestDevConsoleImport::missingFields()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const ImportResult r = importDeveloperConsoleJson(json.toStdString());
    QVERIFY(r.recognised);
    QCOMPARE(describe(r.problems), expected);
}

void TestDevConsoleImport::invalidValues_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("org suffix")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C", "CLIENT_SECRETS": ["p8e-x"], "SCOPES": ["openid"]})"
        << "org_id/org_id_suffix/8F1C";
    QTest::newRow("client id shape")
        << R"({"CLIENT_ID": "a", "ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": ["p8e-x"], "SCOPES": ["openid"]})"
        << "client_id/client_id_shape/a";
    QTest::newRow("scope duplicate and invalid")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": ["p8e-x"], "SCOPES": ["openid", "openid", "a!"]})"
        << "scopes/scope_duplicate/openid scopes/scope_invalid/a!";
    QTest::newRow("technical account")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": ["p8e-x"], "SCOPES": ["openid"],
              "TECHNICAL_ACCOUNT_ID": "x@example.com", "TECHNICAL_ACCOUNT_EMAIL": "y@example.com"})"
        << "technical_account_id/technical_account_suffix/x@example.com "
           "technical_account_email/technical_account_suffix/y@example.com";
    QTest::newRow("secret with blank")
        << R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C@AdobeOrg", "CLIENT_SECRETS": ["p8e x"], "SCOPES": ["openid"]})"
        << "client_secret/contains_whitespace/";
}

void TestDevConsoleImport::invalidValues()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const ImportResult r = importDeveloperConsoleJson(json.toStdString());
    QVERIFY(r.recognised);
    QCOMPARE(describe(r.problems), expected);
}

void TestDevConsoleImport::jwtOnlyWorkspace()
{
    const ImportResult r = importDeveloperConsoleJson(R"({"project": {"title": "Old Analytics",
        "org": {"ims_org_id": "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg"},
        "workspace": {"details": {
            "credentials": [{"integration_type": "service", "jwt": {
                "client_id": "0a1b2c3d4e5f40718293a4b5c6d7e8f9", "client_secret": "EXAMPLE-jwt-secret-0001",
                "technical_account_id": "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com",
                "technical_account_email": "3a4b5c6d@techacct.adobe.com",
                "meta_scopes": ["ent_analytics_bulk_ingest_sdk"]}}],
            "services": [{"code": "AnalyticsSDK"}]}}}})");
    QVERIFY(r.recognised);
    QCOMPARE(describe(r.problems),
        QStringLiteral("document/jwt_credential/project.workspace.details.credentials[0].jwt"));
    QCOMPARE(r.config.authType, AuthType::Jwt);
    QCOMPARE(r.config.title, std::string("Old Analytics"));
    QCOMPARE(r.config.solutionId, std::string("analytics"));
    QCOMPARE(r.config.clientId, std::string("0a1b2c3d4e5f40718293a4b5c6d7e8f9"));
    QCOMPARE(r.config.orgId, std::string("8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg"));
    QCOMPARE(r.config.technicalAccountId, std::string("9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com"));
    QCOMPARE(r.config.technicalAccountEmail, std::string("3a4b5c6d@techacct.adobe.com"));
    QVERIFY(r.config.scopes.empty()); // metascopes are not OAuth scopes
    QCOMPARE(r.clientSecrets.size(), std::size_t(1));
    QCOMPARE(r.clientSecrets[0].reveal(), std::string_view("EXAMPLE-jwt-secret-0001"));
}

void TestDevConsoleImport::oauthPreferredOverJwt()
{
    const ImportResult r = importDeveloperConsoleJson(R"({"project": {
        "org": {"ims_org_id": "8F1C@AdobeOrg"},
        "workspace": {"details": {"credentials": [
            {"jwt": {"client_id": "jwtclient", "client_secret": "p8e-jwt"}},
            {"oauth_server_to_server": {"client_id": "oauthclient1", "client_secrets": ["p8e-a"], "scopes": ["openid"]}},
            {"oauth_server_to_server": {"client_id": "oauthclient2", "client_secrets": ["p8e-b"], "scopes": ["openid"]}}
        ]}}}})");
    QCOMPARE(describe(r.problems), QString());
    QCOMPARE(r.config.authType, AuthType::OAuthServerToServer);
    QCOMPARE(r.config.clientId, std::string("oauthclient1"));
    QCOMPARE(r.clientSecrets.size(), std::size_t(1));
    QCOMPARE(r.clientSecrets[0].reveal(), std::string_view("p8e-a"));
}

void TestDevConsoleImport::flatJwtVariant()
{
    const ImportResult r = importDeveloperConsoleJson(R"({"API_KEY": "0a1b2c3d4e5f40718293a4b5c6d7e8f9",
        "CLIENT_SECRET": "EXAMPLE-jwt-secret-0001", "ORG_ID": "8F1C@AdobeOrg",
        "TECHNICAL_ACCOUNT_ID": "9E8D@techacct.adobe.com", "META_SCOPES": ["ent_analytics_bulk_ingest_sdk"]})");
    QVERIFY(r.recognised);
    QCOMPARE(r.config.authType, AuthType::Jwt);
    QCOMPARE(describe(r.problems), QStringLiteral("document/jwt_credential/META_SCOPES"));
    QCOMPARE(r.config.clientId, std::string("0a1b2c3d4e5f40718293a4b5c6d7e8f9"));
    QCOMPARE(r.config.technicalAccountId, std::string("9E8D@techacct.adobe.com"));
    QCOMPARE(r.clientSecrets.size(), std::size_t(1));
}

void TestDevConsoleImport::twoSecrets()
{
    const ImportResult r = importDeveloperConsoleJson(R"({"CLIENT_ID": "abc123", "ORG_ID": "8F1C@AdobeOrg",
        "CLIENT_SECRETS": ["p8e-first", "p8e-second"], "SCOPES": ["openid"]})");
    QCOMPARE(describe(r.problems), QString());
    QCOMPARE(r.clientSecrets.size(), std::size_t(2));
    QCOMPARE(r.clientSecrets[0].reveal(), std::string_view("p8e-first"));
    QCOMPARE(r.clientSecrets[1].reveal(), std::string_view("p8e-second"));
}

void TestDevConsoleImport::services_data()
{
    QTest::addColumn<QString>("services");
    QTest::addColumn<QString>("solution");
    QTest::newRow("TargetSDK") << R"([{"code": "TargetSDK"}])"
                               << "target";
    QTest::newRow("AnalyticsSDK") << R"([{"code": "AnalyticsSDK"}])"
                                  << "analytics";
    QTest::newRow("Analytics name") << R"([{"code": "x", "name": "Adobe Analytics"}])"
                                    << "analytics";
    QTest::newRow("brand portal") << R"([{"code": "BrandPortalSDK"}])"
                                  << "brand-portal";
    QTest::newRow("stock") << R"([{"code": "StockSDK"}])"
                           << "stock";
    QTest::newRow("launch") << R"([{"code": "LaunchSDK"}])"
                            << "tags";
    QTest::newRow("reactor") << R"([{"code": "reactor_api"}])"
                             << "tags";
    QTest::newRow("events") << R"([{"code": "AdobeIOEventsSDK"}])"
                            << "io-events";
    QTest::newRow("smart tags") << R"([{"name": "Smart Tags"}])"
                                << "smart-content";
    QTest::newRow("smart content") << R"([{"code": "smart_content_sdk"}])"
                                   << "smart-content";
    QTest::newRow("asset compute") << R"([{"code": "AssetComputeSDK"}])"
                                   << "asset-compute";
    QTest::newRow("cloud manager") << R"([{"code": "CloudManagerSDK"}])"
                                   << "cloud-manager";
    QTest::newRow("first recognised wins") << R"([{"code": "AdobeIOManagementAPISDK"}, {"code": "TargetSDK"},
        {"code": "AnalyticsSDK"}])"
                                           << "target";
    QTest::newRow("unknown") << R"([{"code": "PhotoshopSDK"}])"
                             << "";
    QTest::newRow("odd entries") << R"([1, {"code": 2}, {}])"
                                 << "";
    QTest::newRow("not a list") << R"({"code": "TargetSDK"})"
                                << "";
}

void TestDevConsoleImport::services()
{
    QFETCH(QString, services);
    QFETCH(QString, solution);
    const ImportResult r = importDeveloperConsoleJson(workspaceWithServices(services.toStdString()));
    QVERIFY(r.recognised);
    QCOMPARE(describe(r.problems), QString());
    QCOMPARE(r.config.solutionId, solution.toStdString());
}

// Whatever goes wrong, no problem detail may carry the secret.
void TestDevConsoleImport::secretNeverInProblemDetail_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("sample") << QString::fromStdString(readSample("devconsole-credential-oauth.json"));
    QTest::newRow("truncated in secret") << R"({"CLIENT_ID": "abc123", "CLIENT_SECRETS": ["p8e-ZZTOPZZ)";
    QTest::newRow("bad escape in secret") << R"({"CLIENT_SECRETS": ["p8e-ZZTOP\qZZ"]})";
    QTest::newRow("control char in secret") << QStringLiteral("{\"CLIENT_SECRETS\": [\"p8e-ZZTOP\tZZ\"]}");
    QTest::newRow("blank in secret") << R"({"CLIENT_SECRETS": ["p8e-ZZTOP ZZ"], "SCOPES": "x"})";
    QTest::newRow("secret string singular") << R"({"CLIENT_SECRET": "p8e-ZZTOP ZZ\u0001"})";
    QTest::newRow("secret next to wrong type") << R"({"CLIENT_SECRETS": ["p8e-ZZTOPZZ", 1]})";
    QTest::newRow("jwt secret") << R"({"project": {"workspace": {"details": {"credentials": [
        {"jwt": {"client_secret": "p8e-ZZTOP ZZ"}}]}}}})";
    QTest::newRow("after garbage") << R"({"CLIENT_SECRET": "p8e-ZZTOPZZ"} trailing)";
}

void TestDevConsoleImport::secretNeverInProblemDetail()
{
    QFETCH(QString, json);
    const ImportResult r = importDeveloperConsoleJson(json.toStdString());
    for (const auto &p : r.problems) {
        const QString detail = QString::fromStdString(p.detail);
        QVERIFY2(!detail.contains(QLatin1String("ZZTOP")), p.detail.c_str());
        QVERIFY2(!detail.contains(QLatin1String("p8e-")), p.detail.c_str());
        QVERIFY2(!detail.contains(QLatin1String("EXAMPLEexample")), p.detail.c_str());
    }
}

void TestDevConsoleImport::looksLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("workspace sample")
        << QString::fromStdString(readSample("devconsole-workspace-oauth.json")) << true;
    QTest::newRow("credential sample")
        << QString::fromStdString(readSample("devconsole-credential-oauth.json")) << true;
    QTest::newRow("leading blanks") << "\n\t  {\"client_id\": \"x\"}" << true;
    QTest::newRow("bom") << QStringLiteral("\uFEFF{\"ORG_ID\": \"x\"}") << true;
    QTest::newRow("api key") << R"({"API_KEY": "x"})" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blanks") << "   " << false;
    QTest::newRow("plain id") << "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a" << false;
    QTest::newRow("mentions client_id unquoted") << "client_id: 5d0e" << false;
    QTest::newRow("array") << R"([{"client_id": "x"}])" << false;
    QTest::newRow("other object") << R"({"name": "x"})" << false;
    QTest::newRow("aem cfg") << QString::fromStdString(
        readSample("com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json"))
                             << false;
}

void TestDevConsoleImport::looksLike()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(looksLikeDeveloperConsoleJson(text.toStdString()), expected);
}

QTEST_GUILESS_MAIN(TestDevConsoleImport)
#include "test_devconsole_import.moc"
