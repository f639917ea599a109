#pragma once

#include <imscore/devconsole_import.h>

#include <QWizardPage>

class ImsWizard;
class QLabel;
class QLineEdit;
class QPushButton;

// Step 2: the credential from the Developer Console, typed, pasted or dropped as JSON.
// Every field is validated as you type; Next stays disabled until all are right.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CredentialsPage(ImsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    // Fills the form from a Developer Console JSON text; false (and a message, nothing
    // changed) when it cannot be used.
    bool importJson(const QByteArray &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QLineEdit *addField(const QString &label, const QString &objectName, const QString &placeholder);
    void fieldsEdited(QLineEdit *source);
    void syncStateFromFields();
    void showProblems();
    void showImportMessage(const QString &text, bool isError);
    void fillFromSandboxSample();
    void importFile(const QString &path);

    ImsWizard *m_wizard;
    class QFormLayout *m_form;
    QLineEdit *m_server;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLineEdit *m_orgId;
    QLineEdit *m_techAccountId;
    QLineEdit *m_techAccountEmail;
    QLineEdit *m_scopes;
    QLabel *m_problems;
    QLabel *m_importMessage;
    QPushButton *m_sampleButton = nullptr;
    bool m_filling = false;
};
