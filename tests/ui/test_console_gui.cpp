// The console (main window) and the JWT → OAuth migration, driven for real: offscreen widgets,
// the real keychain, the real sandbox over HTTPS.

#include "appcontext.h"
#include "configurationmodel.h"
#include "exportdialog.h"
#include "healthrunner.h"
#include "importdialog.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "migrationwizard.h"
#include "propertiesdialog.h"
#include "sandboxserver.h"
#include "secretscan.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <imscore/certificates.h>
#include <imscore/sandbox.h>

#include <QAbstractButton>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

namespace {
QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

template<class T>
T *child(QObject *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}
} // namespace

class TestConsoleGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QString error;
        QVERIFY2(m_server.start(m_sandboxDir.path(), 0, &error), qPrintable(error));
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("io.imswizard.ImsWizard.consoletest"));
        m_context = std::make_unique<AppContext>(m_configDir.path(), m_keychain.get());
        m_context->useSandbox(m_server.url(), {m_server.caCertificate()});
    }

    // Last: no secret used above in the configuration folder, this test's temporary folder (but
    // the files a user brought along) or its output.
    void cleanupTestCase()
    {
        SecretScan scan;
        scan.addSecrets(m_secrets);
        scan.addDirectory(m_configDir.path());
        scan.addTemporaryDirectory();
        scan.exclude(m_filesDir.path());
        QVERIFY2(scan.clean(), qPrintable(scan.report()));
    }

    void importAJwtConfigurationShowsTheBadge()
    {
        // An aio CLI context with a JWT credential and its private key, as partners find them.
        const ims::SandboxClient &target = sandboxClient("target");
        auto pair = ims::makeSelfSignedCertificate({"aem-ims-target", 2048, 365});
        QVERIFY(pair);
        QVERIFY(!m_server.rules().bindCertificate(target.clientId, pair.value().certificate));
        const auto pem = pair.value().key.toPkcs8Pem();
        QVERIFY(pem);
        m_privateKeyPem = qstr(std::string(pem.value().reveal()));
        nlohmann::json context = {{"client_id", target.clientId},
                                  {"client_secret", target.clientSecret},
                                  {"technical_account_id", target.technicalAccountId},
                                  {"technical_account_email", target.technicalAccountEmail},
                                  {"ims_org_id", target.orgId},
                                  {"meta_scopes", target.metascopes},
                                  {"private_key", std::string(pem.value().reveal())}};
        const nlohmann::json aio = {{"ims", {{"contexts", {{"target-jwt", context}}}}}};
        const QString path = m_filesDir.filePath(QStringLiteral("aio-config.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(aio.dump(2)));
        file.close();

        MainWindow window(m_context.get());
        window.show();
        ImportDialog *dialog = window.importFiles({path});
        QVERIFY(dialog);
        QCOMPARE(dialog->rowCount(), 1);
        QCOMPARE(dialog->found(0).config.authType, ims::AuthType::Jwt);
        dialog->setUseSandbox(true);
        QVERIFY2(dialog->missing(0).isEmpty(), qPrintable(dialog->missing(0).join(QLatin1Char('|'))));
        QTest::qWait(0);
        dialog->importChecked();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 15000);

        const ims::Configuration *jwt = window.model()->configuration(0);
        QCOMPARE(jwt->authType, ims::AuthType::Jwt);
        QVERIFY(jwt->sandbox);
        const QModelIndex auth = window.model()->index(0, ConfigurationModel::AuthColumn);
        QCOMPARE(auth.data().toString(), QStringLiteral("JWT Credentials (deprecated)"));
        QVERIFY(!auth.data(Qt::DecorationRole).isNull()); // an icon too, not colour alone
        m_jwtId = qstr(jwt->id);
        m_secrets << qstr(target.clientSecret) << m_privateKeyPem.split(QLatin1Char('\n')).value(1);

        // The imported JWT configuration checks out against the sandbox.
        window.selectConfiguration(m_jwtId);
        window.checkSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!window.healthRunner()->busy(), 15000);
        QVERIFY(window.model()->configuration(m_jwtId)->lastHealth()->ok);
    }

    void jwtPropertiesAreReadOnly()
    {
        MainWindow window(m_context.get());
        window.selectConfiguration(m_jwtId);
        auto *dialog = qobject_cast<PropertiesDialog *>(window.showProperties());
        QVERIFY(dialog);
        QVERIFY(dialog->readOnly());
        QVERIFY(child<QPushButton>(dialog, "propertiesMigrateButton"));
        QVERIFY(!dialog->save());
        dialog->close();
    }

    void aFailedSwitchChangesNothing()
    {
        // The keychain refuses the new secret: the JWT configuration stays exactly as it was.
        ims::InMemorySecretStore failing;
        failing.failWith = ims::makeError(ims::ErrorCode::KeychainLocked);
        AppContext broken(m_configDir.path(), &failing);
        broken.useSandbox(m_server.url(), {m_server.caCertificate()});
        const auto before = readStoreFile();
        const ims::Configuration original = *configuration(m_jwtId);
        MigrationWizard wizard(&broken, original);
        wizard.newSecret() = ims::Secret(sandboxClient("target").clientSecret);
        wizard.plan().migrated.scopes = sandboxClient("target").scopes;
        QString failure;
        connect(&wizard, &MigrationWizard::switchFailed, this, [&](const QString &m) { failure = m; });
        wizard.startSwitch();
        QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty(), 5000);
        QVERIFY(failure.contains(QLatin1String("nothing was changed")));
        QVERIFY(!wizard.switched());
        QCOMPARE(readStoreFile(), before);

        // The store is held by another instance: the new secret is taken back out of the keychain.
        ims::InMemorySecretStore memory;
        AppContext locked(m_configDir.path(), &memory);
        ims::ConfigurationStore other(m_context->store().path());
        QVERIFY(!other.lock());
        MigrationWizard second(&locked, original);
        second.newSecret() = ims::Secret(sandboxClient("target").clientSecret);
        second.plan().migrated.scopes = sandboxClient("target").scopes;
        failure.clear();
        connect(&second, &MigrationWizard::switchFailed, this, [&](const QString &m) { failure = m; });
        second.startSwitch();
        QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty(), 5000);
        other.unlock();
        QCOMPARE(memory.size(), std::size_t(0));
        QCOMPARE(readStoreFile(), before);
    }

    void migrateInTheSandbox()
    {
        MainWindow window(m_context.get());
        window.show();
        window.selectConfiguration(m_jwtId);
        MigrationWizard *wizard = window.migrateSelected();
        QVERIFY(wizard);
        QVERIFY(child<QLabel>(wizard, "neededLabel")->text().contains(QLatin1String("Client secret")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(MigrationWizard::CredentialPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        // The Developer Console step, in the sandbox: add the OAuth credential (converts the JWT one).
        child<QPushButton>(wizard, "migrationSandboxButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(MigrationWizard::CheckPageId));
        auto *fresh = child<QLabel>(wizard, "newCheckLabel");
        auto *old = child<QLabel>(wizard, "oldCheckLabel");
        QTRY_VERIFY_WITH_TIMEOUT(fresh->text().contains(QLatin1String("Token retrieved successfully")), 15000);
        // The converted JWT credential answers as IMS does: 500 internal_error.
        QTRY_VERIFY_WITH_TIMEOUT(old->text().contains(QLatin1String("internal_error")), 15000);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        m_shot(*wizard, "12-migration-check");
        wizard->next();
        // The wizard deletes itself once it has switched (WA_DeleteOnClose): watch its signal, not the object.
        QSignalSpy switched(wizard, &MigrationWizard::migrated);
        QPointer<MigrationWizard> alive(wizard);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 15000);
        QCOMPARE(switched.first().first().toString(), m_jwtId);
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 5000);

        // The badge is gone, the rollback copy is there, and the health check is green.
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 2, 5000);
        const ims::Configuration *migrated = window.model()->configuration(m_jwtId);
        QVERIFY(migrated);
        QCOMPARE(migrated->authType, ims::AuthType::OAuthServerToServer);
        QCOMPARE(window.model()->index(window.model()->rowOf(m_jwtId), ConfigurationModel::AuthColumn).data().toString(),
                 QStringLiteral("OAuth Server-to-Server"));
        const auto all = window.model()->configurations();
        const auto copy = std::find_if(all.begin(), all.end(), [&](const auto &c) { return !c.rollbackOf.empty(); });
        QVERIFY(copy != all.end());
        QCOMPARE(qstr(copy->rollbackOf), m_jwtId);
        QCOMPARE(copy->authType, ims::AuthType::Jwt);
        window.selectConfiguration(m_jwtId);
        window.checkSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!window.healthRunner()->busy(), 15000);
        QVERIFY(window.model()->configuration(m_jwtId)->lastHealth()->ok);
        m_shot(window, "13-console-after-migration");
    }

    void rollBackAndMigrateAgain()
    {
        MainWindow window(m_context.get());
        window.selectConfiguration(m_jwtId);
        window.rollBackSelected(false);
        QCOMPARE(window.model()->rowCount(), 1);
        QCOMPARE(window.model()->configuration(m_jwtId)->authType, ims::AuthType::Jwt);
        // The OAuth secret it had is gone from the keychain; the JWT key is still there.
        // (removed asynchronously, after the store was written)
        QTRY_VERIFY_WITH_TIMEOUT(!readSecret(ims::migratedSecretKey(m_jwtId.toStdString())), 10000);
        QVERIFY(readSecret(ims::privateKeyKey(m_jwtId.toStdString())) || readSecret(configuration(m_jwtId)->privateKeyRef));
    }

    void exportForAem()
    {
        MainWindow window(m_context.get());
        window.selectConfiguration(m_jwtId);
        QTemporaryDir out;
        ExportDialog *dialog = window.exportSelected();
        QVERIFY(dialog);
        dialog->setOutputDirectory(out.path());
        dialog->setFormat(ExportDialog::OsgiFormat);
        QSignalSpy done(dialog, &ExportDialog::exported);
        dialog->startExport();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QStringList names = QDir(out.path()).entryList(QDir::Files);
        QCOMPARE(names.size(), 2);
        QByteArray all;
        for (const QString &name : names) {
            QFile f(QDir(out.path()).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            all += f.readAll();
        }
        QVERIFY(all.contains("$[secret:"));
        for (const QString &s : std::as_const(m_secrets))
            QVERIFY(!all.contains(s.toUtf8()));

        dialog->setFormat(ExportDialog::CertificateFormat);
        dialog->startExport();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("AEM-Adobe-IMS.crt"))));
        dialog->close();
    }

    void duplicateAndDelete()
    {
        MainWindow window(m_context.get());
        window.selectConfiguration(m_jwtId);
        window.duplicateSelected();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 2, 15000);
        const auto all = window.model()->configurations();
        const auto copy = std::find_if(all.begin(), all.end(), [&](const auto &c) { return qstr(c.id) != m_jwtId; });
        QVERIFY(copy != all.end());
        QVERIFY(copy->title.find("(copy)") != std::string::npos);
        QVERIFY(copy->clientSecretRef != configuration(m_jwtId)->clientSecretRef);
        QVERIFY(readSecret(copy->clientSecretRef));
        const std::string copyRef = copy->clientSecretRef;

        window.selectConfiguration(qstr(copy->id));
        window.deleteSelected(false);
        QCOMPARE(window.model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!readSecret(copyRef), 10000); // its keychain entry went with it
        QVERIFY(readSecret(configuration(m_jwtId)->clientSecretRef)); // the original's did not
    }

    void searchAndFilterAThousand()
    {
        std::vector<ims::Configuration> many;
        for (int i = 0; i < 1000; ++i) {
            ims::Configuration c;
            c.id = "id-" + std::to_string(i);
            c.title = (i % 2 ? "Analytics " : "Target ") + std::to_string(i);
            c.solutionId = i % 2 ? "analytics" : "target";
            c.authType = i % 10 == 0 ? ims::AuthType::Jwt : ims::AuthType::OAuthServerToServer;
            c.clientId = "client" + std::to_string(i);
            many.push_back(c);
        }
        ConfigurationModel model;
        model.setConfigurations(many);
        ConfigurationFilter filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 1000);
        filter.setSearch(QStringLiteral("analytics 99"));
        int expected = 0;
        for (int i = 1; i < 1000; i += 2)
            expected += std::to_string(i).find("99") != std::string::npos;
        QCOMPARE(filter.rowCount(), expected);
        filter.setSearch(QStringLiteral("client123"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearch({});
        filter.setShow(ConfigurationFilter::ShowJwt);
        QCOMPARE(filter.rowCount(), 100);
    }

private:
    const ims::Configuration *configuration(const QString &id)
    {
        m_loaded = m_context->store().load().value();
        for (const auto &c : m_loaded)
            if (qstr(c.id) == id)
                return &c;
        return nullptr;
    }

    QByteArray readStoreFile()
    {
        QFile f(QString::fromStdString(m_context->store().path().string()));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::optional<ims::Secret> readSecret(const std::string &ref)
    {
        // Shared with the callback, which may outlive this call if the keychain does not answer in time.
        struct Answer { std::optional<ims::Secret> secret; bool done = false; };
        auto answer = std::make_shared<Answer>();
        m_context->secrets()->read(ref, [answer](std::optional<ims::Secret> v, std::optional<ims::Error>) {
            answer->secret = std::move(v);
            answer->done = true;
        });
        if (!QTest::qWaitFor([&] { return answer->done; }, 10000))
            qWarning("the keychain did not answer within 10 s");
        return answer->secret;
    }

    std::function<void(QWidget &, const char *)> m_shot = [](QWidget &w, const char *name) {
        const QString dir = qEnvironmentVariable("IMS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    };

    QTemporaryDir m_configDir;
    QTemporaryDir m_sandboxDir;
    QTemporaryDir m_filesDir;
    SandboxServer m_server;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AppContext> m_context;
    std::vector<ims::Configuration> m_loaded;
    QString m_jwtId;
    QString m_privateKeyPem;
    QStringList m_secrets;
};

QTEST_MAIN(TestConsoleGui)
#include "test_console_gui.moc"
