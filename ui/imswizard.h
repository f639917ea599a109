#pragma once
// The new-configuration wizard. Pages are thin views over core's WizardFlow; the wizard owns
// the state (including the client secret as a self-wiping ims::Secret, never a QVariant field).

#include <imscore/crypto.h>
#include <imscore/secret.h>
#include <imscore/token.h>
#include <imscore/wizard_flow.h>

#include <QWizard>

#include <optional>

class AppContext;

class ImsWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SolutionPageId, CertificatePageId, CredentialsPageId, JwtCredentialsPageId, HealthPageId, SummaryPageId };

    explicit ImsWizard(AppContext *context, QWidget *parent = nullptr);

    AppContext *context() const { return m_context; }
    ims::WizardState &state() { return m_state; }
    ims::Secret &clientSecret() { return m_secret; }
    // JWT: the key pair whose certificate is uploaded to the credential (private key in memory
    // only until it is saved to the keychain).
    const ims::KeyAndCertificate &keyPair() const { return m_keyPair; }
    void setKeyPair(ims::KeyAndCertificate pair, const std::string &alias);
    std::optional<ims::HealthReport> &lastReport() { return m_lastReport; }
    // Set after a successful save.
    const std::string &savedId() const { return m_savedId; }
    void setSavedId(std::string id) { m_savedId = std::move(id); }

    int nextId() const override;

signals:
    void configurationSaved(const QString &id);

private:
    AppContext *m_context;
    ims::WizardState m_state;
    ims::Secret m_secret;
    ims::KeyAndCertificate m_keyPair;
    std::optional<ims::HealthReport> m_lastReport;
    std::string m_savedId;
};

// A clearly visible marker on every page while the wizard talks to the training sandbox.
QWidget *makeSandboxBanner(QWidget *parent);
