// Quality of life: files dropped on the console and on the wizard's credential pages, JSON pasted
// into any credential field, copy buttons, "Adobe documentation" per step (with an injected
// opener: no browser starts), File → Open Recent, and window/column state kept between runs.

#include "appcontext.h"
#include "configurationmodel.h"
#include "importdialog.h"
#include "imswizard.h"
#include "mainwindow.h"
#include "propertiesdialog.h"
#include "sandboxserver.h"
#include "testutil.h"
#include "uistate.h"
#include "wizardtestutil.h"

#include <imscore/catalog.h>
#include <imscore/sandbox.h>
#include <imscore/secret_store.h>

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {
QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

// A drag entering and dropping on target, as the platform delivers it.
bool drop(QWidget *target, QMimeData *data)
{
    const QPoint at(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

ims::Configuration sampleConfiguration(int n)
{
    ims::Configuration c;
    c.id = QStringLiteral("cfg-%1").arg(n, 2, 10, QLatin1Char('0')).toStdString();
    c.title = QStringLiteral("Configuration %1").arg(n).toStdString();
    c.solutionId = "target";
    c.clientId = "0123456789abcdef0123456789abcdef";
    c.orgId = "ABC@AdobeOrg";
    c.scopes = {"openid"};
    c.clientSecretRef = ims::clientSecretKey(c.id);
    return c;
}

} // namespace

class TestQualityOfLife : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QString error;
        QVERIFY(m_configDir.isValid() && m_sandboxDir.isValid() && m_files.isValid());
        QVERIFY2(m_server.start(m_sandboxDir.path(), 0, &error), qPrintable(error));
        m_context = std::make_unique<AppContext>(m_configDir.path(), &m_secrets);
        m_context->useSandbox(m_server.url(), {m_server.caCertificate()});
    }

    void droppedCredentialFileFillsTheForm()
    {
        const ims::SandboxClient &analytics = sandboxClient("analytics");
        const QString path = m_files.filePath(QStringLiteral("analytics-credential.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(ims::sandboxCredentialJson(analytics)));
        file.close();

        ImsWizard wizard(m_context.get());
        wizard.show();
        toCredentialsPage(wizard);
        if (QTest::currentTestFailed())
            return;
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QVERIFY(drop(wizard.currentPage(), &data));
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(), qstr(analytics.clientId));
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->text(),
                 qstr(analytics.clientSecret));
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("orgIdEdit"))->text(), qstr(analytics.orgId));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Dropped on the wizard's frame (title, buttons) rather than the page: the page takes it.
        const ims::SandboxClient &target = sandboxClient("target");
        QMimeData text;
        text.setText(qstr(ims::sandboxCredentialJson(target)));
        QVERIFY(drop(&wizard, &text));
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(), qstr(target.clientId));
    }

    void droppedTextAndUnreadableFiles()
    {
        ImsWizard wizard(m_context.get());
        wizard.show();
        toCredentialsPage(wizard);
        if (QTest::currentTestFailed())
            return;
        // Text dragged from a browser or an editor.
        QMimeData text;
        text.setText(qstr(ims::sandboxCredentialJson(sandboxClient("target"))));
        QVERIFY(drop(wizard.currentPage(), &text));
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(),
                 qstr(sandboxClient("target").clientId));
        // A file that is not a credential: said so, nothing changed.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(samplePath("aem-jwt-payload.json"))});
        drop(wizard.currentPage(), &other);
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(),
                 qstr(sandboxClient("target").clientId));
        QVERIFY(wizard.currentPage()->findChild<QLabel *>(QStringLiteral("importMessage"))->text().startsWith(
            QLatin1String("Not imported")));
    }

    void filesDroppedOnTheConsoleOpenTheImport()
    {
        MainWindow window(m_context.get());
        window.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(samplePath("com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json")),
                      QUrl::fromLocalFile(samplePath("devconsole-credential-oauth.json"))});
        QVERIFY(drop(&window, &data));
        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY2(dialog, "dropping files did not open the import");
        auto *table = dialog->findChild<QTableWidget *>();
        QVERIFY(table);
        QTRY_VERIFY(table->rowCount() >= 2);
        dialog->reject();
        // Something that is not a file (plain text) is not taken.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!drop(&window, &text));
    }

    void jsonPastedIntoTheSecretFieldFillsTheForm()
    {
        const ims::SandboxClient &stock = sandboxClient("stock");
        ImsWizard wizard(m_context.get());
        wizard.show();
        toCredentialsPage(wizard);
        if (QTest::currentTestFailed())
            return;
        QApplication::clipboard()->setText(qstr(ims::sandboxCredentialJson(stock)));
        auto *secret = wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
        secret->setFocus();
        QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(secret->text(), qstr(stock.clientSecret)); // the secret, not the whole document
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(), qstr(stock.clientId));
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("scopesEdit"))->text(),
                 qstr(ims::joinScopes(stock.scopes)));
        QApplication::clipboard()->clear();
    }

    void copyButtonsCopyTheValueBesideThem()
    {
        const ims::Configuration c = sampleConfiguration(1);
        ims::Configuration jwt = c; // read-only properties: every value with its copy button
        jwt.authType = ims::AuthType::Jwt;
        PropertiesDialog dialog(m_context.get(), jwt);
        dialog.show();
        QToolButton *copyClientId = nullptr;
        for (QToolButton *b : dialog.findChildren<QToolButton *>())
            if (b->accessibleName().contains(QLatin1String("Client ID")))
                copyClientId = b;
        QVERIFY2(copyClientId, "no copy button for the client ID");
        for (QToolButton *b : dialog.findChildren<QToolButton *>())
            QVERIFY2(!b->accessibleName().contains(QLatin1String("secret")), "a copy button for the secret's placeholder");
        QVERIFY(copyClientId->focusPolicy() & Qt::TabFocus);
        QVERIFY(!copyClientId->icon().isNull() || !copyClientId->text().isEmpty());
        QApplication::clipboard()->clear();
        copyClientId->click();
        QCOMPARE(QApplication::clipboard()->text(), qstr(c.clientId));
        QApplication::clipboard()->clear();
    }

    void adobeDocumentationForEachStep()
    {
        ImsWizard wizard(m_context.get());
        QList<QUrl> opened;
        wizard.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        wizard.show();
        QAbstractButton *docs = wizard.button(QWizard::HelpButton);
        QVERIFY(docs->isVisible());
        QCOMPARE(docs->text(), QStringLiteral("Adobe &documentation"));
        wizard.findChild<QRadioButton *>(QStringLiteral("aemVersionSp20"))->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::SolutionPageId));
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("solutionList"));
        for (int row = 0; row < list->count(); ++row) {
            list->setCurrentRow(row);
            docs->click();
            const ims::CloudSolution *solution = ims::findSolution(list->item(row)->data(Qt::UserRole).toString().toStdString());
            QVERIFY(solution);
            QCOMPARE(opened.last().toString(), qstr(solution->documentation)); // per solution
        }
        list->setCurrentRow(0);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CredentialsPageId));
        docs->click();
        QCOMPARE(opened.last().toString(), QLatin1String(AdobeDocs::kOAuthServerToServer));
        // A page may name its own page.
        wizard.currentPage()->setProperty(ImsWizard::kDocumentationProperty, QStringLiteral("https://example.com/own"));
        docs->click();
        QCOMPARE(opened.last().toString(), QStringLiteral("https://example.com/own"));
        for (const QUrl &url : opened)
            QVERIFY2(url.scheme() == QLatin1String("https"), qPrintable(url.toString()));
    }

    void openRecentKeepsEightAndDropsDeletedOnes()
    {
        QTemporaryDir dir;
        ims::InMemorySecretStore secrets;
        AppContext context(dir.path(), &secrets);
        std::vector<ims::Configuration> all;
        for (int i = 1; i <= 10; ++i)
            all.push_back(sampleConfiguration(i));
        QVERIFY(!context.store().save(all));
        {
            MainWindow window(&context);
            for (int i = 1; i <= 10; ++i)
                window.noteRecent(qstr(all[std::size_t(i - 1)].id));
            window.noteRecent(QStringLiteral("cfg-05")); // again: moves to the top, no duplicate
            const QStringList recent = window.uiState()->recentConfigurations();
            QCOMPARE(recent.size(), UiState::kMaxRecent);
            QCOMPARE(recent.first(), QStringLiteral("cfg-05"));
            QCOMPARE(recent.mid(1, 3), (QStringList{QStringLiteral("cfg-10"), QStringLiteral("cfg-09"), QStringLiteral("cfg-08")}));
            QVERIFY(!recent.contains(QStringLiteral("cfg-01")));
            QCOMPARE(recent.count(QStringLiteral("cfg-05")), 1);
            emit window.recentMenu()->aboutToShow();
            QStringList shown;
            for (QAction *a : window.recentMenu()->actions())
                if (a->data().isValid())
                    shown << a->text();
            QCOMPARE(shown.size(), 8);
            QCOMPARE(shown.first(), QStringLiteral("&1 Configuration 5"));
            window.close(); // saves
        }
        // Only ids and layout in ui-state.ini: no titles, no client ids, no secrets.
        QFile ini(QDir(dir.path()).filePath(QStringLiteral("ui-state.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains("cfg-05"));
        QVERIFY(!text.contains("0123456789abcdef0123456789abcdef"));
        QVERIFY(!text.contains("Configuration 5"));

        // cfg-10 deleted elsewhere: a new window no longer offers it.
        all.erase(all.begin() + 9);
        QVERIFY(!context.store().save(all));
        MainWindow again(&context);
        emit again.recentMenu()->aboutToShow();
        const QStringList recent = again.uiState()->recentConfigurations();
        QCOMPARE(recent.first(), QStringLiteral("cfg-05"));
        QVERIFY(!recent.contains(QStringLiteral("cfg-10")));
        QCOMPARE(recent.size(), 7);
        // Opening one selects it and shows its properties.
        QAction *first = nullptr;
        for (QAction *a : again.recentMenu()->actions())
            if (a->data().toString() == QLatin1String("cfg-09"))
                first = a;
        QVERIFY(first);
        again.show();
        first->trigger();
        auto *properties = again.findChild<PropertiesDialog *>();
        QVERIFY2(properties, qPrintable(again.statusBar()->currentMessage()));
        QVERIFY(properties->windowTitle().contains(QLatin1String("Configuration 9")));
        QCOMPARE(again.view()->selectionModel()->selectedRows().size(), 1);
        properties->reject();
        // Clear list.
        for (QAction *a : again.recentMenu()->actions())
            if (a->objectName() == QLatin1String("clearRecentAction"))
                a->trigger();
        QVERIFY(again.uiState()->recentConfigurations().isEmpty());
    }

    void windowAndColumnsAreRestored()
    {
        QTemporaryDir dir;
        ims::InMemorySecretStore secrets;
        AppContext context(dir.path(), &secrets);
        QVERIFY(!context.store().save({sampleConfiguration(1)}));
        int titleWidth = 0;
        {
            MainWindow window(&context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(733, 455);
            QHeaderView *header = window.view()->horizontalHeader();
            header->resizeSection(ConfigurationModel::TitleColumn, 321);
            titleWidth = header->sectionSize(ConfigurationModel::TitleColumn);
            QCOMPARE(titleWidth, 321);
            QTRY_COMPARE(window.size(), QSize(733, 455));
            window.close();
        }
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), QSize(733, 455));
        QCOMPARE(window.view()->horizontalHeader()->sectionSize(ConfigurationModel::TitleColumn), titleWidth);

        // A wizard opened from the console comes back at the size it was left.
        ImsWizard *wizard = window.newConfiguration();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->resize(wizard->width() + 37, wizard->height() + 23);
        const QSize size = wizard->size();
        wizard->reject();
        ImsWizard *second = window.newConfiguration();
        QVERIFY(QTest::qWaitForWindowExposed(second));
        QTRY_COMPARE(second->size(), size);
        second->reject();
    }

private:
    QTemporaryDir m_configDir;
    QTemporaryDir m_sandboxDir;
    QTemporaryDir m_files;
    SandboxServer m_server;
    ims::InMemorySecretStore m_secrets;
    std::unique_ptr<AppContext> m_context;
};

QTEST_MAIN(TestQualityOfLife)
#include "test_quality_of_life.moc"
