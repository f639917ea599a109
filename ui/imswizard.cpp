#include "imswizard.h"

#include "appcontext.h"
#include "credentialspage.h"
#include "healthpage.h"
#include "solutionpage.h"
#include "summarypage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace {
int toId(ims::WizardPage page)
{
    switch (page) {
    case ims::WizardPage::Solution: return ImsWizard::SolutionPageId;
    case ims::WizardPage::Credentials: return ImsWizard::CredentialsPageId;
    case ims::WizardPage::HealthCheck: return ImsWizard::HealthPageId;
    case ims::WizardPage::Summary: return ImsWizard::SummaryPageId;
    case ims::WizardPage::Done: return -1;
    }
    return -1;
}

ims::WizardPage toPage(int id)
{
    switch (id) {
    case ImsWizard::SolutionPageId: return ims::WizardPage::Solution;
    case ImsWizard::CredentialsPageId: return ims::WizardPage::Credentials;
    case ImsWizard::HealthPageId: return ims::WizardPage::HealthCheck;
    case ImsWizard::SummaryPageId: return ims::WizardPage::Summary;
    default: return ims::WizardPage::Done;
    }
}
} // namespace

ImsWizard::ImsWizard(AppContext *context, QWidget *parent) : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("imsWizard"));
    setWindowTitle(context->sandboxActive() ? tr("New IMS configuration — Training sandbox")
                                            : tr("New IMS configuration"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ims-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Save"));
    setMinimumSize(760, 600);

    if (context->sandboxActive())
        m_state.config.authorizationServer = context->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString();

    setPage(SolutionPageId, new SolutionPage(this));
    setPage(CredentialsPageId, new CredentialsPage(this));
    setPage(HealthPageId, new HealthPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(SolutionPageId);
}

int ImsWizard::nextId() const
{
    return toId(ims::nextPage(toPage(currentId()), m_state));
}

QWidget *makeSandboxBanner(QWidget *parent)
{
    auto *banner = new QFrame(parent);
    banner->setObjectName(QStringLiteral("sandboxBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Both colours set, so the banner reads the same in light and dark themes; the icon and the
    // words carry the meaning, not the colour.
    banner->setStyleSheet(QStringLiteral("#sandboxBanner { background: #fff4c2; border: 1px solid #b38600; }"
                                         "#sandboxBanner QLabel { color: #3d2e00; }"));
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(banner);
    icon->setPixmap(banner->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    auto *text = new QLabel(ImsWizard::tr("<b>Training sandbox</b> — a local practice IMS; no real Adobe "
                                          "credentials are used or needed."),
                            banner);
    text->setWordWrap(true);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    return banner;
}
