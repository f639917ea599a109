#include "exportdialog.h"

#include "appcontext.h"
#include "asyncdialogs.h"
#include "messages.h"

#include <imscore/certificates.h>
#include <imscore/osgi.h>
#include <imscore/secret_store.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportDialog::ExportDialog(AppContext *context, const ims::Configuration &config, QWidget *parent)
    : QDialog(parent), m_context(context), m_config(config)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export — %1").arg(qs(config.title)));
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    const bool jwt = config.authType == ims::AuthType::Jwt && !config.certificatePem.empty();

    m_osgi = new QRadioButton(tr("&OSGi configuration for AEM (.cfg.json pair)"), this);
    m_osgi->setObjectName(QStringLiteral("osgiRadio"));
    m_certificate = new QRadioButton(tr("Public &certificate for the Developer Console (%1)")
                                         .arg(QLatin1String(ims::kPublicCertificateFileName.data())),
                                     this);
    m_certificate->setObjectName(QStringLiteral("certificateRadio"));
    m_pkcs12 = new QRadioButton(tr("&PKCS#12 keystore for AEM (\"Add Private Key from KeyStore file\")"), this);
    m_pkcs12->setObjectName(QStringLiteral("pkcs12Radio"));
    m_certificate->setEnabled(jwt);
    m_pkcs12->setEnabled(jwt);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_osgi, m_certificate, m_pkcs12}) {
        group->addButton(r);
        layout->addWidget(r);
    }
    m_osgi->setChecked(true);

    m_clearSecret = new QCheckBox(tr("Write the client secret in clear te&xt instead of $[secret:%1]")
                                      .arg(qs(ims::osgiSecretPlaceholderName(config))),
                                  this);
    m_clearSecret->setObjectName(QStringLiteral("clearSecretCheck"));
    m_clearWarning = new QLabel(tr("⚠ The file will contain the secret. Anyone who can read it, or the repository "
                                   "it is committed to, can act as this integration. AEM as a Cloud Service reads "
                                   "$[secret:…] placeholders from environment variables instead."),
                                this);
    m_clearWarning->setObjectName(QStringLiteral("clearSecretWarning"));
    m_clearWarning->setWordWrap(true);
    m_clearConfirm = new QCheckBox(tr("I understand: write the secret into the file"), this);
    m_clearConfirm->setObjectName(QStringLiteral("clearSecretConfirm"));
    layout->addWidget(m_clearSecret);
    layout->addWidget(m_clearWarning);
    layout->addWidget(m_clearConfirm);

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("exportPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Keystore password"));
    m_passwordAgain = new QLineEdit(this);
    m_passwordAgain->setObjectName(QStringLiteral("exportPasswordAgainEdit"));
    m_passwordAgain->setEchoMode(QLineEdit::Password);
    m_passwordAgain->setAccessibleName(tr("Keystore password again"));
    auto *passwordLabel = new QLabel(tr("Keystore pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    auto *againLabel = new QLabel(tr("A&gain:"), this);
    againLabel->setBuddy(m_passwordAgain);
    form->addRow(passwordLabel, m_password);
    form->addRow(againLabel, m_passwordAgain);
    m_directory = new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    m_directory->setObjectName(QStringLiteral("exportDirectoryEdit"));
    m_directory->setAccessibleName(tr("Folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_directory, 1);
    dirRow->addWidget(browse);
    auto *dirLabel = new QLabel(tr("&Folder:"), this);
    dirLabel->setBuddy(m_directory);
    form->addRow(dirLabel, dirRow);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(browse, &QPushButton::clicked, this, [this] {
        askForFiles(this, tr("Export to"), {}, FileDialogMode::Directory, m_directory->text(),
                    [this](const QStringList &dirs) { m_directory->setText(dirs.constFirst()); });
    });
    for (QRadioButton *r : {m_osgi, m_certificate, m_pkcs12})
        connect(r, &QRadioButton::toggled, this, &ExportDialog::updateState);
    for (QCheckBox *c : {m_clearSecret, m_clearConfirm})
        connect(c, &QCheckBox::toggled, this, &ExportDialog::updateState);
    for (QLineEdit *e : {m_password, m_passwordAgain, m_directory})
        connect(e, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    updateState();
}

void ExportDialog::setFormat(Format format)
{
    (format == OsgiFormat ? m_osgi : format == CertificateFormat ? m_certificate : m_pkcs12)->setChecked(true);
}

void ExportDialog::setOutputDirectory(const QString &dir)
{
    m_directory->setText(dir);
}

void ExportDialog::updateState()
{
    const bool osgi = m_osgi->isChecked();
    m_clearSecret->setVisible(osgi);
    m_clearWarning->setVisible(osgi && m_clearSecret->isChecked());
    m_clearConfirm->setVisible(osgi && m_clearSecret->isChecked());
    if (!m_clearSecret->isChecked())
        m_clearConfirm->setChecked(false);
    const bool p12 = m_pkcs12->isChecked();
    m_password->setEnabled(p12);
    m_passwordAgain->setEnabled(p12);
    bool ready = !m_directory->text().trimmed().isEmpty();
    if (osgi && m_clearSecret->isChecked() && !m_clearConfirm->isChecked())
        ready = false;
    if (p12 && (m_password->text().isEmpty() || m_password->text() != m_passwordAgain->text()))
        ready = false;
    m_export->setEnabled(ready);
}

bool ExportDialog::writeFile(const QString &name, const QByteArray &data, bool secret, QString *error)
{
    QDir().mkpath(m_directory->text());
    // Cloud service content sits in sub-folders (jcr_root/conf/…).
    QDir().mkpath(QFileInfo(QDir(m_directory->text()).filePath(name)).absolutePath());
    QSaveFile file(QDir(m_directory->text()).filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(name, file.errorString());
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(name, file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::finish(const QString &message, bool ok)
{
    m_status->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + message);
    m_export->setEnabled(true);
    if (ok)
        emit exported(message);
    else
        emit failed(message);
}

void ExportDialog::startExport()
{
    m_export->setEnabled(false);
    QString error;
    if (m_certificate->isChecked()) {
        const QString name = QLatin1String(ims::kPublicCertificateFileName.data());
        if (!writeFile(name, QByteArray::fromStdString(m_config.certificatePem), false, &error))
            return finish(error, false);
        return finish(tr("Saved %1 — upload it to the credential in the Developer Console.").arg(name), true);
    }
    QPointer<ExportDialog> self(this);
    if (m_osgi->isChecked()) {
        if (!m_clearSecret->isChecked()) {
            for (const ims::ZipEntry &file : ims::exportOsgi(m_config, ims::SecretInExport::Placeholder))
                if (!writeFile(qs(file.name), QByteArray::fromStdString(file.data), false, &error))
                    return finish(error, false);
            return finish(tr("Saved the OSGi configuration; set the environment variable %1 in AEM.")
                              .arg(qs(ims::osgiSecretPlaceholderName(m_config))),
                          true);
        }
        m_context->secrets()->read(m_config.clientSecretRef, [self](std::optional<ims::Secret> secret,
                                                                    std::optional<ims::Error> readError) {
            if (!self)
                return;
            if (!secret)
                return self->finish(Messages::describe(readError.value_or(ims::makeError(ims::ErrorCode::SecretMissing))).title, false);
            QString error;
            for (const ims::ZipEntry &file : ims::exportOsgi(self->m_config, ims::SecretInExport::ClearText, *secret)) {
                QByteArray data = QByteArray::fromStdString(file.data);
                const bool ok = self->writeFile(qs(file.name), data, true, &error);
                data.fill('\0');
                if (!ok)
                    return self->finish(error, false);
            }
            self->finish(tr("Saved the OSGi configuration with the secret in clear text (readable by you only)."), true);
        });
        return;
    }
    // PKCS#12: the private key comes from the keychain.
    const ims::Secret password(m_password->text().toStdString());
    m_context->secrets()->read(m_config.privateKeyRef, [self, password](std::optional<ims::Secret> pem,
                                                                        std::optional<ims::Error> readError) {
        if (!self)
            return;
        if (!pem)
            return self->finish(Messages::describe(readError.value_or(ims::makeError(ims::ErrorCode::SecretMissing))).title, false);
        auto key = ims::importPrivateKey(pem->reveal());
        auto cert = ims::importCertificate(self->m_config.certificatePem);
        if (!key)
            return self->finish(Messages::describe(key.error()).title, false);
        if (!cert)
            return self->finish(Messages::describe(cert.error()).title, false);
        auto pair = ims::pairUp(std::move(key).value(), std::move(cert).value());
        if (!pair)
            return self->finish(Messages::describe(pair.error()).title, false);
        const std::string alias = self->m_config.certificateAlias.empty() ? "aem-ims" : self->m_config.certificateAlias;
        auto p12 = ims::exportPkcs12(pair.value(), alias, password);
        if (!p12)
            return self->finish(Messages::describe(p12.error()).title, false);
        QString error;
        const QString name = qs(alias) + QStringLiteral(".p12");
        if (!self->writeFile(name, QByteArray::fromStdString(p12.value()), true, &error))
            return self->finish(error, false);
        self->finish(tr("Saved %1 (alias %2) for AEM's keystore.").arg(name, qs(alias)), true);
    });
}
