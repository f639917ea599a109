#pragma once

#include <imscore/token.h>

#include <QWizardPage>

class HealthCheck;
class ImsWizard;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QWidget;

// Step 3: a real token request with the credentials. Next is enabled only when a token came
// back for exactly these credentials; while the check runs, a busy bar shows and Cancel works.
class HealthPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit HealthPage(ImsWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void startCheck();

private:
    void cancelCheck();
    void showReport(const ims::HealthReport &report);
    void setRunning(bool running);

    ImsWizard *m_wizard;
    HealthCheck *m_check;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_message;
    QWidget *m_tokenBox;
    QLabel *m_expiry;
    QLabel *m_scopes;
    QLabel *m_skew;
    QLineEdit *m_token;
    QPlainTextEdit *m_claims;
    QPushButton *m_again;
    QPushButton *m_cancel;
};
