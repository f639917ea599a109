#include "propertiesdialog.h"

#include "appcontext.h"
#include "formfields.h"
#include "imswizard.h"
#include "messages.h"
#include "languages.h"

#include <imscore/catalog.h>
#include <imscore/certificates.h>
#include <imscore/secret_store.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

PropertiesDialog::PropertiesDialog(AppContext *context, const ims::Configuration &config, QWidget *parent)
    : QDialog(parent), m_context(context), m_config(config), m_readOnly(config.authType == ims::AuthType::Jwt || !config.rollbackOf.empty())
{
    setObjectName(QStringLiteral("propertiesDialog"));
    setWindowTitle(tr("Properties — %1").arg(qs(config.title)));
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    if (config.authType == ims::AuthType::Jwt) {
        auto *note = new QFrame(this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        note->setFrameShape(QFrame::StyledPanel);
        auto *noteLayout = new QHBoxLayout(note);
        auto *text = new QLabel(tr("JWT Credentials (deprecated): read-only, as in AEM. Adobe ended JWT credentials "
                                   "on 30 June 2025; migrate this configuration to OAuth Server-to-Server."),
                                note);
        text->setWordWrap(true);
        noteLayout->addWidget(text, 1);
        if (config.rollbackOf.empty()) {
            auto *migrate = new QPushButton(tr("&Migrate to OAuth…"), note);
            migrate->setObjectName(QStringLiteral("propertiesMigrateButton"));
            noteLayout->addWidget(migrate);
            connect(migrate, &QPushButton::clicked, this, [this] {
                emit migrateRequested();
                reject();
            });
        }
        layout->addWidget(note);
    }

    auto *form = new QFormLayout;
    auto readOnlyRow = [this, form](const QString &label, const QString &value, bool copyable = true) {
        auto *field = new QLineEdit(value, this);
        field->setReadOnly(true);
        field->setAccessibleName(label);
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, copyable ? withCopyButton(field, accessibleLabel(label)) : field);
        return field;
    };
    if (m_readOnly) {
        readOnlyRow(tr("Title:"), qs(config.title));
    } else {
        m_title = new QLineEdit(qs(config.title), this);
        m_title->setObjectName(QStringLiteral("propertiesTitleEdit"));
        m_title->setAccessibleName(tr("Title"));
        auto *l = new QLabel(tr("&Title:"), this);
        l->setBuddy(m_title);
        form->addRow(l, m_title);
    }
    const ims::CloudSolution *solution = ims::findSolution(config.solutionId);
    readOnlyRow(tr("Cloud solution:"),
                solution ? Languages::solutionName(solution->id, solution->name) : qs(config.solutionId));
    readOnlyRow(tr("Authentication:"), config.authType == ims::AuthType::Jwt ? tr("JWT Credentials (deprecated)")
                                                                            : tr("OAuth Server-to-Server"));
    if (config.aemVersion != ims::AemVersion::Unknown)
        readOnlyRow(tr("AEM version:"), Messages::aemVersionLabel(config.aemVersion));
    if (config.cloudService)
        readOnlyRow(config.cloudService->legacy ? tr("Cloud Services (legacy):") : tr("Cloud service:"),
                    qs(config.cloudService->title));
    readOnlyRow(tr("Authorization server:"), qs(config.authorizationServer));
    readOnlyRow(tr("Client ID:"), qs(config.clientId));
    {
        // The secret itself is never shown; only whether the keychain still has it, and a way
        // to enter it again when it does not (deleted behind the tool's back, or rotated).
        m_secretState = readOnlyRow(tr("Client secret:"), QString(), false); // nothing to copy
        m_secretState->setObjectName(QStringLiteral("secretStateField"));
        auto *again = new QPushButton(tr("Enter the client secret &again…"), this);
        again->setObjectName(QStringLiteral("reenterSecretButton"));
        form->addRow(QString(), again);
        m_newSecretRow = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(m_newSecretRow);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        m_newSecret = new QLineEdit(m_newSecretRow);
        m_newSecret->setObjectName(QStringLiteral("newSecretEdit"));
        m_newSecret->setEchoMode(QLineEdit::Password);
        m_newSecret->setAccessibleName(tr("New client secret"));
        auto *store = new QPushButton(tr("Save in &keychain"), m_newSecretRow);
        store->setObjectName(QStringLiteral("saveSecretButton"));
        rowLayout->addWidget(m_newSecret, 1);
        rowLayout->addWidget(store);
        auto *newLabel = new QLabel(tr("&New client secret:"), this);
        newLabel->setBuddy(m_newSecret);
        form->addRow(newLabel, m_newSecretRow);
        m_newSecretRow->hide();
        newLabel->hide();
        connect(again, &QPushButton::clicked, this, [this, newLabel] {
            m_newSecretRow->show();
            newLabel->show();
            m_newSecret->setFocus();
        });
        connect(store, &QPushButton::clicked, this, &PropertiesDialog::saveNewSecret);
        connect(m_newSecret, &QLineEdit::returnPressed, this, &PropertiesDialog::saveNewSecret);
        showSecretState(config.secretMissing);
    }
    readOnlyRow(tr("Organization ID:"), qs(config.orgId));
    readOnlyRow(tr("Technical account ID:"), qs(config.technicalAccountId));
    if (!config.technicalAccountEmail.empty())
        readOnlyRow(tr("Technical account email:"), qs(config.technicalAccountEmail));
    if (config.authType == ims::AuthType::Jwt) {
        readOnlyRow(tr("Metascopes:"), qs(ims::joinScopes(config.metascopes)));
        readOnlyRow(tr("Certificate alias:"), qs(config.certificateAlias));
        if (auto cert = ims::importCertificate(config.certificatePem)) {
            const ims::CertificateInfo info = ims::certificateInfo(cert.value());
            readOnlyRow(tr("SHA-1 fingerprint:"), qs(info.sha1Fingerprint));
            readOnlyRow(tr("Valid until:"),
                        QLocale().toString(QDateTime::fromSecsSinceEpoch(info.notAfter), QLocale::ShortFormat));
        }
    } else if (m_readOnly) {
        readOnlyRow(tr("Scopes:"), qs(ims::joinScopes(config.scopes)));
    } else {
        m_scopes = new QLineEdit(qs(ims::joinScopes(config.scopes)), this);
        m_scopes->setObjectName(QStringLiteral("propertiesScopesEdit"));
        m_scopes->setAccessibleName(tr("Scopes"));
        auto *l = new QLabel(tr("Sco&pes:"), this);
        l->setBuddy(m_scopes);
        form->addRow(l, m_scopes);
    }
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("propertiesProblems"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::Close
                                                    : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                         this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    checkSecretPresent();
}

void PropertiesDialog::showSecretState(bool missing)
{
    m_secretState->setText(missing ? tr("missing from the keychain — enter it again")
                                   : tr("saved in the keychain"));
}

// Opening the properties looks the entry up (without showing it): an entry deleted behind
// the tool's back is found here, not only at the next health check.
void PropertiesDialog::checkSecretPresent()
{
    if (m_config.clientSecretRef.empty())
        return;
    QPointer<PropertiesDialog> self(this);
    m_context->secrets()->read(m_config.clientSecretRef,
                               [self](std::optional<ims::Secret>, std::optional<ims::Error> error) {
                                   if (!self || self->m_secretEntered)
                                       return;
                                   if (error && error->code == ims::ErrorCode::SecretMissing)
                                       self->markSecretMissing(true);
                                   // Locked, denied or no keychain say nothing about the entry.
                               });
}

void PropertiesDialog::markSecretMissing(bool missing)
{
    showSecretState(missing);
    if (m_config.secretMissing == missing)
        return;
    m_config.secretMissing = missing;
    const std::string id = m_config.id;
    const std::string ref = m_config.clientSecretRef;
    const auto error = m_context->store().update([&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
        for (ims::Configuration &c : configs) {
            if (c.id == id) {
                c.secretMissing = missing;
                c.clientSecretRef = ref;
            }
        }
        return std::nullopt;
    });
    if (error)
        m_problems->setText(Messages::describe(*error).title);
    emit m_context->configurationsChanged();
}

void PropertiesDialog::saveNewSecret()
{
    if (m_newSecret->text().isEmpty()) {
        m_newSecret->setFocus();
        return;
    }
    if (m_config.clientSecretRef.empty())
        m_config.clientSecretRef = ims::clientSecretKey(m_config.id);
    QByteArray bytes = m_newSecret->text().toUtf8();
    const ims::Secret secret(bytes.toStdString());
    bytes.fill('\0');
    m_newSecret->clear();
    m_problems->clear();
    m_secretEntered = true;
    QPointer<PropertiesDialog> self(this);
    m_context->secrets()->write(m_config.clientSecretRef, secret, [self](std::optional<ims::Error> error) {
        if (!self)
            return;
        if (error) {
            // Nothing else changes: the configuration stays marked until the keychain has it.
            const UserMessage text = Messages::describe(*error);
            self->m_problems->setText(tr("%1: %2 %3").arg(text.title, text.text, text.remedy));
            return;
        }
        self->m_newSecretRow->hide();
        self->m_config.secretMissing = true; // so the mark is cleared in the store
        self->markSecretMissing(false);
        self->m_secretState->setText(tr("saved in the keychain"));
    });
}

bool PropertiesDialog::save()
{
    if (m_readOnly)
        return false;
    ims::Configuration updated = m_config;
    updated.title = m_title->text().trimmed().toStdString();
    updated.scopes = ims::parseScopes(m_scopes->text().toStdString());
    QStringList problems;
    if (updated.title.empty())
        problems << Messages::describe(ims::FieldProblem{ims::Field::Title, ims::Problem::Required, {}});
    for (const auto &p : ims::validateScopes(updated.scopes))
        problems << Messages::describe(p);
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        return false;
    }
    updated.updatedAt = QDateTime::currentSecsSinceEpoch();
    // Only what this dialog edits: a health check or "secret missing" recorded since it opened stays.
    auto error = m_context->store().update([&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
        for (ims::Configuration &c : configs) {
            if (c.id == updated.id) {
                c.title = updated.title;
                c.scopes = updated.scopes;
                c.updatedAt = updated.updatedAt;
                return std::nullopt;
            }
        }
        configs.push_back(updated);
        return std::nullopt;
    });
    if (error) {
        m_problems->setText(Messages::describe(*error).title);
        return false;
    }
    emit m_context->configurationsChanged();
    return true;
}
