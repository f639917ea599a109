#include "healthpage.h"

#include "appcontext.h"
#include "sandboxfaultselector.h"
#include "sandboxserver.h"
#include "formfields.h"
#include "healthcheck.h"
#include "imswizard.h"
#include "messages.h"
#include "networkdialog.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString durationText(std::int64_t seconds)
{
    const std::int64_t hours = seconds / 3600;
    const std::int64_t minutes = (seconds % 3600) / 60;
    if (hours > 0)
        return HealthPage::tr("%1 %2", "a duration: hours, then minutes")
            .arg(HealthPage::tr("%n hour(s)", nullptr, int(hours)),
                 HealthPage::tr("%n minute(s)", nullptr, int(minutes)));
    return HealthPage::tr("%n minute(s)", nullptr, int(minutes));
}
} // namespace

HealthPage::HealthPage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Health check"));
    setSubTitle(tr("Requests a real access token with these credentials, as AEM's \"Check Health\" does."));
    m_check = new HealthCheck(wizard->context()->transport(), this);

    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));
    // Trainers: show what a mistake looks like (only for the sandbox running in this process).
    if (SandboxServer *server = wizard->context()->sandboxServer())
        layout->addWidget(new SandboxFaultSelector(server, this));

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("healthBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("healthStatusLabel"));
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_status->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("healthMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    m_again = new QPushButton(tr("Check &again"), this);
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    m_cancel = new QPushButton(tr("&Cancel check"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_again->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    buttons->addWidget(m_again);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *network = new QPushButton(tr("Net&work…"), this);
    network->setObjectName(QStringLiteral("networkButton"));
    network->setAutoDefault(false);
    network->setToolTip(tr("Proxy and corporate TLS settings"));
    buttons->addWidget(network);
    connect(network, &QPushButton::clicked, this, [this] {
        auto *dialog = new NetworkDialog(m_wizard->context(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NetworkDialog::applied, this, [this] {
            if (!m_wizard->state().checkRunning)
                startCheck();
        });
        dialog->open();
    });

    m_tokenBox = new QWidget(this);
    auto *form = new QFormLayout(m_tokenBox);
    form->setContentsMargins(0, 0, 0, 0);
    m_expiry = new QLabel(m_tokenBox);
    m_expiry->setObjectName(QStringLiteral("expiryLabel"));
    m_scopes = new QLabel(m_tokenBox);
    m_scopes->setObjectName(QStringLiteral("grantedScopesLabel"));
    m_scopes->setWordWrap(true);
    m_skew = new QLabel(m_tokenBox);
    m_skew->setObjectName(QStringLiteral("clockSkewLabel"));
    m_skew->setWordWrap(true);
    m_token = new QLineEdit(m_tokenBox);
    m_token->setObjectName(QStringLiteral("accessTokenEdit"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password); // masked by default
    m_token->setAccessibleName(tr("Access token"));
    auto *reveal = m_token->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                      QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the access token"));
    connect(reveal, &QAction::toggled, this,
            [this](bool on) { m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_claims = new QPlainTextEdit(m_tokenBox);
    m_claims->setObjectName(QStringLiteral("claimsView"));
    m_claims->setReadOnly(true);
    m_claims->setAccessibleName(tr("Decoded access token"));
    m_claims->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("Expires in:"), m_expiry);
    form->addRow(tr("Scopes granted:"), m_scopes);
    form->addRow(tr("Clocks:"), m_skew);
    auto *tokenLabel = new QLabel(tr("Access &token:"), m_tokenBox);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, m_token);
    auto *claimsLabel = new QLabel(tr("Dec&oded token:"), m_tokenBox);
    claimsLabel->setBuddy(m_claims);
    form->addRow(claimsLabel, withCopyButton(m_claims, tr("Decoded token")));

    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_tokenBox, 1);
    layout->addStretch(0); // keeps the error text at the top when the token box is hidden

    connect(m_again, &QPushButton::clicked, this, &HealthPage::startCheck);
    connect(m_cancel, &QPushButton::clicked, this, &HealthPage::cancelCheck);
    connect(m_check, &HealthCheck::finished, this, &HealthPage::showReport);
    setRunning(false);
    m_tokenBox->hide();
}

void HealthPage::initializePage()
{
    // Coming back with unchanged credentials keeps the earlier result; anything else checks anew.
    if (m_wizard->state().healthOk && m_wizard->lastReport())
        showReport(*m_wizard->lastReport());
    else
        startCheck();
}

void HealthPage::cleanupPage()
{
    // Back while a check runs: stop it, so no late answer lands on a page the user left.
    cancelCheck();
}

void HealthPage::startCheck()
{
    ims::WizardState &state = m_wizard->state();
    state.healthOk = false;
    m_wizard->lastReport().reset();
    m_tokenBox->hide();
    m_status->setText(tr("Requesting an access token from %1…").arg(qs(state.config.authorizationServer)));
    m_message->clear();
    setRunning(true);
    if (state.config.authType == ims::AuthType::Jwt)
        m_check->startJwt(state.config, m_wizard->clientSecret(), m_wizard->keyPair().key);
    else
        m_check->start(state.config, m_wizard->clientSecret());
}

void HealthPage::cancelCheck()
{
    if (!m_check->running())
        return;
    m_check->cancel();
    setRunning(false);
    m_status->setText(tr("Check cancelled."));
    m_message->setText(tr("Use \"Check again\" to retry."));
}

void HealthPage::setRunning(bool running)
{
    m_wizard->state().checkRunning = running;
    m_busy->setVisible(running);
    m_cancel->setVisible(running);
    m_again->setEnabled(!running);
    emit completeChanged();
}

void HealthPage::showReport(const ims::HealthReport &report)
{
    ims::WizardState &state = m_wizard->state();
    state.healthOk = report.ok;
    m_wizard->lastReport() = report;
    setRunning(false);

    QString skew;
    if (report.warning && report.warning->code == ims::ErrorCode::ClockSkew) {
        // Detected by core from the server's Date header; explained like any other problem.
        const UserMessage m = Messages::describe(*report.warning);
        skew = tr("%1: %2 What to do: %3").arg(m.title, m.text, m.remedy);
    } else if (report.clockSkewSeconds) {
        skew = tr("In step with the server.");
    } else {
        skew = tr("The server sent no time.");
    }

    if (report.ok) {
        m_status->setText(QStringLiteral("✔ ") + tr("Token retrieved successfully"));
        m_message->setText(state.config.sandbox
                               ? tr("The training sandbox issued an access token. Continue to save the configuration.")
                               : tr("Adobe IMS issued an access token. Continue to save the configuration."));
        const QDateTime at = QDateTime::fromSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::seconds>(report.expiresAt.time_since_epoch()).count());
        m_expiry->setText(tr("%1 (at %2)").arg(durationText(report.expiresInSeconds),
                                               QLocale().toString(at, QLocale::ShortFormat)));
        QStringList scopes;
        for (const auto &s : report.grantedScopes)
            scopes << qs(s);
        m_scopes->setText(scopes.isEmpty() ? tr("(not listed in the token)") : scopes.join(QStringLiteral(", ")));
        m_skew->setText(skew);
        m_token->setText(QString::fromUtf8(report.accessToken.reveal().data(), qsizetype(report.accessToken.size())));
        m_claims->setPlainText(report.claimsJson.empty() ? tr("The access token is not a JWT; nothing to decode.")
                                                         : qs(report.claimsJson));
        m_tokenBox->show();
    } else {
        const UserMessage m = Messages::describe(report.error);
        m_status->setText(QStringLiteral("✖ ") + m.title);
        QString text = m.text + QStringLiteral("\n") + tr("What to do: %1").arg(m.remedy);
        if (!m.details.isEmpty())
            text += QStringLiteral("\n\n") + tr("Details:") + QLatin1Char('\n') + m.details;
        if (report.warning)
            text += QStringLiteral("\n\n") + skew;
        m_message->setText(text);
        m_token->clear();
        m_tokenBox->hide();
    }
    m_status->setAccessibleDescription(m_message->text());
    emit completeChanged();
}

bool HealthPage::isComplete() const
{
    return ims::canAdvance(ims::WizardPage::HealthCheck, m_wizard->state());
}
