// The whole OAuth path with the keyboard alone: the real console and wizard offscreen, the real
// training sandbox over HTTPS, the real keychain. Every input is a key press sent to whichever
// widget has the focus, as a keyboard would: Tab, Shift+Tab, mnemonics (Alt+letter), Enter,
// Escape, Ctrl+N, Space. No mouse, no setText, no button->click().

#include "appcontext.h"
#include "configurationmodel.h"
#include "imswizard.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <imscore/catalog.h>
#include <imscore/sandbox.h>

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : QStringLiteral("(nothing)");
}

// A key to whatever has the focus (the active window's focus widget).
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused() ? focused() : QApplication::activeWindow();
    QVERIFY2(target, "nothing to type into");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QVERIFY2(focused(), "nothing to type into");
    QTest::keyClicks(focused(), text);
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_configDir.isValid() && m_sandboxDir.isValid());
        startSandboxContext(m_server, m_sandboxDir.path(), m_configDir.path(),
            QStringLiteral("io.imswizard.ImsWizard.keyboardtest"), m_secrets, m_context);
        if (QTest::currentTestFailed())
            return;
    }

    void oauthPathWithTheKeyboardOnly()
    {
        const ims::SandboxClient *target = nullptr;
        for (const auto &c : ims::sandboxOrganisation())
            if (c.solutionId == "target")
                target = &c;
        QVERIFY(target);

        MainWindow window(m_context.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+N: a new configuration.
        press(Qt::Key_N, Qt::ControlModifier);
        QPointer<ImsWizard> wizard = window.findChild<ImsWizard *>();
        QVERIFY2(wizard, "Ctrl+N did not open the wizard");
        QString id; // the wizard deletes itself when it closes
        connect(wizard, &ImsWizard::configurationSaved, this, [&id](const QString &saved) { id = saved; });
        QList<QUrl> opened;
        wizard->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        QCOMPARE(wizard->currentId(), int(ImsWizard::AemVersionPageId));

        // Page 0: the AEM version. Alt+V reaches the checked choice; arrows choose; Enter goes on.
        press(Qt::Key_V, Qt::AltModifier);
        QVERIFY2(qobject_cast<QRadioButton *>(focused()), qPrintable(focusedName()));
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Up); // to the first choice, whatever was remembered from last time
        QCOMPARE(focusedName(), QStringLiteral("aemVersion63"));
        press(Qt::Key_Space); // choose it; from a chosen one, the arrows choose as they move
        QCOMPARE(wizard->state().config.aemVersion, ims::AemVersion::Aem63OrEarlier);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(focusedName(), QStringLiteral("aemVersionSp20"));
        QCOMPARE(wizard->state().config.aemVersion, ims::AemVersion::Aem65Sp20OrHotfix);
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ImsWizard::SolutionPageId));

        // Page 1: the focus starts in the solution list; arrows choose, Alt+D documents, Enter goes on.
        QCOMPARE(focusedName(), QStringLiteral("solutionList"));
        press(Qt::Key_Down);
        QCOMPARE(wizard->state().config.solutionId, std::string("analytics"));
        press(Qt::Key_Up);
        QCOMPARE(wizard->state().config.solutionId, std::string("target"));
        press(Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(opened.size(), 1); // a mnemonic "animates" the click: 100 ms later
        QCOMPARE(opened.last().toString(), qstr(ims::findSolution("target")->documentation));
        // Alt+J picks JWT, Alt+O goes back to OAuth (mnemonics on the radio buttons).
        press(Qt::Key_J, Qt::AltModifier);
        QTRY_COMPARE(wizard->state().config.authType, ims::AuthType::Jwt);
        press(Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(wizard->state().config.authType, ims::AuthType::OAuthServerToServer);
        press(Qt::Key_C, Qt::AltModifier); // "&Cloud solution:" → its buddy, the list
        QCOMPARE(focusedName(), QStringLiteral("solutionList"));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ImsWizard::ConsoleStepsPageId));

        // The console checklist: Tab reaches each step's tick, Space ticks it; Enter goes on.
        for (int i = 0; i < 20 && !focusedName().startsWith(QLatin1String("tick-")); ++i)
            press(Qt::Key_Tab);
        QVERIFY2(focusedName().startsWith(QLatin1String("tick-")), qPrintable(focusedName()));
        const std::string ticked = focusedName().mid(5).toStdString();
        press(Qt::Key_Space);
        const auto &done = wizard->state().config.consoleStepsDone;
        QVERIFY(std::find(done.begin(), done.end(), ticked) != done.end());
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ImsWizard::CredentialsPageId));

        // Page 2: the focus starts in Client ID; Tab walks the form top to bottom.
        QCOMPARE(focusedName(), QStringLiteral("clientIdEdit"));
        press(Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(opened.size(), 2);
        QVERIFY2(opened.last().toString().contains(QLatin1String("ServerToServerAuthentication")),
                 qPrintable(opened.last().toString()));
        QCOMPARE(focusedName(), QStringLiteral("clientIdEdit")); // the button took no focus
        type(qstr(target->clientId));
        const QStringList order = {QStringLiteral("clientSecretEdit"), QStringLiteral("orgIdEdit"),
                                   QStringLiteral("techAccountIdEdit"), QStringLiteral("techAccountEmailEdit"),
                                   QStringLiteral("scopesEdit")};
        const QStringList values = {qstr(target->clientSecret), qstr(target->orgId), qstr(target->technicalAccountId),
                                    qstr(target->technicalAccountEmail), qstr(ims::joinScopes(target->scopes))};
        for (int i = 0; i < order.size(); ++i) {
            press(Qt::Key_Tab);
            QCOMPARE(focusedName(), order[i]);
            type(values[i]);
        }
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focusedName(), QStringLiteral("techAccountEmailEdit"));
        // Mnemonics reach any field: Alt+Z the server (filled with the sandbox), Alt+P the scopes.
        press(Qt::Key_Z, Qt::AltModifier);
        QCOMPARE(focusedName(), QStringLiteral("serverEdit"));
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), QStringLiteral("clientIdEdit"));
        press(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(focusedName(), QStringLiteral("scopesEdit"));
        QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                 qPrintable(wizard->currentPage()->findChild<QLabel *>(QStringLiteral("problemsLabel"))->text()));
        press(Qt::Key_Return); // Enter in a field means Next
        QCOMPARE(wizard->currentId(), int(ImsWizard::HealthPageId));

        // Page 3: the real token request; Enter goes on once it succeeded.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
        auto *status = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("healthStatusLabel"));
        QVERIFY2(status->text().contains(QLatin1String("Token retrieved successfully")), qPrintable(status->text()));
        QVERIFY(status->text().startsWith(QStringLiteral("✔"))); // a sign, not only a colour
        press(Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(opened.size(), 3);
        // Alt+O: the decoded token; Tab: its copy button; Space copies.
        press(Qt::Key_O, Qt::AltModifier);
        QCOMPARE(focusedName(), QStringLiteral("claimsView"));
        press(Qt::Key_Tab);
        QVERIFY2(qobject_cast<QAbstractButton *>(focused()), qPrintable(focusedName()));
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Copy Decoded token"));
        QApplication::clipboard()->clear();
        press(Qt::Key_Space);
        const QString claims = wizard->currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("claimsView"))->toPlainText();
        QVERIFY(!claims.isEmpty());
        QCOMPARE(QApplication::clipboard()->text(), claims);
        QApplication::clipboard()->clear();
        press(Qt::Key_N, Qt::AltModifier); // "&Next >"
        QTRY_COMPARE(wizard->currentId(), int(ImsWizard::CloudServicePageId)); // Target's cloud service

        // The cloud service: Alt+C leaves it for later in AEM; Alt+N goes on.
        press(Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(wizard->state().skipCloudService);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(ImsWizard::SummaryPageId));

        // Page 4: the title is selected, so typing replaces it; Enter saves.
        QCOMPARE(focusedName(), QStringLiteral("titleEdit"));
        type(QStringLiteral("Target by keyboard"));
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!id.isEmpty(), 15000);
        QTRY_VERIFY(!wizard || !wizard->isVisible());

        // Saved, listed, selected, and first in File → Open Recent.
        auto loaded = m_context->store().load();
        QVERIFY(loaded);
        QCOMPARE(loaded.value().size(), std::size_t(1));
        QCOMPARE(loaded.value().front().title, std::string("Target by keyboard"));
        QCOMPARE(loaded.value().front().clientId, target->clientId);
        QCOMPARE(window.model()->rowCount(), 1);
        QTRY_VERIFY(window.recentMenu()->actions().size() >= 1);
        QTRY_COMPARE(window.recentMenu()->actions().constFirst()->data().toString(), id);
    }

    void escapeCancelsTheWizard()
    {
        MainWindow window(m_context.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        press(Qt::Key_N, Qt::ControlModifier);
        QPointer<ImsWizard> wizard = window.findChild<ImsWizard *>();
        QVERIFY(wizard);
        int result = -1;
        connect(wizard, &QDialog::finished, this, [&result](int r) { result = r; });
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        press(Qt::Key_Return); // the AEM version remembered from last time
        QCOMPARE(wizard->currentId(), int(ImsWizard::SolutionPageId));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ImsWizard::ConsoleStepsPageId));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ImsWizard::CredentialsPageId));
        press(Qt::Key_Escape);
        QTRY_COMPARE(result, int(QDialog::Rejected));
        QTRY_VERIFY(!wizard || !wizard->isVisible());
        // Nothing new was saved.
        QCOMPARE(m_context->store().load().value().size(), std::size_t(1));
    }

    void cleanupTestCase()
    {
        // Remove what the test put into the keychain.
        auto loaded = m_context->store().load();
        if (!loaded)
            return;
        int pending = 0;
        for (const auto &c : loaded.value()) {
            ++pending;
            m_secrets->remove(c.clientSecretRef, [&pending](std::optional<ims::Error>) { --pending; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 10000);
    }

private:
    QTemporaryDir m_configDir;
    QTemporaryDir m_sandboxDir;
    SandboxServer m_server;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<AppContext> m_context;
};

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
