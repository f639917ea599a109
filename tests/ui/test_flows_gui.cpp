// The seed flows of the AEM version / console steps / cloud service pages, each walked to the end
// in the real wizard offscreen, against the real sandbox over HTTPS, saving into the real keychain:
// I/O Events on 6.4+ (JWT), OAuth on 6.5 SP20+, I/O Events on 6.3 (legacy Cloud Services), Brand
// Portal (only one), Target with "Connect to Target". Console pages and folders are never opened:
// the wizard's opener is replaced by a recorder.

#include "appcontext.h"
#include "imswizard.h"
#include "keychainsecretstore.h"
#include "propertiesdialog.h"
#include "sandboxserver.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <imscore/secret_store.h>
#include <imscore/cloud_service.h>
#include <imscore/osgi.h>
#include <imscore/sandbox.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

template<class T>
T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

template<class T>
T *child(QWidget *root, const char *name)
{
    return child<T>(root, QString::fromLatin1(name));
}

void typeInto(QWidget *page, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(page, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestFlowsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_configDir.isValid() && m_sandboxDir.isValid());
        startSandboxContext(m_server, m_sandboxDir.path(), m_configDir.path(),
            QStringLiteral("io.imswizard.ImsWizard.flowstest"), m_secrets, m_context);
        if (QTest::currentTestFailed())
            return;
        m_shots = qEnvironmentVariable("IMS_SCREENSHOT_DIR");
    }

    void cleanupTestCase()
    {
        // No secret in any file of the configuration folder (configurations, certificates, exports).
        QVERIFY(!m_usedSecrets.isEmpty());
        int scanned = 0;
        verifyNoSecretInFiles(m_configDir.path(), m_usedSecrets, &scanned);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(scanned >= 2); // configurations.json and at least one public certificate
    }

    // 1. Adobe I/O Events on AEM 6.4 / 6.5 before SP20: an IMS configuration, JWT only.
    void ioEventsOn64WithJwt()
    {
        const ims::SandboxClient &events = sandboxClient("io-events");
        ImsWizard wizard(m_context.get());
        std::vector<QUrl> opened;
        wizard.setUrlOpener([&](const QUrl &url) {
            opened.push_back(url);
            return true;
        });
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImsWizard::AemVersionPageId));
        child<QRadioButton>(&wizard, "aemVersion64")->click();
        QVERIFY(child<QLabel>(wizard.currentPage(), "aemVersionConsequence")->text().contains(QLatin1String("hotfix")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::SolutionPageId));
        // OAuth is not offered on this version, and the hotfix is named.
        QVERIFY(!child<QRadioButton>(&wizard, "oauthRadio")->isEnabled());
        QVERIFY(child<QRadioButton>(&wizard, "jwtRadio")->isChecked());
        auto *note = child<QLabel>(&wizard, "oauthVersionNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("Service Pack 20")) && note->text().contains(QLatin1String("hotfix")),
                 qPrintable(note->text()));
        selectSolution(wizard, "io-events");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        makeAndUploadCertificate(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        QWidget *page = wizard.currentPage();
        // The checklist: I/O Management API, the certificate to upload (on disk, revealable), ticks.
        QCOMPARE(child<QLineEdit>(page, "value-add-api-api")->text(), QStringLiteral("I/O Management API"));
        QCOMPARE(child<QLineEdit>(page, "value-upload-public-key-metascope")->text(), QStringLiteral("ent_adobeio_sdk"));
        const QString certificatePath = child<QLineEdit>(page, "certificatePath")->text();
        QFile certificate(certificatePath);
        QVERIFY2(certificate.open(QIODevice::ReadOnly), qPrintable(certificatePath));
        QCOMPARE(certificate.readAll(), QByteArray::fromStdString(wizard.state().config.certificatePem));
        QVERIFY(!child<QWidget>(page, "step-choose-oauth")); // JWT: no OAuth step
        QVERIFY(!child<QWidget>(page, "step-target-editor-role"));
        child<QPushButton>(page, "open-create-project")->click();
        child<QPushButton>(page, "revealCertificate")->click();
        QCOMPARE(opened.size(), std::size_t(2));
        QCOMPARE(opened[0], QUrl(QStringLiteral("https://developer.adobe.com/console/projects")));
        QVERIFY(opened[1].isLocalFile());
        QCOMPARE(opened[1].toLocalFile(), QFileInfo(certificatePath).absolutePath());
        child<QAbstractButton>(page, "value-add-api-api-copy")->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("I/O Management API"));
        for (const char *step : {"tick-create-project", "tick-add-api", "tick-upload-public-key"})
            child<QCheckBox>(page, step)->click();
        // Ticks survive Back and Next.
        wizard.back();
        wizard.next();
        QVERIFY(child<QCheckBox>(wizard.currentPage(), "tick-add-api")->isChecked());
        QVERIFY(!child<QCheckBox>(wizard.currentPage(), "tick-product-profiles")->isChecked());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // a checklist helps, it does not block
        wizard.next();

        QCOMPARE(wizard.currentId(), int(ImsWizard::JwtCredentialsPageId));
        child<QPushButton>(wizard.currentPage(), "jwtSampleButton")->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        passHealthCheck(wizard);
        wizard.next();
        // 6.4+: the IMS configuration (solution AdobeIOEvents) is all AEM needs.
        QCOMPARE(wizard.currentId(), int(ImsWizard::SummaryPageId));
        const ims::Configuration saved = save(wizard);
        QCOMPARE(saved.aemVersion, ims::AemVersion::Aem64To65BeforeSp20);
        QCOMPARE(saved.solutionId, std::string("io-events"));
        QCOMPARE(saved.authType, ims::AuthType::Jwt);
        QCOMPARE(saved.clientId, events.clientId);
        QVERIFY(!saved.cloudService);
        QCOMPARE(saved.consoleStepsDone,
                 (std::vector<std::string> {"create-project", "add-api", "upload-public-key"}));
        QCOMPARE(readSecret(saved.clientSecretRef), events.clientSecret);
        QVERIFY(readSecret(saved.privateKeyRef).find("PRIVATE KEY") != std::string::npos);
        m_usedSecrets << qstr(events.clientSecret);
    }

    // 2. OAuth Server-to-Server on AEM 6.5 SP20+: Adobe Stock and its cloud service.
    void oauthOn65Sp20()
    {
        const ims::SandboxClient &stock = sandboxClient("stock");
        ImsWizard wizard(m_context.get());
        wizard.setUrlOpener([](const QUrl &) { return true; });
        wizard.show();
        child<QRadioButton>(&wizard, "aemVersionSp20")->click();
        wizard.next();
        QVERIFY(child<QRadioButton>(&wizard, "oauthRadio")->isEnabled());
        QVERIFY(child<QRadioButton>(&wizard, "oauthRadio")->isChecked());
        QVERIFY(child<QLabel>(&wizard, "oauthVersionNote")->isHidden());
        selectSolution(wizard, "stock");
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        QWidget *page = wizard.currentPage();
        QCOMPARE(child<QLineEdit>(page, "value-choose-oauth-credential_type")->text(),
                 QStringLiteral("OAuth Server-to-Server"));
        QCOMPARE(child<QLineEdit>(page, "value-choose-oauth-scopes")->text(), qstr(ims::joinScopes(stock.scopes)));
        QVERIFY(!child<QWidget>(page, "step-upload-public-key"));
        child<QCheckBox>(page, "tick-choose-oauth")->click();
        wizard.next();
        fillOAuth(wizard, stock);
        passHealthCheck(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CloudServicePageId));
        page = wizard.currentPage();
        QCOMPARE(child<QLineEdit>(page, "cs-jcr_title")->text(), QStringLiteral("Adobe Stock"));
        auto *locale = child<QComboBox>(page, "cs-locale");
        QCOMPARE(locale->currentData().toString(), QStringLiteral("en_US"));
        locale->setCurrentIndex(locale->findData(QStringLiteral("de_DE")));
        typeInto(page, "cs-jcr_title", QStringLiteral("Stock DE"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QVERIFY(child<QLabel>(wizard.currentPage(), "summaryLabel")->text().contains(QLatin1String("Stock DE")));
        const ims::Configuration saved = save(wizard);
        QCOMPARE(saved.aemVersion, ims::AemVersion::Aem65Sp20OrHotfix);
        QCOMPARE(saved.authType, ims::AuthType::OAuthServerToServer);
        QVERIFY(saved.cloudService);
        QCOMPARE(saved.cloudService->kind, std::string("stock"));
        QCOMPARE(saved.cloudService->title, std::string("Stock DE"));
        QCOMPARE(*saved.cloudService->field("locale"), std::string("de_DE"));
        QCOMPARE(*saved.cloudService->field("imsConfigId"), ims::osgiFactoryName(saved));
        QCOMPARE(saved.consoleStepsDone, std::vector<std::string> {"choose-oauth"});
        // Exported as AEM needs it: the OSGi pair and the cloud configuration.
        const auto files = ims::exportOsgi(saved, ims::SecretInExport::Placeholder);
        QCOMPARE(files.size(), std::size_t(3));
        QCOMPARE(files[2].name, std::string("jcr_root/conf/global/settings/cloudconfigs/stock/stock-de/.content.xml"));
        QVERIFY(files[2].data.find("locale=\"de_DE\"") != std::string::npos);
        QCOMPARE(readSecret(saved.clientSecretRef), stock.clientSecret);
        m_usedSecrets << qstr(stock.clientSecret);
    }

    // 3. Adobe I/O Events on AEM 6.3: the legacy Cloud Services configuration, no IMS configuration.
    void ioEventsOn63CloudServices()
    {
        const ims::SandboxClient &events = sandboxClient("io-events");
        ImsWizard wizard(m_context.get());
        wizard.setUrlOpener([](const QUrl &) { return true; });
        wizard.show();
        child<QRadioButton>(&wizard, "aemVersion63")->click();
        QVERIFY(child<QLabel>(wizard.currentPage(), "aemVersionConsequence")->text().contains(QLatin1String("legacy")));
        wizard.next();
        // Only I/O Events has a legacy Cloud Services configuration; it is chosen already.
        QCOMPARE(wizard.state().config.solutionId, std::string("io-events"));
        auto *list = child<QListWidget>(&wizard, "solutionList");
        for (int i = 0; i < list->count(); ++i) {
            const bool events = list->item(i)->data(Qt::UserRole).toString() == QLatin1String("io-events");
            QCOMPARE(bool(list->item(i)->flags() & Qt::ItemIsEnabled), events);
        }
        QVERIFY(!child<QRadioButton>(&wizard, "oauthRadio")->isEnabled());
        wizard.next();
        makeAndUploadCertificate(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        wizard.next();
        child<QPushButton>(wizard.currentPage(), "jwtSampleButton")->click();
        passHealthCheck(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CloudServicePageId));
        QWidget *page = wizard.currentPage();
        QCOMPARE(child<QLineEdit>(page, "cs-linkExternalizerAlias")->text(), QStringLiteral("author"));
        QCOMPARE(child<QLineEdit>(page, "cs-apiKey")->text(), qstr(events.clientId));
        QVERIFY(child<QLineEdit>(page, "cs-apiKey")->isReadOnly());
        QCOMPARE(child<QLineEdit>(page, "cs-technicalAccountId")->text(), qstr(events.technicalAccountId));
        QCOMPARE(child<QLineEdit>(page, "cs-orgId")->text(), qstr(events.orgId));
        QVERIFY(!child<QLabel>(page, "cs-clientSecret")->text().contains(qstr(events.clientSecret)));
        // The alias is required.
        typeInto(page, "cs-linkExternalizerAlias", QString());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(page, "cloudProblemsLabel")->text().contains(QLatin1String("Link Externalizer")));
        typeInto(page, "cs-linkExternalizerAlias", QStringLiteral("publish"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        const ims::Configuration saved = save(wizard);
        QCOMPARE(saved.aemVersion, ims::AemVersion::Aem63OrEarlier);
        QVERIFY(saved.cloudService && saved.cloudService->legacy);
        QCOMPARE(*saved.cloudService->field("linkExternalizerAlias"), std::string("publish"));
        QCOMPARE(*saved.cloudService->field("apiKey"), events.clientId);
        QCOMPARE(*saved.cloudService->field("clientSecret"), saved.clientSecretRef); // a reference only
        const auto files = ims::exportCloudService(saved);
        QCOMPARE(files.size(), std::size_t(1));
        QVERIFY(files[0].name.starts_with("jcr_root/etc/cloudservices/adobe-io-events/"));
        QCOMPARE(readSecret(saved.clientSecretRef), events.clientSecret);
    }

    // 4. Brand Portal: the Service URL's shape, and only one Brand Portal configuration.
    void brandPortalOnlyOnce()
    {
        const ims::SandboxClient &bp = sandboxClient("brand-portal");
        ims::Configuration old;
        old.id = "old-brand-portal";
        old.title = "Old Brand Portal";
        old.solutionId = "brand-portal";
        old.clientId = bp.clientId;
        old.orgId = bp.orgId;
        old.clientSecretRef = ims::clientSecretKey(old.id);
        QVERIFY(!m_context->store().upsert(old));

        ImsWizard wizard(m_context.get());
        wizard.setUrlOpener([](const QUrl &) { return true; });
        wizard.show();
        child<QRadioButton>(&wizard, "aemVersionCloud")->click();
        wizard.next();
        selectSolution(wizard, "brand-portal");
        wizard.next();
        wizard.next();
        fillOAuth(wizard, bp);
        passHealthCheck(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CloudServicePageId));
        QWidget *page = wizard.currentPage();
        QVERIFY(child<QWidget>(page, "brandPortalExists")->isVisible());
        QVERIFY(child<QLabel>(page, "cloudProblemsLabel")->text().contains(QLatin1String("Service URL")));
        typeInto(page, "cs-serviceUrl", QStringLiteral("https://acme.example.com"));
        QVERIFY(child<QLabel>(page, "cloudProblemsLabel")->text().contains(QLatin1String("brand-portal.adobe.com")));
        typeInto(page, "cs-serviceUrl", QStringLiteral("https://acme.brand-portal.adobe.com"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the existing one is in the way
        shot(wizard, "cloud-service-brand-portal");
        child<QCheckBox>(page, "replaceBrandPortal")->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        const ims::Configuration saved = save(wizard);
        // Exactly one Brand Portal configuration: the new one.
        int brandPortals = 0;
        for (const auto &c : m_context->store().load().value()) {
            if (c.solutionId == "brand-portal") {
                ++brandPortals;
                QCOMPARE(c.id, saved.id);
            }
        }
        QCOMPARE(brandPortals, 1);
        QCOMPARE(*saved.cloudService->field("serviceUrl"), std::string("https://acme.brand-portal.adobe.com"));
        QCOMPARE(saved.aemVersion, ims::AemVersion::CloudService);
    }

    // 5. Adobe Target: Client Code → Tenant ID, and "Connect to Target" (403 until Editor).
    void targetWithConnectToTarget()
    {
        const ims::SandboxClient &target = sandboxClient("target");
        QVERIFY(!m_server.rules().isTargetEditor(target.clientId));
        ImsWizard wizard(m_context.get());
        std::vector<QUrl> opened;
        wizard.setUrlOpener([&](const QUrl &url) {
            opened.push_back(url);
            return true;
        });
        wizard.show();
        child<QRadioButton>(&wizard, "aemVersionSp20")->click();
        wizard.next();
        selectSolution(wizard, "target");
        wizard.next();
        QWidget *page = wizard.currentPage();
        QCOMPARE(child<QLineEdit>(page, "value-target-editor-role-role")->text(), QStringLiteral("Editor"));
        child<QPushButton>(page, "open-target-editor-role")->click();
        QCOMPARE(opened.back(), QUrl(QStringLiteral("https://adminconsole.adobe.com/products")));
        shot(wizard, "console-steps-target");
        wizard.next(); // the Editor role is not given yet
        fillOAuth(wizard, target);
        passHealthCheck(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CloudServicePageId));
        page = wizard.currentPage();
        QCOMPARE(child<QComboBox>(page, "cs-authentication")->currentText(), QStringLiteral("IMS"));
        QCOMPARE(child<QComboBox>(page, "cs-api")->currentText(), QStringLiteral("REST"));
        QVERIFY(child<QCheckBox>(page, "cs-useAccurateTargeting")->isChecked());
        QVERIFY(child<QCheckBox>(page, "cs-synchronizeSegments")->isChecked());
        auto *library = child<QComboBox>(page, "cs-clientLibrary");
        QCOMPARE(library->currentText(), QStringLiteral("AT.js"));
        QVERIFY(library->itemText(library->findData(QStringLiteral("mboxjs"))).contains(QLatin1String("deprecated")));
        QCOMPARE(child<QLineEdit>(page, "cs-imsConfigId")->text(), qstr(ims::osgiFactoryName(wizard.state().config)));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // Client Code and Tenant ID required
        QVERIFY(!child<QPushButton>(page, "connectToTargetButton")->isEnabled());

        // Typing the Client Code first copies it into Tenant ID; the Tenant ID can then be changed.
        typeInto(page, "cs-clientCode", QStringLiteral("acme"));
        QCOMPARE(child<QLineEdit>(page, "cs-tenantId")->text(), QStringLiteral("acme"));
        typeInto(page, "cs-tenantId", QStringLiteral("acmeeu"));
        typeInto(page, "cs-clientCode", QStringLiteral("acme2"));
        QCOMPARE(child<QLineEdit>(page, "cs-tenantId")->text(), QStringLiteral("acmeeu"));
        // Pasting an Experience Cloud address takes its tenant.
        QApplication::clipboard()->setText(
            QStringLiteral("https://experience.adobe.com/#/@%1/target/activities").arg(qstr(std::string(ims::kSandboxTargetTenant))));
        auto *tenant = child<QLineEdit>(page, "cs-tenantId");
        tenant->setFocus();
        tenant->selectAll();
        QTest::keyClick(tenant, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(tenant->text(), qstr(std::string(ims::kSandboxTargetTenant)));
        typeInto(page, "cs-clientCode", qstr(std::string(ims::kSandboxTargetTenant)));
        QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
                 qPrintable(child<QLabel>(page, "cloudProblemsLabel")->text()));

        // Segments must be synchronised with the REST API.
        child<QCheckBox>(page, "cs-synchronizeSegments")->click();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        child<QCheckBox>(page, "cs-synchronizeSegments")->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Connect to Target: the technical account is Observer → 403 explained.
        auto *connectButton = child<QPushButton>(page, "connectToTargetButton");
        QVERIFY(connectButton->isEnabled());
        connectButton->click();
        auto *result = child<QLabel>(page, "connectResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("product role")), 15000);
        QVERIFY2(result->text().contains(QLatin1String("Editor")) && result->text().contains(QLatin1String("Observer")),
                 qPrintable(result->text()));
        auto *assign = child<QPushButton>(page, "assignEditorButton");
        QVERIFY(assign->isVisible());
        assign->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.rules().isTargetEditor(target.clientId), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(connectButton->isEnabled(), 15000);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Connected to Adobe Target")), 15000);
        QVERIFY(result->text().contains(QLatin1String("2 activities")));
        shot(wizard, "cloud-service-target");

        wizard.next();
        const ims::Configuration saved = save(wizard);
        QVERIFY(saved.cloudService);
        QCOMPARE(saved.cloudService->kind, std::string("target"));
        QCOMPARE(*saved.cloudService->field("clientCode"), std::string(ims::kSandboxTargetTenant));
        QCOMPARE(*saved.cloudService->field("tenantId"), std::string(ims::kSandboxTargetTenant));
        QCOMPARE(*saved.cloudService->field("clientLibrary"), std::string("atjs"));
        QCOMPARE(*saved.cloudService->field("api"), std::string("rest"));
        QVERIFY(std::find(saved.consoleStepsDone.begin(), saved.consoleStepsDone.end(), "target-editor-role")
                != saved.consoleStepsDone.end());
        QCOMPARE(readSecret(saved.clientSecretRef), target.clientSecret);
        m_usedSecrets << qstr(target.clientSecret);
        // The configuration's properties show what the wizard remembered.
        PropertiesDialog properties(m_context.get(), saved);
        QStringList shown;
        for (const QLineEdit *edit : properties.findChildren<QLineEdit *>())
            shown << edit->text();
        QVERIFY2(shown.contains(QStringLiteral("AEM 6.5 SP20 or later (or with the hotfix)")), qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(QStringLiteral("Adobe Target")));
        m_usedSecrets << QString::fromUtf8(wizard.lastReport()->accessToken.reveal().data(),
                                           qsizetype(wizard.lastReport()->accessToken.size()));
        QApplication::clipboard()->clear();
    }

private:
    void selectSolution(ImsWizard &wizard, const char *id)
    {
        auto *list = child<QListWidget>(&wizard, QStringLiteral("solutionList"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String(id))
                list->setCurrentRow(i);
        QCOMPARE(wizard.state().config.solutionId, std::string(id));
    }

    void makeAndUploadCertificate(ImsWizard &wizard)
    {
        QCOMPARE(wizard.currentId(), int(ImsWizard::CertificatePageId));
        child<QPushButton>(wizard.currentPage(), "createCertificateButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        child<QPushButton>(wizard.currentPage(), "uploadToSandboxButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(wizard.currentPage(), "certificateStatus")->text().contains(QLatin1String("Uploaded")), 15000);
    }

    void fillOAuth(ImsWizard &wizard, const ims::SandboxClient &c)
    {
        QCOMPARE(wizard.currentId(), int(ImsWizard::CredentialsPageId));
        QWidget *page = wizard.currentPage();
        typeInto(page, "clientIdEdit", qstr(c.clientId));
        typeInto(page, "clientSecretEdit", qstr(c.clientSecret));
        typeInto(page, "orgIdEdit", qstr(c.orgId));
        typeInto(page, "scopesEdit", qstr(ims::joinScopes(c.scopes)));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void passHealthCheck(ImsWizard &wizard)
    {
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::HealthPageId));
        auto *status = child<QLabel>(wizard.currentPage(), "healthStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Token retrieved successfully")), 15000);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    ims::Configuration save(ImsWizard &wizard)
    {
        [&] {
            QCOMPARE(wizard.currentId(), int(ImsWizard::SummaryPageId));
            wizard.button(QWizard::FinishButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.savedId().empty(), 15000);
        }();
        for (const auto &c : m_context->store().load().value())
            if (c.id == wizard.savedId())
                return c;
        return {};
    }

    std::string readSecret(const std::string &ref)
    {
        ims::ChunkingSecretStore reader(*m_secrets);
        std::optional<ims::Secret> value;
        bool done = false;
        reader.read(ref, [&](std::optional<ims::Secret> v, std::optional<ims::Error>) {
            value = std::move(v);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            qWarning("keychain read timed out");
        return value ? std::string(value->reveal()) : std::string();
    }

    void shot(QWidget &w, const char *name)
    {
        if (!m_shots.isEmpty())
            w.grab().save(m_shots + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    QTemporaryDir m_configDir;
    QTemporaryDir m_sandboxDir;
    SandboxServer m_server;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<AppContext> m_context;
    QStringList m_usedSecrets;
    QString m_shots;
};

QTEST_MAIN(TestFlowsGui)
#include "test_flows_gui.moc"
