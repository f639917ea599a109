#pragma once

#include <imscore/configuration.h>

#include <QWizardPage>

#include <map>

class ImsWizard;
class QLabel;
class QRadioButton;

// Step 1: which AEM the configuration is for. It decides the path (ims.md §5): 6.3 and earlier use
// the legacy Cloud Services configuration, OAuth needs 6.5 SP20 (or the hotfix) or AEM as a Cloud
// Service. The choice is stored with the configuration and remembered for the next wizard.
class AemVersionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AemVersionPage(ImsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void choose(ims::AemVersion version);

    ImsWizard *m_wizard;
    std::map<ims::AemVersion, QRadioButton *> m_buttons;
    QLabel *m_consequence;
};
