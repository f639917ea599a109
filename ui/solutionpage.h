#pragma once

#include <QWizardPage>

class ImsWizard;
class QListWidget;
class QLabel;

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

    ImsWizard *m_wizard;
    QListWidget *m_list;
    QLabel *m_details;
};
