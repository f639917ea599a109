#include "imswizard.h"

#include "aemversionpage.h"
#include "appcontext.h"
#include "appicon.h"
#include "certificatepage.h"
#include "cloudservicepage.h"
#include "consolestepspage.h"
#include "credentialspage.h"
#include "jwtcredentialspage.h"
#include "healthpage.h"
#include "solutionpage.h"
#include "summarypage.h"
#include "qttransport.h"

#include <imscore/catalog.h>
#include <imscore/certificates.h>
#include <imscore/sandbox.h>

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QAbstractButton>
#include <QLabel>
#include <QStyle>

namespace {
int toId(ims::WizardPage page)
{
    switch (page) {
    case ims::WizardPage::Solution: return ImsWizard::SolutionPageId;
    case ims::WizardPage::Certificate: return ImsWizard::CertificatePageId;
    case ims::WizardPage::Credentials: return ImsWizard::CredentialsPageId;
    case ims::WizardPage::JwtCredentials: return ImsWizard::JwtCredentialsPageId;
    case ims::WizardPage::HealthCheck: return ImsWizard::HealthPageId;
    case ims::WizardPage::Summary: return ImsWizard::SummaryPageId;
    case ims::WizardPage::AemVersion: return ImsWizard::AemVersionPageId;
    case ims::WizardPage::ConsoleSteps: return ImsWizard::ConsoleStepsPageId;
    case ims::WizardPage::CloudService: return ImsWizard::CloudServicePageId;
    case ims::WizardPage::Done: return -1;
    }
    return -1;
}

ims::WizardPage toPage(int id)
{
    switch (id) {
    case ImsWizard::SolutionPageId: return ims::WizardPage::Solution;
    case ImsWizard::CertificatePageId: return ims::WizardPage::Certificate;
    case ImsWizard::CredentialsPageId: return ims::WizardPage::Credentials;
    case ImsWizard::JwtCredentialsPageId: return ims::WizardPage::JwtCredentials;
    case ImsWizard::HealthPageId: return ims::WizardPage::HealthCheck;
    case ImsWizard::SummaryPageId: return ims::WizardPage::Summary;
    case ImsWizard::AemVersionPageId: return ims::WizardPage::AemVersion;
    case ImsWizard::ConsoleStepsPageId: return ims::WizardPage::ConsoleSteps;
    case ImsWizard::CloudServicePageId: return ims::WizardPage::CloudService;
    default: return ims::WizardPage::Done;
    }
}
} // namespace

ImsWizard::ImsWizard(AppContext *context, QWidget *parent) : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("imsWizard"));
    setWindowTitle(context->sandboxActive() ? tr("New IMS configuration — Training sandbox")
                                            : tr("New IMS configuration"));
    setWindowIcon(appIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // The help button is "Adobe documentation": the right Adobe page for each step.
    setOption(QWizard::HaveHelpButton, true);
    setButtonText(QWizard::HelpButton, tr("Adobe &documentation"));
    button(QWizard::HelpButton)->setToolTip(tr("Opens Adobe's documentation for this step in the browser"));
    connect(this, &QWizard::helpRequested, this, [this] { openUrl(documentationUrl()); });
    // Keyboard users start where the page means them to (Client ID, the title…), not on its first button.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        QWidget *wanted = m_pageFocus;
        m_pageFocus = nullptr;
        if (wanted && currentPage() && currentPage()->isAncestorOf(wanted) && wanted->isVisible())
            wanted->setFocus(Qt::TabFocusReason);
    });
    setButtonText(QWizard::FinishButton, tr("&Save"));
    setMinimumSize(860, 700);
    setAcceptDrops(true);

    m_state.sandbox = context->sandboxActive();
    if (context->sandboxActive())
        m_state.config.authorizationServer = context->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString();

    setPage(SolutionPageId, new SolutionPage(this));
    setPage(CertificatePageId, new CertificatePage(this));
    setPage(CredentialsPageId, new CredentialsPage(this));
    setPage(JwtCredentialsPageId, new JwtCredentialsPage(this));
    setPage(HealthPageId, new HealthPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setPage(AemVersionPageId, new AemVersionPage(this));
    setPage(ConsoleStepsPageId, new ConsoleStepsPage(this));
    setPage(CloudServicePageId, new CloudServicePage(this));
    setStartId(AemVersionPageId);
}

void ImsWizard::setKeyPair(ims::KeyAndCertificate pair, const std::string &alias)
{
    m_keyPair = std::move(pair);
    ims::Configuration &c = m_state.config;
    c.certificateAlias = alias;
    const auto pem = m_keyPair.certificate.isNull() ? ims::Result<std::string>(std::string())
                                                    : m_keyPair.certificate.toPem();
    c.certificatePem = pem ? pem.value() : std::string();
    m_state.hasPrivateKey = !m_keyPair.key.isNull() && !c.certificatePem.empty();
    m_state.certificateDaysLeft = m_keyPair.certificate.isNull()
        ? 0
        : ims::daysLeft(m_keyPair.certificate, std::chrono::system_clock::now());
    // A new key means a new check.
    m_state.healthOk = false;
}

void ImsWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    m_pageFocus = page(id) ? page(id)->focusWidget() : nullptr;
}

int ImsWizard::nextId() const
{
    return toId(ims::nextPage(toPage(currentId()), m_state));
}

// Straight to the page's handler, not through QApplication::notify: Qt delivers a drop to the
// widget that accepted the drag's entry (here the wizard), and passes ignored drags to the parent.
void ImsWizard::dragEnterEvent(QDragEnterEvent *event)
{
    QWizardPage *page = currentPage();
    if (!page || !page->acceptDrops())
        return event->ignore();
    static_cast<QObject *>(page)->event(event);
}

void ImsWizard::dragMoveEvent(QDragMoveEvent *event)
{
    QWizardPage *page = currentPage();
    if (page && page->acceptDrops())
        event->acceptProposedAction();
}

void ImsWizard::dropEvent(QDropEvent *event)
{
    QWizardPage *page = currentPage();
    if (!page || !page->acceptDrops())
        return event->ignore();
    static_cast<QObject *>(page)->event(event);
}

QUrl ImsWizard::documentationUrl() const
{
    if (const QWizardPage *page = currentPage()) {
        const QVariant own = page->property(kDocumentationProperty);
        if (own.isValid() && !own.toString().isEmpty())
            return QUrl(own.toString());
    }
    const bool jwt = m_state.config.authType == ims::AuthType::Jwt;
    switch (currentId()) {
    case SolutionPageId:
        if (const ims::CloudSolution *solution = ims::findSolution(m_state.config.solutionId))
            if (!solution->documentation.empty())
                return QUrl(QString::fromStdString(solution->documentation));
        break;
    case CredentialsPageId:
        return QUrl(QLatin1String(AdobeDocs::kOAuthServerToServer));
    case JwtCredentialsPageId:
        return QUrl(QLatin1String(AdobeDocs::kJwtMigration));
    case HealthPageId:
        return QUrl(QLatin1String(jwt ? AdobeDocs::kJwtMigration : AdobeDocs::kImsApi));
    default:
        break;
    }
    return QUrl(QLatin1String(AdobeDocs::kImsIntegrationsAem65));
}

bool ImsWizard::openUrl(const QUrl &url) const
{
    return m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
}

QString ImsWizard::writePublicCertificate(QString *error) const
{
    const ims::Configuration &c = m_state.config;
    if (c.certificatePem.empty())
        return {};
    QString alias = qs(c.certificateAlias.empty() ? std::string("certificate") : c.certificateAlias);
    alias.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString folder = QDir(m_context->configDir()).filePath(QStringLiteral("certificates/") + alias);
    const QString path = QDir(folder).filePath(QLatin1String(ims::kPublicCertificateFileName.data()));
    QDir().mkpath(folder);
    QSaveFile file(path); // public: the certificate only, never the key
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(c.certificatePem)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return QFileInfo(path).absoluteFilePath();
}

std::string ImsWizard::targetRoleClientId() const
{
    if (!m_state.config.clientId.empty())
        return m_state.config.clientId;
    for (const ims::SandboxClient &client : ims::sandboxOrganisation()) {
        if (client.solutionId == "target")
            return client.clientId;
    }
    return {};
}

void ImsWizard::assignTargetEditorRole(std::function<void(bool, const QString &)> done)
{
    if (!m_context->sandboxActive()) {
        done(false, tr("Only the training sandbox can be changed from here; use the Admin Console."));
        return;
    }
    ims::HttpRequest request;
    request.method = "POST";
    const QString clientId = QString::fromUtf8(QUrl::toPercentEncoding(qs(targetRoleClientId())));
    request.url = (m_context->sandboxUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/sandbox/clients/")
                   + clientId + QStringLiteral("/target-role"))
                      .toStdString();
    request.headers.emplace_back("Content-Type", "application/json");
    request.body = R"({"role":"editor"})";
    QPointer<ImsWizard> self(this);
    m_context->transport()->send(request, [self, done](ims::HttpResponse response) {
        if (!self)
            return;
        if (response.status == 200)
            done(true, tr("The technical account now has the Target role Editor (training sandbox)."));
        else
            done(false, tr("The training sandbox did not change the role (HTTP status %1).").arg(response.status));
    });
}

QWidget *makeSandboxBanner(QWidget *parent)
{
    auto *banner = new QFrame(parent);
    banner->setObjectName(QStringLiteral("sandboxBanner"));
    // Palette roles, not fixed colours: the banner follows light, dark and high-contrast palettes
    // (and a palette change at run time). The frame is drawn in the highlight colour; the icon and
    // the words carry the meaning, not the colour.
    banner->setFrameStyle(QFrame::Box | QFrame::Plain);
    banner->setLineWidth(2);
    banner->setForegroundRole(QPalette::Highlight);
    banner->setBackgroundRole(QPalette::AlternateBase);
    banner->setAutoFillBackground(true);
    banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(banner);
    icon->setPixmap(banner->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    auto *text = new QLabel(ImsWizard::tr("<b>Training sandbox</b> — a local practice IMS; no real Adobe "
                                          "credentials are used or needed."),
                            banner);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("sandboxBannerText"));
    text->setForegroundRole(QPalette::WindowText); // not the frame's highlight colour
    banner->setAccessibleName(ImsWizard::tr("Training sandbox"));
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    return banner;
}
