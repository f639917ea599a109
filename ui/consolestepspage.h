#pragma once

#include <imscore/cloud_service.h>

#include <QWizardPage>

#include <vector>

class ImsWizard;
class QCheckBox;
class QLabel;
class QVBoxLayout;
class QWidget;

// Between the certificate and the credentials: what happens in Adobe's web consoles (create the
// project, add the API, upload the public key or choose OAuth, product profiles, the Target Editor
// role). Each step has an "Open" button to the right console page, the exact values to copy, and a
// tick that is stored with the configuration. The ticks help; they do not block Next.
class ConsoleStepsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConsoleStepsPage(ImsWizard *wizard);
    void initializePage() override;

    static QString stepTitle(const std::string &id);
    static QString stepText(const std::string &id);
    static QString valueLabel(const std::string &key);

private:
    void rebuild();
    QWidget *makeStep(const ims::ConsoleStep &step, int number);
    void setTicked(const std::string &id, bool on);

    ImsWizard *m_wizard;
    QWidget *m_steps = nullptr;
    QVBoxLayout *m_stepsLayout = nullptr;
    QLabel *m_status;
    std::vector<ims::ConsoleStep> m_current;
};
