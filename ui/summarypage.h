#pragma once

#include <QWizardPage>

class ImsWizard;
class QLabel;
class QLineEdit;
class QProgressBar;

// Step 4: the title, what will be saved, and Save: the secret to the keychain, then the
// configuration to disk; if the second fails the first is undone, so nothing is half-saved.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(ImsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void startSave();
    void saveFailed(const QString &text);

    ImsWizard *m_wizard;
    QLineEdit *m_title;
    QLabel *m_summary;
    QLabel *m_error;
    QProgressBar *m_busy;
    bool m_saving = false;
    bool m_saved = false;
};
