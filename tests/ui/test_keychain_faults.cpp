// Keychain faults, end to end with the real binary and real D-Bus sessions:
// - no Secret Service on the bus (a private dbus-daemon that can activate nothing),
// - access denied (a Secret Service on a private bus, played by this test, that denies every call),
// - a locked keyring (a private gnome-keyring, locked through the Secret Service API),
// - an entry deleted behind the tool's back (the shared test keyring, entry removed with secret-tool;
//   then found by the command line's check and by the console's Properties, and entered again).
// Each fault must give its own clear message, and no configuration is ever saved without its
// secret; a configuration whose secret went away is kept, marked "secret missing".

#include "appcontext.h"
#include "configurationmodel.h"
#include "healthrunner.h"
#include "keychainsecretstore.h"
#include "propertiesdialog.h"
#include "sandboxserver.h"
#include "secretscan.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <imscore/sandbox.h>
#include <imscore/store.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusObjectPath>
#include <QDBusVirtualObject>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

constexpr int kProcessTimeoutMs = 60000;
const QString kBinary = QStringLiteral(IMS_BINARY_DIR "/app/ims-wizard");
const QByteArray kTestSecret = "faults-test-secret-5e0a9c77";
const QString kGuiService = QStringLiteral("io.imswizard.ImsWizard.faulttest");

// A bus that knows no services: nothing can be activated, so no Secret Service unless someone
// registers one.
const char kBusConfig[] = R"(<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

// Answers every call to the Secret Service with org.freedesktop.DBus.Error.AccessDenied, as a
// keychain does when a policy or the user refuses the application.
class DenyingSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        ++calls;
        connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
                                                 QStringLiteral("refused by the test's keychain policy")));
        return true;
    }
    int calls = 0;
};

} // namespace

class TestKeychainFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(QFileInfo(kBinary).isExecutable());
        QVERIFY(m_scratch.isValid() && m_sandboxDir.isValid());
        m_caFile = m_scratch.filePath(QStringLiteral("sandbox-ca.pem"));
        startSandboxWithCaFile(m_server, m_sandboxDir.path(), m_caFile);
        if (QTest::currentTestFailed())
            return;
        m_scan.addSecret(QByteArray::fromStdString(target().clientSecret));
        m_scan.addSecret(kTestSecret);
    }

    void cleanupTestCase()
    {
        for (qint64 pid : std::as_const(m_keyringPids))
            ::kill(pid_t(pid), SIGTERM);
        for (QProcess *bus : std::as_const(m_buses)) {
            bus->terminate();
            bus->waitForFinished(5000);
            delete bus;
        }
        m_scan.addDirectory(m_scratch.path());
        m_scan.addTemporaryDirectory();
        m_scan.exclude(m_scratch.filePath(QStringLiteral("credential.json"))); // the user's download
        QVERIFY2(m_scan.clean(), qPrintable(m_scan.report()));
    }

    // No Secret Service at all: a clear "No keychain", and nothing saved — no plain-file fallback.
    void noSecretServiceSavesNothing()
    {
        const QString bus = startBus();
        QVERIFY(!bus.isEmpty());
        QTemporaryDir config;
        const Run imported = importTarget(config.path(), {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus}});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2((imported.out + imported.err).contains("No keychain"), imported.err.constData());
        QVERIFY((imported.out + imported.err).contains("never stores secrets in plain files"));
        QCOMPARE(errorCode(imported), QStringLiteral("keychain_unavailable"));
        QCOMPARE(storedCount(config.path()), 0);
        noSecretInFolder(config.path());

        // No session bus at all behaves the same.
        const Run noBus = importTarget(config.path(), {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                                        QStringLiteral("unix:path=/nonexistent/bus")}});
        QCOMPARE(noBus.exitCode, 1);
        QCOMPARE(errorCode(noBus), QStringLiteral("keychain_unavailable"));
        QCOMPARE(storedCount(config.path()), 0);
    }

    // The keychain refuses: "Keychain access denied", nothing saved.
    void accessDeniedSavesNothing()
    {
        const QString address = startBus();
        QVERIFY(!address.isEmpty());
        QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("denying"));
        QVERIFY(bus.isConnected());
        DenyingSecretService service;
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &service,
                                          QDBusConnection::SubPath));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

        QTemporaryDir config;
        const Run imported = importTarget(config.path(), {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address}});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2((imported.out + imported.err).contains("Keychain access denied"), imported.out.constData());
        QCOMPARE(errorCode(imported), QStringLiteral("keychain_denied"));
        QVERIFY(service.calls > 0); // the refusal really came over D-Bus
        QCOMPARE(storedCount(config.path()), 0);
        noSecretInFolder(config.path());
        bus.unregisterService(QStringLiteral("org.freedesktop.secrets"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/secrets"), QDBusConnection::UnregisterTree);
        QDBusConnection::disconnectFromBus(QStringLiteral("denying"));
    }

    // A locked keyring: "Keychain locked" for writing, reading and the check — never "secret
    // missing", and the configuration is not marked.
    void lockedKeyringIsNotAMissingSecret()
    {
        const QString address = startBus();
        QVERIFY(!address.isEmpty());
        QTemporaryDir home;
        QVERIFY(startKeyring(address, home.path()));
        QList<std::pair<QString, QString>> env = privateSession(address, home.path());

        QTemporaryDir config;
        const Run first = importTarget(config.path(), env);
        QCOMPARE(first.exitCode, 0); // the private keyring works while unlocked
        const QString id = importedId(first);
        QVERIFY(!id.isEmpty());

        QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("locking"));
        QVERIFY(bus.isConnected());
        QDBusMessage lock = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
            QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath> {
            QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
        const QDBusMessage locked = bus.call(lock, QDBus::Block, 10000);
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));
        QDBusConnection::disconnectFromBus(QStringLiteral("locking"));

        const Run second = importTarget(config.path(), env);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2((second.out + second.err).contains("Keychain locked"), second.out.constData());
        QCOMPARE(errorCode(second), QStringLiteral("keychain_locked"));
        QCOMPARE(storedCount(config.path()), 1); // only the first one

        const Run check = run({QStringLiteral("check"), id, QStringLiteral("--json")}, config.path(), env);
        QCOMPARE(check.exitCode, 1);
        const QJsonObject result = check.json().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("keychain_locked"));
        QVERIFY(!stored(config.path(), id).secretMissing); // locked is not gone

        const Run reenter = run({QStringLiteral("set-secret"), id, QStringLiteral("--secret-env"),
                                 QStringLiteral("IMS_TEST_SECRET")},
                                config.path(), env + QList<std::pair<QString, QString>> {{QStringLiteral("IMS_TEST_SECRET"), QString::fromUtf8(kTestSecret)}});
        QCOMPARE(reenter.exitCode, 1);
        QVERIFY(reenter.err.contains("Keychain locked"));
    }

    // Deleted behind the tool's back: the check says "Secret missing" and marks the configuration;
    // `set-secret` puts it back, and the check passes again.
    void deletedEntryFoundAndEnteredAgainOnTheCommandLine()
    {
        QTemporaryDir config;
        const Run imported = importTarget(config.path(), {});
        QCOMPARE(imported.exitCode, 0);
        const QString id = importedId(imported);
        const std::string ref = stored(config.path(), id).clientSecretRef;
        QVERIFY(!ref.empty());

        QCOMPARE(QProcess::execute(QStringLiteral("secret-tool"),
                                   {QStringLiteral("clear"), QStringLiteral("user"), QString::fromStdString(ref),
                                    QStringLiteral("server"), KeychainSecretStore::defaultService()}),
                 0);

        const Run check = run({QStringLiteral("check"), id}, config.path(), {});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains("Secret missing"), check.out.constData());
        QVERIFY(check.out.contains("ims-wizard set-secret"));
        QVERIFY(stored(config.path(), id).secretMissing);
        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")}, config.path(), {});
        QVERIFY(list.json().value(QStringLiteral("configurations")).toArray().first().toObject()
                    .value(QStringLiteral("secretMissing")).toBool());

        const Run reenter = run({QStringLiteral("set-secret"), id, QStringLiteral("--secret-stdin")}, config.path(),
                                {}, QByteArray::fromStdString(target().clientSecret));
        QCOMPARE(reenter.exitCode, 0);
        QVERIFY(!stored(config.path(), id).secretMissing);
        const Run again = run({QStringLiteral("check"), id}, config.path(), {});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("OK"));
    }

    // The same in the console: a check marks it, the table says so, Properties finds it on open
    // and takes the secret again.
    void deletedEntryFoundAndEnteredAgainInTheConsole()
    {
        QTemporaryDir dir;
        KeychainSecretStore keychain(kGuiService);
        AppContext context(dir.path(), &keychain);
        ims::Configuration config;
        config.id = ims::newConfigurationId();
        config.title = "Console fault";
        config.solutionId = "target";
        config.clientId = "console-fault-client";
        config.clientSecretRef = ims::clientSecretKey(config.id);
        bool written = false;
        context.secrets()->write(config.clientSecretRef, ims::Secret(kTestSecret.toStdString()),
                                 [&](std::optional<ims::Error> e) { written = !e; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        QVERIFY(!context.store().upsert(config));

        // Behind the app's back, through the keychain's own API (a second, unrelated client).
        deleteEntry(config.clientSecretRef);

        HealthRunner runner(&context);
        int finished = 0;
        ims::ErrorCode code = ims::ErrorCode::None;
        connect(&runner, &HealthRunner::finished, this, [&](const ims::Configuration &, const ims::HealthReport &report) {
            code = report.error.code;
            ++finished;
        });
        runner.enqueue(config);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 15000);
        QCOMPARE(code, ims::ErrorCode::SecretMissing);
        QVERIFY(stored(dir.path(), qs(config.id)).secretMissing);
        ConfigurationModel model;
        model.setConfigurations(context.store().load().value());
        QVERIFY(model.index(0, ConfigurationModel::HealthColumn).data().toString().contains(QLatin1String("Secret missing")));

        // Re-entered in Properties: keychain first, then the mark goes.
        {
            PropertiesDialog dialog(&context, stored(dir.path(), qs(config.id)));
            auto *state = dialog.findChild<QLineEdit *>(QStringLiteral("secretStateField"));
            QVERIFY(state && state->text().contains(QLatin1String("missing")));
            dialog.findChild<QPushButton *>(QStringLiteral("reenterSecretButton"))->click();
            auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("newSecretEdit"));
            QVERIFY(edit && edit->echoMode() == QLineEdit::Password);
            QTest::keyClicks(edit, QString::fromUtf8(kTestSecret));
            dialog.findChild<QPushButton *>(QStringLiteral("saveSecretButton"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(!stored(dir.path(), qs(config.id)).secretMissing, 15000);
            QVERIFY(edit->text().isEmpty());
            QVERIFY(state->text().contains(QLatin1String("saved")));
        }
        QCOMPARE(readEntry(config.clientSecretRef), kTestSecret);

        // Deleted again: opening Properties is enough to find out.
        deleteEntry(config.clientSecretRef);
        {
            PropertiesDialog dialog(&context, stored(dir.path(), qs(config.id)));
            auto *state = dialog.findChild<QLineEdit *>(QStringLiteral("secretStateField"));
            QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("missing")), 15000);
            QVERIFY(stored(dir.path(), qs(config.id)).secretMissing);
        }
        deleteEntry(config.clientSecretRef);
        m_scan.addDirectory(dir.path());
    }

private:
    static const ims::SandboxClient &target()
    {
        for (const auto &c : ims::sandboxOrganisation())
            if (c.solutionId == "target")
                return c;
        return ims::sandboxOrganisation().front();
    }

    // A private dbus-daemon with kBusConfig; returns its address.
    QString startBus()
    {
        const QString configFile = m_scratch.filePath(QStringLiteral("bus.conf"));
        QFile file(configFile);
        if (!file.exists()) {
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(kBusConfig);
            file.close();
        }
        auto *bus = new QProcess;
        bus->start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--config-file=") + configFile, QStringLiteral("--nofork"),
                    QStringLiteral("--print-address=1")});
        m_buses << bus;
        if (!bus->waitForStarted(10000))
            return {};
        QByteArray line;
        while (!line.contains('\n') && bus->waitForReadyRead(10000))
            line += bus->readAllStandardOutput();
        return QString::fromUtf8(line.trimmed());
    }

    // HOME and XDG folders of their own, so the private keyring never touches the shared one.
    static QList<std::pair<QString, QString>> privateSession(const QString &address, const QString &home)
    {
        return {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address},
                {QStringLiteral("HOME"), home},
                {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data")},
                {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config")},
                {QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache")},
                {QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run")}};
    }

    // A gnome-keyring of its own on that bus, unlocked with a throw-away password.
    bool startKeyring(const QString &address, const QString &home)
    {
        for (const char *sub : {"/data", "/config", "/cache", "/run"})
            QDir().mkpath(home + QLatin1String(sub));
        QFile::setPermissions(home + QStringLiteral("/run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcess keyring;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : privateSession(address, home))
            env.insert(name, value);
        keyring.setProcessEnvironment(env);
        keyring.start(QStringLiteral("gnome-keyring-daemon"),
                      {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--daemonize")});
        keyring.write("faults-test-keyring-password");
        keyring.closeWriteChannel();
        if (!keyring.waitForFinished(20000))
            return false;
        // Wait until it owns the Secret Service name on that bus; its process id comes from the bus.
        QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("probe"));
        const bool up = QTest::qWaitFor(
            [&] { return bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value(); },
            10000);
        if (up) {
            const QDBusReply<uint> pid = bus.interface()->servicePid(QStringLiteral("org.freedesktop.secrets"));
            if (pid.isValid())
                m_keyringPids << qint64(pid.value());
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("probe"));
        return up && !m_keyringPids.isEmpty();
    }

    Run importTarget(const QString &configDir, const QList<std::pair<QString, QString>> &environment)
    {
        const QString file = m_scratch.filePath(QStringLiteral("credential.json"));
        QFile credential(file);
        if (!credential.exists() && credential.open(QIODevice::WriteOnly)) {
            credential.write(QByteArray::fromStdString(ims::sandboxCredentialJson(target())));
            credential.close();
        }
        return run({QStringLiteral("import"), file, QStringLiteral("--server"), m_server.url().toString(),
                    QStringLiteral("--sandbox"), QStringLiteral("--title"), QStringLiteral("Fault test"),
                    QStringLiteral("--json")},
                   configDir, environment);
    }

    static QString importedId(const Run &imported)
    {
        return imported.json().value(QStringLiteral("found")).toArray().first().toObject()
            .value(QStringLiteral("id")).toString();
    }

    static QString errorCode(const Run &r)
    {
        return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }

    Run run(QStringList arguments, const QString &configDir, const QList<std::pair<QString, QString>> &environment,
            const QByteArray &input = {})
    {
        arguments << sandboxOptions(configDir, m_server, m_caFile);
        // The sandbox and the denying keychain live in this process (runProgram waits with an event loop).
        const Run result = runProgram(kBinary, arguments, environment, input, kProcessTimeoutMs);
        m_scan.addOutput(result.out);
        m_scan.addOutput(result.err);
        if (QTest::currentTestFailed() || result.exitCode != 0)
            qInfo().noquote() << arguments.first() << "exit" << result.exitCode << "stdout:" << result.out
                              << "stderr:" << result.err;
        return result;
    }

    static int storedCount(const QString &configDir)
    {
        const auto loaded = ims::ConfigurationStore(QDir(configDir).filePath(QStringLiteral("configurations.json")).toStdString()).load();
        return loaded ? int(loaded.value().size()) : -1;
    }

    static ims::Configuration stored(const QString &configDir, const QString &id)
    {
        const auto loaded = ims::ConfigurationStore(QDir(configDir).filePath(QStringLiteral("configurations.json")).toStdString()).load();
        if (loaded)
            for (const auto &c : loaded.value())
                if (qs(c.id) == id)
                    return c;
        return {};
    }

    void noSecretInFolder(const QString &dir)
    {
        SecretScan scan;
        scan.addSecret(QByteArray::fromStdString(target().clientSecret));
        scan.addDirectory(dir);
        QVERIFY2(scan.clean(), qPrintable(scan.report()));
    }

    void deleteEntry(const std::string &key)
    {
        KeychainSecretStore other(kGuiService);
        bool done = false;
        other.remove(key, [&](std::optional<ims::Error> e) {
            QVERIFY(!e);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }

    QByteArray readEntry(const std::string &key)
    {
        KeychainSecretStore other(kGuiService);
        QByteArray value;
        bool done = false;
        other.read(key, [&](std::optional<ims::Secret> s, std::optional<ims::Error>) {
            if (s)
                value = QByteArray(s->reveal().data(), qsizetype(s->size()));
            done = true;
        });
        // A job still pending is deleted with `other` below, so its callback cannot outlive `value`.
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            qWarning("the keychain did not answer within 15 s");
        return value;
    }

    QTemporaryDir m_scratch;
    QTemporaryDir m_sandboxDir;
    SandboxServer m_server;
    QString m_caFile;
    QList<QProcess *> m_buses;
    QList<qint64> m_keyringPids;
    SecretScan m_scan;
};

QTEST_MAIN(TestKeychainFaults)
#include "test_keychain_faults.moc"
