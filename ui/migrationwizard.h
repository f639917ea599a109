#pragma once
// JWT → OAuth migration: what carries over and what must come from the Developer Console, the
// new credential checked against IMS beside the old one, then one atomic switch that keeps a
// rollback copy of the JWT configuration (and its key) until the user deletes it.
// Nothing is changed before the switch; if the switch fails, nothing is changed at all.

#include <imscore/migration.h>
#include <imscore/secret.h>
#include <imscore/token.h>

#include <QWizard>

#include <optional>

class AppContext;

class MigrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PlanPageId, CredentialPageId, CheckPageId, SwitchPageId };

    MigrationWizard(AppContext *context, const ims::Configuration &jwt, QWidget *parent = nullptr);

    AppContext *context() const { return m_context; }
    ims::MigrationPlan &plan() { return m_plan; }
    ims::Secret &newSecret() { return m_newSecret; }
    bool newCredentialChecked = false;

    // Fills the OAuth credential from Developer Console JSON; false with a message otherwise.
    bool importCredential(const QByteArray &json, QString *message);
    // Step 4: writes the new secret, then the configurations in one atomic save.
    void startSwitch();
    bool switched() const { return m_switched; }

signals:
    void migrated(const QString &id);
    void switchFailed(const QString &message);

private:
    AppContext *m_context;
    ims::MigrationPlan m_plan;
    ims::Secret m_newSecret;
    bool m_switching = false;
    bool m_switched = false;
    friend class MigrationSwitchPage;
};
