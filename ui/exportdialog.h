#pragma once
// Export one configuration for AEM: the OSGi .cfg.json pair (secret as a $[secret:NAME]
// placeholder unless the user insists), the public certificate, or a PKCS#12 keystore.

#include <imscore/configuration.h>

#include <QDialog>

class AppContext;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Format { OsgiFormat, CertificateFormat, Pkcs12Format };
    ExportDialog(AppContext *context, const ims::Configuration &config, QWidget *parent = nullptr);

    void setFormat(Format format);
    void setOutputDirectory(const QString &dir);
    // Starts the export (asynchronous when a secret must come from the keychain).
    void startExport();

signals:
    void exported(const QString &message);
    void failed(const QString &message);

private:
    void updateState();
    void finish(const QString &message, bool ok);
    bool writeFile(const QString &name, const QByteArray &data, bool secret, QString *error);

    AppContext *m_context;
    ims::Configuration m_config;
    QRadioButton *m_osgi;
    QRadioButton *m_certificate;
    QRadioButton *m_pkcs12;
    QCheckBox *m_clearSecret;
    QCheckBox *m_clearConfirm;
    QLabel *m_clearWarning;
    QLineEdit *m_password;
    QLineEdit *m_passwordAgain;
    QLineEdit *m_directory;
    QLabel *m_status;
    QPushButton *m_export;
};
