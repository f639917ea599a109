#pragma once

#include <imscore/configuration.h>

#include <QWizardPage>

class ImsWizard;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// JWT step 2: the fields of AEM's JWT form — Authorization Server, API key, Client Secret,
// Payload (the Developer Console's "Generate JWT" JSON). The payload fills the organisation,
// technical account and metascopes; its aud must name the same server and client.
class JwtCredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit JwtCredentialsPage(ImsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    void fillFromSandboxSample();
    // An AEM as a Cloud Service service credential, a Developer Console JWT credential download
    // or a bare payload: fills what it holds; false (and a message, nothing changed) otherwise.
    bool importJson(const QByteArray &text);

private:
    QLineEdit *addField(class QFormLayout *form, const QString &label, const char *objectName);
    void sync();
    void setPayloadFrom(const ims::Configuration &config);

    ImsWizard *m_wizard;
    QLineEdit *m_server;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QPlainTextEdit *m_payload;
    QLabel *m_derived;
    QLabel *m_problems;
    QLabel *m_importMessage;
    QString m_payloadProblem;
    bool m_filling = false;
};
