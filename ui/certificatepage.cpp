#include "certificatepage.h"

#include "appcontext.h"
#include "formfields.h"
#include "asyncdialogs.h"
#include "imswizard.h"
#include "logging.h"
#include "messages.h"
#include "qttransport.h"

#include <imscore/catalog.h>
#include <imscore/certificates.h>
#include <imscore/jwt_credentials.h>
#include <imscore/sandbox.h>

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

namespace {
constexpr qint64 kMaxImportBytes = 1024 * 1024;

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxImportBytes) {
        *error = CertificatePage::tr("%1 is too large for a key or certificate file.").arg(QFileInfo(path).fileName());
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CertificatePage::tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return {};
    }
    return file.readAll();
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}


} // namespace

CertificatePage::CertificatePage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Certificate"));
    setSubTitle(tr("The JWT is signed with a private key; its certificate is uploaded to the credential in the "
                   "Developer Console. Create a new pair, or use the one you have."));
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));

    auto *createBox = new QGroupBox(tr("Create a new certificate"), this);
    auto *createForm = new QFormLayout(createBox);
    m_alias = new QLineEdit(createBox);
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_alias->setAccessibleName(tr("Alias"));
    auto *aliasLabel = new QLabel(tr("&Alias:"), createBox);
    aliasLabel->setBuddy(m_alias);
    m_bits = new QComboBox(createBox);
    m_bits->setObjectName(QStringLiteral("keySizeCombo"));
    m_bits->setAccessibleName(tr("Key size"));
    for (int bits : {2048, 3072, 4096})
        m_bits->addItem(tr("RSA %1 bits").arg(bits), bits);
    auto *bitsLabel = new QLabel(tr("&Key size:"), createBox);
    bitsLabel->setBuddy(m_bits);
    m_days = new QSpinBox(createBox);
    m_days->setObjectName(QStringLiteral("validityDays"));
    m_days->setAccessibleName(tr("Validity in days"));
    m_days->setRange(1, 3650);
    m_days->setValue(ims::kDefaultCertificateDays);
    m_days->setSuffix(tr(" days"));
    m_days->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_bits->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *daysLabel = new QLabel(tr("&Valid for:"), createBox);
    daysLabel->setBuddy(m_days);
    auto *createRow = new QHBoxLayout;
    m_create = makeSecondaryButton(tr("C&reate certificate"), QStringLiteral("createCertificateButton"), createBox);
    m_cancel = makeSecondaryButton(tr("Cancel"), QStringLiteral("cancelCreateButton"), createBox);
    m_busy = new QProgressBar(createBox);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Creating the key pair"));
    createRow->addWidget(m_create);
    createRow->addWidget(m_busy, 1);
    createRow->addWidget(m_cancel);
    createRow->addStretch(0);
    createForm->addRow(aliasLabel, m_alias);
    createForm->addRow(bitsLabel, m_bits);
    createForm->addRow(daysLabel, m_days);
    createForm->addRow(createRow);
    layout->addWidget(createBox);

    auto *importBox = new QGroupBox(tr("Or use an existing key pair"), this);
    auto *importLayout = new QGridLayout(importBox);
    auto *importZip = makeSecondaryButton(tr("config.&zip…"), QStringLiteral("importZipButton"), importBox);
    importZip->setToolTip(tr("The Developer Console's \"Generate a key pair\" download"));
    auto *importP12 = makeSecondaryButton(tr("PKCS#&12 keystore…"), QStringLiteral("importP12Button"), importBox);
    auto *importPem = makeSecondaryButton(tr("Private key + certificate (&PEM)…"), QStringLiteral("importPemButton"), importBox);
    auto *importService = makeSecondaryButton(tr("AEM as a Cloud &Service credential…"),
                                              QStringLiteral("importServiceCredentialButton"), importBox);
    m_passphrase = new QLineEdit(importBox);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase or keystore password"));
    m_passphrase->setPlaceholderText(tr("for PKCS#12 files and encrypted keys"));
    auto *passLabel = new QLabel(tr("Pass&word:"), importBox);
    passLabel->setBuddy(m_passphrase);
    importLayout->addWidget(importZip, 0, 0);
    importLayout->addWidget(importP12, 0, 1);
    importLayout->addWidget(importPem, 0, 2);
    importLayout->addWidget(importService, 1, 0, 1, 2);
    importLayout->addWidget(passLabel, 2, 0);
    importLayout->addWidget(m_passphrase, 2, 1, 1, 2);
    layout->addWidget(importBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_certificateBox = new QGroupBox(tr("Certificate"), this);
    m_certificateBox->setObjectName(QStringLiteral("certificateBox"));
    auto *info = new QFormLayout(m_certificateBox);
    m_subject = new QLabel(m_certificateBox);
    m_subject->setObjectName(QStringLiteral("subjectLabel"));
    m_sha1 = new QLabel(m_certificateBox);
    m_sha1->setObjectName(QStringLiteral("sha1Label"));
    m_sha1->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha256 = new QLabel(m_certificateBox);
    m_sha256->setObjectName(QStringLiteral("sha256Label"));
    m_sha256->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha256->setWordWrap(true);
    m_validity = new QLabel(m_certificateBox);
    m_validity->setObjectName(QStringLiteral("validityLabel"));
    auto *copy = makeSecondaryButton(tr("&Copy"), QStringLiteral("copyFingerprintButton"), m_certificateBox);
    copy->setToolTip(tr("Copy the SHA-1 fingerprint, as the Developer Console shows it"));
    auto *sha1Row = new QHBoxLayout;
    sha1Row->addWidget(m_sha1, 1);
    sha1Row->addWidget(copy);
    info->addRow(tr("Subject:"), m_subject);
    info->addRow(tr("SHA-1 fingerprint:"), sha1Row);
    info->addRow(tr("SHA-256 fingerprint:"), m_sha256);
    info->addRow(tr("Valid until:"), m_validity);
    auto *exports = new QHBoxLayout;
    auto *download = makeSecondaryButton(tr("Down&load public key…"), QStringLiteral("downloadPublicKeyButton"), m_certificateBox);
    download->setToolTip(tr("Save %1 for the Developer Console").arg(QLatin1String(ims::kPublicCertificateFileName.data())));
    auto *p12 = makeSecondaryButton(tr("E&xport for AEM keystore (PKCS#12)…"), QStringLiteral("exportP12Button"), m_certificateBox);
    auto *der = makeSecondaryButton(tr("Export private key (D&ER)…"), QStringLiteral("exportDerButton"), m_certificateBox);
    exports->addWidget(download);
    exports->addWidget(p12);
    exports->addWidget(der);
    exports->addStretch(1);
    info->addRow(exports);
    if (wizard->context()->sandboxActive()) {
        m_upload = makeSecondaryButton(tr("&Upload to the training sandbox"), QStringLiteral("uploadToSandboxButton"), m_certificateBox);
        m_upload->setToolTip(tr("Stands in for uploading the public key in the Developer Console"));
        auto *uploadRow = new QHBoxLayout;
        uploadRow->addWidget(m_upload);
        uploadRow->addStretch(1);
        info->addRow(uploadRow);
        connect(m_upload, &QPushButton::clicked, this, &CertificatePage::uploadToSandbox);
    }
    layout->addWidget(m_certificateBox);
    layout->addStretch(1);

    connect(m_create, &QPushButton::clicked, this, &CertificatePage::startCreate);
    connect(m_cancel, &QPushButton::clicked, this, &CertificatePage::cancelCreate);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_sha1->text());
        showStatus(tr("SHA-1 fingerprint copied."));
    });
    const QString keyFilter = tr("Keys and certificates (*.key *.pem *.crt *.cer *.der);;All files (*)");
    connect(importZip, &QPushButton::clicked, this, [this] {
        askForFile(this, tr("Import config.zip"), tr("ZIP archives (*.zip);;All files (*)"), false, {},
                   [this](const QString &path) { importFile(path); });
    });
    connect(importP12, &QPushButton::clicked, this, [this] {
        askForFile(this, tr("Import PKCS#12 keystore"), tr("PKCS#12 (*.p12 *.pfx);;All files (*)"), false, {},
                   [this](const QString &path) { importFile(path); });
    });
    connect(importService, &QPushButton::clicked, this, [this] {
        askForFile(this, tr("Import AEM as a Cloud Service credential"), tr("JSON files (*.json);;All files (*)"),
                   false, {}, [this](const QString &path) { importFile(path); });
    });
    connect(importPem, &QPushButton::clicked, this, [this, keyFilter] {
        askForFile(this, tr("Choose the private key"), keyFilter, false, {}, [this, keyFilter](const QString &key) {
            askForFile(this, tr("Choose its certificate"), keyFilter, false, QFileInfo(key).absolutePath(),
                       [this, key](const QString &cert) { importKeyAndCertificate(key, cert); });
        });
    });
    connect(download, &QPushButton::clicked, this, [this] {
        askForFile(this, tr("Download public key"), tr("Certificates (*.crt)"), true,
                   QLatin1String(ims::kPublicCertificateFileName.data()),
                   [this](const QString &path) { exportPublicCertificate(path); });
    });
    connect(p12, &QPushButton::clicked, this, [this] {
        if (m_passphrase->text().isEmpty()) {
            showStatus(tr("Enter a keystore password in \"Password\" first; AEM asks for it when you add the key."));
            m_passphrase->setFocus();
            return;
        }
        askForFile(this, tr("Export for AEM keystore"), tr("PKCS#12 (*.p12 *.pfx)"), true,
                   alias() + QStringLiteral(".p12"), [this](const QString &path) { exportPkcs12(path); });
    });
    connect(der, &QPushButton::clicked, this, [this] {
        // Asked without a nested event loop: the answer arrives as a signal.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export an unencrypted private key?"),
                                    tr("The DER file holds the private key without any protection. Anyone with the "
                                       "file can sign as this integration. Prefer the PKCS#12 export; if AEM needs the "
                                       "DER file, delete it right after adding it to the keystore."),
                                    QMessageBox::Save | QMessageBox::Cancel, this);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result != QMessageBox::Save)
                return;
            askForFile(this, tr("Export private key (DER)"), tr("DER files (*.der)"), true,
                       alias() + QStringLiteral(".der"), [this](const QString &path) { exportPrivateKeyDer(path); });
        });
        box->open();
    });
    setBusy(false);
    m_certificateBox->hide();
}

QString CertificatePage::alias() const
{
    const QString text = m_alias->text().trimmed();
    return text.isEmpty() ? QStringLiteral("aem-ims") : text;
}

void CertificatePage::initializePage()
{
    if (m_alias->text().isEmpty()) {
        const std::string &solution = m_wizard->state().config.solutionId;
        m_alias->setText(QStringLiteral("aem-ims-") + qs(solution.empty() ? std::string("certificate") : solution));
    }
    showCertificate();
}

bool CertificatePage::isComplete() const
{
    return ims::canAdvance(ims::WizardPage::Certificate, m_wizard->state());
}

void CertificatePage::setBusy(bool busy)
{
    m_wizard->state().certificateBusy = busy;
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_create->setEnabled(!busy);
    emit completeChanged();
}

void CertificatePage::startCreate()
{
    ims::CertificateRequest request;
    request.commonName = alias().toStdString();
    request.bits = m_bits->currentData().toInt();
    request.days = m_days->value();
    const quint64 generation = ++m_generation;
    setBusy(true);
    showStatus(tr("Creating an RSA %1 key pair…").arg(request.bits));
    // Key generation takes from a fraction of a second to several seconds: never on the UI thread.
    using Outcome = std::shared_ptr<ims::Result<ims::KeyAndCertificate>>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // cancelled or superseded: the result is dropped
        setBusy(false);
        created(*watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([request] {
        return std::make_shared<ims::Result<ims::KeyAndCertificate>>(ims::makeSelfSignedCertificate(request));
    }));
}

void CertificatePage::cancelCreate()
{
    if (!m_wizard->state().certificateBusy)
        return;
    ++m_generation;
    setBusy(false);
    showStatus(tr("Cancelled. No certificate was created."));
}

void CertificatePage::created(const ims::Result<ims::KeyAndCertificate> &result)
{
    if (!result) {
        showError(result.error());
        return;
    }
    accept(result.value(), tr("Created a new certificate."));
}

void CertificatePage::accept(ims::KeyAndCertificate pair, const QString &how)
{
    m_wizard->setKeyPair(std::move(pair), alias().toStdString());
    showStatus(how);
    showCertificate();
    emit completeChanged();
}

void CertificatePage::showCertificate()
{
    const ims::KeyAndCertificate &pair = m_wizard->keyPair();
    if (pair.certificate.isNull()) {
        m_certificateBox->hide();
        return;
    }
    const ims::CertificateInfo info = ims::certificateInfo(pair.certificate);
    m_subject->setText(qs(info.subject));
    m_sha1->setText(qs(info.sha1Fingerprint));
    m_sha256->setText(qs(info.sha256Fingerprint));
    const std::int64_t days = m_wizard->state().certificateDaysLeft;
    const QString until = QLocale().toString(QDateTime::fromSecsSinceEpoch(info.notAfter), QLocale::ShortFormat);
    m_validity->setText(days < 0 ? tr("%1 — expired").arg(until)
                                 : tr("%1 (%n day(s) left)", nullptr, int(days)).arg(until));
    m_certificateBox->show();
}

void CertificatePage::showError(const ims::Error &error)
{
    const UserMessage m = Messages::describe(error);
    QString text = tr("✖ %1: %2 %3", "error title: what happened, what to do").arg(m.title, m.text, m.remedy);
    if (!m.details.isEmpty())
        text += QLatin1Char('\n') + tr("Details: %1").arg(m.details);
    m_status->setText(text);
}

void CertificatePage::showStatus(const QString &text)
{
    m_status->setText(text);
}

bool CertificatePage::importFile(const QString &path)
{
    QString readError;
    QByteArray data = readSmallFile(path, &readError);
    if (!readError.isEmpty()) {
        showStatus(QStringLiteral("✖ ") + readError);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    const ims::Secret password(passphrase.toStdString());
    ims::Result<ims::KeyAndCertificate> result = ims::makeError(ims::ErrorCode::MalformedInput);
    const QString lower = name.toLower();
    if (lower.endsWith(QLatin1String(".zip"))) {
        result = ims::importConfigZip(view(data));
    } else if (lower.endsWith(QLatin1String(".p12")) || lower.endsWith(QLatin1String(".pfx"))) {
        result = ims::importPkcs12(view(data), password);
    } else if (ims::looksLikeServiceCredential(view(data))) {
        ims::ServiceCredentialImport imported = ims::importServiceCredential(view(data));
        auto key = ims::importPrivateKey(imported.privateKeyPem.reveal());
        auto cert = ims::importCertificate(imported.certificatePem);
        if (!key)
            result = key.error();
        else if (!cert)
            result = cert.error();
        else
            result = ims::pairUp(std::move(key).value(), std::move(cert).value());
        if (result) {
            // The credential carries everything the next page asks for.
            ims::Configuration &c = m_wizard->state().config;
            const ims::Configuration &in = imported.result.config;
            c.authorizationServer = in.authorizationServer;
            c.clientId = in.clientId;
            c.orgId = in.orgId;
            c.technicalAccountId = in.technicalAccountId;
            c.technicalAccountEmail = in.technicalAccountEmail;
            c.metascopes = in.metascopes;
            if (c.title.empty())
                c.title = in.title;
            if (!imported.result.clientSecrets.empty()) {
                m_wizard->clientSecret() = imported.result.clientSecrets.front();
                m_wizard->state().hasClientSecret = true;
            }
        }
    } else {
        result = ims::makeError(ims::ErrorCode::MalformedInput, name.toStdString());
    }
    data.fill('\0');
    if (!result) {
        showError(result.error());
        return false;
    }
    accept(std::move(result).value(), tr("Imported the key pair from %1.").arg(name));
    return true;
}

bool CertificatePage::importKeyAndCertificate(const QString &keyPath, const QString &certificatePath)
{
    QString readError;
    QByteArray keyData = readSmallFile(keyPath, &readError);
    const QByteArray certData = readError.isEmpty() ? readSmallFile(certificatePath, &readError) : QByteArray();
    if (!readError.isEmpty()) {
        showStatus(QStringLiteral("✖ ") + readError);
        return false;
    }
    const ims::Secret passphrase(m_passphrase->text().toStdString());
    auto key = ims::importPrivateKey(view(keyData), passphrase);
    keyData.fill('\0');
    if (!key) {
        showError(key.error());
        return false;
    }
    auto cert = ims::importCertificate(view(certData));
    if (!cert) {
        showError(cert.error());
        return false;
    }
    auto pair = ims::pairUp(std::move(key).value(), std::move(cert).value());
    if (!pair) {
        showError(pair.error());
        return false;
    }
    accept(std::move(pair).value(),
           tr("Imported %1 and %2.").arg(QFileInfo(keyPath).fileName(), QFileInfo(certificatePath).fileName()));
    return true;
}

bool CertificatePage::writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showStatus(QStringLiteral("✖ ") + tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        showStatus(QStringLiteral("✖ ") + tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CertificatePage::exportPublicCertificate(const QString &path)
{
    const auto pem = m_wizard->keyPair().certificate.toPem();
    if (!pem) {
        showError(pem.error());
        return false;
    }
    return writeFile(path, QByteArray::fromStdString(pem.value()), false);
}

bool CertificatePage::exportPkcs12(const QString &path)
{
    const ims::Secret password(m_passphrase->text().toStdString());
    if (password.empty()) {
        showStatus(tr("Enter a keystore password in \"Password\" first; AEM asks for it when you add the key."));
        return false;
    }
    auto p12 = ims::exportPkcs12(m_wizard->keyPair(), alias().toStdString(), password);
    if (!p12) {
        showError(p12.error());
        return false;
    }
    return writeFile(path, QByteArray::fromStdString(p12.value()), true);
}

bool CertificatePage::exportPrivateKeyDer(const QString &path)
{
    auto der = ims::exportPkcs8Der(m_wizard->keyPair().key);
    if (!der) {
        showError(der.error());
        return false;
    }
    QByteArray bytes(der.value().reveal().data(), qsizetype(der.value().size()));
    const bool ok = writeFile(path, bytes, true);
    bytes.fill('\0');
    return ok;
}

void CertificatePage::uploadToSandbox()
{
    AppContext *context = m_wizard->context();
    const std::string &solution = m_wizard->state().config.solutionId;
    const ims::SandboxClient *client = nullptr;
    for (const ims::SandboxClient &c : ims::sandboxOrganisation())
        if (c.solutionId == solution)
            client = &c;
    if (!client || !context->sandboxActive() || m_wizard->keyPair().certificate.isNull())
        return;
    ims::HttpRequest request;
    request.method = "POST";
    request.url = context->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString() + "/sandbox/clients/"
        + client->clientId + "/certificates";
    request.headers = {{"Content-Type", "application/x-pem-file"}};
    request.body = m_wizard->state().config.certificatePem;
    m_upload->setEnabled(false);
    QPointer<CertificatePage> self(this);
    const QString clientId = qs(client->clientId);
    context->transport()->send(request, [self, clientId](ims::HttpResponse response) {
        if (!self)
            return;
        self->m_upload->setEnabled(true);
        if (response.transportError || response.status / 100 != 2) {
            ims::Error error = response.transportError
                ? *response.transportError
                : ims::classifyImsError(response.status, response.body, response.headers);
            self->showError(error);
            return;
        }
        self->showStatus(tr("Uploaded to the sandbox credential %1, as you would in the Developer Console.")
                             .arg(clientId));
    });
}

void CertificatePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CertificatePage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 2 && urls[0].isLocalFile() && urls[1].isLocalFile()) {
        // A key and a certificate dropped together, in either order.
        const QString a = urls[0].toLocalFile();
        const QString b = urls[1].toLocalFile();
        if (!importKeyAndCertificate(a, b))
            importKeyAndCertificate(b, a);
    } else if (!urls.isEmpty() && urls.first().isLocalFile()) {
        importFile(urls.first().toLocalFile());
    }
    event->acceptProposedAction();
}
