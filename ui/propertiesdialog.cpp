#include "propertiesdialog.h"

#include "appcontext.h"
#include "imswizard.h"
#include "messages.h"
#include "languages.h"

#include <imscore/catalog.h>
#include <imscore/certificates.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    auto readOnlyRow = [this, form](const QString &label, const QString &value) {
        auto *field = new QLineEdit(value, this);
        field->setReadOnly(true);
        field->setAccessibleName(label);
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
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
    readOnlyRow(tr("Authorization server:"), qs(config.authorizationServer));
    readOnlyRow(tr("Client ID:"), qs(config.clientId));
    readOnlyRow(tr("Client secret:"), tr("saved in the keychain"));
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
    if (auto error = m_context->store().upsert(updated)) {
        m_problems->setText(Messages::describe(*error).title);
        return false;
    }
    emit m_context->configurationsChanged();
    return true;
}
