#include "networkdialog.h"

#include "appcontext.h"
#include "asyncdialogs.h"
#include "messages.h"
#include "qttransport.h"

#include <QButtonGroup>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

NetworkDialog::NetworkDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_loaded(NetworkSettings::load(context->configDir()))
{
    setObjectName(QStringLiteral("networkDialog"));
    setWindowTitle(tr("Network settings"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    auto *proxyBox = new QGroupBox(tr("Proxy"), this);
    auto *proxyLayout = new QVBoxLayout(proxyBox);
    m_system = new QRadioButton(tr("Use the &system proxy settings"), proxyBox);
    m_system->setObjectName(QStringLiteral("systemProxyRadio"));
    m_explicit = new QRadioButton(tr("Use &this proxy:"), proxyBox);
    m_explicit->setObjectName(QStringLiteral("explicitProxyRadio"));
    m_none = new QRadioButton(tr("&No proxy (connect directly)"), proxyBox);
    m_none->setObjectName(QStringLiteral("noProxyRadio"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_system, m_explicit, m_none})
        group->addButton(b);
    proxyLayout->addWidget(m_system);
    proxyLayout->addWidget(m_explicit);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit(m_loaded.host, proxyBox);
    m_host->setObjectName(QStringLiteral("proxyHostEdit"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port = new QLineEdit(m_loaded.port ? QString::number(m_loaded.port) : QString(), proxyBox);
    m_port->setObjectName(QStringLiteral("proxyPortEdit"));
    m_port->setPlaceholderText(tr("3128"));
    m_port->setMaxLength(5);
    m_user = new QLineEdit(m_loaded.user, proxyBox);
    m_user->setObjectName(QStringLiteral("proxyUserEdit"));
    m_user->setPlaceholderText(tr("only when the proxy asks for one"));
    m_password = new QLineEdit(proxyBox);
    m_password->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        m_loaded.user.isEmpty() ? QString() : tr("unchanged (kept in the keychain)"));
    auto row = [this, form](const QString &label, QLineEdit *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, field);
    };
    row(tr("&Host:"), m_host);
    row(tr("&Port:"), m_port);
    row(tr("&User:"), m_user);
    row(tr("Pass&word:"), m_password);
    proxyLayout->addLayout(form);
    proxyLayout->addWidget(m_none);
    layout->addWidget(proxyBox);

    auto *tlsBox = new QGroupBox(tr("Corporate TLS inspection"), this);
    auto *tlsLayout = new QVBoxLayout(tlsBox);
    auto *tlsText
        = new QLabel(tr("If your company's proxy inspects TLS, add its CA certificate here. It is trusted "
                        "for connections to Adobe IMS only, never for anything else, and certificate "
                        "verification is never turned off."),
            tlsBox);
    tlsText->setWordWrap(true);
    tlsLayout->addWidget(tlsText);
    auto *caRow = new QHBoxLayout;
    m_caPath = new QLineEdit(m_loaded.extraCaPath, tlsBox);
    m_caPath->setObjectName(QStringLiteral("extraCaEdit"));
    m_caPath->setPlaceholderText(tr("none"));
    m_caPath->setClearButtonEnabled(true);
    auto *caLabel = new QLabel(tr("&CA certificate (PEM):"), tlsBox);
    caLabel->setBuddy(m_caPath);
    m_caPath->setAccessibleName(tr("CA certificate file"));
    m_browse = new QPushButton(tr("&Browse…"), tlsBox);
    m_browse->setObjectName(QStringLiteral("extraCaBrowseButton"));
    m_browse->setAutoDefault(false);
    caRow->addWidget(caLabel);
    caRow->addWidget(m_caPath, 1);
    caRow->addWidget(m_browse);
    tlsLayout->addLayout(caRow);
    m_caSummary = new QLabel(tlsBox);
    m_caSummary->setObjectName(QStringLiteral("extraCaSummary"));
    m_caSummary->setWordWrap(true);
    m_caSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tlsLayout->addWidget(m_caSummary);
    layout->addWidget(tlsBox);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("networkProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("networkOkButton"));
    layout->addWidget(m_buttons);

    switch (m_loaded.mode) {
    case NetworkSettings::Mode::System:
        m_system->setChecked(true);
        break;
    case NetworkSettings::Mode::Explicit:
        m_explicit->setChecked(true);
        break;
    case NetworkSettings::Mode::None:
        m_none->setChecked(true);
        break;
    }
    connect(group, &QButtonGroup::buttonToggled, this, &NetworkDialog::updateEnabled);
    connect(m_caPath, &QLineEdit::textChanged, this, &NetworkDialog::updateCaSummary);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        askForFile(this, tr("CA certificate of the proxy"),
            tr("Certificates (*.pem *.crt *.cer);;All files (*)"), false, m_caPath->text(),
            [this](const QString &path) { m_caPath->setText(path); });
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NetworkDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
    updateCaSummary();
}

NetworkSettings NetworkDialog::settingsFromFields() const
{
    NetworkSettings s;
    s.mode = m_explicit->isChecked() ? NetworkSettings::Mode::Explicit
        : m_none->isChecked()        ? NetworkSettings::Mode::None
                                     : NetworkSettings::Mode::System;
    if (s.mode == NetworkSettings::Mode::Explicit) {
        s.host = m_host->text().trimmed();
        bool ok = false;
        const uint port = m_port->text().trimmed().toUInt(&ok);
        s.port = ok && port > 0 && port <= 65535 ? quint16(port) : 0;
        s.user = m_user->text().trimmed();
    }
    s.extraCaPath = m_caPath->text().trimmed();
    return s;
}

void NetworkDialog::updateEnabled()
{
    const bool on = m_explicit->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
             static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        w->setEnabled(on);
}

void NetworkDialog::updateCaSummary()
{
    const QString path = m_caPath->text().trimmed();
    if (path.isEmpty()) {
        m_caSummary->clear();
        return;
    }
    QString error;
    const QList<QSslCertificate> cas = NetworkSettings::readCaFile(path, &error);
    if (cas.isEmpty()) {
        m_caSummary->setText(error);
        return;
    }
    QStringList lines;
    for (const QSslCertificate &c : cas)
        lines << tr("%1 (SHA-256 %2…)")
                     .arg(c.subjectDisplayName(),
                         QString::fromLatin1(
                             c.digest(QCryptographicHash::Sha256).toHex(':').left(23).toUpper()));
    m_caSummary->setText(lines.join(QLatin1Char('\n')));
}

void NetworkDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_problem->setAccessibleDescription(text);
    // Grow rather than squeeze the fields when the message appears.
    if (const QSize hint = sizeHint(); hint.height() > height())
        resize(width(), hint.height());
}

void NetworkDialog::save()
{
    if (m_saving)
        return;
    const NetworkSettings settings = settingsFromFields();
    QStringList problems = settings.problems();
    if (settings.mode == NetworkSettings::Mode::Explicit) {
        const QString port = m_port->text().trimmed();
        if (!port.isEmpty() && settings.port == 0) {
            problems.removeAll(tr("Enter the proxy port (1 to 65535).")); // said more precisely below
            problems << tr("\"%1\" is not a port: enter a number from 1 to 65535.").arg(port);
        }
        const bool keepsPassword = !m_loaded.user.isEmpty() && m_loaded.user == settings.user;
        if (!settings.user.isEmpty() && m_password->text().isEmpty() && !keepsPassword)
            problems << tr("Enter the password for the proxy user %1.").arg(settings.user);
        if (settings.user.isEmpty() && !m_password->text().isEmpty())
            problems << tr("Enter the proxy user the password belongs to.");
    }
    if (!problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char('\n')));
        return;
    }
    showProblem({});
    m_saving = true;
    m_buttons->setEnabled(false);

    QPointer<NetworkDialog> self(this);
    ims::SecretStore *secrets = m_context->secrets();
    auto afterKeychain = [self, settings](std::optional<ims::Error> error) {
        if (!self)
            return;
        if (error) {
            self->m_saving = false;
            self->m_buttons->setEnabled(true);
            const UserMessage m = Messages::describe(*error);
            self->showProblem(
                tr("The proxy password could not be saved: %1 %2").arg(m.title + QLatin1Char('.'), m.remedy));
            return;
        }
        self->finishSave(settings);
    };
    if (settings.mode == NetworkSettings::Mode::Explicit && !m_password->text().isEmpty()) {
        QByteArray typed = m_password->text().toUtf8();
        const ims::Secret password(typed.toStdString());
        typed.fill('\0');
        secrets->write(NetworkSettings::passwordKey(), password, afterKeychain);
    } else if (settings.user.isEmpty() && !m_loaded.user.isEmpty()) {
        // No proxy user any more: the old password goes too.
        secrets->remove(NetworkSettings::passwordKey(), afterKeychain);
    } else {
        afterKeychain(std::nullopt);
    }
}

void NetworkDialog::finishSave(const NetworkSettings &settings)
{
    QString error;
    if (!settings.save(m_context->configDir(), &error)) {
        m_saving = false;
        m_buttons->setEnabled(true);
        showProblem(error);
        return;
    }
    m_password->clear();
    m_loaded = settings;
    QPointer<NetworkDialog> self(this);
    applyNetworkSettings(
        settings, m_context->transport(), m_context->secrets(), [self](std::optional<QString> problem) {
            if (!self)
                return;
            self->m_saving = false;
            self->m_buttons->setEnabled(true);
            if (problem) {
                self->showProblem(*problem);
                return;
            }
            emit self->applied();
            self->accept();
        });
}
