#pragma once

#include <imscore/cloud_service.h>

#include <QWizardPage>

#include <map>
#include <optional>
#include <string>

class ImsWizard;
class QCheckBox;
class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QWidget;

// After the health check: the solution's cloud service configuration as AEM has it (Target, Brand
// Portal, Stock, Tags; on 6.3 the legacy I/O Events Cloud Services configuration). Fields come from
// core's form; they are stored with the configuration and exported as AEM content.
class CloudServicePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CloudServicePage(ImsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void rebuild();
    QWidget *makeEditor(const ims::CloudFormField &field, const std::string &value);
    void setValue(const std::string &id, const std::string &value);
    void clientCodeEdited(const QString &text);
    void tenantIdEdited(const QString &text);
    void connectToTarget();
    void showProblems();
    QString choiceText(const std::string &fieldId, const std::string &value) const;

    ImsWizard *m_wizard;
    std::optional<ims::CloudServiceForm> m_form;
    QLabel *m_intro;
    QCheckBox *m_skip;
    QWidget *m_formBox;
    QFormLayout *m_formLayout;
    QFrame *m_brandPortal;
    QLabel *m_brandPortalText;
    QCheckBox *m_replace;
    QWidget *m_targetBox;
    QPushButton *m_connect;
    QPushButton *m_assignEditor;
    QLabel *m_connectResult;
    QLabel *m_problems;
    std::map<std::string, QWidget *> m_editors;
    ims::TargetTenantFields m_tenant;
    quint64 m_request = 0;
};
