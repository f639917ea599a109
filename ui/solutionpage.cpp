#include "solutionpage.h"

#include "appcontext.h"
#include "imswizard.h"
#include "messages.h"
#include "languages.h"

#include <imscore/catalog.h>
#include <imscore/cloud_service.h>

#include <QButtonGroup>
#include <QStringList>

#include <algorithm>
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
    m_useOAuth = useOAuth;
    useOAuth->setObjectName(QStringLiteral("useOAuthButton"));
    useOAuth->setAutoDefault(false);
    eolLayout->addWidget(eolText, 1);
    eolLayout->addWidget(useOAuth);
    authLayout->addWidget(m_endOfLife);
    m_endOfLife->hide();
    // Where the AEM version has no OAuth: why, and the hotfix that adds it.
    m_oauthNote = new QLabel(authBox);
    m_oauthNote->setObjectName(QStringLiteral("oauthVersionNote"));
    m_oauthNote->setWordWrap(true);
    m_oauthNote->hide();
    authLayout->addWidget(m_oauthNote);
    layout->addWidget(authBox);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("solutionProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems);

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
    applyAemVersion();
    // A sane default (the first solution the AEM version offers), or the earlier choice after Back.
    const ims::AemVersion version = m_wizard->state().config.aemVersion;
    const QString current = qs(m_wizard->state().config.solutionId);
    int row = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString id = m_list->item(i)->data(Qt::UserRole).toString();
        if (!ims::solutionAvailable(version, id.toStdString()))
            continue;
        if (row < 0 || id == current)
            row = i;
    }
    m_list->setCurrentRow(std::max(row, 0));
    (m_wizard->state().config.authType == ims::AuthType::Jwt ? m_jwt : m_oauth)->setChecked(true);
    authTypeChanged();
    m_list->setFocus();
}

void SolutionPage::applyAemVersion()
{
    const ims::AemVersion version = m_wizard->state().config.aemVersion;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const std::string id = item->data(Qt::UserRole).toString().toStdString();
        const ims::CloudSolution *solution = ims::findSolution(id);
        const bool available = ims::solutionAvailable(version, id);
        item->setFlags(available ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags);
        item->setText(available || !solution ? qs(solution ? solution->name : id)
                                             : tr("%1 (needs AEM 6.4 or later)").arg(qs(solution->name)));
    }
    const bool oauth = ims::supportsOAuth(version);
    m_oauth->setEnabled(oauth);
    m_useOAuth->setVisible(oauth);
    m_oauthNote->setVisible(!oauth);
    if (!oauth) {
        m_oauthNote->setText(Messages::describe(ims::FieldProblem{ims::Field::AuthType, ims::Problem::OAuthNeedsNewerAem,
                                                                  std::string(ims::aemVersionName(version))}));
        m_jwt->setChecked(true);
    }
}

void SolutionPage::showProblems()
{
    QStringList lines;
    for (const ims::FieldProblem &p : ims::pageProblems(ims::WizardPage::Solution, m_wizard->state())) {
        if (p.problem != ims::Problem::JwtEndOfLife) // shown with its own button
            lines << Messages::describe(p);
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

void SolutionPage::authTypeChanged()
{
    ims::WizardState &state = m_wizard->state();
    state.config.authType = m_jwt->isChecked() ? ims::AuthType::Jwt : ims::AuthType::OAuthServerToServer;
    m_endOfLife->setVisible(m_jwt->isChecked() && !state.sandbox);
    showProblems();
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
    showProblems();
    emit completeChanged();
}

bool SolutionPage::isComplete() const
{
    return ims::canAdvance(ims::WizardPage::Solution, m_wizard->state());
}
