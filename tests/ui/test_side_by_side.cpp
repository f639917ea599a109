// The console window and the command line side by side, as a partner works: the window is open
// on a configuration directory (holding its session lock, as ims-wizard's main() does) while the
// real `ims-wizard check` and `ims-wizard import` binaries run against the same directory, the real
// keychain and the real sandbox over HTTPS. They must succeed, and the window must show what they
// changed without being told. A second window on the same directory is refused; starting the
// real binary again on it brings the open window forward instead.

#include "appcontext.h"
#include "configurationmodel.h"
#include "healthrunner.h"
#include "instancechannel.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <QJsonArray>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <imscore/sandbox.h>
#include <imscore/store.h>

#include <memory>

namespace {

constexpr int kProcessTimeoutMs = 60000;
const QString kBinary = QStringLiteral(IMS_BINARY_DIR "/app/ims-wizard");

} // namespace

class TestSideBySide : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(kBinary).isExecutable());
        m_caFile = m_scratch.filePath(QStringLiteral("sandbox-ca.pem"));
        startSandboxWithCaFile(m_server, m_sandboxDir.path(), m_caFile);
        if (QTest::currentTestFailed())
            return;
        m_keychain = std::make_unique<KeychainSecretStore>();

        const ims::SandboxClient &target = sandboxClient("target");
        ims::Configuration config = ims::sandboxClientConfiguration(target, m_server.url().toString().toStdString());
        config.title = "Acme Target";
        m_id = QString::fromStdString(config.id);
        m_refs << config.clientSecretRef;
        QVERIFY(writeSecretAndWait(*m_keychain, config.clientSecretRef, target.clientSecret));
        ims::ConfigurationStore store(std::filesystem::path(m_configDir.path().toStdString()) / "configurations.json");
        QVERIFY(!store.save({config}));
    }

    void commandLineBesideTheWindow()
    {
        AppContext context(m_configDir.path(), m_keychain.get());
        QVERIFY(!context.lockInstance());
        context.useSandbox(m_server.url(), {m_server.caCertificate()});
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.model()->rowCount(), 1);
        QVERIFY(!window.model()->configuration(m_id)->lastHealth());
        QVERIFY(!context.store().isLocked()); // the store itself is locked only while writing

        // A second window on the same directory is refused; one on another directory is not.
        AppContext second(m_configDir.path(), m_keychain.get());
        const auto refused = second.lockInstance();
        QVERIFY(refused);
        QCOMPARE(refused->code, ims::ErrorCode::StoreLocked);
        QTemporaryDir elsewhere;
        AppContext third(elsewhere.path(), m_keychain.get());
        QVERIFY(!third.lockInstance());

        // `ims-wizard check --all` while the window is open: it runs, and the window shows its result.
        QSignalSpy reloaded(&context, &AppContext::configurationsChangedElsewhere);
        QSignalSpy reset(window.model(), &QAbstractItemModel::modelReset);
        window.selectConfiguration(m_id);
        QAbstractItemModel *shown = window.view()->model();
        window.view()->setCurrentIndex(shown->index(0, 0));
        QVERIFY(window.view()->currentIndex().isValid());
        Run check = run({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, check.out + check.err);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->configuration(m_id)->lastHealth(), 5000);
        QVERIFY(window.model()->configuration(m_id)->lastHealth()->ok);
        QCOMPARE(reloaded.count(), 1); // one reload for one write, after the quiet period
        // The same rows changed in place: the user's current row and selection stay where they were.
        QCOMPARE(reset.count(), 0);
        QVERIFY(window.view()->currentIndex().isValid());
        QVERIFY(window.view()->selectionModel()->isRowSelected(window.view()->currentIndex().row(), {}));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("another program")));

        // `ims-wizard import` while the window is open: the new configuration appears in it.
        reloaded.clear();
        Run imported = run({QStringLiteral("import"), samplePath("devconsole-credential-oauth.json"),
                            QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.out + imported.err);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 2, 5000);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(reset.count(), 1); // a new row: the list is laid out again
        const QString newId = imported.json().value(QStringLiteral("found")).toArray().first().toObject()
                                  .value(QStringLiteral("id")).toString();
        if (!newId.isEmpty())
            m_refs << ims::clientSecretKey(newId.toStdString());
        window.grab().save(QStringLiteral(IMS_BINARY_DIR "/side-by-side.png"));

        // The window's own writes are recognised: a check from the console reloads nothing.
        reloaded.clear();
        window.selectConfiguration(m_id);
        window.checkSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!window.healthRunner()->busy(), 15000);
        QTest::qWait(400); // longer than the quiet period
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(window.model()->configuration(m_id)->health.size(), std::size_t(2));
        QVERIFY(window.view()->selectionModel()->hasSelection()); // and the selection is where it was

        // An edit in place by another program (same file, new content) is seen too.
        reloaded.clear();
        QFile file(QString::fromStdString(context.store().path().string()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray document = file.readAll();
        QVERIFY(document.contains("\"Acme Target\""));
        document.replace("\"Acme Target\"", "\"Renamed elsewhere\"");
        QVERIFY(file.resize(0));
        QCOMPARE(file.write(document), document.size());
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->configuration(m_id)->title, std::string("Renamed elsewhere"), 5000);
        QCOMPARE(reloaded.count(), 1);
    }

    void aSecondStartBringsTheWindowForward()
    {
        AppContext context(m_configDir.path(), m_keychain.get());
        QVERIFY(!context.lockInstance());
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InstanceChannel channel(m_configDir.path());
        connect(&channel, &InstanceChannel::activationRequested, &window, &MainWindow::bringToFront);
        QString error;
        QVERIFY2(channel.listen(&error), qPrintable(error));
        QSignalSpy activated(&channel, &InstanceChannel::activationRequested);

        // Anything but the one request is ignored.
        {
            QLocalSocket stranger;
            stranger.connectToServer(channel.serverName());
            QVERIFY(stranger.waitForConnected(5000));
            stranger.write("open everything\n");
            QVERIFY(stranger.waitForBytesWritten(5000));
            QTRY_COMPARE_WITH_TIMEOUT(stranger.state(), QLocalSocket::UnconnectedState, 5000);
            QCOMPARE(activated.count(), 0);
        }
        // Another directory has another channel: nobody answers for it.
        QTemporaryDir elsewhere;
        QVERIFY(InstanceChannel::serverNameFor(elsewhere.path()) != channel.serverName());
        QVERIFY(!InstanceChannel::activateRunning(elsewhere.path(), 500));

        // The real binary started again on the same directory: it exits 0 at once, the window
        // comes forward and says why.
        const Run second = runProgram(kBinary, {QStringLiteral("--config-dir"), m_configDir.path()}, {}, {}, 20000);
        QVERIFY2(second.exitCode == 0, second.both());
        QCOMPARE(activated.count(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("started again")));
    }

    void cleanupTestCase()
    {
        int pending = 0;
        for (const std::string &ref : std::as_const(m_refs)) {
            ++pending;
            m_keychain->remove(ref, [&](std::optional<ims::Error>) { --pending; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 15000);
    }

private:
    Run run(QStringList arguments)
    {
        arguments << sandboxOptions(m_configDir.path(), m_server, m_caFile);
        // The sandbox the binary talks to runs in this process (runProgram waits with an event loop).
        return runProgram(kBinary, arguments, {}, {}, kProcessTimeoutMs);
    }

    QTemporaryDir m_sandboxDir;
    QTemporaryDir m_configDir;
    QTemporaryDir m_scratch;
    QString m_caFile;
    QString m_id;
    QList<std::string> m_refs;
    SandboxServer m_server;
    std::unique_ptr<KeychainSecretStore> m_keychain;
};

QTEST_MAIN(TestSideBySide)
#include "test_side_by_side.moc"
