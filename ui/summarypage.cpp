#include "summarypage.h"

#include "appcontext.h"
#include "imswizard.h"
#include "logging.h"
#include "messages.h"
#include "languages.h"

#include <imscore/catalog.h>
#include <imscore/certificates.h>
#include <imscore/cloud_service.h>
#include <imscore/osgi.h>
#include <imscore/secret_store.h>

#include <QFormLayout>

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

SummaryPage::SummaryPage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Name the configuration and save it. The client secret goes to the system keychain, never to a "
                   "file."));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("saveErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_wizard->state().config.title = text.trimmed().toStdString();
        emit completeChanged();
    });
}

void SummaryPage::initializePage()
{
    ims::Configuration &c = m_wizard->state().config;
    if (c.title.empty()) {
        if (const ims::CloudSolution *solution = ims::findSolution(c.solutionId))
            c.title = solution->name;
    }
    m_title->setText(qs(c.title));
    m_title->selectAll();
    m_title->setFocus();

    const ims::CloudSolution *solution = ims::findSolution(c.solutionId);
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Cloud solution"),
                solution ? Languages::solutionName(solution->id, solution->name) : qs(c.solutionId));
    const bool jwt = c.authType == ims::AuthType::Jwt;
    html += row(tr("Authentication"), jwt ? tr("JWT Credentials (deprecated)") : tr("OAuth Server-to-Server"));
    html += row(tr("Authorization server"), qs(c.authorizationServer));
    html += row(tr("Client ID"), qs(c.clientId));
    html += row(tr("Client secret"), tr("•••••••• (saved in the keychain)"));
    html += row(tr("Organization ID"), qs(c.orgId));
    if (!c.technicalAccountId.empty())
        html += row(tr("Technical account ID"), qs(c.technicalAccountId));
    if (!c.technicalAccountEmail.empty())
        html += row(tr("Technical account email"), qs(c.technicalAccountEmail));
    if (jwt) {
        html += row(tr("Metascopes"), qs(ims::joinScopes(c.metascopes)));
        html += row(tr("Certificate"), tr("%1 (SHA-1 %2)")
                                           .arg(qs(c.certificateAlias),
                                                qs(ims::certificateInfo(m_wizard->keyPair().certificate).sha1Fingerprint)));
        html += row(tr("Private key"), tr("saved in the keychain"));
    } else {
        html += row(tr("Scopes"), qs(ims::joinScopes(c.scopes)));
    }
    html += row(tr("Health check"), m_wizard->state().healthOk ? tr("Token retrieved successfully") : tr("Not passed"));
    html += row(tr("AEM version"), Messages::aemVersionLabel(c.aemVersion));
    if (c.cloudService && !m_wizard->state().skipCloudService
        && ims::cloudServiceForm(c.solutionId, c.aemVersion))
        html += row(c.cloudService->legacy ? tr("Cloud Services (legacy)") : tr("Cloud service"), qs(c.cloudService->title));
    if (m_wizard->state().replaceBrandPortal && m_wizard->state().existingBrandPortal > 0)
        html += row(tr("Replaces"), tr("the existing Brand Portal configuration"));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    m_error->hide();
}

bool SummaryPage::isComplete() const
{
    return !m_saving && ims::canAdvance(ims::WizardPage::Summary, m_wizard->state());
}

bool SummaryPage::validatePage()
{
    if (m_saved)
        return true;
    if (!m_saving)
        startSave();
    return false; // finishes asynchronously; the wizard is accepted when both writes succeeded
}

void SummaryPage::startSave()
{
    m_saving = true;
    m_error->hide();
    m_busy->show();
    emit completeChanged();

    ims::Configuration config = m_wizard->state().config;
    config.id = ims::newConfigurationId();
    config.clientSecretRef = ims::clientSecretKey(config.id);
    if (config.authType == ims::AuthType::Jwt) {
        config.privateKeyRef = ims::privateKeyKey(config.id);
        config.scopes.clear();
    } else {
        // Left over from a JWT detour before Back: not part of an OAuth configuration.
        config.certificateAlias.clear();
        config.certificatePem.clear();
        config.metascopes.clear();
    }
    // The cloud service: only when its page applied, and pointing at this configuration's final name.
    const auto form = ims::cloudServiceForm(config.solutionId, config.aemVersion);
    if (!form || m_wizard->state().skipCloudService || !config.cloudService || config.cloudService->kind != form->kind) {
        config.cloudService.reset();
    } else {
        for (const ims::CloudFormField &f : form->fields) {
            if (f.kind == ims::CloudFieldKind::ImsConfiguration)
                config.cloudService->setField(f.id, ims::osgiFactoryName(config));
            else if (f.kind == ims::CloudFieldKind::Secret)
                config.cloudService->setField(f.id, config.clientSecretRef);
        }
    }
    // Ticks of steps that no longer apply (the solution or authentication changed after Back) go.
    {
        std::vector<std::string> ticks;
        for (const ims::ConsoleStep &step : ims::consoleSteps(config)) {
            if (std::find(config.consoleStepsDone.begin(), config.consoleStepsDone.end(), step.id)
                != config.consoleStepsDone.end())
                ticks.push_back(step.id);
        }
        config.consoleStepsDone = std::move(ticks);
    }
    const bool replaceBrandPortal = config.solutionId == "brand-portal" && m_wizard->state().replaceBrandPortal;
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    config.createdAt = now;
    config.updatedAt = now;
    if (m_wizard->lastReport())
        config.recordHealth(ims::toHealthRecord(*m_wizard->lastReport()));

    AppContext *context = m_wizard->context();
    ims::SecretStore *secrets = context->secrets();
    QPointer<SummaryPage> self(this);
    auto failed = [self](const ims::Error &error) {
        if (self) {
            const UserMessage m = Messages::describe(error);
            self->saveFailed(SummaryPage::tr("%1: %2 %3", "error title: what happened, what to do")
                                 .arg(m.title, m.text, m.remedy));
        }
    };
    // Undo what was written: a secret without its configuration is an orphan.
    auto rollback = [secrets, config] {
        secrets->remove(config.clientSecretRef, [](std::optional<ims::Error>) {});
        if (!config.privateKeyRef.empty())
            secrets->remove(config.privateKeyRef, [](std::optional<ims::Error>) {});
    };
    auto saveConfiguration = [self, context, config, rollback, failed, replaceBrandPortal] {
        if (!self)
            return;
        std::vector<ims::Configuration> replaced;
        std::optional<ims::Error> storeError;
        if (replaceBrandPortal) {
            // AEM keeps one Brand Portal IMS configuration: one store write replaces the old one(s).
            storeError = context->store().update([&](std::vector<ims::Configuration> &all) -> std::optional<ims::Error> {
                replaced.clear();
                std::vector<ims::Configuration> kept;
                for (ims::Configuration &existing : all) {
                    const bool old = existing.solutionId == "brand-portal" && existing.id != config.id;
                    (old ? replaced : kept).push_back(std::move(existing));
                }
                kept.push_back(config);
                all = std::move(kept);
                return std::nullopt;
            });
        } else {
            storeError = context->store().upsert(config);
        }
        if (storeError) {
            rollback();
            failed(*storeError);
            return;
        }
        for (const ims::Configuration &old : replaced) {
            for (const std::string &ref : {old.clientSecretRef, old.privateKeyRef}) {
                if (!ref.empty())
                    context->secrets()->remove(ref, [](std::optional<ims::Error>) {});
            }
        }
        qCInfo(lcStore) << "saved configuration" << qs(config.id);
        self->m_saved = true;
        self->m_saving = false;
        self->m_busy->hide();
        self->m_wizard->setSavedId(config.id);
        emit self->m_wizard->configurationSaved(qs(config.id));
        emit context->configurationsChanged();
        self->m_wizard->accept();
    };
    auto saveClientSecret = [self, secrets, config, rollback, failed, saveConfiguration] {
        if (!self)
            return;
        secrets->write(config.clientSecretRef, self->m_wizard->clientSecret(),
                       [rollback, failed, saveConfiguration](std::optional<ims::Error> error) {
                           if (error) {
                               rollback();
                               failed(*error);
                           } else {
                               saveConfiguration();
                           }
                       });
    };
    if (config.privateKeyRef.empty()) {
        saveClientSecret();
        return;
    }
    const auto pem = m_wizard->keyPair().key.toPkcs8Pem();
    if (!pem) {
        failed(pem.error());
        return;
    }
    secrets->write(config.privateKeyRef, pem.value(), [rollback, failed, saveClientSecret](std::optional<ims::Error> error) {
        if (error) {
            rollback();
            failed(*error);
        } else {
            saveClientSecret();
        }
    });
}

void SummaryPage::saveFailed(const QString &text)
{
    m_saving = false;
    m_busy->hide();
    m_error->setText(tr("Not saved. %1").arg(text));
    m_error->show();
    emit completeChanged();
}
