#pragma once

#include <imscore/crypto.h>
#include <imscore/result.h>

#include <QWizardPage>

class ImsWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QWidget;

// JWT step 1: the key pair whose certificate goes to the Developer Console. Create one (off the
// UI thread, with a busy bar and Cancel) or import config.zip, PKCS#12, PEM key + certificate, or
// an AEM as a Cloud Service service credential. Then download, copy or export what AEM needs.
class CertificatePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CertificatePage(ImsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    // The same actions the buttons start, for tests and drag and drop.
    void startCreate();
    void cancelCreate();
    bool importFile(const QString &path);
    bool importKeyAndCertificate(const QString &keyPath, const QString &certificatePath);
    bool exportPublicCertificate(const QString &path);
    bool exportPkcs12(const QString &path);
    bool exportPrivateKeyDer(const QString &path);
    void uploadToSandbox();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void created(const ims::Result<ims::KeyAndCertificate> &result);
    void accept(ims::KeyAndCertificate pair, const QString &how);
    void showError(const ims::Error &error);
    void showStatus(const QString &text);
    void showCertificate();
    void setBusy(bool busy);
    QString alias() const;
    bool writeFile(const QString &path, const QByteArray &data, bool secret);

    ImsWizard *m_wizard;
    QLineEdit *m_alias;
    QComboBox *m_bits;
    QSpinBox *m_days;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLineEdit *m_passphrase;
    QLabel *m_status;
    QWidget *m_certificateBox;
    QLabel *m_subject;
    QLabel *m_sha1;
    QLabel *m_sha256;
    QLabel *m_validity;
    QPushButton *m_upload = nullptr;
    quint64 m_generation = 0;
};
