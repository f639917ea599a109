// The configuration store on disk, and the Configuration helpers it relies on.

#include "imscore/store.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <set>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ims;

namespace {

Configuration fullConfiguration(const std::string &id = "0f8fad5b-d9cb-469f-a165-70867728950e")
{
    Configuration config;
    config.id = id;
    config.title = "Adobe Target (production) – ünïcode";
    config.solutionId = "target";
    config.authType = AuthType::Jwt;
    config.authorizationServer = "https://ims-na1-stg1.adobelogin.com";
    config.clientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
    config.orgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
    config.technicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
    config.technicalAccountEmail = "3a4b5c6d@techacct.adobe.com";
    config.scopes = {"openid", "AdobeID", "target_sdk"};
    config.metascopes = {"ent_marketing_sdk", "ent_analytics_bulk_ingest_sdk"};
    config.clientSecretRef = clientSecretKey(id);
    config.certificateAlias = "aem-ims – ünïcode";
    config.certificatePem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    config.privateKeyRef = privateKeyKey(id);
    config.sandbox = true;
    config.secretMissing = true;
    config.rollbackOf = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    config.migratedAt = 1767225600456; // beyond 32 bits on purpose
    config.createdAt = 1700000000;
    config.updatedAt = 1767225600123; // beyond 32 bits on purpose
    config.health = {
        HealthRecord {1700000100, true, ErrorCode::None, 86399},
        HealthRecord {1700000200, false, ErrorCode::InvalidScope, 0},
        HealthRecord {1700000300, false, ErrorCode::StoreLocked, -1},
    };
    config.aemVersion = AemVersion::Aem65Sp20OrHotfix;
    config.cloudService = CloudServiceSettings {"target", "Target – prod", false,
        {{"clientCode", "acme"}, {"tenantId", "acme-eu"}, {"apiType", "rest"}}};
    config.consoleStepsDone = {"create-project", "add-api"};
    return config;
}

Configuration withId(std::string id, std::string title = {})
{
    Configuration config;
    config.id = std::move(id);
    config.title = std::move(title);
    return config;
}

void compareConfigurations(const Configuration &a, const Configuration &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.solutionId, b.solutionId);
    QCOMPARE(a.authType, b.authType);
    QCOMPARE(a.authorizationServer, b.authorizationServer);
    QCOMPARE(a.clientId, b.clientId);
    QCOMPARE(a.orgId, b.orgId);
    QCOMPARE(a.technicalAccountId, b.technicalAccountId);
    QCOMPARE(a.technicalAccountEmail, b.technicalAccountEmail);
    QVERIFY(a.scopes == b.scopes);
    QVERIFY(a.metascopes == b.metascopes);
    QCOMPARE(a.clientSecretRef, b.clientSecretRef);
    QCOMPARE(a.certificateAlias, b.certificateAlias);
    QCOMPARE(a.certificatePem, b.certificatePem);
    QCOMPARE(a.privateKeyRef, b.privateKeyRef);
    QCOMPARE(a.sandbox, b.sandbox);
    QCOMPARE(a.secretMissing, b.secretMissing);
    QCOMPARE(a.rollbackOf, b.rollbackOf);
    QCOMPARE(a.migratedAt, b.migratedAt);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.aemVersion, b.aemVersion);
    QVERIFY(a.cloudService == b.cloudService);
    QVERIFY(a.consoleStepsDone == b.consoleStepsDone);
    QCOMPARE(a.health.size(), b.health.size());
    for (std::size_t i = 0; i < a.health.size(); ++i) {
        QCOMPARE(a.health[i].checkedAt, b.health[i].checkedAt);
        QCOMPARE(a.health[i].ok, b.health[i].ok);
        QCOMPARE(a.health[i].error, b.health[i].error);
        QCOMPARE(a.health[i].expiresInSeconds, b.health[i].expiresInSeconds);
    }
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

const QByteArray kNewerDocument
    = R"({"schema": 2, "app": "ims-wizard", "configurations": [], "future": {"x": 1}})"
      "\n";

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    // Configuration helpers
    void authTypeNames();
    void recordHealthKeepsNewest();
    void clientSecretKeyShape();
    void newConfigurationIdIsUuidV4();
    void joinScopesForIms();

    // Serialisation
    void roundTripEveryField();
    void documentShape();
    void defaultsForMissingMembers();
    void unknownErrorNameReadsAsUnknown();
    void overlongHistoryTrimmedOnLoad();
    void corrupt_data();
    void corrupt();
    void newerSchema();

    // ConfigurationStore
    void missingFileIsEmpty();
    void saveAndLoad();
    void atomicWriteLeavesNoTempFiles();
    void createsPrivateParentDirectories();
    void filePermissions();
    void newerSchemaRefusedAndFileUnchanged();
    void corruptFileOnLoadAndOverwrittenBySave();
    void upsertAndRemove();
    void lockHeldTwiceInProcess();
    void lockHeldByChildProcess();
    void lockReentrantAndWritesWhileHeld();
    void writesRefusedWhileAnotherHoldsLock();
    void writesWaitForAShortLock();
    void updateChangesUnderTheLock();
    void updateErrorWritesNothing();
    void staleTemporaryFilesRemovedBySave();
    void instanceLockKeepsASecondSessionOut();
    void instanceLockLeavesTheStoreFree();
    void lastWrittenTellsOwnWritesFromOthers();
    void onlyOwnWritesBetweenFollowsTheChain();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString storePath() const { return m_dir->filePath(QStringLiteral("configurations.json")); }
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::authTypeNames()
{
    QCOMPARE(std::string(authTypeName(AuthType::OAuthServerToServer)), std::string("oauth_server_to_server"));
    QCOMPARE(std::string(authTypeName(AuthType::Jwt)), std::string("jwt"));
    AuthType type = AuthType::OAuthServerToServer;
    QVERIFY(parseAuthType("jwt", type));
    QCOMPARE(type, AuthType::Jwt);
    QVERIFY(parseAuthType("oauth_server_to_server", type));
    QCOMPARE(type, AuthType::OAuthServerToServer);
    QVERIFY(!parseAuthType("JWT", type));
    QVERIFY(!parseAuthType("", type));
    QCOMPARE(type, AuthType::OAuthServerToServer); // untouched on failure
    AemVersion version = AemVersion::Unknown;
    for (AemVersion v : {AemVersion::Unknown, AemVersion::Aem63OrEarlier, AemVersion::Aem64To65BeforeSp20,
             AemVersion::Aem65Sp20OrHotfix, AemVersion::CloudService}) {
        QVERIFY(parseAemVersion(aemVersionName(v), version));
        QCOMPARE(version, v);
    }
    QVERIFY(!parseAemVersion("6.6", version));
    QCOMPARE(version, AemVersion::CloudService); // untouched on failure
}

void TestStore::recordHealthKeepsNewest()
{
    Configuration config;
    QVERIFY(!config.lastHealth());
    for (int i = 1; i <= 25; ++i)
        config.recordHealth(HealthRecord {i, i % 2 == 0, ErrorCode::None, i});
    QCOMPARE(config.health.size(), Configuration::kHealthHistory);
    QCOMPARE(config.health.front().checkedAt, std::int64_t(6));
    QCOMPARE(config.lastHealth()->checkedAt, std::int64_t(25));
}

void TestStore::clientSecretKeyShape()
{
    QCOMPARE(clientSecretKey("abc"), std::string("abc/client_secret"));
}

void TestStore::newConfigurationIdIsUuidV4()
{
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    std::set<std::string> ids;
    for (int i = 0; i < 200; ++i) {
        const std::string id = newConfigurationId();
        QVERIFY2(uuid.match(QString::fromStdString(id)).hasMatch(), id.c_str());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), std::size_t(200));
}

void TestStore::joinScopesForIms()
{
    QCOMPARE(joinScopes({"openid", "AdobeID", "target_sdk"}), std::string("openid,AdobeID,target_sdk"));
    QCOMPARE(joinScopes({}), std::string());
    QCOMPARE(joinScopes({"", "openid", ""}), std::string("openid"));
}

void TestStore::roundTripEveryField()
{
    Configuration oauth = fullConfiguration("second");
    oauth.authType = AuthType::OAuthServerToServer;
    oauth.sandbox = false;
    oauth.health.clear();
    oauth.metascopes.clear();
    oauth.certificateAlias.clear();
    oauth.certificatePem.clear();
    oauth.privateKeyRef.clear();
    oauth.rollbackOf.clear(); // the live OAuth side of a migration: migratedAt set, no rollbackOf
    const std::vector<Configuration> configs {fullConfiguration(), oauth, withId("minimal")};

    const auto parsed = parseConfigurations(serializeConfigurations(configs));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().detail.c_str());
    QCOMPARE(parsed.value().size(), configs.size());
    for (std::size_t i = 0; i < configs.size(); ++i)
        compareConfigurations(parsed.value()[i], configs[i]);

    // Every error code survives, by name (in groups: a configuration keeps kHealthHistory records).
    std::vector<Configuration> groups;
    for (int i = 0; i <= static_cast<int>(kLastErrorCode); ++i) {
        if (groups.empty() || groups.back().health.size() == Configuration::kHealthHistory)
            groups.push_back(withId("codes" + std::to_string(groups.size())));
        groups.back().health.push_back(HealthRecord {i, false, static_cast<ErrorCode>(i), 0});
    }
    const auto codes = parseConfigurations(serializeConfigurations(groups));
    QVERIFY(codes.ok());
    QCOMPARE(codes.value().size(), groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        compareConfigurations(codes.value()[i], groups[i]);
}

void TestStore::documentShape()
{
    const std::string text = serializeConfigurations({fullConfiguration()});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("schema")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("app")).toString(), QStringLiteral("ims-wizard"));
    const QJsonObject config = root.value(QLatin1String("configurations")).toArray().at(0).toObject();
    QCOMPARE(config.value(QLatin1String("authType")).toString(), QStringLiteral("jwt"));
    const QJsonArray health = config.value(QLatin1String("health")).toArray();
    QCOMPARE(health.size(), 3);
    QCOMPARE(health.at(0).toObject().value(QLatin1String("error")).toString(), QStringLiteral("none"));
    QCOMPARE(
        health.at(1).toObject().value(QLatin1String("error")).toString(), QStringLiteral("invalid_scope"));
    // References only: the document has no place for a secret value.
    QCOMPARE(config.value(QLatin1String("clientSecretRef")).toString(),
        QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e/client_secret"));
    // The JWT members, camelCase like the others; the private key only as a keychain reference.
    QCOMPARE(config.value(QLatin1String("metascopes")).toArray(),
        QJsonArray({QStringLiteral("ent_marketing_sdk"), QStringLiteral("ent_analytics_bulk_ingest_sdk")}));
    QCOMPARE(config.value(QLatin1String("certificateAlias")).toString(), QStringLiteral("aem-ims – ünïcode"));
    QVERIFY(config.value(QLatin1String("certificatePem"))
                .toString()
                .startsWith(QLatin1String("-----BEGIN CERTIFICATE")));
    QCOMPARE(config.value(QLatin1String("privateKeyRef")).toString(),
        QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e/private_key"));
    // Migration members, camelCase; migratedAt a number (epoch seconds), not a string.
    QCOMPARE(config.value(QLatin1String("rollbackOf")).toString(),
        QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    QVERIFY(config.value(QLatin1String("migratedAt")).isDouble());
    QVERIFY(text.find("\"migratedAt\": 1767225600456") != std::string::npos);
    QVERIFY(text.ends_with("\n"));
}

void TestStore::defaultsForMissingMembers()
{
    const auto parsed = parseConfigurations(R"({"schema": 1, "configurations": [{"id": "x", "extra": 1}]})");
    QVERIFY(parsed.ok());
    const Configuration &c = parsed.value().at(0);
    QCOMPARE(c.id, std::string("x"));
    QCOMPARE(c.authType, AuthType::OAuthServerToServer);
    QCOMPARE(c.authorizationServer, std::string(kDefaultAuthorizationServer));
    QVERIFY(c.scopes.empty());
    QVERIFY(c.health.empty());
    // Files written before the JWT flow have none of its members.
    QVERIFY(c.metascopes.empty());
    QVERIFY(c.certificateAlias.empty());
    QVERIFY(c.certificatePem.empty());
    QVERIFY(c.privateKeyRef.empty());
    // Nor those of the JWT → OAuth migration.
    QVERIFY(c.rollbackOf.empty());
    QCOMPARE(c.migratedAt, std::int64_t(0));
    QVERIFY(!c.secretMissing);
}

void TestStore::unknownErrorNameReadsAsUnknown()
{
    const auto parsed = parseConfigurations(
        R"({"schema": 1, "configurations": [{"id": "x", "health": [{"checkedAt": 5, "error": "from_the_future"}]}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().at(0).health.at(0).error, ErrorCode::UnknownImsError);
    QCOMPARE(parsed.value().at(0).health.at(0).checkedAt, std::int64_t(5));
}

void TestStore::overlongHistoryTrimmedOnLoad()
{
    Configuration config = withId("x");
    config.health.resize(30);
    for (std::size_t i = 0; i < config.health.size(); ++i)
        config.health[i].checkedAt = static_cast<std::int64_t>(i);
    const auto parsed = parseConfigurations(serializeConfigurations({config}));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().at(0).health.size(), Configuration::kHealthHistory);
    QCOMPARE(parsed.value().at(0).health.back().checkedAt, std::int64_t(29));
}

void TestStore::corrupt_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("detailContains");
    QTest::newRow("empty") << ""
                           << "not JSON";
    QTest::newRow("truncated") << R"({"schema": 1, "configurations": [)"
                               << "not JSON";
    QTest::newRow("array") << "[]"
                           << "top level";
    QTest::newRow("no schema") << R"({"configurations": []})"
                               << "schema";
    QTest::newRow("schema string") << R"({"schema": "1", "configurations": []})"
                                   << "schema";
    QTest::newRow("schema zero") << R"({"schema": 0, "configurations": []})"
                                 << "schema 0";
    QTest::newRow("no configurations") << R"({"schema": 1})"
                                       << "configurations";
    QTest::newRow("configurations object") << R"({"schema": 1, "configurations": {}})"
                                           << "configurations";
    QTest::newRow("entry not object") << R"({"schema": 1, "configurations": [1]})"
                                      << "configurations[0]";
    QTest::newRow("no id") << R"({"schema": 1, "configurations": [{"title": "x"}]})"
                           << "configurations[0].id";
    QTest::newRow("title number") << R"({"schema": 1, "configurations": [{"id": "x", "title": 1}]})"
                                  << "configurations[0].title";
    QTest::newRow("scopes string") << R"({"schema": 1, "configurations": [{"id": "x", "scopes": "openid"}]})"
                                   << "scopes";
    QTest::newRow("scope number") << R"({"schema": 1, "configurations": [{"id": "x", "scopes": [1]}]})"
                                  << "scopes";
    QTest::newRow("metascopes string")
        << R"({"schema": 1, "configurations": [{"id": "x", "metascopes": "ent_marketing_sdk"}]})"
        << "configurations[0].metascopes";
    QTest::newRow("metascope number")
        << R"({"schema": 1, "configurations": [{"id": "x", "metascopes": [1]}]})"
        << "metascopes";
    QTest::newRow("certificatePem number")
        << R"({"schema": 1, "configurations": [{"id": "x", "certificatePem": 1}]})"
        << "configurations[0].certificatePem";
    QTest::newRow("certificateAlias array")
        << R"({"schema": 1, "configurations": [{"id": "x", "certificateAlias": []}]})"
        << "certificateAlias";
    QTest::newRow("privateKeyRef bool")
        << R"({"schema": 1, "configurations": [{"id": "x", "privateKeyRef": true}]})"
        << "privateKeyRef";
    QTest::newRow("aemVersion unknown")
        << R"({"schema": 1, "configurations": [{"id": "x", "aemVersion": "7.0"}]})"
        << "aemVersion";
    QTest::newRow("cloudService array")
        << R"({"schema": 1, "configurations": [{"id": "x", "cloudService": []}]})"
        << "configurations[0].cloudService";
    QTest::newRow("cloudService field not object")
        << R"({"schema": 1, "configurations": [{"id": "x", "cloudService": {"fields": [1]}}]})"
        << "cloudService.fields[0]";
    QTest::newRow("cloudService field value number")
        << R"({"schema": 1, "configurations": [{"id": "x", "cloudService": {"fields": [{"name": "a", "value": 1}]}}]})"
        << "value";
    QTest::newRow("consoleStepsDone string")
        << R"({"schema": 1, "configurations": [{"id": "x", "consoleStepsDone": "a"}]})"
        << "consoleStepsDone";
    QTest::newRow("sandbox string") << R"({"schema": 1, "configurations": [{"id": "x", "sandbox": "yes"}]})"
                                    << "sandbox";
    QTest::newRow("createdAt float") << R"({"schema": 1, "configurations": [{"id": "x", "createdAt": 1.5}]})"
                                     << "createdAt";
    QTest::newRow("rollbackOf number")
        << R"({"schema": 1, "configurations": [{"id": "x", "rollbackOf": 7}]})"
        << "configurations[0].rollbackOf";
    QTest::newRow("migratedAt string")
        << R"({"schema": 1, "configurations": [{"id": "x", "migratedAt": "1767225600"}]})"
        << "configurations[0].migratedAt";
    QTest::newRow("auth type unknown")
        << R"({"schema": 1, "configurations": [{"id": "x", "authType": "saml"}]})"
        << "authType";
    QTest::newRow("health entry") << R"({"schema": 1, "configurations": [{"id": "x", "health": [true]}]})"
                                  << "health[0]";
    QTest::newRow("health ok string")
        << R"({"schema": 1, "configurations": [{"id": "x", "health": [{"ok": "true"}]}]})"
        << "health[0].ok";
}

void TestStore::corrupt()
{
    QFETCH(QString, json);
    QFETCH(QString, detailContains);
    const auto parsed = parseConfigurations(json.toStdString());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::StoreCorrupt);
    QVERIFY2(QString::fromStdString(parsed.error().detail).contains(detailContains),
        parsed.error().detail.c_str());
}

void TestStore::newerSchema()
{
    // A newer document may be shaped differently; only the schema number is read.
    const auto parsed = parseConfigurations(R"({"schema": 7, "configurations": "something else"})");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::StoreNewerSchema);
    QCOMPARE(parsed.error().detail, std::string("schema 7"));
}

void TestStore::missingFileIsEmpty()
{
    ConfigurationStore store(m_dir->filePath(QStringLiteral("nope/configurations.json")).toStdString());
    const auto loaded = store.load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().empty());
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("nope"))).exists()); // loading creates nothing
}

void TestStore::saveAndLoad()
{
    ConfigurationStore store(storePath().toStdString());
    QCOMPARE(store.path(), std::filesystem::path(storePath().toStdString()));
    const std::vector<Configuration> configs {fullConfiguration(), withId("b")};
    QVERIFY(!store.save(configs));
    const auto loaded = ConfigurationStore(storePath().toStdString()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), std::size_t(2));
    compareConfigurations(loaded.value()[0], configs[0]);
    compareConfigurations(loaded.value()[1], configs[1]);
    QVERIFY(!store.isLocked()); // save took the lock only for its own duration
}

void TestStore::atomicWriteLeavesNoTempFiles()
{
    ConfigurationStore store(storePath().toStdString());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!store.save({fullConfiguration(std::to_string(i))}));
        QVERIFY(!store.upsert(withId(std::to_string(100 + i))));
    }
    QVERIFY(!store.remove("100"));
    const QStringList entries
        = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    QCOMPARE(entries,
        QStringList({QStringLiteral("configurations.json"), QStringLiteral("configurations.json.lock")}));
}

void TestStore::createsPrivateParentDirectories()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/configurations.json"));
    ConfigurationStore store(path.toStdString());
    QVERIFY(!store.save({}));
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("a"))) & 0077, mode_t(0));
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("a/b"))) & 0077, mode_t(0));
    QVERIFY(store.load().ok());
}

void TestStore::filePermissions()
{
    writeBytes(storePath(), R"({"schema": 1, "configurations": []})");
    QVERIFY(QFile::setPermissions(storePath(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeOf(storePath()), mode_t(0644));

    const mode_t oldMask = ::umask(0); // even a permissive umask must not widen the file
    ConfigurationStore store(storePath().toStdString());
    const auto error = store.save({fullConfiguration()});
    ::umask(oldMask);
    QVERIFY(!error);
    QCOMPARE(modeOf(storePath()), mode_t(0600));
    QCOMPARE(modeOf(storePath() + QStringLiteral(".lock")), mode_t(0600));
}

void TestStore::newerSchemaRefusedAndFileUnchanged()
{
    writeBytes(storePath(), kNewerDocument);
    ConfigurationStore store(storePath().toStdString());

    const auto loaded = store.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::StoreNewerSchema);
    QCOMPARE(loaded.error().detail, std::string("schema 2"));

    const auto saveError = store.save({fullConfiguration()});
    QVERIFY(saveError);
    QCOMPARE(saveError->code, ErrorCode::StoreNewerSchema);
    QCOMPARE(saveError->detail, std::string("schema 2"));
    const auto upsertError = store.upsert(fullConfiguration());
    QVERIFY(upsertError);
    QCOMPARE(upsertError->code, ErrorCode::StoreNewerSchema);
    const auto removeError = store.remove("x");
    QVERIFY(removeError);
    QCOMPARE(removeError->code, ErrorCode::StoreNewerSchema);

    QCOMPARE(readBytes(storePath()), kNewerDocument);
    QCOMPARE(
        QDir(m_dir->path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files | QDir::Hidden).size(), 0);
}

void TestStore::corruptFileOnLoadAndOverwrittenBySave()
{
    writeBytes(storePath(), "{ this is not json");
    ConfigurationStore store(storePath().toStdString());
    const auto loaded = store.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::StoreCorrupt);
    // upsert must not silently drop a corrupt file's contents…
    const auto upsertError = store.upsert(fullConfiguration());
    QVERIFY(upsertError);
    QCOMPARE(upsertError->code, ErrorCode::StoreCorrupt);
    QCOMPARE(readBytes(storePath()), QByteArray("{ this is not json"));
    // …but an explicit save of a whole document is the way out.
    QVERIFY(!store.save({fullConfiguration()}));
    QVERIFY(store.load().ok());
}

void TestStore::upsertAndRemove()
{
    ConfigurationStore store(storePath().toStdString());
    QVERIFY(!store.upsert(fullConfiguration("a")));
    QVERIFY(!store.upsert(withId("b", "B")));
    Configuration changed = fullConfiguration("a");
    changed.title = "changed";
    changed.recordHealth(HealthRecord {1800000000, true, ErrorCode::None, 3600});
    QVERIFY(!store.upsert(changed));

    auto loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), std::size_t(2));
    compareConfigurations(loaded.value()[0], changed); // replaced in place, order kept
    QCOMPARE(loaded.value()[1].title, std::string("B"));

    QVERIFY(!store.remove("a"));
    loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), std::size_t(1));
    QCOMPARE(loaded.value()[0].id, std::string("b"));

    const QByteArray before = readBytes(storePath());
    QVERIFY(!store.remove("does-not-exist"));
    QCOMPARE(readBytes(storePath()), before);
    QVERIFY(!store.remove("b"));
    QVERIFY(store.load().value().empty());
}

// flock locks belong to the open file description, so a second store object in the same
// process conflicts just like a second process would.
void TestStore::lockHeldTwiceInProcess()
{
    ConfigurationStore first(storePath().toStdString());
    ConfigurationStore second(storePath().toStdString());
    QVERIFY(!first.lock());
    QVERIFY(first.isLocked());
    const auto error = second.lock();
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::StoreLocked);
    QVERIFY(!second.isLocked());

    first.unlock();
    QVERIFY(!first.isLocked());
    QVERIFY(!second.lock());
    QVERIFY(first.lock());
    second.unlock();
    {
        ConfigurationStore scoped(storePath().toStdString());
        QVERIFY(!scoped.lock());
    } // the destructor releases the lock
    QVERIFY(!first.lock());
}

void TestStore::lockHeldByChildProcess()
{
    ConfigurationStore parent(storePath().toStdString());
    QVERIFY(!parent.lock());

    const auto childLockResult = [&]() -> int {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ConfigurationStore child(storePath().toStdString());
            const auto error = child.lock();
            ::_exit(!error ? 0 : error->code == ErrorCode::StoreLocked ? 1 : 2);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    QCOMPARE(childLockResult(), 1); // held by us
    parent.unlock();
    QCOMPARE(childLockResult(), 0); // free again
}

void TestStore::lockReentrantAndWritesWhileHeld()
{
    ConfigurationStore store(storePath().toStdString());
    QVERIFY(!store.lock());
    QVERIFY(!store.lock()); // already ours: no error, still one lock
    QVERIFY(!store.upsert(fullConfiguration("a")));
    QVERIFY(!store.save({fullConfiguration("b")}));
    QVERIFY(!store.remove("b"));
    QVERIFY(store.isLocked()); // operations do not release a lock they did not take
    store.unlock();
    store.unlock(); // harmless
}

void TestStore::writesRefusedWhileAnotherHoldsLock()
{
    ConfigurationStore holder(storePath().toStdString());
    QVERIFY(!holder.save({fullConfiguration("a")}));
    const QByteArray before = readBytes(storePath());
    QVERIFY(!holder.lock());

    ConfigurationStore other(storePath().toStdString());
    other.setLockWait(std::chrono::milliseconds(50));
    QVERIFY(other.load().ok()); // reading needs no lock
    for (const auto &error : {other.save({}), other.upsert(fullConfiguration("b")), other.remove("a")}) {
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::StoreLocked);
    }
    QCOMPARE(readBytes(storePath()), before);
}

// A second instance that holds the lock briefly (another save) does not make a write fail:
// writers wait up to kDefaultLockWait for it.
void TestStore::writesWaitForAShortLock()
{
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ConfigurationStore child(storePath().toStdString());
        const bool locked = !child.lock();
        char byte = locked ? 'L' : 'E';
        (void)!::write(ready[1], &byte, 1);
        ::usleep(400 * 1000);
        ::_exit(locked ? 0 : 1);
    }
    char byte = 0;
    QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
    QCOMPARE(byte, 'L');
    ConfigurationStore store(storePath().toStdString());
    const auto held = store.lock(); // no wait: the child holds it now
    QVERIFY(held && held->code == ErrorCode::StoreLocked);
    QVERIFY(!store.upsert(fullConfiguration("waited"))); // waits for the child, then writes
    int status = 0;
    ::waitpid(pid, &status, 0);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QCOMPARE(store.load().value().size(), std::size_t(1));
    ::close(ready[0]);
    ::close(ready[1]);
}

void TestStore::updateChangesUnderTheLock()
{
    ConfigurationStore store(storePath().toStdString());
    QVERIFY(!store.save({withId("a", "A"), withId("b", "B")}));
    bool wasLocked = false;
    QVERIFY(!store.update([&](std::vector<Configuration> &configs) -> std::optional<Error> {
        wasLocked = store.isLocked();
        // Another instance trying now has to wait: the lock is held across load and save.
        ConfigurationStore other(storePath().toStdString());
        const auto error = other.lock();
        if (!error || error->code != ErrorCode::StoreLocked)
            return makeError(ErrorCode::StoreIo, "lock was not held during the change");
        configs.at(1).title = "B2";
        configs.push_back(withId("c", "C"));
        return std::nullopt;
    }));
    QVERIFY(wasLocked);
    QVERIFY(!store.isLocked()); // released again
    const auto loaded = store.load().value();
    QCOMPARE(loaded.size(), std::size_t(3));
    QCOMPARE(loaded[1].title, std::string("B2"));
    QCOMPARE(loaded[2].id, std::string("c"));
}

void TestStore::updateErrorWritesNothing()
{
    ConfigurationStore store(storePath().toStdString());
    QVERIFY(!store.save({withId("a", "A")}));
    const QByteArray before = readBytes(storePath());
    const auto error = store.update([](std::vector<Configuration> &configs) -> std::optional<Error> {
        configs.clear();
        return makeError(ErrorCode::SecretMissing, "a/client_secret");
    });
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::SecretMissing);
    QCOMPARE(readBytes(storePath()), before);
}

void TestStore::staleTemporaryFilesRemovedBySave()
{
    ConfigurationStore store(storePath().toStdString());
    QVERIFY(!store.save({withId("a")}));
    // What a writer killed between create and rename leaves behind.
    writeBytes(storePath() + QStringLiteral(".tmp-999999"), "{\"schema\": 1, \"configurations\": [");
    writeBytes(storePath() + QStringLiteral(".tmp-1"), "");
    writeBytes(storePath() + QStringLiteral(".other"), "kept");
    QCOMPARE(store.removeStaleTemporaryFiles(), std::size_t(0)); // not without the lock
    QVERIFY(!store.upsert(withId("b")));
    const QStringList left = QDir(QFileInfo(storePath()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(!left.join(QLatin1Char(' ')).contains(QLatin1String(".tmp-")), qPrintable(left.join(QLatin1Char(' '))));
    QVERIFY(left.contains(QFileInfo(storePath()).fileName() + QStringLiteral(".other")));
    QCOMPARE(store.load().value().size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"

void TestStore::instanceLockKeepsASecondSessionOut()
{
    const std::filesystem::path file = m_dir->filePath(QStringLiteral("sub/ims-wizard.lock")).toStdString();
    {
        InstanceLock first;
        QVERIFY(!first.acquire(file));
        QVERIFY(first.held());
        QVERIFY(!first.acquire(file)); // already ours
        InstanceLock second;
        const auto error = second.acquire(file);
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::StoreLocked);
        QVERIFY(!second.held());

        // Another process is kept out too (flock is per open file, so a child sees it held).
        const pid_t pid = ::fork();
        if (pid == 0) {
            InstanceLock child;
            const auto childError = child.acquire(file);
            ::_exit(!childError ? 0 : childError->code == ErrorCode::StoreLocked ? 1 : 2);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 1);
    }
    // Released with its owner.
    InstanceLock again;
    QVERIFY(!again.acquire(file));

    // A path that cannot be a file: a specific error, not a crash.
    InstanceLock broken;
    const auto error = broken.acquire(m_dir->path().toStdString());
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::StoreIo);
}

void TestStore::instanceLockLeavesTheStoreFree()
{
    // The window's session lock is not the store's lock: command-line writes go on beside it.
    InstanceLock session;
    QVERIFY(!session.acquire(m_dir->filePath(QStringLiteral("ims-wizard.lock")).toStdString()));
    ConfigurationStore store(storePath().toStdString());
    store.setLockWait(std::chrono::milliseconds(50));
    QVERIFY(!store.upsert(fullConfiguration("a")));
    QVERIFY(!store.isLocked());
    QCOMPARE(store.load().value().size(), std::size_t(1));
}

void TestStore::lastWrittenTellsOwnWritesFromOthers()
{
    ConfigurationStore mine(storePath().toStdString());
    ConfigurationStore theirs(storePath().toStdString());
    QVERIFY(!mine.lastWritten().exists);
    QVERIFY(!fileStampOf(storePath().toStdString()).exists);

    QVERIFY(!mine.upsert(fullConfiguration("a")));
    QVERIFY(mine.lastWritten().exists);
    QCOMPARE(fileStampOf(storePath().toStdString()), mine.lastWritten()); // our own write

    QVERIFY(!theirs.upsert(fullConfiguration("b")));
    QVERIFY(fileStampOf(storePath().toStdString()) != mine.lastWritten()); // someone else's
    QCOMPARE(fileStampOf(storePath().toStdString()), theirs.lastWritten());

    // A change in place (same inode, same size) still shows in the modification time.
    const FileStamp before = fileStampOf(storePath().toStdString());
    QByteArray bytes = readBytes(storePath());
    QTest::qSleep(20);
    writeBytes(storePath(), bytes);
    const FileStamp after = fileStampOf(storePath().toStdString());
    QCOMPARE(after.size, before.size);
    QVERIFY(after != before);

    // Loading does not move it: only writes do.
    const FileStamp written = mine.lastWritten();
    QVERIFY(mine.load().ok());
    QCOMPARE(mine.lastWritten(), written);
}

void TestStore::onlyOwnWritesBetweenFollowsTheChain()
{
    const std::filesystem::path path = storePath().toStdString();
    ConfigurationStore mine(path);
    ConfigurationStore theirs(path);
    const FileStamp start = fileStampOf(path);
    QVERIFY(mine.onlyOwnWritesBetween(start, start));
    QVERIFY(!mine.upsert(fullConfiguration("a")));
    QVERIFY(!mine.upsert(fullConfiguration("b")));
    const FileStamp afterMine = fileStampOf(path);
    QVERIFY(mine.onlyOwnWritesBetween(start, afterMine)); // two writes of ours, one after the other
    QVERIFY(!theirs.onlyOwnWritesBetween(start, afterMine));

    QVERIFY(!theirs.upsert(fullConfiguration("c")));
    QVERIFY(!mine.upsert(fullConfiguration("d"))); // ours again, but on top of theirs
    const FileStamp end = fileStampOf(path);
    QCOMPARE(end, mine.lastWritten());
    QVERIFY(!mine.onlyOwnWritesBetween(afterMine, end)); // their write is in between
    QVERIFY(mine.onlyOwnWritesBetween(theirs.lastWritten(), end));

    // Only the last kRememberedWrites are remembered: older history reads as "someone else".
    const FileStamp old = fileStampOf(path);
    for (std::size_t i = 0; i <= ConfigurationStore::kRememberedWrites; ++i)
        QVERIFY(!mine.upsert(fullConfiguration("e" + std::to_string(i))));
    QVERIFY(!mine.onlyOwnWritesBetween(old, fileStampOf(path)));
}
