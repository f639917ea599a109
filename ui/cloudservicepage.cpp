#include "cloudservicepage.h"

#include "appcontext.h"
#include "imswizard.h"
#include "logging.h"
#include "messages.h"
#include "qttransport.h"

#include <imscore/catalog.h>
#include <imscore/osgi.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString editorName(const std::string &id)
{
    QString name = QString::fromStdString(id);
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    return QStringLiteral("cs-") + name;
}

// Legacy 6.3 fields that must equal the credentials checked before: shown, not edited here.
bool fromCredentials(const ims::CloudServiceForm &form, const std::string &id)
{
    return form.legacy && (id == "apiKey" || id == "technicalAccountId" || id == "orgId");
}
} // namespace

CloudServicePage::CloudServicePage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Cloud service configuration"));
    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("cloudServiceIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_skip = new QCheckBox(tr("&Configure the cloud service later in AEM"), this);
    m_skip->setObjectName(QStringLiteral("skipCloudService"));
    layout->addWidget(m_skip);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form, then what belongs to it (Connect to Target, the Brand Portal rule), scrolled together.
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_formBox = new QWidget(content);
    m_formLayout = new QFormLayout(m_formBox);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contentLayout->addWidget(m_formBox);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    // Target: a real authenticated call to the Target Admin API with the token just retrieved.
    m_targetBox = new QWidget(content);
    auto *targetLayout = new QVBoxLayout(m_targetBox);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_connect = new QPushButton(tr("Connect to &Target"), m_targetBox);
    m_connect->setObjectName(QStringLiteral("connectToTargetButton"));
    m_connect->setAutoDefault(false);
    m_assignEditor = new QPushButton(tr("Give the technical account the Editor role (training sandbox)"), m_targetBox);
    m_assignEditor->setObjectName(QStringLiteral("assignEditorButton"));
    m_assignEditor->setAutoDefault(false);
    m_assignEditor->hide();
    buttons->addWidget(m_connect);
    buttons->addWidget(m_assignEditor);
    buttons->addStretch(1);
    targetLayout->addLayout(buttons);
    m_connectResult = new QLabel(m_targetBox);
    m_connectResult->setObjectName(QStringLiteral("connectResultLabel"));
    m_connectResult->setWordWrap(true);
    m_connectResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    targetLayout->addWidget(m_connectResult);
    contentLayout->addWidget(m_targetBox);

    // Brand Portal: exactly one IMS configuration.
    m_brandPortal = new QFrame(content);
    m_brandPortal->setObjectName(QStringLiteral("brandPortalExists"));
    m_brandPortal->setFrameShape(QFrame::StyledPanel);
    auto *bpLayout = new QVBoxLayout(m_brandPortal);
    m_brandPortalText = new QLabel(m_brandPortal);
    m_brandPortalText->setWordWrap(true);
    m_replace = new QCheckBox(tr("&Replace the existing Brand Portal configuration when saving"), m_brandPortal);
    m_replace->setObjectName(QStringLiteral("replaceBrandPortal"));
    bpLayout->addWidget(m_brandPortalText);
    bpLayout->addWidget(m_replace);
    m_brandPortal->hide();
    contentLayout->addWidget(m_brandPortal);
    contentLayout->addStretch(1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("cloudProblemsLabel"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);

    connect(m_skip, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->state().skipCloudService = on;
        m_formBox->setEnabled(!on);
        m_targetBox->setEnabled(!on);
        showProblems();
    });
    connect(m_replace, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->state().replaceBrandPortal = on;
        showProblems();
    });
    connect(m_connect, &QPushButton::clicked, this, &CloudServicePage::connectToTarget);
    connect(m_assignEditor, &QPushButton::clicked, this, [this] {
        m_assignEditor->setEnabled(false);
        QPointer<CloudServicePage> self(this);
        m_wizard->assignTargetEditorRole([self](bool ok, const QString &message) {
            if (!self)
                return;
            self->m_assignEditor->setEnabled(true);
            self->m_connectResult->setText(message);
            if (ok) {
                self->m_assignEditor->hide();
                const QString tick = QStringLiteral("target-editor-role");
                auto &done = self->m_wizard->state().config.consoleStepsDone;
                if (std::find(done.begin(), done.end(), tick.toStdString()) == done.end())
                    done.push_back(tick.toStdString());
            }
        });
    });
}

void CloudServicePage::initializePage()
{
    ims::WizardState &state = m_wizard->state();
    ims::Configuration &c = state.config;
    m_form = ims::cloudServiceForm(c.solutionId, c.aemVersion);
    if (!m_form)
        return;
    if (!c.cloudService || c.cloudService->kind != m_form->kind || c.cloudService->legacy != m_form->legacy)
        c.cloudService = ims::defaultCloudService(*m_form, c);
    // What follows the credentials is refreshed from them (they may have changed after Back).
    const ims::CloudServiceSettings fresh = ims::defaultCloudService(*m_form, c);
    for (const ims::CloudFormField &f : m_form->fields) {
        if (f.kind == ims::CloudFieldKind::ImsConfiguration || f.kind == ims::CloudFieldKind::Secret
            || fromCredentials(*m_form, f.id))
            c.cloudService->setField(f.id, *fresh.field(f.id));
    }
    const ims::CloudSolution *solution = ims::findSolution(c.solutionId);
    const QString name = qs(solution ? solution->cloudService : c.solutionId);
    setSubTitle(m_form->legacy ? tr("AEM 6.3: the legacy Cloud Services configuration \"%1\" (no IMS configuration).")
                                     .arg(name)
                               : tr("The \"%1\" cloud service configuration that uses this IMS configuration.").arg(name));
    m_intro->setText(m_form->legacy
                         ? tr("In AEM: Tools, Deployment, Cloud Services, %1. The keystore alias eventproxy of the user "
                              "eventproxy-service holds the private key.")
                               .arg(name)
                         : tr("In AEM: Tools, Cloud Services, %1, in the global configuration.").arg(name));

    // Brand Portal: AEM keeps one; offer to replace what is stored.
    state.existingBrandPortal = 0;
    QStringList titles;
    if (m_form->kind == "brand-portal") {
        if (auto all = m_wizard->context()->store().load()) {
            for (const ims::Configuration *existing : ims::existingBrandPortalConfigurations(all.value())) {
                titles << qs(existing->title);
                ++state.existingBrandPortal;
            }
        }
    }
    if (state.existingBrandPortal > 0) {
        const UserMessage m = Messages::describe(ims::makeError(ims::ErrorCode::BrandPortalExists));
        m_brandPortalText->setText(tr("<b>%1</b><br>%2 Saving replaces: %3. %4")
                                       .arg(m.title.toHtmlEscaped(), m.text.toHtmlEscaped(),
                                            titles.join(QStringLiteral(", ")).toHtmlEscaped(), m.remedy.toHtmlEscaped()));
    }
    m_brandPortal->setVisible(state.existingBrandPortal > 0);
    m_replace->setChecked(state.replaceBrandPortal);

    m_targetBox->setVisible(m_form->kind == "target");
    m_assignEditor->hide();
    m_connectResult->clear();
    m_skip->setChecked(state.skipCloudService);
    rebuild();
}

void CloudServicePage::rebuild()
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_editors.clear();
    const ims::CloudServiceSettings &settings = *m_wizard->state().config.cloudService;
    if (const std::string *code = settings.field("clientCode")) {
        m_tenant.clientCode = *code;
        m_tenant.tenantId = settings.field("tenantId") ? *settings.field("tenantId") : std::string();
        m_tenant.tenantEdited = !m_tenant.tenantId.empty() && m_tenant.tenantId != m_tenant.clientCode;
    }
    for (const ims::CloudFormField &f : m_form->fields) {
        const std::string *value = settings.field(f.id);
        QWidget *editor = makeEditor(f, value ? *value : f.defaultValue);
        const QString label = Messages::cloudServiceFieldLabel(f.id);
        editor->setAccessibleName(label);
        auto *labelWidget = new QLabel(f.required ? tr("%1 *:").arg(label) : tr("%1:").arg(label), m_formBox);
        labelWidget->setBuddy(editor);
        m_formLayout->addRow(labelWidget, editor);
        m_editors[f.id] = editor;
    }
    // Focus where typing is needed first: the first required field still empty, else the title.
    QWidget *focus = nullptr;
    for (const ims::CloudFormField &f : m_form->fields) {
        auto *edit = qobject_cast<QLineEdit *>(m_editors[f.id]);
        if (edit && !edit->isReadOnly() && (!focus || (f.required && edit->text().isEmpty()))) {
            const bool better = !focus || (f.required && edit->text().isEmpty());
            if (better)
                focus = edit;
            if (f.required && edit->text().isEmpty())
                break;
        }
    }
    if (focus)
        focus->setFocus();
    showProblems();
}

QString CloudServicePage::choiceText(const std::string &fieldId, const std::string &value) const
{
    if (fieldId == "authentication" && value == "ims") return tr("IMS");
    if (fieldId == "api" && value == "rest") return tr("REST");
    if (fieldId == "clientLibrary" && value == "atjs") return tr("AT.js");
    if (fieldId == "clientLibrary" && value == "mboxjs") return tr("mbox.js (deprecated)");
    return QString::fromStdString(value);
}

QWidget *CloudServicePage::makeEditor(const ims::CloudFormField &field, const std::string &value)
{
    const std::string id = field.id;
    switch (field.kind) {
    case ims::CloudFieldKind::Check: {
        auto *box = new QCheckBox(m_formBox);
        box->setChecked(value == "true");
        box->setObjectName(editorName(id));
        connect(box, &QCheckBox::toggled, this, [this, id](bool on) { setValue(id, on ? "true" : "false"); });
        return box;
    }
    case ims::CloudFieldKind::Choice: {
        auto *combo = new QComboBox(m_formBox);
        combo->setObjectName(editorName(id));
        for (const std::string &choice : field.choices)
            combo->addItem(choiceText(id, choice), QString::fromStdString(choice));
        combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(value))));
        combo->setEnabled(field.choices.size() > 1);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, id, combo] { setValue(id, combo->currentData().toString().toStdString()); });
        return combo;
    }
    case ims::CloudFieldKind::Secret: {
        auto *label = new QLabel(tr("•••••••• (the credential's client secret, kept in the system keychain; enter it in "
                                    "AEM)"),
                                 m_formBox);
        label->setObjectName(editorName(id));
        label->setWordWrap(true);
        return label;
    }
    case ims::CloudFieldKind::ImsConfiguration:
    case ims::CloudFieldKind::Text:
    case ims::CloudFieldKind::Url: break;
    }
    auto *edit = new QLineEdit(QString::fromStdString(value), m_formBox);
    edit->setObjectName(editorName(id));
    if (field.kind == ims::CloudFieldKind::ImsConfiguration || fromCredentials(*m_form, id)) {
        edit->setReadOnly(true);
        edit->setToolTip(tr("Follows the IMS credentials of this configuration."));
        return edit;
    }
    if (id == "serviceUrl")
        edit->setPlaceholderText(QStringLiteral("https://<tenant>.brand-portal.adobe.com"));
    if (id == "clientCode" || id == "tenantId")
        edit->setPlaceholderText(tr("tenant, or paste https://experience.adobe.com/#/@tenant/target"));
    if (id == "clientCode")
        connect(edit, &QLineEdit::textEdited, this, &CloudServicePage::clientCodeEdited);
    else if (id == "tenantId")
        connect(edit, &QLineEdit::textEdited, this, &CloudServicePage::tenantIdEdited);
    else
        connect(edit, &QLineEdit::textEdited, this, [this, id](const QString &text) {
            setValue(id, text.trimmed().toStdString());
        });
    return edit;
}

void CloudServicePage::clientCodeEdited(const QString &text)
{
    m_tenant.setClientCode(text.toStdString());
    auto *code = qobject_cast<QLineEdit *>(m_editors["clientCode"]);
    auto *tenant = qobject_cast<QLineEdit *>(m_editors["tenantId"]);
    // A pasted Experience Cloud address becomes its tenant.
    if (code && code->text() != qs(m_tenant.clientCode) && text.contains(QLatin1Char('@')))
        code->setText(qs(m_tenant.clientCode));
    if (tenant && tenant->text() != qs(m_tenant.tenantId))
        tenant->setText(qs(m_tenant.tenantId));
    setValue("clientCode", m_tenant.clientCode);
    setValue("tenantId", m_tenant.tenantId);
}

void CloudServicePage::tenantIdEdited(const QString &text)
{
    m_tenant.setTenantId(text.toStdString());
    auto *tenant = qobject_cast<QLineEdit *>(m_editors["tenantId"]);
    if (tenant && tenant->text() != qs(m_tenant.tenantId) && text.contains(QLatin1Char('@')))
        tenant->setText(qs(m_tenant.tenantId));
    setValue("tenantId", m_tenant.tenantId);
}

void CloudServicePage::setValue(const std::string &id, const std::string &value)
{
    ims::Configuration &c = m_wizard->state().config;
    if (!c.cloudService)
        return;
    c.cloudService->setField(id, value);
    if (id == "jcr:title")
        c.cloudService->title = value;
    showProblems();
}

void CloudServicePage::showProblems()
{
    QStringList lines;
    for (const ims::FieldProblem &p : ims::pageProblems(ims::WizardPage::CloudService, m_wizard->state()))
        lines << Messages::describe(p);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    const std::string *tenant = m_wizard->state().config.cloudService
        ? m_wizard->state().config.cloudService->field("tenantId")
        : nullptr;
    m_connect->setEnabled(m_request == 0 && tenant && ims::isValidTenant(*tenant) && m_wizard->lastReport()
                          && m_wizard->lastReport()->ok);
    emit completeChanged();
}

void CloudServicePage::connectToTarget()
{
    const ims::Configuration &c = m_wizard->state().config;
    if (!c.cloudService || !m_wizard->lastReport() || !m_wizard->lastReport()->ok)
        return;
    AppContext *context = m_wizard->context();
    const std::string base = context->sandboxActive()
        ? context->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString()
        : std::string(ims::kTargetAdminApiHost);
    const ims::HttpRequest request = ims::buildConnectToTargetRequest(base, *c.cloudService->field("tenantId"),
                                                                      c.clientId, m_wizard->lastReport()->accessToken);
    m_connectResult->setText(tr("Connecting to Adobe Target…"));
    m_assignEditor->hide();
    QPointer<CloudServicePage> self(this);
    m_request = context->transport()->send(request, [self](ims::HttpResponse response) {
        if (!self)
            return;
        self->m_request = 0;
        const ims::TargetConnection result = ims::interpretConnectToTarget(response);
        qCInfo(lcHealth) << "connect to target:" << response.status;
        if (result.ok) {
            self->m_connectResult->setText(
                tr("Connected to Adobe Target: the Admin API lists %n activities.", nullptr, int(result.activityCount)));
        } else {
            const UserMessage m = Messages::describe(result.error);
            self->m_connectResult->setText(tr("%1: %2 %3").arg(m.title, m.text, m.remedy));
            self->m_assignEditor->setVisible(result.error.code == ims::ErrorCode::TargetForbidden
                                             && self->m_wizard->context()->sandboxActive());
        }
        self->showProblems();
    });
    showProblems();
}

bool CloudServicePage::isComplete() const
{
    return ims::canAdvance(ims::WizardPage::CloudService, m_wizard->state());
}
