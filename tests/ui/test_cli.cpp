// The command line end to end: the real ims-wizard binary in a QProcess, against a training
// sandbox running in this test process (trusted through --sandbox-ca), with the real keychain
// and a temporary configuration folder per test. Secrets go to the binary through the
// environment or stdin only, and every captured output is scanned for them at the end.

#include "keychainsecretstore.h"
#include "sandboxserver.h"
#include "secretscan.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <imscore/certificates.h>
#include <imscore/configuration.h>
#include <imscore/migration.h>
#include <imscore/sandbox.h>
#include <imscore/sandbox_faults.h>
#include <imscore/secret_store.h>
#include <imscore/store.h>
#include <memory>
#include <optional>

namespace {

constexpr int kProcessTimeoutMs = 60000;
constexpr int kKeychainTimeoutMs = 15000;

const QString kBinary = QStringLiteral(IMS_BINARY_DIR "/app/ims-wizard");

// Test-only values passed to the binary through the environment or stdin.
const QByteArray kWrongSecret = "cli-test-wrong-secret-4f1c2e";
const QByteArray kOsgiSecret = "cli-test-osgi-secret-8d3a71";
const QByteArray kClearTextSecretMarker = "cli-test-clear-secret-7b22c0";
const QByteArray kKeystorePassword = "cli-test-keystore-password-19e5";

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(kBinary).isExecutable());
        QVERIFY(m_sandboxDir.isValid() && m_scratch.isValid());
        // The CA in a file of its own, as a user would pass a sandbox's CA along.
        m_caFile = m_scratch.filePath(QStringLiteral("sandbox-ca.pem"));
        startSandboxWithCaFile(m_server, m_sandboxDir.path(), m_caFile);
        if (QTest::currentTestFailed())
            return;

        for (const ims::SandboxClient &client : ims::sandboxOrganisation())
            m_secrets << QByteArray::fromStdString(client.clientSecret);
        m_secrets << kWrongSecret << kOsgiSecret << kClearTextSecretMarker << kKeystorePassword
                  << QByteArrayLiteral("p8e-EXAMPLEexampleEXAMPLEexample01"); // the shared samples' secret
    }

    void helpAndUsageErrors()
    {
        QTemporaryDir dir;
        Run help = run({QStringLiteral("help")}, dir.path(), {}, {}, false);
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"list", "show", "check", "import", "export", "migrate", "sandbox"})
            QVERIFY2(help.out.contains(command), command);

        Run unknown = run({QStringLiteral("frobnicate")}, dir.path());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Unknown command \"frobnicate\""));

        Run badOption = run({QStringLiteral("check"), QStringLiteral("--no-such-option")}, dir.path());
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.contains("no-such-option"));

        Run checkHelp = run({QStringLiteral("check"), QStringLiteral("--help")}, dir.path(), {}, {}, false);
        QCOMPARE(checkHelp.exitCode, 0);
        QVERIFY(checkHelp.out.contains("Usage: ims-wizard [options] check [NAME"));
        QVERIFY(checkHelp.out.contains("--all"));

        Run report = run({QStringLiteral("export"), QStringLiteral("anything"), QStringLiteral("--format"),
                             QStringLiteral("report")},
            dir.path());
        QCOMPARE(report.exitCode, 2); // no configuration "anything" (ui_report covers the report)
        QVERIFY(report.err.contains("anything"));

        // --json: errors are a JSON document on stdout too.
        Run jsonError
            = run({QStringLiteral("show"), QStringLiteral("nothing"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(jsonError.exitCode, 2);
        QCOMPARE(jsonError.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("not_found"));

        Run empty = run({QStringLiteral("list"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.json().value(QStringLiteral("configurations")).isArray());
        QVERIFY(empty.json().value(QStringLiteral("configurations")).toArray().isEmpty());
    }

    void sandboxHelp()
    {
        QTemporaryDir dir;
        Run help = run({QStringLiteral("sandbox"), QStringLiteral("--help")}, dir.path(), {}, {}, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--port"));
        QVERIFY(help.out.contains("--state-dir"));
        Run helpCommand = run({QStringLiteral("help"), QStringLiteral("sandbox")}, dir.path(), {}, {}, false);
        QCOMPARE(helpCommand.exitCode, 0);
        QCOMPARE(helpCommand.out, help.out);
        QVERIFY(help.out.contains("--fault"));

        // Trainers: every fault mode is listed; an unknown one is a usage error before starting.
        Run faults = run({QStringLiteral("sandbox"), QStringLiteral("--list-faults")}, dir.path(), {}, {}, false);
        QCOMPARE(faults.exitCode, 0);
        for (const ims::SandboxFault &fault : ims::sandboxFaults())
            QVERIFY2(faults.out.contains(QByteArray(fault.name.data(), qsizetype(fault.name.size()))),
                fault.name.data());
        Run unknown = run({QStringLiteral("sandbox"), QStringLiteral("--fault"), QStringLiteral("no-such-fault"),
                              QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state"))},
            dir.path(), {}, {}, false);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no-such-fault"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("state"))));
    }

    void importThenListAndShow()
    {
        QTemporaryDir dir;
        const ims::SandboxClient &target = sandboxClient("target");
        const QString id = importSandboxClient(dir.path(), target, QStringLiteral("Training Target"));
        QVERIFY(!id.isEmpty());

        Run list = run({QStringLiteral("list"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(list.exitCode, 0);
        const QJsonArray configs = list.json().value(QStringLiteral("configurations")).toArray();
        QCOMPARE(configs.size(), 1);
        const QJsonObject config = configs.first().toObject();
        QCOMPARE(config.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(config.value(QStringLiteral("title")).toString(), QStringLiteral("Training Target"));
        QCOMPARE(config.value(QStringLiteral("clientId")).toString(), qstr(target.clientId));
        QCOMPARE(
            config.value(QStringLiteral("authType")).toString(), QStringLiteral("oauth_server_to_server"));
        QCOMPARE(config.value(QStringLiteral("solution")).toString(), QStringLiteral("target"));
        QVERIFY(config.value(QStringLiteral("sandbox")).toBool());
        QVERIFY(config.value(QStringLiteral("lastHealth")).isNull());

        Run text = run({QStringLiteral("list")}, dir.path());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Training Target"));
        QVERIFY(text.out.contains(id.left(8).toUtf8()));

        // NAME: title in any case, or a unique id prefix.
        Run byTitle = run({QStringLiteral("show"), QStringLiteral("training TARGET")}, dir.path());
        QCOMPARE(byTitle.exitCode, 0);
        QVERIFY(byTitle.out.contains(target.clientId.c_str()));
        QVERIFY(byTitle.out.contains("in the keychain"));
        Run byPrefix = run({QStringLiteral("show"), id.left(6), QStringLiteral("--json")}, dir.path());
        QCOMPARE(byPrefix.exitCode, 0);
        const QJsonObject shown = byPrefix.json().value(QStringLiteral("configuration")).toObject();
        QCOMPARE(shown.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(shown.value(QStringLiteral("clientSecretRef")).toString(),
            qstr(ims::clientSecretKey(id.toStdString())));
        QCOMPARE(
            shown.value(QStringLiteral("technicalAccountId")).toString(), qstr(target.technicalAccountId));
    }

    void checkSucceeds()
    {
        QTemporaryDir dir;
        const ims::SandboxClient &target = sandboxClient("target");
        const QString id = importSandboxClient(dir.path(), target, QStringLiteral("Training Target"));
        QVERIFY(!id.isEmpty());

        Run check
            = run({QStringLiteral("check"), QStringLiteral("Training Target"), QStringLiteral("--json")},
                dir.path());
        QCOMPARE(check.exitCode, 0);
        const QJsonObject document = check.json();
        QVERIFY(document.value(QStringLiteral("ok")).toBool());
        const QJsonArray results = document.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject result = results.first().toObject();
        QCOMPARE(result.value(QStringLiteral("id")).toString(), id);
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QVERIFY(result.value(QStringLiteral("expiresInSeconds")).toInteger() > 0);
        QVERIFY(!result.value(QStringLiteral("expiresAt")).toString().isEmpty());
        QCOMPARE(result.value(QStringLiteral("clientId")).toString(), qstr(target.clientId));
        QVERIFY(result.value(QStringLiteral("scopes")).toArray().contains(QStringLiteral("target_sdk")));
        QVERIFY(!result.contains(QStringLiteral("accessToken")));
        QVERIFY(!check.both().contains("eyJ")); // no JWT (the access token) anywhere

        Run text = run({QStringLiteral("check"), id}, dir.path());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("OK"));
        QVERIFY(text.out.contains("token expires in"));

        // Each result is recorded in the health history.
        Run shown = run({QStringLiteral("show"), id, QStringLiteral("--json")}, dir.path());
        const QJsonObject config = shown.json().value(QStringLiteral("configuration")).toObject();
        QCOMPARE(config.value(QStringLiteral("health")).toArray().size(), 2);
        QVERIFY(config.value(QStringLiteral("lastHealth")).toObject().value(QStringLiteral("ok")).toBool());
    }

    void checkWithWrongSecretFails()
    {
        QTemporaryDir dir;
        const QString id = importSandboxClient(
            dir.path(), sandboxClient("target"), QStringLiteral("Wrong One"), kWrongSecret);
        QVERIFY(!id.isEmpty());

        Run text = run({QStringLiteral("check"), QStringLiteral("wrong one")}, dir.path());
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.startsWith("FAILED"));
        QVERIFY(text.out.contains("Wrong client secret"));
        QVERIFY(text.out.contains("What to do:"));

        Run json = run({QStringLiteral("check"), id, QStringLiteral("--json")}, dir.path());
        QCOMPARE(json.exitCode, 1);
        QVERIFY(!json.json().value(QStringLiteral("ok")).toBool());
        const QJsonObject error = json.json()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("error"))
                                      .toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_client_secret"));
        QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("Wrong client secret"));
        QVERIFY(!error.value(QStringLiteral("remedy")).toString().isEmpty());
    }

    // A sandbox fault mode (the sandbox runs in this process): exit 1 and the specific code.
    void checkWithSandboxFaultFails()
    {
        QTemporaryDir dir;
        const QString id = importSandboxClient(dir.path(), sandboxClient("target"), QStringLiteral("Faulty"));
        QVERIFY(!id.isEmpty());
        for (const char *name : {"tls-expired", "unsupported-grant-type"}) {
            QVERIFY(m_server.setFault(ims::findSandboxFault(name)));
            Run json = run({QStringLiteral("check"), id, QStringLiteral("--json")}, dir.path());
            m_server.setFault(nullptr);
            QCOMPARE(json.exitCode, 1);
            const QJsonObject error = json.json()
                                          .value(QStringLiteral("results"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("error"))
                                          .toObject();
            const QString expected = QString::fromUtf8(
                ims::errorCodeName(ims::findSandboxFault(name)->expected).data());
            QCOMPARE(error.value(QStringLiteral("code")).toString(), expected);
        }
        // A server clock ten minutes ahead: the check passes, with the skew explained.
        QVERIFY(m_server.setFault(ims::findSandboxFault("clock-skew")));
        Run skewed = run({QStringLiteral("check"), id, QStringLiteral("--json")}, dir.path());
        Run skewedText = run({QStringLiteral("check"), id}, dir.path());
        m_server.setFault(nullptr);
        QCOMPARE(skewed.exitCode, 0);
        const QJsonObject result = skewed.json().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("warning")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("clock_skew"));
        QCOMPARE(skewedText.exitCode, 0);
        QVERIFY2(skewedText.out.contains("Clock out of step"), skewedText.out.constData());
    }

    void checkAllWithSeveral()
    {
        QTemporaryDir dir;
        const QString target
            = importSandboxClient(dir.path(), sandboxClient("target"), QStringLiteral("Target"));
        const QString analytics
            = importSandboxClient(dir.path(), sandboxClient("analytics"), QStringLiteral("Analytics"));
        const QString wrong = importSandboxClient(
            dir.path(), sandboxClient("analytics"), QStringLiteral("Broken"), kWrongSecret);
        QVERIFY(!target.isEmpty() && !analytics.isEmpty() && !wrong.isEmpty());

        Run all
            = run({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(all.exitCode, 1); // one of them fails
        const QJsonObject document = all.json();
        QCOMPARE(document.value(QStringLiteral("checked")).toInt(), 3);
        QCOMPARE(document.value(QStringLiteral("passed")).toInt(), 2);
        const QJsonArray results = document.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            QCOMPARE(result.value(QStringLiteral("ok")).toBool(),
                result.value(QStringLiteral("id")).toString() != wrong);
        }

        Run text = run({QStringLiteral("check"), QStringLiteral("--all")}, dir.path());
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(text.out.count("OK      "), 2);
        QCOMPARE(text.out.count("FAILED  "), 1);
        QVERIFY(text.out.contains("2 of 3 check"));

        Run good = run({QStringLiteral("check"), QStringLiteral("target"), analytics}, dir.path());
        QCOMPARE(good.exitCode, 0);

        Run both
            = run({QStringLiteral("check"), QStringLiteral("target"), QStringLiteral("--all")}, dir.path());
        QCOMPARE(both.exitCode, 2);
    }

    void unknownNameIsUsageError()
    {
        QTemporaryDir dir;
        QVERIFY(
            !importSandboxClient(dir.path(), sandboxClient("target"), QStringLiteral("Target")).isEmpty());
        for (const QString &command :
            {QStringLiteral("check"), QStringLiteral("show"), QStringLiteral("migrate")}) {
            Run missing = run({command, QStringLiteral("no-such-configuration")}, dir.path());
            QCOMPARE(missing.exitCode, 2);
            QVERIFY(missing.err.contains("No configuration is named \"no-such-configuration\""));
        }
    }

    void importDeveloperConsoleSamples()
    {
        QTemporaryDir dir;
        const QString credential = samplePath("devconsole-credential-oauth.json");
        Run dryRun = run(
            {QStringLiteral("import"), credential, QStringLiteral("--dry-run"), QStringLiteral("--json")},
            dir.path());
        QCOMPARE(dryRun.exitCode, 0);
        QVERIFY(dryRun.json().value(QStringLiteral("dryRun")).toBool());
        const QJsonObject found = dryRun.json().value(QStringLiteral("found")).toArray().first().toObject();
        QVERIFY(found.value(QStringLiteral("complete")).toBool());
        QCOMPARE(found.value(QStringLiteral("secret")).toString(), QStringLiteral("in_file"));
        QVERIFY(!found.value(QStringLiteral("saved")).toBool());
        QVERIFY(listIds(dir.path()).isEmpty());

        Run saved = run({QStringLiteral("import"), credential, samplePath("devconsole-workspace-oauth.json")},
            dir.path());
        QCOMPARE(saved.exitCode, 0);
        QVERIFY(saved.out.contains("Saved 2 of 2 configuration"));
        Run list = run({QStringLiteral("list"), QStringLiteral("--json")}, dir.path());
        const QJsonArray configs = list.json().value(QStringLiteral("configurations")).toArray();
        QCOMPARE(configs.size(), 2);
        for (const QJsonValue &config : configs) {
            QCOMPARE(config.toObject().value(QStringLiteral("clientId")).toString(),
                QStringLiteral("5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a"));
            QCOMPARE(config.toObject().value(QStringLiteral("authorizationServer")).toString(),
                QStringLiteral("https://ims-na1.adobelogin.com"));
        }
    }

    void importOsgiNeedsTheSecret()
    {
        QTemporaryDir dir;
        QTemporaryDir files;
        // The shared provider sample and its customizer with the Cloud Manager placeholder.
        const QString provider
            = QStringLiteral("com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json");
        QVERIFY(QFile::copy(samplePath(provider.toUtf8().constData()), files.filePath(provider)));
        QFile customizer(files.filePath(QStringLiteral(
            "com.adobe.granite.auth.ims.impl.IMSAccessTokenRequestCustomizerImpl~target.cfg.json")));
        QVERIFY(customizer.open(QIODevice::WriteOnly));
        customizer.write("{\n  \"auth.ims.client.id\": \"5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a\",\n"
                         "  \"auth.ims.client.secret\": \"$[secret:TARGET_IMS_CLIENT_SECRET]\"\n}\n");
        customizer.close();

        Run withoutSecret = run({QStringLiteral("import"), files.path()}, dir.path());
        QCOMPARE(withoutSecret.exitCode, 1);
        QVERIFY(withoutSecret.out.contains("$[secret:TARGET_IMS_CLIENT_SECRET]"));
        QVERIFY(withoutSecret.out.contains("Not saved"));
        QVERIFY(listIds(dir.path()).isEmpty());

        Run json = run({QStringLiteral("import"), files.path(), QStringLiteral("--json")}, dir.path());
        QCOMPARE(json.exitCode, 1);
        const QJsonObject found = json.json().value(QStringLiteral("found")).toArray().first().toObject();
        QCOMPARE(found.value(QStringLiteral("secret")).toString(), QStringLiteral("placeholder"));
        QCOMPARE(found.value(QStringLiteral("secretPlaceholder")).toString(),
            QStringLiteral("$[secret:TARGET_IMS_CLIENT_SECRET]"));
        QVERIFY(!found.value(QStringLiteral("complete")).toBool());
        QCOMPARE(found.value(QStringLiteral("missing"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
            QStringLiteral("client_secret"));

        Run withSecret = run({QStringLiteral("import"), files.filePath(provider), customizer.fileName(),
                                 QStringLiteral("--secret-env"), QStringLiteral("IMS_TEST_OSGI_SECRET")},
            dir.path(), {{QStringLiteral("IMS_TEST_OSGI_SECRET"), QString::fromUtf8(kOsgiSecret)}});
        QCOMPARE(withSecret.exitCode, 0);
        const QStringList ids = listIds(dir.path());
        QCOMPARE(ids.size(), 1);
        const std::optional<ims::Secret> stored
            = readKeychain(ims::clientSecretKey(ids.first().toStdString()));
        QVERIFY(stored);
        QCOMPARE(QByteArray(stored->reveal().data(), qsizetype(stored->size())), kOsgiSecret);

        // An empty variable is a usage error, never an empty secret.
        Run emptyVariable = run({QStringLiteral("import"), files.path(), QStringLiteral("--secret-env"),
                                    QStringLiteral("IMS_TEST_UNSET_VARIABLE")},
            dir.path());
        QCOMPARE(emptyVariable.exitCode, 2);
    }

    void exportOsgiWritesThePlaceholder()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        const ims::SandboxClient &target = sandboxClient("target");
        const QString id = importSandboxClient(dir.path(), target, QStringLiteral("Adobe Target"));
        QVERIFY(!id.isEmpty());

        const QString placeholderDir = out.filePath(QStringLiteral("placeholder"));
        Run exported = run({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("osgi"),
                               QStringLiteral("--output"), placeholderDir, QStringLiteral("--json")},
            dir.path());
        QCOMPARE(exported.exitCode, 0);
        const QJsonArray written = exported.json().value(QStringLiteral("files")).toArray();
        QCOMPARE(written.size(), 2);
        const QByteArray provider = readFile(
            QDir(placeholderDir)
                .filePath(
                    QStringLiteral("com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json")));
        QVERIFY(provider.contains(target.clientId.c_str()));
        const QString customizerPath
            = QDir(placeholderDir)
                  .filePath(QStringLiteral(
                      "com.adobe.granite.auth.ims.impl.IMSAccessTokenRequestCustomizerImpl~target.cfg.json"));
        const QByteArray customizer = readFile(customizerPath);
        QVERIFY(customizer.contains("$[secret:TARGET_IMS_CLIENT_SECRET]"));
        QVERIFY(!customizer.contains(target.clientSecret.c_str()));

        // Existing files are kept unless --force.
        Run again = run({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("osgi"),
                            QStringLiteral("--output"), placeholderDir},
            dir.path());
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("exists already"));

        // Clear text needs the second flag.
        const QString clearDir = out.filePath(QStringLiteral("clear"));
        Run refused = run({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("osgi"),
                              QStringLiteral("--output"), clearDir, QStringLiteral("--clear-text-secret")},
            dir.path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("--i-understand-this-writes-a-secret"));
        QVERIFY(!QFileInfo::exists(clearDir));

        Run clear = run({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("osgi"),
                            QStringLiteral("--output"), clearDir, QStringLiteral("--clear-text-secret"),
                            QStringLiteral("--i-understand-this-writes-a-secret")},
            dir.path());
        QCOMPARE(clear.exitCode, 0);
        const QString clearCustomizer = QDir(clearDir).filePath(QFileInfo(customizerPath).fileName());
        QVERIFY(readFile(clearCustomizer).contains(target.clientSecret.c_str()));
        QCOMPARE(QFile::permissions(clearCustomizer)
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());
    }

    void exportPemAndPkcs12OfJwtConfiguration()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        ims::Configuration jwt;
        ims::KeyAndCertificate pair;
        seedJwtConfiguration(dir.path(), sandboxClient("target"), jwt, pair);
        if (QTest::currentTestFailed())
            return;

        // The JWT exchange works with the bound certificate.
        Run check = run({QStringLiteral("check"), qstr(jwt.id)}, dir.path());
        QCOMPARE(check.exitCode, 0);

        Run pem = run({QStringLiteral("export"), qstr(jwt.title), QStringLiteral("--format"),
                          QStringLiteral("pem"), QStringLiteral("--output"), out.path() + QLatin1Char('/')},
            dir.path());
        QCOMPARE(pem.exitCode, 0);
        const auto certificate = ims::importCertificate(
            readFile(out.filePath(QStringLiteral("AEM-Adobe-IMS.crt"))).toStdString());
        QVERIFY(certificate);
        QCOMPARE(certificate.value().sha256Fingerprint(), pair.certificate.sha256Fingerprint());

        Run noPassword = run({QStringLiteral("export"), qstr(jwt.id), QStringLiteral("--format"),
                                 QStringLiteral("p12"), QStringLiteral("--output"), out.path()},
            dir.path());
        QCOMPARE(noPassword.exitCode, 2);

        const QString keystore = out.filePath(QStringLiteral("aem.p12"));
        Run p12 = run({QStringLiteral("export"), qstr(jwt.id), QStringLiteral("--format"),
                          QStringLiteral("p12"), QStringLiteral("--output"), keystore,
                          QStringLiteral("--password-env"), QStringLiteral("IMS_TEST_KEYSTORE_PASSWORD")},
            dir.path(),
            {{QStringLiteral("IMS_TEST_KEYSTORE_PASSWORD"), QString::fromUtf8(kKeystorePassword)}});
        QCOMPARE(p12.exitCode, 0);
        QCOMPARE(QFile::permissions(keystore) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const auto reread = ims::importPkcs12(
            readFile(keystore).toStdString(), ims::Secret(kKeystorePassword.toStdString()));
        QVERIFY2(reread, reread ? "" : reread.error().detail.c_str());
        QCOMPARE(reread.value().certificate.sha256Fingerprint(), pair.certificate.sha256Fingerprint());
        QVERIFY(reread.value().certificate.matches(pair.key));

        // The password on stdin works as well; a wrong one does not open the keystore.
        const QString second = out.filePath(QStringLiteral("second.p12"));
        Run fromStdin
            = run({QStringLiteral("export"), qstr(jwt.id), QStringLiteral("--format"), QStringLiteral("p12"),
                      QStringLiteral("--output"), second, QStringLiteral("--password-stdin")},
                dir.path(), {}, kKeystorePassword + '\n');
        QCOMPARE(fromStdin.exitCode, 0);
        QVERIFY(
            ims::importPkcs12(readFile(second).toStdString(), ims::Secret(kKeystorePassword.toStdString())));
        QVERIFY(
            !ims::importPkcs12(readFile(second).toStdString(), ims::Secret(std::string("not-the-password"))));
    }

    void migrateJwtToOAuth()
    {
        QTemporaryDir dir;
        const ims::SandboxClient &target = sandboxClient("target");
        ims::Configuration jwt;
        ims::KeyAndCertificate pair;
        seedJwtConfiguration(dir.path(), target, jwt, pair);
        if (QTest::currentTestFailed())
            return;
        const QString id = qstr(jwt.id);
        const QString scopes = QStringLiteral("openid,AdobeID,target_sdk");
        const std::string newSecretKey = ims::migratedSecretKey(jwt.id);

        // Scopes missing: a usage error, nothing changed.
        Run noScopes = run(
            {QStringLiteral("migrate"), id, QStringLiteral("--secret-env"), QStringLiteral("IMS_TEST_GOOD")},
            dir.path(), {{QStringLiteral("IMS_TEST_GOOD"), qstr(target.clientSecret)}});
        QCOMPARE(noScopes.exitCode, 2);

        // A wrong OAuth secret: the token check fails first, and nothing is changed.
        Run wrong = run({QStringLiteral("migrate"), id, QStringLiteral("--secret-env"),
                            QStringLiteral("IMS_TEST_WRONG"), QStringLiteral("--scopes"), scopes},
            dir.path(), {{QStringLiteral("IMS_TEST_WRONG"), QString::fromUtf8(kWrongSecret)}});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("Wrong client secret"));
        QVERIFY(wrong.err.contains("nothing was changed"));
        QCOMPARE(authTypes(dir.path()), QStringList {QStringLiteral("jwt")});
        QVERIFY(!readKeychain(newSecretKey));

        // The real OAuth secret on stdin: checked, switched, rollback copy kept.
        Run migrated = run({QStringLiteral("migrate"), qstr(jwt.title), QStringLiteral("--secret-stdin"),
                               QStringLiteral("--scopes"), scopes, QStringLiteral("--json")},
            dir.path(), {}, QByteArray::fromStdString(target.clientSecret) + '\n');
        QCOMPARE(migrated.exitCode, 0);
        const QJsonObject document = migrated.json();
        QCOMPARE(document.value(QStringLiteral("migrated"))
                     .toObject()
                     .value(QStringLiteral("authType"))
                     .toString(),
            QStringLiteral("oauth_server_to_server"));
        const QString rollbackId = document.value(QStringLiteral("rollbackId")).toString();
        QVERIFY(!rollbackId.isEmpty() && rollbackId != id);

        Run list = run({QStringLiteral("list"), QStringLiteral("--json")}, dir.path());
        const QJsonArray configs = list.json().value(QStringLiteral("configurations")).toArray();
        QCOMPARE(configs.size(), 2);
        for (const QJsonValue &value : configs) {
            const QJsonObject config = value.toObject();
            if (config.value(QStringLiteral("id")).toString() == id) {
                QCOMPARE(config.value(QStringLiteral("authType")).toString(),
                    QStringLiteral("oauth_server_to_server"));
                QVERIFY(
                    config.value(QStringLiteral("scopes")).toArray().contains(QStringLiteral("target_sdk")));
            } else {
                QCOMPARE(config.value(QStringLiteral("id")).toString(), rollbackId);
                QCOMPARE(config.value(QStringLiteral("authType")).toString(), QStringLiteral("jwt"));
                QCOMPARE(config.value(QStringLiteral("rollbackOf")).toString(), id);
            }
        }
        QVERIFY(readKeychain(newSecretKey));

        // The title now names the live OAuth configuration, and it passes its check.
        Run check = run({QStringLiteral("check"), qstr(jwt.title), QStringLiteral("--json")}, dir.path());
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("authType"))
                     .toString(),
            QStringLiteral("oauth_server_to_server"));

        // Not a second time.
        Run again = run({QStringLiteral("migrate"), id, QStringLiteral("--secret-env"),
                            QStringLiteral("IMS_TEST_GOOD"), QStringLiteral("--scopes"), scopes},
            dir.path(), {{QStringLiteral("IMS_TEST_GOOD"), qstr(target.clientSecret)}});
        QCOMPARE(again.exitCode, 1);
    }

    void sandboxCommandServesOtherCommands()
    {
        QTemporaryDir dir;
        QTemporaryDir state;
        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        sandbox.start(kBinary,
            {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--state-dir"), state.path(), QStringLiteral("--json")});
        QVERIFY(sandbox.waitForStarted(10000));
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += sandbox.readAllStandardOutput(), QJsonDocument::fromJson(banner).isObject()),
            kProcessTimeoutMs);
        const QJsonObject description = QJsonDocument::fromJson(banner).object();
        const QString url = description.value(QStringLiteral("url")).toString();
        const QString ca = description.value(QStringLiteral("caCertificate")).toString();
        QVERIFY(url.startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(QFileInfo::exists(ca));
        QVERIFY(!description.value(QStringLiteral("clients")).toArray().isEmpty());
        m_outputs << banner;

        const QString id = importSandboxClient(dir.path(), sandboxClient("stock"), QStringLiteral("Stock"));
        QVERIFY(!id.isEmpty());
        Run check = run({QStringLiteral("check"), id, QStringLiteral("--config-dir"), dir.path(),
                            QStringLiteral("--sandbox-url"), url, QStringLiteral("--sandbox-ca"), ca},
            dir.path(), {}, {}, false);
        QCOMPARE(check.exitCode, 0);

        // SIGTERM stops it cleanly.
        QSignalSpy finished(&sandbox, &QProcess::finished);
        sandbox.terminate();
        QVERIFY(finished.wait(kProcessTimeoutMs));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
        m_outputs << sandbox.readAllStandardOutput() << sandbox.readAllStandardError();
    }

    // Last: nothing secret in any argument list or output of all the runs above.
    void secretsNeverInArgumentsOrOutput()
    {
        QVERIFY(m_runs > 20);
        QVERIFY2(m_secretsInArguments.isEmpty(), m_secretsInArguments.join(", ").constData());
        QList<QByteArray> secrets = m_secrets;
        secrets << m_privateKeyLines;
        for (const QByteArray &output : std::as_const(m_outputs)) {
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!output.contains(secret), "a secret appeared in the output of a run");
            QVERIFY2(!output.contains("eyJ"), "an access token appeared in the output of a run");
            QVERIFY(!output.contains("PRIVATE KEY"));
        }
        SecretScan scan; // also base64/URL-encoded forms, the temporary folder and stdout/stderr
        scan.addSecrets(secrets);
        scan.addTemporaryDirectory();
        for (const QByteArray &output : std::as_const(m_outputs))
            scan.addOutput(output);
        QVERIFY2(scan.clean(), qPrintable(scan.report()));
    }

private:
    // Runs the binary with the sandbox and the folder as global options; secrets only via env/stdin.
    Run run(QStringList arguments, const QString &configDir,
        const QList<std::pair<QString, QString>> &environment = {}, const QByteArray &input = {},
        bool withGlobalOptions = true)
    {
        if (withGlobalOptions)
            arguments << sandboxOptions(configDir, m_server, m_caFile);
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            if (arguments.join(QLatin1Char(' ')).toUtf8().contains(secret))
                m_secretsInArguments << secret;
        }
        // The sandbox the binary talks to runs in this process (runProgram waits with an event loop).
        const Run result = runProgram(kBinary, arguments, environment, input, kProcessTimeoutMs);
        m_outputs << result.out << result.err;
        ++m_runs;
        if (QTest::currentTestFailed() || result.exitCode < 0)
            qWarning().noquote() << arguments.first() << "stdout:" << result.out << "stderr:" << result.err;
        return result;
    }

    // Seeds a configuration through `import` of the client's Developer Console download (with its
    // own secret, or secretOverride via the environment). Returns the new id, empty on failure.
    QString importSandboxClient(const QString &configDir, const ims::SandboxClient &client,
        const QString &title, const QByteArray &secretOverride = {})
    {
        QTemporaryDir files;
        const QString file = files.filePath(QStringLiteral("credential.json"));
        QFile credential(file);
        if (!credential.open(QIODevice::WriteOnly))
            return {};
        credential.write(QByteArray::fromStdString(ims::sandboxCredentialJson(client)));
        credential.close();
        QStringList arguments {QStringLiteral("import"), file, QStringLiteral("--server"),
            m_server.url().toString(), QStringLiteral("--sandbox"), QStringLiteral("--title"), title,
            QStringLiteral("--json")};
        QList<std::pair<QString, QString>> environment;
        if (!secretOverride.isEmpty()) {
            arguments << QStringLiteral("--secret-env") << QStringLiteral("IMS_TEST_SECRET");
            environment.append({QStringLiteral("IMS_TEST_SECRET"), QString::fromUtf8(secretOverride)});
        }
        const Run imported = run(arguments, configDir, environment);
        if (imported.exitCode != 0)
            return {};
        return imported.json()
            .value(QStringLiteral("found"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    // A JWT configuration as the wizard saves it (key and secret in the keychain, the certificate
    // bound to the sandbox client), written directly: the command line does not create JWT ones.
    void seedJwtConfiguration(const QString &configDir, const ims::SandboxClient &client,
        ims::Configuration &config, ims::KeyAndCertificate &pair)
    {
        ims::CertificateRequest request;
        request.commonName = "aem-ims-cli-test";
        auto made = ims::makeSelfSignedCertificate(request);
        QVERIFY(made);
        pair = made.value();
        auto keyPem = pair.key.toPkcs8Pem();
        auto certificatePem = pair.certificate.toPem();
        QVERIFY(keyPem && certificatePem);
        const QList<QByteArray> keyLines
            = QByteArray(keyPem.value().reveal().data(), qsizetype(keyPem.value().size())).split('\n');
        m_privateKeyLines << keyLines.value(2) << keyLines.value(keyLines.size() / 2);
        QVERIFY(!m_server.rules().bindCertificate(client.clientId, pair.certificate));

        config.id = ims::newConfigurationId();
        config.title = "Target JWT";
        config.solutionId = client.solutionId;
        config.authType = ims::AuthType::Jwt;
        config.authorizationServer = m_server.url().toString(QUrl::StripTrailingSlash).toStdString();
        config.clientId = client.clientId;
        config.orgId = client.orgId;
        config.technicalAccountId = client.technicalAccountId;
        config.technicalAccountEmail = client.technicalAccountEmail;
        config.metascopes = client.metascopes;
        config.clientSecretRef = ims::clientSecretKey(config.id);
        config.privateKeyRef = ims::privateKeyKey(config.id);
        config.certificateAlias = "aem-ims";
        config.certificatePem = certificatePem.value();
        config.sandbox = true;
        config.createdAt = config.updatedAt = QDateTime::currentSecsSinceEpoch();

        KeychainSecretStore keychain;
        ims::ChunkingSecretStore secrets(keychain); // as AppContext stores them
        int written = 0;
        bool failed = false;
        auto done = [&](std::optional<ims::Error> error) {
            failed = failed || error.has_value();
            ++written;
        };
        secrets.write(config.clientSecretRef, ims::Secret(client.clientSecret), done);
        secrets.write(config.privateKeyRef, keyPem.value(), done);
        QTRY_COMPARE_WITH_TIMEOUT(written, 2, kKeychainTimeoutMs);
        QVERIFY(!failed);
        ims::ConfigurationStore store(
            QDir(configDir).filePath(QStringLiteral("configurations.json")).toStdString());
        QVERIFY(!store.upsert(config));
    }

    std::optional<ims::Secret> readKeychain(const std::string &key)
    {
        KeychainSecretStore keychain;
        bool finished = false;
        std::optional<ims::Secret> value;
        keychain.read(key, [&](std::optional<ims::Secret> secret, std::optional<ims::Error>) {
            value = std::move(secret);
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, kKeychainTimeoutMs))
            qWarning() << "keychain read timed out";
        return value;
    }

    QStringList listIds(const QString &configDir)
    {
        QStringList ids;
        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")}, configDir);
        for (const QJsonValue &config : list.json().value(QStringLiteral("configurations")).toArray())
            ids << config.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    QStringList authTypes(const QString &configDir)
    {
        QStringList types;
        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")}, configDir);
        for (const QJsonValue &config : list.json().value(QStringLiteral("configurations")).toArray())
            types << config.toObject().value(QStringLiteral("authType")).toString();
        return types;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_sandboxDir;
    QTemporaryDir m_scratch;
    SandboxServer m_server;
    QString m_caFile;
    QList<QByteArray> m_secrets;
    QList<QByteArray> m_privateKeyLines;
    QList<QByteArray> m_outputs;
    QList<QByteArray> m_secretsInArguments;
    int m_runs = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
