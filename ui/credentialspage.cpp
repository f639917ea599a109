#include "credentialspage.h"

#include "appcontext.h"
#include "sandboxfaultselector.h"
#include "sandboxserver.h"
#include "asyncdialogs.h"
#include "formfields.h"
#include "imswizard.h"
#include "logging.h"
#include "messages.h"

#include <imscore/catalog.h>
#include <imscore/sandbox.h>
#include <imscore/validation.h>

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr qint64 kMaxImportBytes = 1024 * 1024;
}

CredentialsPage::CredentialsPage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("Copy the OAuth Server-to-Server credential from the Adobe Developer Console, or paste or drop "
                   "the JSON it downloads."));
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));
    // Trainers: show what a mistake looks like (only for the sandbox running in this process).
    if (SandboxServer *server = wizard->context()->sandboxServer())
        layout->addWidget(new SandboxFaultSelector(server, this));

    auto *buttons = new QHBoxLayout;
    auto *paste = new QPushButton(tr("Paste &JSON"), this);
    paste->setObjectName(QStringLiteral("pasteJsonButton"));
    paste->setToolTip(tr("Fill the form from Developer Console JSON on the clipboard"));
    auto *open = new QPushButton(tr("Import JSON &file…"), this);
    open->setObjectName(QStringLiteral("importJsonButton"));
    // Enter in a field means Next, never "paste" or "import".
    paste->setAutoDefault(false);
    open->setAutoDefault(false);
    buttons->addWidget(paste);
    buttons->addWidget(open);
    if (wizard->context()->sandboxActive()) {
        m_sampleButton = new QPushButton(tr("Fill with sandbox &sample"), this);
        m_sampleButton->setObjectName(QStringLiteral("sampleButton"));
        m_sampleButton->setToolTip(tr("Use the training organisation's credential for the chosen solution"));
        m_sampleButton->setAutoDefault(false);
        buttons->addWidget(m_sampleButton);
        connect(m_sampleButton, &QPushButton::clicked, this, &CredentialsPage::fillFromSandboxSample);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_importMessage = new QLabel(this);
    m_importMessage->setObjectName(QStringLiteral("importMessage"));
    m_importMessage->setWordWrap(true);
    m_importMessage->hide();
    layout->addWidget(m_importMessage);

    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_server = addField(tr("Authori&zation server:"), QStringLiteral("serverEdit"),
                        QStringLiteral("https://ims-na1.adobelogin.com"));
    m_clientId = addField(tr("Client &ID:"), QStringLiteral("clientIdEdit"), tr("from the credential's page"));
    m_secret = addField(tr("Client s&ecret:"), QStringLiteral("clientSecretEdit"), tr("\"Retrieve client secret\""));
    m_secret->setEchoMode(QLineEdit::Password);
    auto *reveal = m_secret->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                       QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the secret"));
    connect(reveal, &QAction::toggled, this, [this](bool on) {
        m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_orgId = addField(tr("&Organization ID:"), QStringLiteral("orgIdEdit"), QStringLiteral("…@AdobeOrg"));
    m_techAccountId = addField(tr("&Technical account ID:"), QStringLiteral("techAccountIdEdit"),
                               QStringLiteral("…@techacct.adobe.com"));
    m_techAccountEmail = addField(tr("Technical account e&mail:"), QStringLiteral("techAccountEmailEdit"),
                                  QStringLiteral("…@techacct.adobe.com"));
    m_scopes = addField(tr("Sco&pes:"), QStringLiteral("scopesEdit"), tr("comma-separated, as the console lists them"));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);
    layout->addStretch(1);

    connect(paste, &QPushButton::clicked, this, [this] {
        const QString text = QGuiApplication::clipboard()->text();
        if (text.trimmed().isEmpty())
            showImportMessage(tr("The clipboard is empty. Copy the JSON from the Developer Console first."), true);
        else
            importJson(text.toUtf8());
    });
    connect(open, &QPushButton::clicked, this, [this] {
        askForFile(this, tr("Import Developer Console JSON"), tr("JSON files (*.json);;All files (*)"), false, {},
                   [this](const QString &path) { importFile(path); });
    });
}

QLineEdit *CredentialsPage::addField(const QString &label, const QString &objectName, const QString &placeholder)
{
    QLineEdit *edit = addLabelledLineEdit(m_form, this, label, objectName);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, [this, edit] { fieldsEdited(edit); });
    return edit;
}

void CredentialsPage::initializePage()
{
    // Fill from the state, so choices survive Back and a re-entry.
    m_filling = true;
    const ims::Configuration &c = m_wizard->state().config;
    m_server->setText(qs(c.authorizationServer));
    m_clientId->setText(qs(c.clientId));
    m_secret->setText(QString::fromUtf8(m_wizard->clientSecret().reveal().data(),
                                        qsizetype(m_wizard->clientSecret().size())));
    m_orgId->setText(qs(c.orgId));
    m_techAccountId->setText(qs(c.technicalAccountId));
    m_techAccountEmail->setText(qs(c.technicalAccountEmail));
    m_scopes->setText(qs(ims::joinScopes(c.scopes)));
    m_filling = false;
    syncStateFromFields();
    m_clientId->setFocus();
}

void CredentialsPage::fieldsEdited(QLineEdit *source)
{
    if (m_filling)
        return;
    // Paste detection: a whole Developer Console download pasted into any field fills the form.
    const QString text = source->text();
    if (text.size() > 20 && ims::looksLikeDeveloperConsoleJson(text.toStdString())) {
        const QByteArray json = text.toUtf8();
        m_filling = true;
        source->clear();
        m_filling = false;
        if (!importJson(json))
            syncStateFromFields();
        return;
    }
    syncStateFromFields();
}

void CredentialsPage::syncStateFromFields()
{
    ims::WizardState &state = m_wizard->state();
    ims::Configuration &c = state.config;
    const ims::Configuration before = c;
    const ims::Secret secretBefore = m_wizard->clientSecret();

    c.authorizationServer = ims::normalizeAuthorizationServer(m_server->text().toStdString());
    c.clientId = m_clientId->text().trimmed().toStdString();
    QByteArray secret = m_secret->text().trimmed().toUtf8();
    m_wizard->clientSecret() = ims::Secret(secret.toStdString());
    secret.fill('\0');
    state.hasClientSecret = !m_wizard->clientSecret().empty();
    c.orgId = m_orgId->text().trimmed().toStdString();
    c.technicalAccountId = m_techAccountId->text().trimmed().toStdString();
    c.technicalAccountEmail = m_techAccountEmail->text().trimmed().toStdString();
    c.scopes = ims::parseScopes(m_scopes->text().toStdString());
    const auto sandbox = m_wizard->context()->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString();
    c.sandbox = m_wizard->context()->sandboxActive() && c.authorizationServer == sandbox;

    // A check proves only the credentials it was made with.
    if (before.authorizationServer != c.authorizationServer || before.clientId != c.clientId
        || before.orgId != c.orgId || before.scopes != c.scopes || !(secretBefore == m_wizard->clientSecret()))
        state.healthOk = false;

    showProblems();
    emit completeChanged();
}

void CredentialsPage::showProblems()
{
    const auto problems = ims::pageProblems(ims::WizardPage::Credentials, m_wizard->state());
    QStringList specific;
    QStringList missing;
    for (const ims::FieldProblem &p : problems) {
        if (p.problem == ims::Problem::Required)
            missing << Messages::fieldLabel(p.field);
        else
            specific << QStringLiteral("• ") + Messages::describe(p);
    }
    if (!missing.isEmpty())
        specific << tr("Still needed: %1").arg(QLocale().createSeparatedList(missing));
    m_problems->setText(specific.join(QLatin1Char('\n')));
}

bool CredentialsPage::isComplete() const
{
    return ims::canAdvance(ims::WizardPage::Credentials, m_wizard->state());
}

bool CredentialsPage::importJson(const QByteArray &text)
{
    ims::ImportResult result = ims::importDeveloperConsoleJson(std::string_view(text.constData(), text.size()));
    if (!result.recognised) {
        const QString why = result.problems.empty() ? tr("The text is not a Developer Console download.")
                                                    : Messages::describe(result.problems.front());
        showImportMessage(why, true);
        return false;
    }
    for (const ims::FieldProblem &p : result.problems) {
        // A document with the wrong kind of credential or wrongly typed values is not half-used.
        if (p.problem == ims::Problem::JwtCredential || p.problem == ims::Problem::NoCredential
            || p.problem == ims::Problem::WrongType) {
            showImportMessage(Messages::describe(p), true);
            return false;
        }
    }
    const ims::Configuration &in = result.config;
    m_filling = true;
    int filled = 0;
    auto fill = [&filled](QLineEdit *edit, const std::string &value) {
        if (!value.empty()) {
            edit->setText(qs(value));
            ++filled;
        }
    };
    fill(m_clientId, in.clientId);
    if (!result.clientSecrets.empty()) {
        const auto &secret = result.clientSecrets.front();
        m_secret->setText(QString::fromUtf8(secret.reveal().data(), qsizetype(secret.size())));
        ++filled;
    }
    fill(m_orgId, in.orgId);
    fill(m_techAccountId, in.technicalAccountId);
    fill(m_techAccountEmail, in.technicalAccountEmail);
    fill(m_scopes, ims::joinScopes(in.scopes));
    m_filling = false;
    if (!in.solutionId.empty() && m_wizard->state().config.solutionId.empty())
        m_wizard->state().config.solutionId = in.solutionId;
    if (!in.title.empty() && m_wizard->state().config.title.empty())
        m_wizard->state().config.title = in.title;
    syncStateFromFields();

    const QString message = result.clientSecrets.size() > 1
        ? tr("Filled %n field(s) from the Developer Console download. It lists %1 client secrets; the first "
             "is used.", nullptr, filled).arg(result.clientSecrets.size())
        : tr("Filled %n field(s) from the Developer Console download.", nullptr, filled);
    showImportMessage(message, false);
    qCInfo(lcWizard) << "imported" << qs(result.sourceKind) << "fields" << filled;
    return true;
}

void CredentialsPage::importFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxImportBytes) {
        showImportMessage(tr("%1 is too large to be a Developer Console download.").arg(QFileInfo(path).fileName()),
                          true);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showImportMessage(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), true);
        return;
    }
    importJson(file.read(kMaxImportBytes));
}

void CredentialsPage::showImportMessage(const QString &text, bool isError)
{
    m_importMessage->setText(isError ? tr("Not imported: %1").arg(text) : text);
    m_importMessage->setAccessibleDescription(m_importMessage->text());
    m_importMessage->show();
}

void CredentialsPage::fillFromSandboxSample()
{
    const std::string &solution = m_wizard->state().config.solutionId;
    const auto &clients = ims::sandboxOrganisation();
    if (clients.empty())
        return;
    const ims::SandboxClient *chosen = &clients.front();
    for (const ims::SandboxClient &client : clients)
        if (client.solutionId == solution)
            chosen = &client;
    m_server->setText(m_wizard->context()->sandboxUrl().toString(QUrl::StripTrailingSlash));
    importJson(QByteArray::fromStdString(ims::sandboxCredentialJson(*chosen)));
}

void CredentialsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void CredentialsPage::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (data->hasUrls() && data->urls().constFirst().isLocalFile())
        importFile(data->urls().constFirst().toLocalFile());
    else if (data->hasText())
        importJson(data->text().toUtf8());
    event->acceptProposedAction();
}
