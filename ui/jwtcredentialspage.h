#pragma once

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

private:
    QLineEdit *addField(class QFormLayout *form, const QString &label, const char *objectName);
    void sync();

    ImsWizard *m_wizard;
    QLineEdit *m_server;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QPlainTextEdit *m_payload;
    QLabel *m_derived;
    QLabel *m_problems;
    QString m_payloadProblem;
    bool m_filling = false;
};
