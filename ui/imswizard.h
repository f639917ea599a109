#pragma once
// The new-configuration wizard. Pages are thin views over core's WizardFlow; the wizard owns
// the state (including the client secret as a self-wiping ims::Secret, never a QVariant field).

#include <imscore/crypto.h>
#include <imscore/secret.h>
#include <imscore/token.h>
#include <imscore/wizard_flow.h>

#include "adobedocs.h"

#include <QPointer>
#include <QUrl>
#include <QWizard>

#include <functional>
#include <optional>

class AppContext;

class ImsWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        SolutionPageId, CertificatePageId, CredentialsPageId, JwtCredentialsPageId, HealthPageId, SummaryPageId,
        AemVersionPageId, ConsoleStepsPageId, CloudServicePageId,
    };

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
    // Remembers where the page put the focus: QWizard itself moves it to the page's first
    // focusable child afterwards, and the wizard gives it back (see the constructor).
    void initializePage(int id) override;

    // "Adobe documentation" (Alt+D): the Adobe page for the current step. A page may name its own
    // with the property kDocumentationProperty (a URL); otherwise the wizard's table decides.
    static constexpr const char *kDocumentationProperty = "adobeDocumentation";
    QUrl documentationUrl() const;

    // Opens a documentation or console page, or a folder (QDesktopServices by default; tests inject
    // their own so no browser or file manager opens). Returns whether it was handed on.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    bool openUrl(const QUrl &url) const;

    // The public certificate written where the user can pick it for "Upload public key"
    // (<config dir>/certificates/<alias>/AEM-Adobe-IMS.crt); empty without a certificate.
    QString writePublicCertificate(QString *error = nullptr) const;

    // Training sandbox only: gives the credential's technical account the Target product role
    // Editor (standing in for the Admin Console). done(ok, message) is called once.
    void assignTargetEditorRole(std::function<void(bool, const QString &)> done);
    // The client the sandbox's Target role applies to: the typed one, or the sample Target client.
    std::string targetRoleClientId() const;

signals:
    void configurationSaved(const QString &id);

protected:
    // A file dropped anywhere on the window (header, buttons) goes to the page, if it takes drops.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    AppContext *m_context;
    ims::WizardState m_state;
    ims::Secret m_secret;
    ims::KeyAndCertificate m_keyPair;
    std::optional<ims::HealthReport> m_lastReport;
    std::string m_savedId;
    QPointer<QWidget> m_pageFocus;
    UrlOpener m_opener;
};

// A clearly visible marker on every page while the wizard talks to the training sandbox.
QWidget *makeSandboxBanner(QWidget *parent);
