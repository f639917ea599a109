#include "consolestepspage.h"

#include "appcontext.h"
#include "imswizard.h"

#include <imscore/catalog.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

ConsoleStepsPage::ConsoleStepsPage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Adobe Developer Console and Admin Console"));
    setSubTitle(tr("Do these steps in Adobe's web consoles, then come back for the credentials. Tick each step "
                   "when it is done; the ticks are saved with the configuration."));
    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_steps = new QWidget(scroll);
    m_stepsLayout = new QVBoxLayout(m_steps);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_steps);
    layout->addWidget(scroll, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("consoleStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

QString ConsoleStepsPage::stepTitle(const std::string &id)
{
    if (id == "create-project") return tr("Create a project");
    if (id == "add-api") return tr("Add the product's API");
    if (id == "upload-public-key") return tr("Upload the public key (Service Account JWT)");
    if (id == "choose-oauth") return tr("Choose OAuth Server-to-Server");
    if (id == "product-profiles") return tr("Choose the product profiles");
    if (id == "target-editor-role") return tr("Give the technical account the Target role Editor");
    return QString::fromStdString(id);
}

QString ConsoleStepsPage::stepText(const std::string &id)
{
    if (id == "create-project")
        return tr("In the Adobe Developer Console, select your organization and choose \"Create new project\".");
    if (id == "add-api") return tr("In the project choose \"Add API\" and pick this API.");
    if (id == "upload-public-key")
        return tr("Choose \"Upload your public key\" and pick the certificate file below (never the private key).");
    if (id == "choose-oauth")
        return tr("Choose the credential type OAuth Server-to-Server. Its scopes should be these.");
    if (id == "product-profiles")
        return tr("Select the product profiles the technical account may use, then \"Save configured API\".");
    if (id == "target-editor-role")
        return tr("In the Admin Console open Adobe Target, the product profile, \"API credentials\", and set the "
                  "role of this credential's technical account to Editor. Observer cannot use the Admin API: "
                  "\"Connect to Target\" fails with 403.");
    return {};
}

QString ConsoleStepsPage::valueLabel(const std::string &key)
{
    if (key == "project_name") return tr("Project name");
    if (key == "api") return tr("API");
    if (key == "credential_type") return tr("Credential type");
    if (key == "certificate_file") return tr("File to upload");
    if (key == "metascope") return tr("Metascope");
    if (key == "scopes") return tr("Scopes");
    if (key == "product") return tr("Product");
    if (key == "role") return tr("Role");
    return QString::fromStdString(key);
}

void ConsoleStepsPage::initializePage()
{
    rebuild();
}

void ConsoleStepsPage::rebuild()
{
    while (QLayoutItem *item = m_stepsLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_current = ims::consoleSteps(m_wizard->state().config);
    int number = 1;
    for (const ims::ConsoleStep &step : m_current)
        m_stepsLayout->addWidget(makeStep(step, number++));
    m_stepsLayout->addStretch(1);
    m_status->clear();
}

QWidget *ConsoleStepsPage::makeStep(const ims::ConsoleStep &step, int number)
{
    const QString id = QString::fromStdString(step.id);
    auto *box = new QGroupBox(m_steps);
    box->setObjectName(QStringLiteral("step-") + id);
    auto *layout = new QVBoxLayout(box);

    auto *head = new QHBoxLayout;
    auto *tick = new QCheckBox(tr("%1. %2").arg(number).arg(stepTitle(step.id)), box);
    tick->setObjectName(QStringLiteral("tick-") + id);
    tick->setAccessibleName(tr("Done: %1").arg(stepTitle(step.id)));
    const auto &done = m_wizard->state().config.consoleStepsDone;
    tick->setChecked(std::find(done.begin(), done.end(), step.id) != done.end());
    const std::string stepId = step.id;
    connect(tick, &QCheckBox::toggled, this, [this, stepId](bool on) { setTicked(stepId, on); });
    head->addWidget(tick, 1);
    auto *open = new QPushButton(tr("Open"), box);
    open->setObjectName(QStringLiteral("open-") + id);
    open->setAccessibleName(tr("Open the console page for: %1").arg(stepTitle(step.id)));
    open->setToolTip(QString::fromStdString(step.url));
    open->setAutoDefault(false);
    const QUrl url(QString::fromStdString(step.url));
    connect(open, &QPushButton::clicked, this, [this, url] {
        if (!m_wizard->openUrl(url))
            m_status->setText(tr("Could not open %1; copy the address into a browser.").arg(url.toString()));
    });
    head->addWidget(open);
    layout->addLayout(head);

    auto *text = new QLabel(stepText(step.id), box);
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    auto addValue = [&](const QString &label, const QString &value, const QString &name) {
        auto *edit = new QLineEdit(value, box);
        edit->setReadOnly(true);
        edit->setCursorPosition(0); // long values (scopes) show their beginning
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        auto *copy = new QToolButton(box);
        copy->setText(tr("Copy"));
        copy->setObjectName(name + QStringLiteral("-copy"));
        copy->setAccessibleName(tr("Copy %1").arg(label));
        connect(copy, &QToolButton::clicked, this, [this, value, label] {
            QApplication::clipboard()->setText(value);
            m_status->setText(tr("Copied %1.").arg(label));
        });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(copy);
        auto *rowLabel = new QLabel(label + QLatin1Char(':'), box);
        rowLabel->setBuddy(edit);
        form->addRow(rowLabel, row);
    };
    for (const ims::ConsoleValue &v : step.values) {
        if (v.label == "certificate_file" && step.action == ims::ConsoleStepAction::UploadCertificate)
            continue; // shown below with its full path
        addValue(valueLabel(v.label), QString::fromStdString(v.value),
                 QStringLiteral("value-%1-%2").arg(id, QString::fromStdString(v.label)));
    }
    layout->addLayout(form);

    if (step.action == ims::ConsoleStepAction::UploadCertificate) {
        QString error;
        const QString path = m_wizard->writePublicCertificate(&error);
        if (path.isEmpty()) {
            auto *missing = new QLabel(tr("No certificate yet: go back to the certificate page."), box);
            missing->setWordWrap(true);
            layout->addWidget(missing);
        } else {
            addValue(valueLabel("certificate_file"), QDir::toNativeSeparators(path), QStringLiteral("certificatePath"));
            auto *reveal = new QPushButton(tr("Show in &folder"), box);
            reveal->setObjectName(QStringLiteral("revealCertificate"));
            reveal->setAutoDefault(false);
            const QUrl folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
            connect(reveal, &QPushButton::clicked, this, [this, folder] {
                if (!m_wizard->openUrl(folder))
                    m_status->setText(tr("Could not open the folder %1.").arg(folder.toLocalFile()));
            });
            auto *row = new QHBoxLayout;
            row->addWidget(reveal);
            row->addStretch(1);
            layout->addLayout(row);
        }
    }
    if (step.action == ims::ConsoleStepAction::AssignTargetRole && m_wizard->context()->sandboxActive()) {
        auto *assign = new QPushButton(tr("&Assign Editor in the training sandbox"), box);
        assign->setObjectName(QStringLiteral("assignTargetRoleButton"));
        assign->setAutoDefault(false);
        QPointer<QCheckBox> tickBox(tick);
        connect(assign, &QPushButton::clicked, this, [this, tickBox, assign] {
            assign->setEnabled(false);
            QPointer<QPushButton> button(assign);
            m_wizard->assignTargetEditorRole([this, tickBox, button](bool ok, const QString &message) {
                m_status->setText(message);
                if (button)
                    button->setEnabled(true);
                if (ok && tickBox)
                    tickBox->setChecked(true);
            });
        });
        auto *row = new QHBoxLayout;
        row->addWidget(assign);
        row->addStretch(1);
        layout->addLayout(row);
    }
    return box;
}

void ConsoleStepsPage::setTicked(const std::string &id, bool on)
{
    auto &done = m_wizard->state().config.consoleStepsDone;
    const auto it = std::find(done.begin(), done.end(), id);
    if (on && it == done.end())
        done.push_back(id);
    else if (!on && it != done.end())
        done.erase(it);
}
