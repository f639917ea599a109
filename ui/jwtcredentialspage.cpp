#include "jwtcredentialspage.h"

#include "appcontext.h"
#include "formfields.h"
#include "imswizard.h"
#include "messages.h"

#include <imscore/catalog.h>
#include <imscore/certificates.h>
#include <imscore/devconsole_import.h>
#include <imscore/jwt_credentials.h>
#include <imscore/sandbox.h>
#include <imscore/validation.h>

#include <nlohmann/json.hpp>

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

JwtCredentialsPage::JwtCredentialsPage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("JWT credentials"));
    setSubTitle(tr("The fields of AEM's JWT form, from the credential in the Developer Console. Paste the JSON of "
                   "its \"Generate JWT\" tab as the payload."));
    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));
    auto *row = new QHBoxLayout;
    auto *paste = new QPushButton(tr("Paste &JSON"), this);
    paste->setObjectName(QStringLiteral("jwtPasteButton"));
    paste->setToolTip(tr("An AEM as a Cloud Service service credential, a Developer Console JWT credential, or "
                         "the payload"));
    paste->setAutoDefault(false);
    row->addWidget(paste);
    connect(paste, &QPushButton::clicked, this,
            [this] { importJson(QGuiApplication::clipboard()->text().toUtf8()); });
    if (wizard->context()->sandboxActive()) {
        auto *sample = new QPushButton(tr("Fill with sandbox &sample"), this);
        sample->setObjectName(QStringLiteral("jwtSampleButton"));
        sample->setAutoDefault(false);
        row->addWidget(sample);
        connect(sample, &QPushButton::clicked, this, &JwtCredentialsPage::fillFromSandboxSample);
    }
    row->addStretch(1);
    layout->addLayout(row);
    m_importMessage = new QLabel(this);
    m_importMessage->setObjectName(QStringLiteral("jwtImportMessage"));
    m_importMessage->setWordWrap(true);
    m_importMessage->hide();
    layout->addWidget(m_importMessage);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_server = addField(form, tr("Authori&zation server:"), "jwtServerEdit");
    m_clientId = addField(form, tr("API &key (client ID):"), "apiKeyEdit");
    m_secret = addField(form, tr("Client s&ecret:"), "jwtClientSecretEdit");
    m_secret->setEchoMode(QLineEdit::Password);
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("payloadEdit"));
    m_payload->setAccessibleName(tr("Payload"));
    m_payload->setTabChangesFocus(true);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(QStringLiteral("{\n  \"exp\": …,\n  \"iss\": \"…@AdobeOrg\",\n  \"sub\": \"…@techacct.adobe.com\",\n  "
                                                 "\"https://ims-na1.adobelogin.com/s/ent_…\": true,\n  \"aud\": \"https://ims-na1.adobelogin.com/c/…\"\n}"));
    auto *payloadLabel = new QLabel(tr("Pa&yload:"), this);
    payloadLabel->setBuddy(m_payload);
    form->addRow(payloadLabel, m_payload);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &JwtCredentialsPage::sync);

    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("payloadSummary"));
    m_derived->setWordWrap(true);
    m_derived->setTextFormat(Qt::PlainText);
    layout->addWidget(m_derived);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("jwtProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);
}

QLineEdit *JwtCredentialsPage::addField(QFormLayout *form, const QString &label, const char *objectName)
{
    QLineEdit *edit = addLabelledLineEdit(form, this, label, QLatin1String(objectName));
    connect(edit, &QLineEdit::textChanged, this, &JwtCredentialsPage::sync);
    return edit;
}

void JwtCredentialsPage::initializePage()
{
    m_filling = true;
    const ims::Configuration &c = m_wizard->state().config;
    m_server->setText(qs(c.authorizationServer));
    m_clientId->setText(qs(c.clientId));
    m_secret->setText(QString::fromUtf8(m_wizard->clientSecret().reveal().data(),
                                        qsizetype(m_wizard->clientSecret().size())));
    if (m_payload->toPlainText().isEmpty() && !c.orgId.empty() && !c.clientId.empty()) {
        // Filled from an imported service credential: show the claims it implies.
        m_payload->setPlainText(qs(nlohmann::json::parse(ims::buildJwtClaims(c, std::chrono::system_clock::now()))
                                       .dump(2)));
    }
    m_filling = false;
    sync();
    m_clientId->setFocus();
}

void JwtCredentialsPage::sync()
{
    if (m_filling)
        return;
    ims::WizardState &state = m_wizard->state();
    ims::Configuration &c = state.config;
    const ims::Configuration before = c;
    const ims::Secret secretBefore = m_wizard->clientSecret();
    c.authorizationServer = ims::normalizeAuthorizationServer(m_server->text().toStdString());
    c.clientId = m_clientId->text().trimmed().toStdString();
    m_wizard->clientSecret() = ims::Secret(m_secret->text().trimmed().toStdString());
    state.hasClientSecret = !m_wizard->clientSecret().empty();
    const auto sandbox = m_wizard->context()->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString();
    c.sandbox = state.sandbox && c.authorizationServer == sandbox;

    m_payloadProblem.clear();
    const QString payload = m_payload->toPlainText().trimmed();
    // A whole service credential or Developer Console download pasted as the payload is spread out.
    if (payload.size() > 20
        && (ims::looksLikeServiceCredential(payload.toStdString())
            || (ims::looksLikeDeveloperConsoleJson(payload.toStdString()) && !ims::looksLikeJwtPayload(payload.toStdString())))) {
        const QByteArray json = payload.toUtf8();
        m_filling = true;
        m_payload->clear();
        m_filling = false;
        if (importJson(json))
            return;
        sync();
        return;
    }
    QStringList problems;
    if (!payload.isEmpty()) {
        const ims::ImportResult parsed = ims::importJwtPayload(payload.toStdString());
        if (!parsed.recognised) {
            m_payloadProblem = parsed.problems.empty() ? tr("The payload is not a JWT payload.")
                                                       : Messages::describe(parsed.problems.front());
        } else {
            c.orgId = parsed.config.orgId;
            c.technicalAccountId = parsed.config.technicalAccountId;
            c.metascopes = parsed.config.metascopes;
            for (const ims::FieldProblem &p : parsed.problems)
                problems << QStringLiteral("• ") + Messages::describe(p);
            // aud ties the JWT to one server and one client: both must be the ones used here.
            if (!parsed.config.clientId.empty() && parsed.config.clientId != c.clientId)
                m_payloadProblem = tr("The payload's aud names the client %1, but the API key is %2.")
                                       .arg(qs(parsed.config.clientId), qs(c.clientId));
            else if (!parsed.config.authorizationServer.empty()
                     && parsed.config.authorizationServer != c.authorizationServer && !state.sandbox)
                m_payloadProblem = tr("The payload's aud names the server %1, but the authorization server is %2.")
                                       .arg(qs(parsed.config.authorizationServer), qs(c.authorizationServer));
        }
    }
    if (!m_payloadProblem.isEmpty())
        problems.prepend(QStringLiteral("• ") + m_payloadProblem);

    QStringList metascopes;
    for (const auto &m : c.metascopes)
        metascopes << qs(m);
    m_derived->setText(tr("Organization: %1\nTechnical account: %2\nMetascopes: %3")
                           .arg(c.orgId.empty() ? tr("(from the payload)") : qs(c.orgId),
                                c.technicalAccountId.empty() ? tr("(from the payload)") : qs(c.technicalAccountId),
                                metascopes.isEmpty() ? tr("(from the payload)") : metascopes.join(QStringLiteral(", "))));

    QStringList missing;
    for (const ims::FieldProblem &p : ims::pageProblems(ims::WizardPage::JwtCredentials, state)) {
        if (p.problem == ims::Problem::Required)
            missing << Messages::fieldLabel(p.field);
        else
            problems << QStringLiteral("• ") + Messages::describe(p);
    }
    if (!missing.isEmpty())
        problems << tr("Still needed: %1").arg(QLocale().createSeparatedList(missing));
    m_problems->setText(problems.join(QLatin1Char('\n')));

    if (before.authorizationServer != c.authorizationServer || before.clientId != c.clientId
        || before.orgId != c.orgId || before.technicalAccountId != c.technicalAccountId
        || before.metascopes != c.metascopes || !(secretBefore == m_wizard->clientSecret()))
        state.healthOk = false;
    emit completeChanged();
}

bool JwtCredentialsPage::isComplete() const
{
    return m_payloadProblem.isEmpty() && ims::canAdvance(ims::WizardPage::JwtCredentials, m_wizard->state());
}

void JwtCredentialsPage::setPayloadFrom(const ims::Configuration &config)
{
    m_payload->setPlainText(
        qs(nlohmann::json::parse(ims::buildJwtClaims(config, std::chrono::system_clock::now())).dump(2)));
}

bool JwtCredentialsPage::importJson(const QByteArray &text)
{
    const std::string json = text.toStdString();
    auto refuse = [this](const QString &why) {
        m_importMessage->setText(tr("Not imported: %1").arg(why));
        m_importMessage->show();
        return false;
    };
    if (text.trimmed().isEmpty())
        return refuse(tr("The clipboard is empty."));
    if (ims::looksLikeJwtPayload(json)) {
        m_payload->setPlainText(QString::fromUtf8(text));
        m_importMessage->setText(tr("Pasted the payload."));
        m_importMessage->show();
        return true;
    }
    ims::ImportResult result;
    std::optional<ims::KeyAndCertificate> keyPair;
    if (ims::looksLikeServiceCredential(json)) {
        ims::ServiceCredentialImport imported = ims::importServiceCredential(json);
        result = std::move(imported.result);
        // The credential carries its key pair too; use it when it is a real, matching one.
        auto key = ims::importPrivateKey(imported.privateKeyPem.reveal());
        auto cert = ims::importCertificate(imported.certificatePem);
        if (key && cert) {
            auto pair = ims::pairUp(std::move(key).value(), std::move(cert).value());
            if (pair)
                keyPair = std::move(pair).value();
        }
    } else {
        result = ims::importDeveloperConsoleJson(json);
    }
    if (!result.recognised)
        return refuse(result.problems.empty() ? tr("This is not a JWT credential.")
                                              : Messages::describe(result.problems.front()));
    for (const ims::FieldProblem &p : result.problems)
        if (p.problem == ims::Problem::WrongType)
            return refuse(Messages::describe(p));
    if (result.config.authType != ims::AuthType::Jwt)
        return refuse(tr("This is an OAuth Server-to-Server credential. Go back and choose OAuth for it."));

    ims::Configuration in = result.config;
    if (in.authorizationServer.empty())
        in.authorizationServer = m_wizard->state().config.authorizationServer;
    if (in.metascopes.empty()) {
        // The Developer Console's JWT download may omit them: the solution's metascope is the usual one.
        if (const ims::CloudSolution *solution = ims::findSolution(m_wizard->state().config.solutionId);
            solution && !solution->metascope.empty())
            in.metascopes = {solution->metascope};
    }
    m_filling = true;
    m_server->setText(qs(in.authorizationServer));
    m_clientId->setText(qs(in.clientId));
    if (!result.clientSecrets.empty())
        m_secret->setText(QString::fromUtf8(result.clientSecrets.front().reveal().data(),
                                            qsizetype(result.clientSecrets.front().size())));
    m_filling = false;
    if (keyPair)
        m_wizard->setKeyPair(std::move(*keyPair), "service-credential");
    setPayloadFrom(in);
    m_importMessage->setText(keyPair ? tr("Filled the form and took the key pair from the service credential.")
                                     : tr("Filled the form from the credential."));
    m_importMessage->show();
    return true;
}

void JwtCredentialsPage::fillFromSandboxSample()
{
    const std::string &solution = m_wizard->state().config.solutionId;
    const auto &clients = ims::sandboxOrganisation();
    if (clients.empty())
        return;
    const ims::SandboxClient *chosen = &clients.front();
    for (const ims::SandboxClient &client : clients)
        if (client.solutionId == solution)
            chosen = &client;
    ims::Configuration sample;
    sample.authorizationServer = m_wizard->context()->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString();
    sample.clientId = chosen->clientId;
    sample.orgId = chosen->orgId;
    sample.technicalAccountId = chosen->technicalAccountId;
    sample.metascopes = chosen->metascopes;
    m_filling = true;
    m_server->setText(qs(sample.authorizationServer));
    m_clientId->setText(qs(chosen->clientId));
    m_secret->setText(qs(chosen->clientSecret));
    m_filling = false;
    setPayloadFrom(sample);
}
