// Drives the real wizard offscreen through the OAuth path against the real sandbox over
// HTTPS, saves into the real keychain (gnome-keyring in the test's D-Bus session), and checks
// that no secret reaches the configuration directory or the logs.

#include "appcontext.h"
#include "certificatepage.h"
#include "configurationmodel.h"
#include "imswizard.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "secretscan.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <imscore/certificates.h>
#include <imscore/sandbox.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QTableView>

namespace {
QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

template<class T>
T *child(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void setText(QWizard &wizard, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(wizard.currentPage(), name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

class TestWizardGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        g_previousHandler = qInstallMessageHandler(captureMessages);
        QVERIFY(m_configDir.isValid() && m_sandboxDir.isValid());
        startSandboxContext(m_server, m_sandboxDir.path(), m_configDir.path(),
            QStringLiteral("io.imswizard.ImsWizard.guitest"), m_secrets, m_context);
        if (QTest::currentTestFailed())
            return;
        m_shots = qEnvironmentVariable("IMS_SCREENSHOT_DIR");
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        secretsAppearNowhere();
        SecretScan scan; // also base64/URL-encoded forms, the temporary folder and stdout/stderr
        scan.addSecrets(m_usedSecrets);
        scan.addLog(g_log);
        scan.addDirectory(m_configDir.path());
        scan.addTemporaryDirectory();
        scan.exclude(m_keysDir.path()); // files the user brought along
        QVERIFY2(scan.clean(), qPrintable(scan.report()));
    }

    void oauthPathEndToEnd()
    {
        const ims::SandboxClient &target = sandboxClient("target");
        ImsWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // The AEM version comes first; its choice decides what follows.
        QCOMPARE(wizard.currentId(), int(ImsWizard::AemVersionPageId));
        toSolutionPage(wizard);
        QCOMPARE(wizard.state().config.aemVersion, ims::AemVersion::Aem65Sp20OrHotfix);
        QVERIFY(child<QWidget>(&wizard, "sandboxBanner")); // clearly marked
        // A default is chosen (the first solution), so Next is ready at once.
        QCOMPARE(wizard.state().config.solutionId, std::string("target"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Keyboard: move to Analytics and back to Adobe Target in the list; Enter goes on.
        auto *list = child<QListWidget>(&wizard, "solutionList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(wizard.state().config.solutionId, std::string("analytics"));
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(wizard.state().config.solutionId, std::string("target"));
        shot(wizard, "1-solution");
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId)); // one step, not two
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CredentialsPageId));
        QVERIFY(child<QLabel>(wizard.currentPage(), "importMessage")->isHidden()); // and nothing else pressed
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "serverEdit")->text(),
                 m_server.url().toString(QUrl::StripTrailingSlash));

        setText(wizard, "clientIdEdit", qstr(target.clientId));
        setText(wizard, "clientSecretEdit", qstr(target.clientSecret));
        setText(wizard, "orgIdEdit", qstr(target.orgId));
        setText(wizard, "techAccountIdEdit", qstr(target.technicalAccountId));
        setText(wizard, "techAccountEmailEdit", qstr(target.technicalAccountEmail));
        setText(wizard, "scopesEdit", qstr(ims::joinScopes(target.scopes)));
        QVERIFY(child<QLineEdit>(wizard.currentPage(), "clientSecretEdit")->echoMode() == QLineEdit::Password);
        QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
                 qPrintable(child<QLabel>(wizard.currentPage(), "problemsLabel")->text()));
        shot(wizard, "2-credentials");

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::HealthPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        auto *status = child<QLabel>(wizard.currentPage(), "healthStatusLabel");
        QVERIFY2(status->text().contains(QLatin1String("Token retrieved successfully")), qPrintable(status->text()));
        auto *claims = child<QPlainTextEdit>(wizard.currentPage(), "claimsView");
        QVERIFY(claims->toPlainText().contains(QLatin1String("\"created_at\"")));
        QVERIFY(claims->toPlainText().contains(qstr(target.clientId)));
        QVERIFY(child<QLabel>(wizard.currentPage(), "expiryLabel")->text().contains(QLatin1String("hour")));
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "accessTokenEdit")->echoMode(), QLineEdit::Password);
        shot(wizard, "3-health");

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CloudServicePageId)); // Target's cloud service follows
        child<QCheckBox>(wizard.currentPage(), "skipCloudService")->click(); // configured later in AEM
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::SummaryPageId));
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "titleEdit")->text(), QStringLiteral("Adobe Target"));
        QVERIFY(!child<QLabel>(wizard.currentPage(), "summaryLabel")->text().contains(qstr(target.clientSecret)));
        shot(wizard, "4-summary");
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.savedId().empty(), 15000);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // On disk: the configuration, with a reference to the secret but not the secret.
        auto loaded = m_context->store().load();
        QVERIFY(loaded);
        QCOMPARE(loaded.value().size(), std::size_t(1));
        const ims::Configuration &saved = loaded.value().front();
        QCOMPARE(saved.id, wizard.savedId());
        QCOMPARE(saved.title, std::string("Adobe Target"));
        QCOMPARE(saved.solutionId, std::string("target"));
        QCOMPARE(saved.clientId, target.clientId);
        QCOMPARE(saved.orgId, target.orgId);
        QCOMPARE(saved.technicalAccountId, target.technicalAccountId);
        QCOMPARE(saved.scopes, target.scopes);
        QCOMPARE(saved.clientSecretRef, ims::clientSecretKey(saved.id));
        QVERIFY(saved.sandbox);
        QVERIFY(saved.lastHealth() && saved.lastHealth()->ok);

        // In the keychain: the secret, read back through a separate store object.
        KeychainSecretStore reader(QStringLiteral("io.imswizard.ImsWizard.guitest"));
        std::optional<ims::Secret> secret;
        bool done = false;
        reader.read(saved.clientSecretRef, [&](std::optional<ims::Secret> s, std::optional<ims::Error>) {
            secret = std::move(s);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(secret);
        QCOMPARE(std::string(secret->reveal()), target.clientSecret);
        m_usedSecrets << qstr(target.clientSecret);
        QVERIFY(wizard.lastReport() && wizard.lastReport()->ok);
        m_usedSecrets << QString::fromUtf8(wizard.lastReport()->accessToken.reveal().data(),
                                           qsizetype(wizard.lastReport()->accessToken.size()));
    }

    void mainWindowListsAndChecks()
    {
        MainWindow window(m_context.get());
        window.show();
        ConfigurationModel *model = window.model();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, ConfigurationModel::TitleColumn).data().toString().contains(QLatin1String("Adobe Target")));
        QVERIFY(model->index(0, ConfigurationModel::HealthColumn).data().toString().contains(QStringLiteral("✔")));
        const auto before = m_context->store().load().value().front().health.size();
        window.selectConfiguration(model->index(0, 0).data(ConfigurationModel::IdRole).toString());
        window.checkSelected();
        QTRY_VERIFY_WITH_TIMEOUT(m_context->store().load().value().front().health.size() == before + 1, 15000);
        QVERIFY(m_context->store().load().value().front().lastHealth()->ok);
        shot(window, "5-main-window");
    }

    void wrongSecretIsExplainedAndNothingSaved()
    {
        const ims::SandboxClient &target = sandboxClient("target");
        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        fillCredentials(wizard, target, qstr(target.clientId), QStringLiteral("p8e-WRONG-secret-123"),
                        qstr(ims::joinScopes(target.scopes)));
        m_usedSecrets << QStringLiteral("p8e-WRONG-secret-123");
        wizard.next();
        auto *status = child<QLabel>(wizard.currentPage(), "healthStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Wrong client secret")), 15000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard.currentPage(), "healthMessage")->text().contains(QLatin1String("What to do")));
        shot(wizard, "6-wrong-secret");

        // Back, correct the secret, and the check passes: choices survived.
        wizard.back();
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "clientIdEdit")->text(), qstr(target.clientId));
        setText(wizard, "clientSecretEdit", qstr(target.clientSecret));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        wizard.reject();
        QCOMPARE(m_context->store().load().value().size(), std::size_t(1));
    }

    void imsErrors_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("scopes");
        QTest::addColumn<QString>("expected");
        const ims::SandboxClient &target = sandboxClient("target");
        QTest::newRow("unknown client") << QStringLiteral("0123456789abcdef0123456789abcdef")
                                        << qstr(ims::joinScopes(target.scopes)) << QStringLiteral("Unknown client ID");
        QTest::newRow("scope not granted") << qstr(target.clientId)
                                           << qstr(ims::joinScopes(target.scopes)) + QStringLiteral(",ent_not_granted")
                                           << QStringLiteral("Scope not granted");
    }

    void imsErrors()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, scopes);
        QFETCH(QString, expected);
        const ims::SandboxClient &target = sandboxClient("target");
        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        fillCredentials(wizard, target, clientId, qstr(target.clientSecret), scopes);
        wizard.next();
        auto *status = child<QLabel>(wizard.currentPage(), "healthStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(expected), 15000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.reject();
        QCOMPARE(m_context->store().load().value().size(), std::size_t(1));
    }

    void badFieldsBlockNext_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("http to a remote host") << QByteArray("serverEdit") << QStringLiteral("http://ims.example.com")
                                               << QStringLiteral("must use https://");
        QTest::newRow("path in server") << QByteArray("serverEdit")
                                        << QStringLiteral("https://ims-na1.adobelogin.com/ims/token/v3")
                                        << QStringLiteral("server only");
        QTest::newRow("org id") << QByteArray("orgIdEdit") << QStringLiteral("8F1C2A3B5E6D7C8B0A1B2C3D")
                                << QStringLiteral("@AdobeOrg");
        QTest::newRow("tech account") << QByteArray("techAccountIdEdit") << QStringLiteral("someone@example.com")
                                      << QStringLiteral("@techacct.adobe.com");
        QTest::newRow("client id") << QByteArray("clientIdEdit") << QStringLiteral("abc def")
                                   << QStringLiteral("spaces");
        QTest::newRow("scope") << QByteArray("scopesEdit") << QStringLiteral("openid,Adobe<ID>")
                               << QStringLiteral("Adobe<ID>");
    }

    void badFieldsBlockNext()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const ims::SandboxClient &target = sandboxClient("target");
        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        fillCredentials(wizard, target, qstr(target.clientId), qstr(target.clientSecret),
                        qstr(ims::joinScopes(target.scopes)));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        setText(wizard, field.constData(), value);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString problems = child<QLabel>(wizard.currentPage(), "problemsLabel")->text();
        QVERIFY2(problems.contains(message), qPrintable(problems));
        if (field == "serverEdit")
            shot(wizard, "7-bad-server");
    }

    void pastedJsonFillsTheForm()
    {
        const ims::SandboxClient &analytics = sandboxClient("analytics");
        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        selectSolution(child<QListWidget>(&wizard, "solutionList"), "analytics");
        wizard.next();
        wizard.next(); // the console checklist
        QApplication::clipboard()->setText(qstr(ims::sandboxCredentialJson(analytics)));
        // Ctrl+V into the client id field: the whole download is recognised and spread out.
        QLineEdit *clientId = child<QLineEdit>(wizard.currentPage(), "clientIdEdit");
        clientId->setFocus();
        QTest::keyClick(clientId, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(clientId->text(), qstr(analytics.clientId));
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "orgIdEdit")->text(), qstr(analytics.orgId));
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "clientSecretEdit")->text(), qstr(analytics.clientSecret));
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "scopesEdit")->text(), qstr(ims::joinScopes(analytics.scopes)));
        QVERIFY(child<QLabel>(wizard.currentPage(), "importMessage")->text().contains(QLatin1String("Filled")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        m_usedSecrets << qstr(analytics.clientSecret);
        QApplication::clipboard()->clear();
    }

    void nestedWorkspaceDownloadFillsTheForm()
    {
        QFile sample(samplePath("devconsole-workspace-oauth.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QApplication::clipboard()->setText(QString::fromUtf8(sample.readAll()));
        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        selectSolution(child<QListWidget>(&wizard, "solutionList"), "target");
        wizard.next();
        wizard.next(); // the console checklist
        child<QPushButton>(wizard.currentPage(), "pasteJsonButton")->click();
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "clientIdEdit")->text(),
                 QStringLiteral("5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a"));
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "orgIdEdit")->text(),
                 QStringLiteral("8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg"));
        QVERIFY(child<QLineEdit>(wizard.currentPage(), "scopesEdit")->text().contains(QLatin1String("target_sdk")));
        QApplication::clipboard()->clear();
    }

    void malformedJsonChangesNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QStringLiteral("{\"CLIENT_ID\": \"abc\", ") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown shape") << QStringLiteral("{\"hello\": \"world\"}")
                                       << QStringLiteral("not a Developer Console");
        QTest::newRow("wrong types") << QStringLiteral("{\"CLIENT_ID\": 12, \"ORG_ID\": [1]}")
                                     << QStringLiteral("wrong type");
    }

    void malformedJsonChangesNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        selectSolution(child<QListWidget>(&wizard, "solutionList"), "target");
        wizard.next();
        wizard.next(); // the console checklist
        setText(wizard, "clientIdEdit", QStringLiteral("keepme"));
        QApplication::clipboard()->setText(text);
        child<QPushButton>(wizard.currentPage(), "pasteJsonButton")->click();
        const QString shown = child<QLabel>(wizard.currentPage(), "importMessage")->text();
        QVERIFY2(shown.contains(message, Qt::CaseInsensitive), qPrintable(shown));
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "clientIdEdit")->text(), QStringLiteral("keepme"));
        QApplication::clipboard()->clear();
    }

    void jwtPathInTheSandbox()
    {
        const ims::SandboxClient &target = sandboxClient("target");
        const std::size_t before = m_context->store().load().value().size();
        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        selectSolution(child<QListWidget>(&wizard, "solutionList"), "target");
        child<QRadioButton>(&wizard, "jwtRadio")->click();
        QVERIFY(child<QWidget>(&wizard, "jwtEndOfLife")->isHidden()); // allowed: this is the sandbox
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CertificatePageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // Create a certificate off the UI thread; Next waits for it.
        child<QPushButton>(wizard.currentPage(), "createCertificateButton")->click();
        QVERIFY(wizard.state().certificateBusy);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QVERIFY(child<QLabel>(wizard.currentPage(), "sha1Label")->text().count(QLatin1Char(':')) == 19);
        QVERIFY(child<QLabel>(wizard.currentPage(), "validityLabel")->text().contains(QLatin1String("day")));
        shot(wizard, "8-certificate");

        // Download Public Key: the PEM for the Developer Console.
        auto *page = qobject_cast<CertificatePage *>(wizard.currentPage());
        QVERIFY(page);
        const QString crt = m_configDir.filePath(QStringLiteral("export/AEM-Adobe-IMS.crt"));
        QDir().mkpath(QFileInfo(crt).absolutePath());
        QVERIFY(page->exportPublicCertificate(crt));
        QFile crtFile(crt);
        QVERIFY(crtFile.open(QIODevice::ReadOnly));
        QVERIFY(crtFile.readAll().startsWith("-----BEGIN CERTIFICATE-----"));
        QFile::remove(crt);

        // Upload it to the sandbox's credential, standing in for the Developer Console.
        child<QPushButton>(wizard.currentPage(), "uploadToSandboxButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(wizard.currentPage(), "certificateStatus")->text().contains(QLatin1String("Uploaded")), 15000);
        QVERIFY(m_server.rules().bindingCount(target.clientId) >= 1);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::JwtCredentialsPageId));
        child<QPushButton>(wizard.currentPage(), "jwtSampleButton")->click();
        QVERIFY(child<QPlainTextEdit>(wizard.currentPage(), "payloadEdit")->toPlainText().contains(qstr(target.orgId)));
        QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
                 qPrintable(child<QLabel>(wizard.currentPage(), "jwtProblemsLabel")->text()));
        shot(wizard, "9-jwt-credentials");

        wizard.next();
        auto *status = child<QLabel>(wizard.currentPage(), "healthStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Token retrieved successfully")), 15000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CloudServicePageId));
        child<QCheckBox>(wizard.currentPage(), "skipCloudService")->click();
        wizard.next();
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.savedId().empty(), 15000);

        const auto all = m_context->store().load().value();
        QCOMPARE(all.size(), before + 1);
        const auto saved = *std::find_if(all.begin(), all.end(), [&](const auto &c) { return c.id == wizard.savedId(); });
        QCOMPARE(saved.authType, ims::AuthType::Jwt);
        QCOMPARE(saved.privateKeyRef, ims::privateKeyKey(saved.id));
        QVERIFY(saved.certificatePem.find("BEGIN CERTIFICATE") != std::string::npos);
        QCOMPARE(saved.metascopes, target.metascopes);
        QVERIFY(saved.sandbox);

        // The private key is in the keychain (split into parts if long), and nowhere on disk.
        KeychainSecretStore keychain(QStringLiteral("io.imswizard.ImsWizard.guitest"));
        ims::ChunkingSecretStore reader(keychain);
        std::optional<ims::Secret> pem;
        bool done = false;
        reader.read(saved.privateKeyRef, [&](std::optional<ims::Secret> v, std::optional<ims::Error>) {
            pem = std::move(v);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(pem);
        const auto key = ims::importPrivateKey(pem->reveal());
        QVERIFY(key);
        const auto cert = ims::importCertificate(saved.certificatePem);
        QVERIFY(cert && cert.value().matches(key.value()));
        m_usedSecrets << QString::fromUtf8(pem->reveal().data(), qsizetype(pem->size()));
        // A line of the key's base64 body is enough to find it if it leaked.
        m_usedSecrets << QString::fromUtf8(pem->reveal().data(), qsizetype(pem->size())).split(QLatin1Char('\n')).value(1);
        QVERIFY(wizard.lastReport());
        m_usedSecrets << QString::fromUtf8(wizard.lastReport()->accessToken.reveal().data(),
                                           qsizetype(wizard.lastReport()->accessToken.size()));

        // The main window checks the JWT configuration with the key from the keychain.
        MainWindow window(m_context.get());
        const int row = window.model()->rowOf(qstr(saved.id));
        QVERIFY(row >= 0);
        QVERIFY(window.model()->index(row, ConfigurationModel::AuthColumn).data().toString().contains(
            QLatin1String("JWT Credentials (deprecated)")));
        window.selectConfiguration(qstr(saved.id));
        window.checkSelected();
        auto healthCount = [&] {
            for (const auto &c : m_context->store().load().value())
                if (c.id == saved.id)
                    return c.health.size();
            return std::size_t(0);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(healthCount() == saved.health.size() + 1,
                                  qPrintable(QStringLiteral("%1 records, %2 before").arg(healthCount()).arg(saved.health.size())),
                                  15000);
    }

    void jwtWithAKeyNotUploadedFails()
    {
        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        selectSolution(child<QListWidget>(&wizard, "solutionList"), "target");
        child<QRadioButton>(&wizard, "jwtRadio")->click();
        wizard.next();
        child<QPushButton>(wizard.currentPage(), "createCertificateButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        wizard.next(); // the console checklist
        wizard.next(); // not uploaded: the sandbox knows only the earlier certificate
        child<QPushButton>(wizard.currentPage(), "jwtSampleButton")->click();
        wizard.next();
        auto *status = child<QLabel>(wizard.currentPage(), "healthStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Private key does not match")), 15000);
        const QString message = child<QLabel>(wizard.currentPage(), "healthMessage")->text();
        QVERIFY(message.contains(QLatin1String("Could not match JWT signature to any of the bindings")));
        QVERIFY(message.contains(QLatin1String("Upload this configuration's public certificate")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, "10-jwt-wrong-key");
    }

    void serviceCredentialImportChecksOut()
    {
        // AEM as a Cloud Service: one JSON with client, secret and key pair, as the sandbox issues it.
        const std::string endpoint = m_server.url().authority().toStdString(); // 127.0.0.1:PORT, no real IMS
        const auto credential = m_server.rules().issueServiceCredential(std::chrono::system_clock::now(), endpoint);
        QVERIFY(credential);
        const QString path = m_keysDir.filePath(QStringLiteral("service-credential.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(credential.value()));
        file.close();

        ImsWizard wizard(m_context.get());
        wizard.show();
        toSolutionPage(wizard);
        selectSolution(child<QListWidget>(&wizard, "solutionList"), "custom");
        child<QRadioButton>(&wizard, "jwtRadio")->click();
        wizard.next();
        auto *page = qobject_cast<CertificatePage *>(wizard.currentPage());
        QVERIFY(page && page->importFile(path));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        wizard.next(); // the console checklist
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "apiKeyEdit")->text(),
                 QStringLiteral("cm-p12345-e67890-integration-0"));
        QVERIFY(!child<QLineEdit>(wizard.currentPage(), "jwtClientSecretEdit")->text().isEmpty());
        QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
                 qPrintable(child<QLabel>(wizard.currentPage(), "jwtProblemsLabel")->text()));
        wizard.next();
        auto *status = child<QLabel>(wizard.currentPage(), "healthStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Token retrieved successfully")), 15000);
        m_usedSecrets << child<QLineEdit>(wizard.page(ImsWizard::JwtCredentialsPageId), "jwtClientSecretEdit")->text();
        wizard.reject();
    }

    void newJwtAgainstRealImsIsRefused()
    {
        // No sandbox in this context: the wizard talks to Adobe IMS.
        QTemporaryDir dir;
        AppContext real(dir.path(), m_secrets.get());
        ImsWizard wizard(&real);
        wizard.show();
        toSolutionPage(wizard);
        QVERIFY(!wizard.findChild<QWidget *>(QStringLiteral("sandboxBanner")));
        child<QRadioButton>(&wizard, "jwtRadio")->click();
        QVERIFY(child<QWidget>(&wizard, "jwtEndOfLife")->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, "11-jwt-refused");
        child<QPushButton>(&wizard, "useOAuthButton")->click();
        QVERIFY(child<QRadioButton>(&wizard, "oauthRadio")->isChecked());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CredentialsPageId));
        QCOMPARE(child<QLineEdit>(wizard.currentPage(), "serverEdit")->text(),
                 QStringLiteral("https://ims-na1.adobelogin.com"));
    }

    void unreachableImsOffersTheSandbox()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        AppContext offline(dir.path(), m_secrets.get());
        MainWindow window(&offline);
        window.show();
        window.offerSandbox(QStringLiteral("Adobe IMS is not reachable."));
        QVERIFY(child<QWidget>(&window, "sandboxOffer")->isVisible());
        child<QPushButton>(&window, "useSandboxButton")->click();
        QVERIFY(offline.sandboxActive());
        QVERIFY(child<QWidget>(&window, "sandboxBanner"));
        QVERIFY(!child<QWidget>(&window, "sandboxOffer")->isVisible());
        QVERIFY(window.windowTitle().contains(QLatin1String("sandbox")));
    }

private:
    // Past the first question (AEM 6.5 SP20+, where OAuth and the IMS configuration exist).
    void toSolutionPage(ImsWizard &wizard)
    {
        QCOMPARE(wizard.currentId(), int(ImsWizard::AemVersionPageId));
        child<QRadioButton>(&wizard, "aemVersionSp20")->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::SolutionPageId));
    }

    void selectSolution(QListWidget *list, const char *id)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String(id))
                list->setCurrentRow(i);
    }

    void fillCredentials(ImsWizard &wizard, const ims::SandboxClient &c, const QString &clientId, const QString &secret,
                         const QString &scopes)
    {
        selectSolution(child<QListWidget>(&wizard, "solutionList"), c.solutionId.c_str());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CredentialsPageId));
        setText(wizard, "clientIdEdit", clientId);
        setText(wizard, "clientSecretEdit", secret);
        setText(wizard, "orgIdEdit", qstr(c.orgId));
        setText(wizard, "scopesEdit", scopes);
    }

    void shot(QWidget &w, const char *name)
    {
        if (!m_shots.isEmpty())
            w.grab().save(m_shots + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    void secretsAppearNowhere()
    {
        QVERIFY(!m_usedSecrets.isEmpty());
        int scanned = 0;
        verifyNoSecretInFiles(m_configDir.path(), m_usedSecrets, &scanned);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(scanned > 0);
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty()); // logging was on (QT_LOGGING_RULES in the test environment)
        for (const QString &line : std::as_const(g_log))
            for (const QString &s : std::as_const(m_usedSecrets))
                QVERIFY2(!line.contains(s), "a secret reached the log");
    }

    QTemporaryDir m_configDir;
    QTemporaryDir m_sandboxDir;
    QTemporaryDir m_keysDir; // files a user would bring (outside the configuration folder)
    SandboxServer m_server;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<AppContext> m_context;
    QStringList m_usedSecrets;
    QString m_shots;
};

QTEST_MAIN(TestWizardGui)
#include "test_wizard_gui.moc"
