// The fault matrix: for every sandbox fault mode, the real wizard (offscreen) against the real
// sandbox over HTTPS on loopback. Each fault must end in its own ErrorCode and its own message,
// the event loop must keep running (a timer keeps firing), and nothing may be saved. The redirect
// target must never see a request, so never the secret.

#include "appcontext.h"
#include "healthcheck.h"
#include "imswizard.h"
#include "messages.h"
#include "qttransport.h"
#include "sandboxserver.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <imscore/sandbox.h>
#include <imscore/sandbox_faults.h>
#include <imscore/secret_store.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr auto kTransportTimeout = std::chrono::milliseconds(2000);
constexpr int kWaitMs = 15000;

// Counts writes: the wizard must not store anything for a failed check.
class CountingSecretStore : public ims::InMemorySecretStore
{
public:
    void write(const std::string &key, const ims::Secret &value, Done done) override
    {
        ++writes;
        InMemorySecretStore::write(key, value, std::move(done));
    }
    int writes = 0;
};

// Measures the longest pause of the event loop while it runs.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_clock.start();
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
            ++beats;
        });
        m_timer.start();
    }
    qint64 longestPauseMs() const { return m_longest; }
    int beats = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

const ims::SandboxClient &targetClient()
{
    return sandboxClient("target");
}

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void setText(QWizard &wizard, const char *name, const QString &text)
{
    auto *edit = wizard.currentPage()->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_sandboxDir.isValid());
        QString error;
        QVERIFY2(m_server.start(m_sandboxDir.path(), 0, &error), qPrintable(error));
    }

    void cleanup() { m_server.setFault(nullptr); }

    // Every fault, selected for the whole sandbox (as `--fault NAME` and the GUI's combo do),
    // through the real wizard.
    void wizardReportsEachFault_data()
    {
        QTest::addColumn<QString>("name");
        for (const ims::SandboxFault &fault : ims::sandboxFaults())
            QTest::newRow(fault.name.data()) << qstr(fault.name);
    }
    void wizardReportsEachFault()
    {
        QFETCH(QString, name);
        const ims::SandboxFault *fault = ims::findSandboxFault(name.toStdString());
        QVERIFY(fault);
        QString error;
        QVERIFY2(m_server.setFault(fault, &error), qPrintable(error));

        QTemporaryDir configDir;
        CountingSecretStore secrets;
        AppContext context(configDir.path(), &secrets);
        context.useSandbox(m_server.url(), {m_server.caCertificate()});
        context.transport()->setTimeout(kTransportTimeout);
        const int redirectConnectionsBefore = m_server.redirectTargetConnections();

        const ims::SandboxClient &client = targetClient();
        ImsWizard wizard(&context);
        wizard.show();
        toCredentialsPage(wizard);
        if (QTest::currentTestFailed())
            return;
        setText(wizard, "clientIdEdit", qstr(client.clientId));
        setText(wizard, "clientSecretEdit", qstr(client.clientSecret));
        setText(wizard, "orgIdEdit", qstr(client.orgId));
        setText(wizard, "techAccountIdEdit", qstr(client.technicalAccountId));
        setText(wizard, "techAccountEmailEdit", qstr(client.technicalAccountEmail));
        setText(wizard, "scopesEdit", qstr(ims::joinScopes(client.scopes)));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        Heartbeat heartbeat;
        QElapsedTimer elapsed;
        elapsed.start();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::HealthPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.lastReport().has_value() && !wizard.state().checkRunning, kWaitMs);
        const qint64 tookMs = elapsed.elapsed();
        const ims::HealthReport &report = *wizard.lastReport();
        auto *status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("healthStatusLabel"));
        auto *message = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("healthMessage"));
        QVERIFY(status && message);
        const UserMessage expected = Messages::describe(ims::makeError(fault->expected));

        if (fault->expected == ims::ErrorCode::ClockSkew) {
            // The check succeeds; the skew is found in the Date header and explained beside it.
            QVERIFY(report.ok);
            QVERIFY(report.warning);
            QCOMPARE(report.warning->code, ims::ErrorCode::ClockSkew);
            QVERIFY(std::llabs(report.warning->clockSkewSeconds - 600) <= 5);
            auto *skew = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("clockSkewLabel"));
            QVERIFY(skew);
            QVERIFY2(skew->text().contains(expected.title), qPrintable(skew->text()));
            QVERIFY2(skew->text().contains(QLatin1String("behind")), qPrintable(skew->text()));
            QVERIFY2(skew->text().contains(QLatin1String("600")), qPrintable(skew->text()));
        } else {
            QVERIFY(!report.ok);
            QCOMPARE(ims::errorCodeName(report.error.code), ims::errorCodeName(fault->expected));
            // The specific message, not a generic one.
            QVERIFY2(status->text().contains(expected.title), qPrintable(status->text()));
            QVERIFY2(message->text().contains(expected.remedy), qPrintable(message->text()));
            for (ims::ErrorCode generic : {ims::ErrorCode::NetworkFailure, ims::ErrorCode::TlsFailure,
                     ims::ErrorCode::UnknownImsError, ims::ErrorCode::UnexpectedStatus,
                     ims::ErrorCode::ConnectionClosed}) {
                if (generic != fault->expected)
                    QVERIFY(!message->text().contains(Messages::describe(ims::makeError(generic)).text));
            }
            QVERIFY2(message->text().contains(expected.text) || fault->expected == ims::ErrorCode::Throttled,
                     qPrintable(message->text()));
            // A failed check never lets the wizard go on to save.
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        }

        qInfo("%s: %lld ms, longest event-loop pause %lld ms", qPrintable(name), tookMs,
              heartbeat.longestPauseMs());
        // The UI stayed responsive the whole time.
        QVERIFY2(heartbeat.beats >= int(tookMs / 20) / 4,
                 qPrintable(QStringLiteral("%1 beats in %2 ms").arg(heartbeat.beats).arg(tookMs)));
        QVERIFY2(heartbeat.longestPauseMs() < 1000,
                 qPrintable(QStringLiteral("event loop paused %1 ms").arg(heartbeat.longestPauseMs())));
        // Bounded: nothing waits longer than the transport's time limit plus a margin.
        QVERIFY2(tookMs < kTransportTimeout.count() + 5000, qPrintable(QString::number(tookMs)));

        // Nothing saved, nothing half-done.
        wizard.reject();
        QCOMPARE(secrets.writes, 0);
        QCOMPARE(secrets.size(), std::size_t(0));
        QVERIFY(!QFile::exists(configDir.filePath(QStringLiteral("configurations.json"))));
        const auto stored = context.store().load();
        QVERIFY(!stored || stored.value().empty());

        if (fault->action == ims::FaultAction::RedirectOtherHost) {
            // Not followed: the other host saw no connection, so never the secret.
            QCOMPARE(m_server.redirectTargetConnections(), redirectConnectionsBefore);
            QVERIFY(!m_server.redirectTargetReceived().contains(QByteArray::fromStdString(client.clientSecret)));
            QVERIFY(report.error.detail.find(m_server.redirectTargetUrl().host().toStdString()) != std::string::npos);
        }
    }

    // Faults selected for one request by the client id "sandbox-fault-NAME" (the trainers' way
    // to show a mistake without switching the sandbox), through HealthCheck and QtTransport.
    void clientIdSelectsFault_data()
    {
        QTest::addColumn<QString>("name");
        for (const ims::SandboxFault &fault : ims::sandboxFaults())
            if (ims::selectablePerRequest(fault))
                QTest::newRow(fault.name.data()) << qstr(fault.name);
    }
    void clientIdSelectsFault()
    {
        QFETCH(QString, name);
        const ims::SandboxFault *fault = ims::findSandboxFault(name.toStdString());
        QtTransport transport;
        transport.trustForOrigin(m_server.url(), {m_server.caCertificate()});
        transport.setTimeout(kTransportTimeout);
        HealthCheck check(&transport);
        std::optional<ims::HealthReport> report;
        connect(&check, &HealthCheck::finished, this, [&](const ims::HealthReport &r) { report = r; });
        ims::Configuration config;
        config.authorizationServer = m_server.url().toString().toStdString();
        config.clientId = ims::faultClientId(*fault);
        config.scopes = {"openid"};
        check.start(config, ims::Secret("training"));
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), kWaitMs);
        const ims::ErrorCode got = report->ok && report->warning ? report->warning->code : report->error.code;
        QCOMPARE(ims::errorCodeName(got), ims::errorCodeName(fault->expected));
    }

    // The trainer's way: "Simulate a problem" on the credentials page, the check shows it; back to
    // "None" on the health page, and "Check again" succeeds.
    void selectorSwitchesTheSandbox()
    {
        QTemporaryDir configDir;
        QTemporaryDir stateDir;
        CountingSecretStore secrets;
        AppContext context(configDir.path(), &secrets);
        QString error;
        QVERIFY2(context.startSandbox(stateDir.path(), &error), qPrintable(error));
        context.transport()->setTimeout(kTransportTimeout);
        ImsWizard wizard(&context);
        wizard.show();
        toCredentialsPage(wizard);
        if (QTest::currentTestFailed())
            return;
        auto *combo = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("sandboxFaultCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), int(ims::sandboxFaults().size()) + 1);
        const int wanted = combo->findData(QStringLiteral("invalid-scope"));
        QVERIFY(wanted > 0);
        combo->setFocus();
        for (int i = 0; i < wanted; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QVERIFY(context.sandboxServer()->fault());
        QCOMPARE(context.sandboxServer()->fault()->name, std::string_view("invalid-scope"));

        auto *sample = wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("sampleButton"));
        QVERIFY(sample);
        sample->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::HealthPageId));
        auto *status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("healthStatusLabel"));
        const QString scopeTitle = Messages::describe(ims::makeError(ims::ErrorCode::InvalidScope)).title;
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(scopeTitle), kWaitMs);
        // The health page's selector follows the sandbox.
        auto *healthCombo = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("sandboxFaultCombo"));
        QVERIFY(healthCombo);
        QCOMPARE(healthCombo->currentData().toString(), QStringLiteral("invalid-scope"));
        healthCombo->setFocus();
        QTest::keyClick(healthCombo, Qt::Key_Home);
        QVERIFY(!context.sandboxServer()->fault());
        QCOMPARE(combo->currentIndex(), 0); // the other page's selector too
        wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("checkAgainButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kWaitMs);
        QVERIFY(status->text().contains(QLatin1String("Token retrieved successfully")));
        wizard.reject();
        QCOMPARE(secrets.writes, 0);
    }

    // The redirect check above can fail: the other host does record whatever reaches it.
    void redirectTargetRecordsConnections()
    {
        const int before = m_server.redirectTargetConnections();
        QTcpSocket socket;
        const QUrl target = m_server.redirectTargetUrl();
        QVERIFY(target.isValid());
        QVERIFY(target.host() != m_server.url().host());
        socket.connectToHost(target.host(), quint16(target.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("client_secret=probe");
        socket.flush();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.redirectTargetConnections(), before + 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.redirectTargetReceived().contains("client_secret=probe"), 5000);
    }

    // After "refused", the sandbox listens on the same port again.
    void refusedThenBackOnTheSamePort()
    {
        const QUrl before = m_server.url();
        QVERIFY(m_server.setFault(ims::findSandboxFault("refused")));
        QTcpSocket refused;
        refused.connectToHost(QStringLiteral("127.0.0.1"), quint16(before.port()));
        QVERIFY(!refused.waitForConnected(3000));
        QCOMPARE(refused.error(), QAbstractSocket::ConnectionRefusedError);
        QVERIFY(m_server.setFault(nullptr));
        QCOMPARE(m_server.url(), before);
        QTcpSocket accepted;
        accepted.connectToHost(QStringLiteral("127.0.0.1"), quint16(before.port()));
        QVERIFY(accepted.waitForConnected(3000));
    }

private:
    QTemporaryDir m_sandboxDir;
    SandboxServer m_server;
};

QTEST_MAIN(TestFaultMatrix)
#include "test_fault_matrix.moc"
