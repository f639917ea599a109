// The aio CLI configuration: JWT and OAuth contexts, the shapes it comes in, and what is missing.

#include "imscore/osgi.h"
#include "testutil.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <nlohmann/json.hpp>

using namespace ims;
using json = nlohmann::ordered_json;

namespace {

const std::string kOrgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
const std::string kTechnicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
const std::string kTechnicalAccountEmail = "3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d@techacct.adobe.com";
const std::string kOAuthSecret = "p8e-EXAMPLEexampleEXAMPLEexample01";
const std::string kJwtSecret = "EXAMPLE-jwt-secret-0001";

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

json oauthContext()
{
    json context = json::object();
    context["client_id"] = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
    context["client_secrets"] = {kOAuthSecret};
    context["technical_account_id"] = kTechnicalAccountId;
    context["ims_org_id"] = kOrgId;
    context["scopes"] = {"openid", "AdobeID", "target_sdk"};
    return context;
}

json jwtContext()
{
    json context = json::object();
    context["client_id"] = "0a1b2c3d4e5f40718293a4b5c6d7e8f9";
    context["client_secret"] = kJwtSecret;
    context["technical_account_id"] = kTechnicalAccountId;
    context["ims_org_id"] = kOrgId;
    context["meta_scopes"] = {"ent_analytics_bulk_ingest_sdk"};
    context["private_key"] = "-----BEGIN PRIVATE KEY-----\r\nMIIEexample\r\n-----END PRIVATE KEY-----\r\n";
    return context;
}

std::string wrapped(const std::string &name, const json &context)
{
    json root;
    root["ims"]["contexts"][name] = context;
    return root.dump();
}

void verifyNoSecretInDetails(
    const std::vector<FoundConfiguration> &found, const std::vector<std::string> &secrets)
{
    for (const FoundConfiguration &f : found) {
        for (const FieldProblem &p : f.problems) {
            for (const std::string &secret : secrets)
                QVERIFY2(p.detail.find(secret) == std::string::npos, p.detail.c_str());
        }
    }
}

} // namespace

class TestAioImport : public QObject
{
    Q_OBJECT

private slots:
    void sampleBothContexts();
    void pemPrivateKey();
    void shapes();
    void loginAndBookkeepingContextsSkipped();
    void missingFields();
    void jwtDetails();
    void secretSpellings();
    void malformedAndUnknown();
    void stageEnvironment();
    void secretsNeverInDetails();
};

void TestAioImport::sampleBothContexts()
{
    const auto found = importAioConfig(readSample("aio-config.json"));
    QCOMPARE(found.size(), std::size_t(2));

    const FoundConfiguration &oauth = found[0];
    QCOMPARE(oauth.source, std::string("target-oauth"));
    QCOMPARE(oauth.config.title, std::string("target-oauth"));
    QCOMPARE(oauth.config.authType, AuthType::OAuthServerToServer);
    QCOMPARE(oauth.config.clientId, std::string("5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a"));
    QCOMPARE(oauth.config.orgId, kOrgId);
    QCOMPARE(oauth.config.technicalAccountId, kTechnicalAccountId);
    QCOMPARE(oauth.config.technicalAccountEmail, kTechnicalAccountEmail);
    QVERIFY(oauth.config.scopes == (std::vector<std::string> {"openid", "AdobeID", "read_organizations"}));
    QCOMPARE(oauth.config.authorizationServer, std::string(kDefaultAuthorizationServer));
    QCOMPARE(oauth.clientSecrets.size(), std::size_t(1));
    QCOMPARE(oauth.clientSecrets[0].reveal(), std::string_view(kOAuthSecret));
    QVERIFY(oauth.privateKeyPem.empty());
    QCOMPARE(describe(oauth.problems), QString());
    QCOMPARE(oauth.config.solutionId, std::string("custom")); // only scopes every solution has

    const FoundConfiguration &jwt = found[1];
    QCOMPARE(jwt.source, std::string("analytics-jwt"));
    QCOMPARE(jwt.config.title, std::string("analytics-jwt"));
    QCOMPARE(jwt.config.authType, AuthType::Jwt);
    QCOMPARE(jwt.config.clientId, std::string("0a1b2c3d4e5f40718293a4b5c6d7e8f9"));
    QCOMPARE(jwt.config.orgId, kOrgId);
    QCOMPARE(jwt.config.technicalAccountId, kTechnicalAccountId);
    QCOMPARE(jwt.config.technicalAccountEmail, kTechnicalAccountEmail);
    QCOMPARE(jwt.config.metascopes, std::vector<std::string> {"ent_analytics_bulk_ingest_sdk"});
    QVERIFY(jwt.config.scopes.empty());
    QCOMPARE(jwt.config.solutionId, std::string("analytics"));
    QCOMPARE(jwt.clientSecrets.size(), std::size_t(1));
    QCOMPARE(jwt.clientSecrets[0].reveal(), std::string_view(kJwtSecret));
    // A path: core never reads files; the ui lets the user pick it.
    QVERIFY(jwt.privateKeyPem.empty());
    QCOMPARE(describe(jwt.problems), QStringLiteral("private_key/required/path"));

    verifyNoSecretInDetails(found, {kOAuthSecret, kJwtSecret, "/path/to/private.key"});
}

void TestAioImport::pemPrivateKey()
{
    const auto found = importAioConfig(wrapped("legacy", jwtContext()));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(describe(found[0].problems), QString());
    QCOMPARE(found[0].privateKeyPem.reveal(),
        std::string_view("-----BEGIN PRIVATE KEY-----\nMIIEexample\n-----END PRIVATE KEY-----\n"));

    // The PEM's lines as an array, as some tools keep it.
    json lines = jwtContext();
    lines["private_key"] = {"-----BEGIN PRIVATE KEY-----", "MIIEexample", "-----END PRIVATE KEY-----"};
    const auto fromLines = importAioConfig(wrapped("legacy", lines));
    QCOMPARE(fromLines[0].privateKeyPem.reveal(),
        std::string_view("-----BEGIN PRIVATE KEY-----\nMIIEexample\n-----END PRIVATE KEY-----\n"));

    json missing = jwtContext();
    missing.erase("private_key");
    const auto noKey = importAioConfig(wrapped("legacy", missing));
    QCOMPARE(noKey[0].config.authType, AuthType::Jwt); // meta_scopes alone make it JWT
    QCOMPARE(
        describe(noKey[0].problems), QStringLiteral("private_key/required/ims.contexts.legacy.private_key"));

    json number = jwtContext();
    number["private_key"] = 5;
    QVERIFY(hasProblem(importAioConfig(wrapped("legacy", number))[0], Field::PrivateKey, Problem::WrongType,
        "ims.contexts.legacy.private_key"));
}

void TestAioImport::shapes()
{
    // {"contexts": …} without the ims level.
    json bare;
    bare["contexts"]["one"] = oauthContext();
    bare["contexts"]["two"] = jwtContext();
    const auto fromBare = importAioConfig(bare.dump());
    QCOMPARE(fromBare.size(), std::size_t(2));
    QCOMPARE(fromBare[0].config.title, std::string("one"));
    QCOMPARE(fromBare[1].config.authType, AuthType::Jwt);

    // A single context object.
    const auto single = importAioConfig(oauthContext().dump(2));
    QCOMPARE(single.size(), std::size_t(1));
    QCOMPARE(single[0].config.clientId, std::string("5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a"));
    QVERIFY(single[0].config.title.empty());
    QCOMPARE(single[0].config.solutionId, std::string("target")); // target_sdk
    QCOMPARE(describe(single[0].problems), QString());
}

void TestAioImport::loginAndBookkeepingContextsSkipped()
{
    json root;
    root["ims"]["contexts"]["cli"] = {{"access_token", {{"token", "eyJ-login-token"}, {"expiry", 1}}}};
    root["ims"]["contexts"]["$cli"] = {{"client_id", "x"}};
    root["ims"]["contexts"]["mine"] = oauthContext();
    root["ims"]["config"] = {{"current", "mine"}};
    const auto found = importAioConfig(root.dump());
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].source, std::string("mine"));

    json onlyLogin;
    onlyLogin["ims"]["contexts"]["cli"] = {{"access_token", "eyJ-login-token"}};
    const auto none = importAioConfig(onlyLogin.dump());
    QCOMPARE(none.size(), std::size_t(1));
    QCOMPARE(describe(none[0].problems), QStringLiteral("document/no_credential/ims.contexts"));
    verifyNoSecretInDetails(none, {"eyJ-login-token"});
}

void TestAioImport::missingFields()
{
    const auto found
        = importAioConfig(wrapped("thin", json {{"client_id", "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a"}}));
    QCOMPARE(found.size(), std::size_t(1));
    const FoundConfiguration &f = found[0];
    QCOMPARE(f.config.authType, AuthType::OAuthServerToServer);
    QVERIFY(hasProblem(f, Field::ClientSecret, Problem::Required, "ims.contexts.thin.client_secret"));
    QVERIFY(hasProblem(f, Field::OrgId, Problem::Required, "ims.contexts.thin.ims_org_id"));
    QVERIFY(hasProblem(f, Field::Scopes, Problem::Required, "ims.contexts.thin.scopes"));
    QVERIFY(!hasProblem(f, Field::TechnicalAccountId, Problem::Required)); // optional for OAuth
    QCOMPARE(f.problems.size(), std::size_t(3));

    json bad = oauthContext();
    bad["ims_org_id"] = "8F1C2A3B5E6D7C8B0A1B2C3D";
    bad["client_id"] = 7;
    bad["scopes"] = "openid, AdobeID, openid";
    const auto checked = importAioConfig(wrapped("bad", bad));
    QVERIFY(hasProblem(checked[0], Field::OrgId, Problem::OrgIdSuffix));
    QVERIFY(hasProblem(checked[0], Field::ClientId, Problem::WrongType, "ims.contexts.bad.client_id"));
    QVERIFY(hasProblem(checked[0], Field::Scopes, Problem::ScopeDuplicate, "openid"));
    QCOMPARE(checked[0].config.scopes, (std::vector<std::string> {"openid", "AdobeID", "openid"}));
}

void TestAioImport::jwtDetails()
{
    json context = jwtContext();
    context.erase("technical_account_id");
    context["meta_scopes"] = {"https://ims-na1.adobelogin.com/s/ent_marketing_sdk", "ent_stocksearch_sdk"};
    const auto found = importAioConfig(wrapped("j", context));
    const FoundConfiguration &f = found[0];
    QCOMPARE(f.config.metascopes, (std::vector<std::string> {"ent_marketing_sdk", "ent_stocksearch_sdk"}));
    QCOMPARE(f.config.solutionId, std::string("target"));
    QCOMPARE(describe(f.problems),
        QStringLiteral("technical_account_id/required/ims.contexts.j.technical_account_id"));

    context["meta_scopes"] = json::array();
    QVERIFY(hasProblem(importAioConfig(wrapped("j", context))[0], Field::Metascopes, Problem::Required,
        "ims.contexts.j.meta_scopes"));
}

void TestAioImport::secretSpellings()
{
    // client_secret on an OAuth context and client_secrets on a JWT one: both taken.
    json oauth = oauthContext();
    oauth.erase("client_secrets");
    oauth["client_secret"] = kOAuthSecret;
    const auto a = importAioConfig(wrapped("a", oauth));
    QCOMPARE(a[0].clientSecrets.at(0).reveal(), std::string_view(kOAuthSecret));
    QCOMPARE(describe(a[0].problems), QString());

    json jwt = jwtContext();
    jwt.erase("client_secret");
    jwt["client_secrets"] = {kJwtSecret, "second-secret"};
    const auto b = importAioConfig(wrapped("b", jwt));
    QCOMPARE(b[0].clientSecrets.size(), std::size_t(2));
    QCOMPARE(b[0].clientSecrets[1].reveal(), std::string_view("second-secret"));

    json wrong = oauthContext();
    wrong["client_secrets"] = {1};
    QVERIFY(hasProblem(importAioConfig(wrapped("w", wrong))[0], Field::ClientSecret, Problem::WrongType,
        "ims.contexts.w.client_secrets"));
}

void TestAioImport::malformedAndUnknown()
{
    const std::string broken
        = "{\n  \"ims\": {\n    \"contexts\": { \"x\": { \"client_secret\": \"s3cr3t\" oops } }\n}";
    const auto malformed = importAioConfig(broken);
    QCOMPARE(malformed.size(), std::size_t(1));
    QCOMPARE(malformed[0].problems.size(), std::size_t(1));
    QCOMPARE(malformed[0].problems[0].problem, Problem::MalformedJson);
    QVERIFY2(malformed[0].problems[0].detail.starts_with("line 3, column "),
        malformed[0].problems[0].detail.c_str());
    verifyNoSecretInDetails(malformed, {"s3cr3t"});

    QCOMPARE(
        describe(importAioConfig("{\"foo\": 1}")[0].problems), QStringLiteral("document/unknown_shape/"));
    QCOMPARE(describe(importAioConfig("[1]")[0].problems), QStringLiteral("document/unknown_shape/"));
    QCOMPARE(describe(importAioConfig("{\"ims\": {\"contexts\": []}}")[0].problems),
        QStringLiteral("document/wrong_type/ims.contexts"));
    QCOMPARE(describe(importAioConfig("{\"contexts\": {}}")[0].problems),
        QStringLiteral("document/no_credential/contexts"));
}

void TestAioImport::stageEnvironment()
{
    json context = oauthContext();
    context["env"] = "stage";
    QCOMPARE(importAioConfig(wrapped("s", context))[0].config.authorizationServer,
        std::string("https://ims-na1-stg1.adobelogin.com"));
    context["env"] = "prod";
    QCOMPARE(importAioConfig(wrapped("s", context))[0].config.authorizationServer,
        std::string(kDefaultAuthorizationServer));
}

void TestAioImport::secretsNeverInDetails()
{
    json oauth = oauthContext();
    oauth["client_secrets"] = {"secret with blanks", ""};
    json jwt = jwtContext();
    jwt["client_secret"] = "jwt secret\twith tab";
    jwt["private_key"] = "-----BEGIN PRIVATE KEY-----\nKEYMATERIAL\n-----END PRIVATE KEY-----";
    jwt["ims_org_id"] = 1;
    json root;
    root["ims"]["contexts"]["o"] = oauth;
    root["ims"]["contexts"]["j"] = jwt;
    const auto found = importAioConfig(root.dump());
    QCOMPARE(found.size(), std::size_t(2));
    QVERIFY(hasProblem(
        found[0], Field::ClientSecret, Problem::ContainsWhitespace, "ims.contexts.o.client_secrets"));
    QVERIFY(hasProblem(
        found[1], Field::ClientSecret, Problem::ContainsWhitespace, "ims.contexts.j.client_secret"));
    verifyNoSecretInDetails(found, {"secret with blanks", "blanks", "jwt secret", "KEYMATERIAL"});
}

QTEST_GUILESS_MAIN(TestAioImport)
#include "test_aio_import.moc"
