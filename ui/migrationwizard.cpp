#include "migrationwizard.h"

#include "appcontext.h"
#include "formfields.h"
#include "healthcheck.h"
#include "imswizard.h"
#include "logging.h"
#include "messages.h"
#include "qttransport.h"

#include <imscore/catalog.h>
#include <imscore/crypto.h>
#include <imscore/sandbox.h>
#include <imscore/secret_store.h>

#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString fieldList(const std::vector<ims::Field> &fields)
{
    QStringList names;
    for (ims::Field f : fields)
        names << Messages::fieldLabel(f);
    return QLocale().createSeparatedList(names);
}

QString reportText(const ims::HealthReport &report)
{
    if (report.ok)
        return QStringLiteral("✔ ") + MigrationWizard::tr("Token retrieved successfully");
    const UserMessage m = Messages::describe(report.error);
    QString text = QStringLiteral("✖ ") + m.title + QLatin1Char('\n') + m.text;
    if (!m.details.isEmpty())
        text += QLatin1Char('\n') + m.details;
    return text;
}


// 1. What carries over, what is needed.
class PlanPage : public QWizardPage
{
public:
    explicit PlanPage(MigrationWizard *wizard)
    {
        setTitle(MigrationWizard::tr("Migrate to OAuth Server-to-Server"));
        setSubTitle(MigrationWizard::tr("In the Developer Console, add an OAuth Server-to-Server credential to the "
                                        "same project. It keeps the client ID, technical account, APIs and product "
                                        "profiles; only the secret and the scopes are new."));
        auto *layout = new QVBoxLayout(this);
        if (wizard->context()->sandboxActive())
            layout->addWidget(makeSandboxBanner(this));
        const ims::MigrationPlan &plan = wizard->plan();
        auto *carried = new QLabel(MigrationWizard::tr("Carries over: %1").arg(fieldList(plan.carriedOver)), this);
        carried->setObjectName(QStringLiteral("carriedOverLabel"));
        carried->setWordWrap(true);
        auto *needed = new QLabel(MigrationWizard::tr("From the Developer Console: %1. Metascopes do not map to "
                                                      "scopes one to one: take the scopes the console lists.")
                                      .arg(fieldList(plan.needed)),
                                  this);
        needed->setObjectName(QStringLiteral("neededLabel"));
        needed->setWordWrap(true);
        auto *kept = new QLabel(MigrationWizard::tr("The JWT configuration and its private key are kept as a rollback "
                                                    "copy until you delete it."),
                                this);
        kept->setWordWrap(true);
        layout->addWidget(carried);
        layout->addWidget(needed);
        layout->addWidget(kept);
        layout->addStretch(1);
    }
};

// 2. The OAuth credential: pasted JSON, or secret and scopes typed.
class CredentialPage : public QWizardPage
{
public:
    explicit CredentialPage(MigrationWizard *wizard) : m_wizard(wizard)
    {
        setTitle(MigrationWizard::tr("OAuth credential"));
        setSubTitle(MigrationWizard::tr("Paste the credential's \"Download JSON\", or copy the client secret and the "
                                        "scopes from the Developer Console."));
        auto *layout = new QVBoxLayout(this);
        if (wizard->context()->sandboxActive())
            layout->addWidget(makeSandboxBanner(this));
        auto *row = new QHBoxLayout;
        auto *paste = makeSecondaryButton(MigrationWizard::tr("Paste &JSON"), QStringLiteral("migrationPasteButton"), this);
        row->addWidget(paste);
        if (wizard->context()->sandboxActive()) {
            auto *sample = makeSecondaryButton(MigrationWizard::tr("Add the OAuth credential in the &sandbox"),
                                               QStringLiteral("migrationSandboxButton"), this);
            sample->setToolTip(MigrationWizard::tr("Stands in for the Developer Console: converts the sandbox "
                                                   "credential and fills its OAuth secret and scopes"));
            row->addWidget(sample);
            connect(sample, &QPushButton::clicked, this, [this] { convertInSandbox(); });
        }
        row->addStretch(1);
        layout->addLayout(row);
        m_message = new QLabel(this);
        m_message->setObjectName(QStringLiteral("migrationMessage"));
        m_message->setWordWrap(true);
        layout->addWidget(m_message);
        auto *form = new QFormLayout;
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("migrationSecretEdit"));
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setAccessibleName(MigrationWizard::tr("OAuth client secret"));
        auto *secretLabel = new QLabel(MigrationWizard::tr("OAuth client s&ecret:"), this);
        secretLabel->setBuddy(m_secret);
        m_scopes = new QLineEdit(this);
        m_scopes->setObjectName(QStringLiteral("migrationScopesEdit"));
        m_scopes->setAccessibleName(MigrationWizard::tr("Scopes"));
        auto *scopesLabel = new QLabel(MigrationWizard::tr("Sco&pes:"), this);
        scopesLabel->setBuddy(m_scopes);
        form->addRow(secretLabel, m_secret);
        form->addRow(scopesLabel, m_scopes);
        layout->addLayout(form);
        m_problems = new QLabel(this);
        m_problems->setObjectName(QStringLiteral("migrationProblems"));
        m_problems->setWordWrap(true);
        layout->addWidget(m_problems);
        layout->addStretch(1);
        connect(paste, &QPushButton::clicked, this, [this] {
            QString message;
            const bool ok = m_wizard->importCredential(QGuiApplication::clipboard()->text().toUtf8(), &message);
            m_message->setText(message);
            if (ok)
                fillFromPlan();
        });
        connect(m_secret, &QLineEdit::textChanged, this, [this] { sync(); });
        connect(m_scopes, &QLineEdit::textChanged, this, [this] { sync(); });
    }

    void fillFromPlan()
    {
        m_filling = true;
        m_secret->setText(QString::fromUtf8(m_wizard->newSecret().reveal().data(),
                                            qsizetype(m_wizard->newSecret().size())));
        m_scopes->setText(qs(ims::joinScopes(m_wizard->plan().migrated.scopes)));
        m_filling = false;
        sync();
    }

    void sync()
    {
        if (m_filling)
            return;
        m_wizard->newSecret() = ims::Secret(m_secret->text().trimmed().toStdString());
        m_wizard->plan().migrated.scopes = ims::parseScopes(m_scopes->text().toStdString());
        m_wizard->newCredentialChecked = false;
        QStringList problems;
        for (const auto &p : ims::migrationProblems(m_wizard->plan(), !m_wizard->newSecret().empty()))
            problems << QStringLiteral("• ") + Messages::describe(p);
        m_problems->setText(problems.join(QLatin1Char('\n')));
        emit completeChanged();
    }

    bool isComplete() const override
    {
        return ims::migrationProblems(m_wizard->plan(), !m_wizard->newSecret().empty()).empty();
    }

    void convertInSandbox()
    {
        AppContext *context = m_wizard->context();
        const ims::SandboxClient *client = ims::findSandboxClient(m_wizard->plan().original.clientId);
        if (!client) {
            m_message->setText(MigrationWizard::tr("This credential is not one of the sandbox's."));
            return;
        }
        ims::HttpRequest request;
        request.url = context->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString() + "/sandbox/clients/"
            + client->clientId + "/convert-to-oauth";
        QPointer<CredentialPage> self(this);
        const ims::SandboxClient sample = *client;
        context->transport()->send(request, [self, sample](ims::HttpResponse response) {
            if (!self)
                return;
            if (response.transportError || response.status / 100 != 2) {
                const ims::Error error = response.transportError
                    ? *response.transportError
                    : ims::classifyImsError(response.status, response.body, response.headers);
                self->m_message->setText(Messages::describe(error).title);
                return;
            }
            self->m_wizard->newSecret() = ims::Secret(sample.clientSecret);
            self->m_wizard->plan().migrated.scopes = sample.scopes;
            self->m_message->setText(MigrationWizard::tr("The sandbox credential now has an OAuth credential; its "
                                                         "JWT exchange answers as a converted one does."));
            self->fillFromPlan();
        });
    }

private:
    MigrationWizard *m_wizard;
    QLineEdit *m_secret;
    QLineEdit *m_scopes;
    QLabel *m_message;
    QLabel *m_problems;
    bool m_filling = false;
};

// 3. The new credential against IMS, the old one beside it.
class CheckPage : public QWizardPage
{
public:
    explicit CheckPage(MigrationWizard *wizard) : m_wizard(wizard)
    {
        setTitle(MigrationWizard::tr("Check"));
        setSubTitle(MigrationWizard::tr("The new OAuth credential must return a token. The old JWT credential is "
                                        "checked beside it, for comparison."));
        auto *layout = new QVBoxLayout(this);
        if (wizard->context()->sandboxActive())
            layout->addWidget(makeSandboxBanner(this));
        m_busy = new QProgressBar(this);
        m_busy->setRange(0, 0);
        m_busy->setTextVisible(false);
        layout->addWidget(m_busy);
        auto *grid = new QGridLayout;
        auto *newBox = new QGroupBox(MigrationWizard::tr("New: OAuth Server-to-Server"), this);
        auto *oldBox = new QGroupBox(MigrationWizard::tr("Old: JWT"), this);
        m_new = new QLabel(newBox);
        m_new->setObjectName(QStringLiteral("newCheckLabel"));
        m_new->setWordWrap(true);
        m_old = new QLabel(oldBox);
        m_old->setObjectName(QStringLiteral("oldCheckLabel"));
        m_old->setWordWrap(true);
        (new QVBoxLayout(newBox))->addWidget(m_new);
        (new QVBoxLayout(oldBox))->addWidget(m_old);
        grid->addWidget(newBox, 0, 0);
        grid->addWidget(oldBox, 0, 1);
        layout->addLayout(grid);
        auto *again = makeSecondaryButton(MigrationWizard::tr("Check &again"), QStringLiteral("migrationCheckAgain"), this);
        layout->addWidget(again, 0, Qt::AlignLeft);
        layout->addStretch(1);
        m_newCheck = new HealthCheck(wizard->context()->transport(), this);
        m_oldCheck = new HealthCheck(wizard->context()->transport(), this);
        connect(m_newCheck, &HealthCheck::finished, this, [this](const ims::HealthReport &report) {
            m_wizard->newCredentialChecked = report.ok;
            m_new->setText(reportText(report));
            m_newRunning = false;
            updateBusy();
        });
        connect(m_oldCheck, &HealthCheck::finished, this, [this](const ims::HealthReport &report) {
            m_old->setText(reportText(report)
                           + (report.ok ? QString()
                                        : QStringLiteral("\n") + MigrationWizard::tr("Expected once the credential "
                                                                                     "is converted.")));
            m_oldRunning = false;
            updateBusy();
        });
        connect(again, &QPushButton::clicked, this, [this] { initializePage(); });
    }

    void initializePage() override
    {
        AppContext *context = m_wizard->context();
        m_wizard->newCredentialChecked = false;
        ims::Configuration target = m_wizard->plan().migrated;
        target.authorizationServer = context->effectiveServer(target);
        m_new->setText(MigrationWizard::tr("Requesting a token…"));
        m_newRunning = true;
        m_newCheck->start(target, m_wizard->newSecret());

        const ims::Configuration old = m_wizard->plan().original;
        m_old->setText(MigrationWizard::tr("Requesting a token…"));
        m_oldRunning = true;
        updateBusy();
        QPointer<CheckPage> self(this);
        // The old check needs the old secret and key from the keychain.
        context->secrets()->read(old.clientSecretRef, [self, old](std::optional<ims::Secret> secret,
                                                                  std::optional<ims::Error> error) {
            if (!self)
                return;
            auto skip = [self](const ims::Error &e) {
                self->m_old->setText(MigrationWizard::tr("Not checked: %1").arg(Messages::describe(e).title));
                self->m_oldRunning = false;
                self->updateBusy();
            };
            if (!secret)
                return skip(error.value_or(ims::makeError(ims::ErrorCode::SecretMissing)));
            if (old.privateKeyRef.empty())
                return skip(ims::makeError(ims::ErrorCode::SecretMissing));
            const ims::Secret clientSecret = *secret;
            self->m_wizard->context()->secrets()->read(
                old.privateKeyRef, [self, old, clientSecret, skip](std::optional<ims::Secret> pem, std::optional<ims::Error> e) {
                    if (!self)
                        return;
                    auto key = pem ? ims::PrivateKey::fromPem(pem->reveal())
                                   : ims::Result<ims::PrivateKey>(e.value_or(ims::makeError(ims::ErrorCode::SecretMissing)));
                    if (!key)
                        return skip(key.error());
                    ims::Configuration target = old;
                    target.authorizationServer = self->m_wizard->context()->effectiveServer(old);
                    self->m_oldCheck->startJwt(target, clientSecret, key.value());
                });
        });
    }

    void cleanupPage() override
    {
        m_newCheck->cancel();
        m_oldCheck->cancel();
        m_newRunning = m_oldRunning = false;
        updateBusy();
    }

    bool isComplete() const override { return !m_newRunning && m_wizard->newCredentialChecked; }

private:
    void updateBusy()
    {
        m_busy->setVisible(m_newRunning || m_oldRunning);
        emit completeChanged();
    }

    MigrationWizard *m_wizard;
    HealthCheck *m_newCheck;
    HealthCheck *m_oldCheck;
    QProgressBar *m_busy;
    QLabel *m_new;
    QLabel *m_old;
    bool m_newRunning = false;
    bool m_oldRunning = false;
};

} // namespace

// 4. The switch.
class MigrationSwitchPage : public QWizardPage
{
public:
    explicit MigrationSwitchPage(MigrationWizard *wizard) : m_wizard(wizard)
    {
        setTitle(MigrationWizard::tr("Switch"));
        setSubTitle(MigrationWizard::tr("Replace the JWT configuration with the OAuth one. The JWT configuration is "
                                        "kept as a rollback copy; \"Roll back migration\" in the console undoes the "
                                        "switch until you delete the copy."));
        setFinalPage(true);
        auto *layout = new QVBoxLayout(this);
        if (wizard->context()->sandboxActive())
            layout->addWidget(makeSandboxBanner(this));
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("switchStatus"));
        m_status->setWordWrap(true);
        layout->addWidget(m_status);
        layout->addStretch(1);
        connect(wizard, &MigrationWizard::switchFailed, this, [this](const QString &message) {
            m_status->setText(message);
            emit completeChanged();
        });
    }
    void initializePage() override
    {
        m_status->setText(MigrationWizard::tr("\"%1\" will use OAuth Server-to-Server with the scopes %2.")
                              .arg(qs(m_wizard->plan().migrated.title), qs(ims::joinScopes(m_wizard->plan().migrated.scopes))));
    }
    bool isComplete() const override { return !m_wizard->m_switching; }
    bool validatePage() override
    {
        if (m_wizard->switched())
            return true;
        if (!m_wizard->m_switching)
            m_wizard->startSwitch();
        emit completeChanged();
        return false;
    }

private:
    MigrationWizard *m_wizard;
    QLabel *m_status;
};

MigrationWizard::MigrationWizard(AppContext *context, const ims::Configuration &jwt, QWidget *parent)
    : QWizard(parent), m_context(context), m_plan(ims::planMigration(jwt))
{
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Migrate \"%1\" to OAuth").arg(qs(jwt.title)));
    setWizardStyle(QWizard::ModernStyle);
    setMinimumSize(820, 560);
    setButtonText(QWizard::FinishButton, tr("S&witch to OAuth"));
    setPage(PlanPageId, new PlanPage(this));
    setPage(CredentialPageId, new CredentialPage(this));
    setPage(CheckPageId, new CheckPage(this));
    setPage(SwitchPageId, new MigrationSwitchPage(this));
}

bool MigrationWizard::importCredential(const QByteArray &json, QString *message)
{
    const ims::ImportResult result = ims::importDeveloperConsoleJson(json.toStdString());
    if (!result.recognised) {
        *message = tr("Not imported: %1").arg(result.problems.empty() ? tr("not a Developer Console download.")
                                                                      : Messages::describe(result.problems.front()));
        return false;
    }
    if (result.config.authType != ims::AuthType::OAuthServerToServer) {
        *message = tr("Not imported: this is a JWT credential. Download the OAuth Server-to-Server credential.");
        return false;
    }
    ims::MigrationPlan trial = m_plan;
    const auto problems = ims::applyOAuthCredential(trial, result);
    if (!problems.empty()) {
        *message = tr("Not imported: %1").arg(Messages::describe(problems.front()));
        return false;
    }
    m_plan = trial;
    if (!result.clientSecrets.empty())
        m_newSecret = result.clientSecrets.front();
    *message = tr("Took the secret and scopes from the OAuth credential.");
    return true;
}

void MigrationWizard::startSwitch()
{
    m_switching = true;
    const std::string newRef = ims::migratedSecretKey(m_plan.original.id);
    QPointer<MigrationWizard> self(this);
    ims::SecretStore *secrets = m_context->secrets();
    auto fail = [self](const ims::Error &error) {
        if (!self)
            return;
        self->m_switching = false;
        const UserMessage m = Messages::describe(error);
        emit self->switchFailed(tr("Not switched; nothing was changed. %1: %2 %3").arg(m.title, m.text, m.remedy));
    };
    secrets->write(newRef, m_newSecret, [self, newRef, secrets, fail](std::optional<ims::Error> error) {
        if (!self)
            return;
        if (error)
            return fail(*error);
        // One atomic write under the store's lock: either the switch happened, or the store is as it was.
        auto saveError = self->m_context->store().update([&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
            configs = ims::switchToMigrated(configs, self->m_plan, newRef, QDateTime::currentSecsSinceEpoch());
            return std::nullopt;
        });
        if (saveError) {
            secrets->remove(newRef, [](auto) {});
            return fail(*saveError);
        }
        qCInfo(lcStore) << "migrated" << qs(self->m_plan.original.id) << "to OAuth";
        self->m_switching = false;
        self->m_switched = true;
        emit self->migrated(qs(self->m_plan.original.id));
        emit self->m_context->configurationsChanged();
        self->accept();
    });
}
