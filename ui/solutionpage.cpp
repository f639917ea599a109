#include "solutionpage.h"

#include "appcontext.h"
#include "imswizard.h"
#include "messages.h"
#include "languages.h"

#include <imscore/catalog.h>

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QListWidget>
#include <QVBoxLayout>

SolutionPage::SolutionPage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Cloud solution"));
    setSubTitle(tr("Choose the Adobe solution this IMS configuration connects AEM to."));

    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));

    auto *label = new QLabel(tr("&Cloud solution:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("solutionList"));
    m_list->setAccessibleName(tr("Cloud solution"));
    label->setBuddy(m_list);
    for (const ims::CloudSolution &solution : ims::cloudSolutions()) {
        auto *item = new QListWidgetItem(Languages::solutionName(solution.id, solution.name), m_list);
        item->setData(Qt::UserRole, qs(solution.id));
    }
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("solutionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);

    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);

    auto *authBox = new QGroupBox(tr("Authentication"), this);
    auto *authLayout = new QVBoxLayout(authBox);
    m_oauth = new QRadioButton(tr("&OAuth Server-to-Server (recommended)"), authBox);
    m_oauth->setObjectName(QStringLiteral("oauthRadio"));
    m_jwt = new QRadioButton(tr("&JWT Service Account (deprecated, end of life 30 June 2025)"), authBox);
    m_jwt->setObjectName(QStringLiteral("jwtRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_oauth);
    group->addButton(m_jwt);
    m_oauth->setChecked(true);
    authLayout->addWidget(m_oauth);
    authLayout->addWidget(m_jwt);

    // Against real IMS a new JWT configuration is refused, with the way out right beside it.
    m_endOfLife = new QFrame(authBox);
    m_endOfLife->setObjectName(QStringLiteral("jwtEndOfLife"));
    m_endOfLife->setFrameShape(QFrame::StyledPanel);
    auto *eolLayout = new QHBoxLayout(m_endOfLife);
    auto *eolText = new QLabel(Messages::describe(ims::FieldProblem{ims::Field::AuthType, ims::Problem::JwtEndOfLife,
                                                                    {}}),
                               m_endOfLife);
    eolText->setWordWrap(true);
    auto *useOAuth = new QPushButton(tr("&Use OAuth instead"), m_endOfLife);
    useOAuth->setObjectName(QStringLiteral("useOAuthButton"));
    useOAuth->setAutoDefault(false);
    eolLayout->addWidget(eolText, 1);
    eolLayout->addWidget(useOAuth);
    authLayout->addWidget(m_endOfLife);
    m_endOfLife->hide();
    layout->addWidget(authBox);

    connect(m_oauth, &QRadioButton::toggled, this, &SolutionPage::authTypeChanged);
    connect(useOAuth, &QPushButton::clicked, m_oauth, [this] { m_oauth->setChecked(true); });

    connect(m_list, &QListWidget::currentItemChanged, this, &SolutionPage::selectionChanged);
    // A double click goes forward. (Enter already does: the list passes it on to the wizard's
    // default button, Next, so reacting to itemActivated here would go two steps.)
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            m_wizard->next();
    });
}

void SolutionPage::initializePage()
{
    // A sane default (the first solution, Adobe Target), or the earlier choice after Back.
    const QString current = qs(m_wizard->state().config.solutionId);
    m_list->setCurrentRow(0);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == current)
            m_list->setCurrentRow(i);
    }
    (m_wizard->state().config.authType == ims::AuthType::Jwt ? m_jwt : m_oauth)->setChecked(true);
    m_list->setFocus();
}

void SolutionPage::authTypeChanged()
{
    ims::WizardState &state = m_wizard->state();
    state.config.authType = m_jwt->isChecked() ? ims::AuthType::Jwt : ims::AuthType::OAuthServerToServer;
    m_endOfLife->setVisible(m_jwt->isChecked() && !state.sandbox);
    emit completeChanged();
}

void SolutionPage::selectionChanged()
{
    auto &config = m_wizard->state().config;
    const QListWidgetItem *item = m_list->currentItem();
    config.solutionId = item ? item->data(Qt::UserRole).toString().toStdString() : std::string();
    const ims::CloudSolution *solution = ims::findSolution(config.solutionId);
    if (!solution) {
        m_details->clear();
    } else {
        QString text = tr("Typical OAuth scopes: %1").arg(qs(ims::joinScopes(solution->scopes)).toHtmlEscaped());
        if (!solution->metascope.empty())
            text += QStringLiteral("<br>") + tr("JWT metascope: %1").arg(qs(solution->metascope).toHtmlEscaped());
        if (!solution->cloudService.empty())
            text += QStringLiteral("<br>")
                + tr("Afterwards in AEM: the %1 cloud service.").arg(qs(solution->cloudService).toHtmlEscaped());
        text += QStringLiteral("<br><a href=\"%1\">%2</a>")
                    .arg(qs(solution->documentation).toHtmlEscaped(), tr("Adobe documentation"));
        m_details->setText(text);
    }
    emit completeChanged();
}

bool SolutionPage::isComplete() const
{
    return ims::canAdvance(ims::WizardPage::Solution, m_wizard->state());
}
