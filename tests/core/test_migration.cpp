// JWT → OAuth migration: what carries over, what the Developer Console's OAuth credential adds,
// what still blocks, and the switch / roll back of the stored list with its keychain references.

#include "imscore/migration.h"
#include "testutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace ims;

namespace {

const std::string kClientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
const std::string kOrgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
const std::string kTechnicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
const std::string kSampleSecret = "p8e-EXAMPLEexampleEXAMPLEexample01";
const std::vector<std::string> kSampleScopes {
    "openid", "AdobeID", "read_organizations", "additional_info.projectedProductContext", "target_sdk"};
constexpr std::int64_t kNow = 1767225600;

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

// The first field in which two configurations differ ("" when none), so a failure names it.
QString difference(const Configuration &a, const Configuration &b)
{
#define IMS_DIFFER(member)                                                                                   \
    if (!(a.member == b.member))                                                                             \
        return QStringLiteral(#member);
    IMS_DIFFER(id)
    IMS_DIFFER(title)
    IMS_DIFFER(solutionId)
    IMS_DIFFER(authType)
    IMS_DIFFER(authorizationServer)
    IMS_DIFFER(clientId)
    IMS_DIFFER(orgId)
    IMS_DIFFER(technicalAccountId)
    IMS_DIFFER(technicalAccountEmail)
    IMS_DIFFER(scopes)
    IMS_DIFFER(metascopes)
    IMS_DIFFER(clientSecretRef)
    IMS_DIFFER(certificateAlias)
    IMS_DIFFER(certificatePem)
    IMS_DIFFER(privateKeyRef)
    IMS_DIFFER(sandbox)
    IMS_DIFFER(rollbackOf)
    IMS_DIFFER(migratedAt)
    IMS_DIFFER(createdAt)
    IMS_DIFFER(updatedAt)
#undef IMS_DIFFER
    if (a.health.size() != b.health.size())
        return QStringLiteral("health");
    for (std::size_t i = 0; i < a.health.size(); ++i) {
        if (a.health[i].checkedAt != b.health[i].checkedAt || a.health[i].ok != b.health[i].ok
            || a.health[i].error != b.health[i].error)
            return QStringLiteral("health");
    }
    return {};
}

QString difference(const std::vector<Configuration> &a, const std::vector<Configuration> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("size %1 vs %2").arg(a.size()).arg(b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (const QString d = difference(a[i], b[i]); !d.isEmpty())
            return QStringLiteral("[%1].%2").arg(i).arg(d);
    }
    return {};
}

Configuration jwtConfiguration(const std::string &id = "0f8fad5b-d9cb-469f-a165-70867728950e")
{
    Configuration config;
    config.id = id;
    config.title = "Adobe Target (legacy)";
    config.solutionId = "target";
    config.authType = AuthType::Jwt;
    config.authorizationServer = "https://ims-na1.adobelogin.com";
    config.clientId = kClientId;
    config.orgId = kOrgId;
    config.technicalAccountId = kTechnicalAccountId;
    config.technicalAccountEmail = "old@techacct.adobe.com";
    config.metascopes = {"ent_marketing_sdk"};
    config.clientSecretRef = clientSecretKey(id);
    config.certificateAlias = "aem-ims";
    config.certificatePem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    config.privateKeyRef = privateKeyKey(id);
    config.sandbox = true;
    config.createdAt = 1700000000;
    config.updatedAt = 1700000500;
    config.health = {HealthRecord {1700000100, true, ErrorCode::None, 86399999}};
    return config;
}

Configuration oauthConfiguration(const std::string &id)
{
    Configuration config;
    config.id = id;
    config.title = "Analytics";
    config.solutionId = "analytics";
    config.clientId = "0a1b2c3d4e5f40718293a4b5c6d7e8f9";
    config.orgId = kOrgId;
    config.scopes = {"openid"};
    config.clientSecretRef = clientSecretKey(id);
    config.createdAt = 1600000000;
    return config;
}

ImportResult sampleCredential()
{
    return importDeveloperConsoleJson(readSample("devconsole-credential-oauth.json"));
}

MigrationPlan readyPlan(const Configuration &jwt)
{
    MigrationPlan plan = planMigration(jwt);
    applyOAuthCredential(plan, sampleCredential());
    return plan;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void planCarriesOverTheCredential();
    void planSkipsEmptyFields();
    void applyTakesScopesAndEmail();
    void applyRefusesAnotherClientOrOrganisation();
    void applyIgnoresCaseAndBlanks();
    void applyUnreadableOrJwtCredential();
    void problemsBeforeAndAfter();
    void switchReplacesAndKeepsRollbackCopy();
    void switchRefusesWhatItCannotDo();
    void rollBackRestoresTheOriginal();
    void rollBackRefusesWhatItCannotDo();
    void secretReferences();
    void migratedSecretKeyShape();
    void secretsNeverInDetails();
};

void TestMigration::planCarriesOverTheCredential()
{
    const Configuration jwt = jwtConfiguration();
    const Configuration before = jwt;
    const MigrationPlan plan = planMigration(jwt);
    QCOMPARE(difference(jwt, before), QString()); // the input is untouched
    QCOMPARE(difference(plan.original, jwt), QString());

    const Configuration &m = plan.migrated;
    QCOMPARE(m.id, jwt.id);
    QCOMPARE(m.title, jwt.title);
    QCOMPARE(m.solutionId, jwt.solutionId);
    QCOMPARE(m.authorizationServer, jwt.authorizationServer);
    QCOMPARE(m.clientId, jwt.clientId);
    QCOMPARE(m.orgId, jwt.orgId);
    QCOMPARE(m.technicalAccountId, jwt.technicalAccountId);
    QCOMPARE(m.technicalAccountEmail, jwt.technicalAccountEmail);
    QCOMPARE(m.sandbox, jwt.sandbox);
    QCOMPARE(m.createdAt, jwt.createdAt);
    QCOMPARE(m.authType, AuthType::OAuthServerToServer);
    // Metascopes do not become scopes; JWT key material and the old secret stay behind.
    QVERIFY(m.scopes.empty());
    QVERIFY(m.metascopes.empty());
    QVERIFY(m.certificateAlias.empty());
    QVERIFY(m.certificatePem.empty());
    QVERIFY(m.privateKeyRef.empty());
    QVERIFY(m.clientSecretRef.empty());
    QVERIFY(m.health.empty());
    QVERIFY(m.rollbackOf.empty());
    QCOMPARE(m.migratedAt, std::int64_t(0));

    const std::vector<Field> carried {Field::Title, Field::Solution, Field::AuthorizationServer,
        Field::ClientId, Field::OrgId, Field::TechnicalAccountId, Field::TechnicalAccountEmail};
    QVERIFY(plan.carriedOver == carried);
    QVERIFY(plan.needed == (std::vector<Field> {Field::ClientSecret, Field::Scopes}));
}

void TestMigration::planSkipsEmptyFields()
{
    Configuration jwt = jwtConfiguration();
    jwt.technicalAccountEmail.clear();
    jwt.title = "  ";
    const MigrationPlan plan = planMigration(jwt);
    QVERIFY(std::find(plan.carriedOver.begin(), plan.carriedOver.end(), Field::TechnicalAccountEmail)
        == plan.carriedOver.end());
    QVERIFY(
        std::find(plan.carriedOver.begin(), plan.carriedOver.end(), Field::Title) == plan.carriedOver.end());
    QCOMPARE(plan.carriedOver.size(), std::size_t(5));
}

void TestMigration::applyTakesScopesAndEmail()
{
    MigrationPlan plan = planMigration(jwtConfiguration());
    const ImportResult credential = sampleCredential();
    QVERIFY(credential.recognised);
    QCOMPARE(describe(applyOAuthCredential(plan, credential)), QString());
    QVERIFY(plan.migrated.scopes == kSampleScopes);
    QCOMPARE(plan.migrated.technicalAccountEmail,
        std::string("3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d@techacct.adobe.com"));
    QCOMPARE(plan.migrated.technicalAccountId, kTechnicalAccountId);
    QCOMPARE(plan.migrated.clientId, kClientId);
    // The original stays as it was; the plan holds no secret.
    QCOMPARE(difference(plan.original, jwtConfiguration()), QString());
    QVERIFY(plan.migrated.clientSecretRef.empty());

    // The workspace download works the same way.
    MigrationPlan fromWorkspace = planMigration(jwtConfiguration());
    QCOMPARE(describe(applyOAuthCredential(
                 fromWorkspace, importDeveloperConsoleJson(readSample("devconsole-workspace-oauth.json")))),
        QString());
    QVERIFY(fromWorkspace.migrated.scopes == kSampleScopes);
}

void TestMigration::applyRefusesAnotherClientOrOrganisation()
{
    ImportResult otherClient = sampleCredential();
    otherClient.config.clientId = "ffffffffffffffffffffffffffffffff";
    MigrationPlan plan = planMigration(jwtConfiguration());
    const MigrationPlan untouched = plan;
    QCOMPARE(describe(applyOAuthCredential(plan, otherClient)),
        QStringLiteral("client_id/no_credential/other_client"));
    QCOMPARE(difference(plan.migrated, untouched.migrated), QString()); // nothing taken

    ImportResult otherOrg = sampleCredential();
    otherOrg.config.orgId = "0000000000000000000000AA@AdobeOrg";
    QCOMPARE(describe(applyOAuthCredential(plan, otherOrg)),
        QStringLiteral("org_id/no_credential/other_organisation"));
    QCOMPARE(difference(plan.migrated, untouched.migrated), QString());

    ImportResult both = otherClient;
    both.config.orgId = otherOrg.config.orgId;
    QCOMPARE(describe(applyOAuthCredential(plan, both)),
        QStringLiteral("client_id/no_credential/other_client org_id/no_credential/other_organisation"));
    QCOMPARE(difference(plan.migrated, untouched.migrated), QString());
}

void TestMigration::applyIgnoresCaseAndBlanks()
{
    ImportResult credential = sampleCredential();
    credential.config.clientId = " 5D0E1F2A3B4C4D5E8F9A0B1C2D3E4F5A ";
    credential.config.orgId = "8f1c2a3b5e6d7c8b0a1b2c3d@adobeorg";
    MigrationPlan plan = planMigration(jwtConfiguration());
    QCOMPARE(describe(applyOAuthCredential(plan, credential)), QString());
    QCOMPARE(plan.migrated.clientId, kClientId); // the original's spelling stays
    QVERIFY(plan.migrated.scopes == kSampleScopes);

    // A document without client id or org (only scopes) names no other credential.
    ImportResult scopesOnly;
    scopesOnly.recognised = true;
    scopesOnly.config.scopes = {"openid"};
    QCOMPARE(describe(applyOAuthCredential(plan, scopesOnly)), QString());
    QCOMPARE(plan.migrated.scopes, std::vector<std::string> {"openid"});
}

void TestMigration::applyUnreadableOrJwtCredential()
{
    MigrationPlan plan = planMigration(jwtConfiguration());
    const MigrationPlan untouched = plan;
    const auto malformed = applyOAuthCredential(plan, importDeveloperConsoleJson("{ broken"));
    QCOMPARE(malformed.size(), std::size_t(1));
    QCOMPARE(malformed[0].problem, Problem::MalformedJson);
    QCOMPARE(difference(plan.migrated, untouched.migrated), QString());

    const ImportResult jwt = importDeveloperConsoleJson("{\"CLIENT_ID\": \"" + kClientId
        + "\", \"CLIENT_SECRET\": \"x\", \"ORG_ID\": \"" + kOrgId
        + "\", \"META_SCOPES\": [\"ent_marketing_sdk\"]}");
    QVERIFY(jwt.recognised);
    QCOMPARE(jwt.config.authType, AuthType::Jwt);
    QCOMPARE(describe(applyOAuthCredential(plan, jwt)),
        QStringLiteral("document/jwt_credential/devconsole-credential"));
    QCOMPARE(difference(plan.migrated, untouched.migrated), QString());
}

void TestMigration::problemsBeforeAndAfter()
{
    MigrationPlan plan = planMigration(jwtConfiguration());
    const QString before = describe(migrationProblems(plan, false));
    QVERIFY2(before.contains(QLatin1String("client_secret/required")), qPrintable(before));
    QVERIFY2(before.contains(QLatin1String("scopes/required")), qPrintable(before));
    QCOMPARE(migrationProblems(plan, false).size(), std::size_t(2));

    applyOAuthCredential(plan, sampleCredential());
    QCOMPARE(describe(migrationProblems(plan, false)), QStringLiteral("client_secret/required/"));
    QCOMPARE(describe(migrationProblems(plan, true)), QString());

    // validateScopes and the field validators apply to what was put into the plan.
    MigrationPlan bad = plan;
    bad.migrated.scopes = {"openid", "openid", "bad scope"};
    const QString scopes = describe(migrationProblems(bad, true));
    QVERIFY2(scopes.contains(QLatin1String("scopes/scope_duplicate/openid")), qPrintable(scopes));
    QVERIFY2(scopes.contains(QLatin1String("scopes/scope_invalid/bad scope")), qPrintable(scopes));

    // A plan edited into another client, another id, or made from an OAuth configuration.
    MigrationPlan edited = plan;
    edited.migrated.clientId = "ffffffffffffffffffffffffffffffff";
    QCOMPARE(
        describe(migrationProblems(edited, true)), QStringLiteral("client_id/no_credential/other_client"));
    edited = plan;
    edited.migrated.id = "another";
    QCOMPARE(describe(migrationProblems(edited, true)), QStringLiteral("document/required/id"));
    MigrationPlan fromOAuth = planMigration(oauthConfiguration("o"));
    fromOAuth.migrated.scopes = {"openid"};
    QCOMPARE(describe(migrationProblems(fromOAuth, true)),
        QStringLiteral("auth_type/wrong_type/oauth_server_to_server"));
}

void TestMigration::switchReplacesAndKeepsRollbackCopy()
{
    const Configuration jwt = jwtConfiguration();
    const std::vector<Configuration> all {oauthConfiguration("first"), jwt, oauthConfiguration("last")};
    const std::vector<Configuration> before = all;
    const MigrationPlan plan = readyPlan(jwt);
    const std::string newRef = migratedSecretKey(jwt.id);

    const std::vector<Configuration> switched = switchToMigrated(all, plan, newRef, kNow);
    QCOMPARE(difference(all, before), QString()); // pure: the input list is untouched
    QCOMPARE(switched.size(), all.size() + 1);
    QCOMPARE(difference(switched[0], all[0]), QString());
    QCOMPARE(difference(switched[3], all[2]), QString());

    // The OAuth configuration takes the original's place and id.
    const Configuration &migrated = switched[1];
    Configuration expected = plan.migrated;
    expected.clientSecretRef = newRef;
    expected.migratedAt = kNow;
    expected.updatedAt = kNow;
    QCOMPARE(difference(migrated, expected), QString());
    QCOMPARE(migrated.id, jwt.id);
    QCOMPARE(migrated.authType, AuthType::OAuthServerToServer);
    QVERIFY(migrated.rollbackOf.empty());
    QVERIFY(migrated.privateKeyRef.empty());

    // The rollback copy: the stored original, new id, rollbackOf set, references unchanged.
    const Configuration &copy = switched[2];
    QVERIFY(copy.id != jwt.id);
    QVERIFY(QRegularExpression(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(QString::fromStdString(copy.id))
                .hasMatch());
    QCOMPARE(copy.rollbackOf, jwt.id);
    Configuration copyAsOriginal = copy;
    copyAsOriginal.id = jwt.id;
    copyAsOriginal.rollbackOf.clear();
    QCOMPARE(difference(copyAsOriginal, jwt), QString()); // nothing else changed
    QCOMPARE(copy.clientSecretRef, clientSecretKey(jwt.id));
    QCOMPARE(copy.privateKeyRef, privateKeyKey(jwt.id));

    // Ids stay unique; a second switch makes a different copy id.
    std::vector<std::string> ids;
    for (const Configuration &c : switched)
        ids.push_back(c.id);
    std::sort(ids.begin(), ids.end());
    QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    QVERIFY(switchToMigrated(all, plan, newRef, kNow)[2].id != copy.id);
}

void TestMigration::switchRefusesWhatItCannotDo()
{
    const Configuration jwt = jwtConfiguration();
    const std::vector<Configuration> all {oauthConfiguration("first"), jwt};
    const MigrationPlan plan = readyPlan(jwt);
    const std::string newRef = migratedSecretKey(jwt.id);

    // The configuration is not (or no longer) in the list.
    const std::vector<Configuration> without {oauthConfiguration("first")};
    QCOMPARE(difference(switchToMigrated(without, plan, newRef, kNow), without), QString());
    // A plan whose ids do not agree.
    MigrationPlan otherId = plan;
    otherId.migrated.id = "someone-else";
    QCOMPARE(difference(switchToMigrated(all, otherId, newRef, kNow), all), QString());
    MigrationPlan emptyId = plan;
    emptyId.original.id.clear();
    emptyId.migrated.id.clear();
    QCOMPARE(difference(switchToMigrated(all, emptyId, newRef, kNow), all), QString());
    // No secret reference, or one the rollback copy still needs.
    QCOMPARE(difference(switchToMigrated(all, plan, {}, kNow), all), QString());
    QCOMPARE(difference(switchToMigrated(all, plan, jwt.clientSecretRef, kNow), all), QString());
    QCOMPARE(difference(switchToMigrated(all, plan, jwt.privateKeyRef, kNow), all), QString());
    // Switched already.
    const auto once = switchToMigrated(all, plan, newRef, kNow);
    QCOMPARE(once.size(), std::size_t(3));
    QCOMPARE(difference(switchToMigrated(once, plan, newRef, kNow + 1), once), QString());
    // The stored configuration is no JWT configuration.
    std::vector<Configuration> oauthStored = all;
    oauthStored[1].authType = AuthType::OAuthServerToServer;
    QCOMPARE(difference(switchToMigrated(oauthStored, plan, newRef, kNow), oauthStored), QString());
}

void TestMigration::rollBackRestoresTheOriginal()
{
    const Configuration jwt = jwtConfiguration();
    const std::vector<Configuration> all {oauthConfiguration("first"), jwt, oauthConfiguration("last")};
    const auto switched = switchToMigrated(all, readyPlan(jwt), migratedSecretKey(jwt.id), kNow);
    const auto switchedBefore = switched;

    const auto rolledBack = rollBackMigration(switched, jwt.id);
    QCOMPARE(difference(switched, switchedBefore), QString()); // pure
    QCOMPARE(difference(rolledBack, all), QString()); // exactly the list before the switch
    QCOMPARE(rolledBack[1].id, jwt.id);
    QVERIFY(rolledBack[1].rollbackOf.empty());
    QCOMPARE(rolledBack[1].clientSecretRef, clientSecretKey(jwt.id));

    // The copy listed before the live one (a hand-sorted list) works the same.
    std::vector<Configuration> reordered {switched[2], switched[0], switched[1], switched[3]};
    QCOMPARE(difference(rollBackMigration(reordered, jwt.id), all), QString());
}

void TestMigration::rollBackRefusesWhatItCannotDo()
{
    const Configuration jwt = jwtConfiguration();
    const std::vector<Configuration> all {oauthConfiguration("first"), jwt};
    const auto switched = switchToMigrated(all, readyPlan(jwt), migratedSecretKey(jwt.id), kNow);

    QCOMPARE(difference(rollBackMigration(switched, "unknown"), switched), QString());
    QCOMPARE(difference(rollBackMigration(switched, {}), switched), QString());
    QCOMPARE(difference(rollBackMigration(switched, "first"), switched), QString()); // never migrated
    QCOMPARE(difference(rollBackMigration(all, jwt.id), all), QString()); // no rollback copy
    // The copy's id is no OAuth configuration to roll back.
    QCOMPARE(difference(rollBackMigration(switched, switched[2].id), switched), QString());
    // The OAuth configuration was deleted meanwhile: the copy alone is left as it is.
    const std::vector<Configuration> copyOnly {switched[0], switched[2]};
    QCOMPARE(difference(rollBackMigration(copyOnly, jwt.id), copyOnly), QString());
}

void TestMigration::secretReferences()
{
    const Configuration jwt = jwtConfiguration();
    const std::vector<Configuration> all {oauthConfiguration("first"), jwt};
    const std::string newRef = migratedSecretKey(jwt.id);
    const auto switched = switchToMigrated(all, readyPlan(jwt), newRef, kNow);
    const Configuration &migrated = switched[1];
    const Configuration &copy = switched[2];

    // Roll back: the OAuth configuration's new secret goes; the restored one keeps its own.
    const auto rolledBack = rollBackMigration(switched, jwt.id);
    QCOMPARE(secretRefsOnlyIn(migrated, rolledBack), std::vector<std::string> {newRef});
    // Confirm (delete the copy): its secret and private key go, the live ones stay.
    QCOMPARE(secretRefsOnlyIn(copy, switched),
        (std::vector<std::string> {clientSecretKey(jwt.id), privateKeyKey(jwt.id)}));
    QCOMPARE(secretRefsOnlyIn(migrated, switched), std::vector<std::string> {newRef});

    // Whatever another configuration still uses is never reported.
    std::vector<Configuration> shared = switched;
    shared[0].privateKeyRef = privateKeyKey(jwt.id);
    QCOMPARE(secretRefsOnlyIn(shared[2], shared), std::vector<std::string> {clientSecretKey(jwt.id)});
    // A copy of the configuration (not the element itself) counts as a user: nothing is reported.
    const Configuration copyByValue = copy;
    QVERIFY(secretRefsOnlyIn(copyByValue, switched).empty());
    // No references at all.
    QVERIFY(secretRefsOnlyIn(Configuration(), switched).empty());
}

void TestMigration::migratedSecretKeyShape()
{
    QCOMPARE(migratedSecretKey("abc"), std::string("abc/oauth_client_secret"));
    QVERIFY(migratedSecretKey("abc") != clientSecretKey("abc"));
}

void TestMigration::secretsNeverInDetails()
{
    // Whatever the credential holds, problems name fields and kinds, never the secret.
    ImportResult credential = sampleCredential();
    credential.config.clientId = "ffffffffffffffffffffffffffffffff";
    credential.config.orgId = "0000000000000000000000AA@AdobeOrg";
    MigrationPlan plan = planMigration(jwtConfiguration());
    std::vector<FieldProblem> problems = applyOAuthCredential(plan, credential);
    for (FieldProblem &p : applyOAuthCredential(
             plan, importDeveloperConsoleJson("{\"CLIENT_SECRETS\": [\"" + kSampleSecret + "\" x")))
        problems.push_back(p);
    for (FieldProblem &p : migrationProblems(plan, false))
        problems.push_back(p);
    QVERIFY(problems.size() >= 4);
    for (const FieldProblem &p : problems) {
        QVERIFY2(p.detail.find(kSampleSecret) == std::string::npos, p.detail.c_str());
        QVERIFY(p.detail.find("ffffffff") == std::string::npos); // nor the other client's id
    }
}

QTEST_GUILESS_MAIN(TestMigration)
#include "test_migration.moc"
