#pragma once

#include <QWizardPage>

class ImsWizard;
class QListWidget;
class QLabel;
class QRadioButton;
class QPushButton;
class QFrame;

// Step 1: which cloud solution the configuration is for.
class SolutionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SolutionPage(ImsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void selectionChanged();
    void authTypeChanged();
    void applyAemVersion();
    void showProblems();

    ImsWizard *m_wizard;
    QListWidget *m_list;
    QLabel *m_details;
    QRadioButton *m_oauth;
    QRadioButton *m_jwt;
    QFrame *m_endOfLife;
    QPushButton *m_useOAuth;
    QLabel *m_oauthNote;
    QLabel *m_problems;
};
