#pragma once
// The OS keychain (QtKeychain: Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows) behind core's SecretStore. One job per operation; never an insecure fallback.
//
// On Linux, QtKeychain (through libsecret) reports several faults vaguely: no Secret Service on
// the bus is a generic error, and a locked collection reads as "entry not found" and removes
// as success. This store asks the session bus itself, so each fault gets its own code:
// KeychainUnavailable, KeychainLocked, KeychainDenied, and SecretMissing only when the entry
// really is gone.

#include <imscore/secret_store.h>

#include <QObject>
#include <QString>

class KeychainSecretStore : public QObject, public ims::SecretStore
{
    Q_OBJECT
public:
    static QString defaultService() { return QStringLiteral("io.imswizard.ImsWizard"); }

    explicit KeychainSecretStore(QString service = defaultService(), QObject *parent = nullptr);

    void write(const std::string &key, const ims::Secret &value, Done done) override;
    void read(const std::string &key, ReadDone done) override;
    void remove(const std::string &key, Done done) override;

    const QString &service() const { return m_service; }

    // What the session bus says before any job runs: KeychainUnavailable when there is no
    // session bus or no Secret Service (running or activatable) on it; None otherwise, and
    // always None where the keychain is not the Secret Service.
    static ims::ErrorCode serviceProblem();
    // True when the Secret Service's default collection is locked (Linux; false elsewhere).
    static bool defaultCollectionLocked();
    // Asks the Secret Service about its default collection: KeychainLocked, KeychainDenied
    // (the service refuses us), KeychainUnavailable, or None (nothing wrong it would tell).
    static ims::ErrorCode probeDefaultCollection();
    // A QtKeychain error and its text as one of core's codes.
    static ims::Error classify(int keychainError, const QString &text);

private:
    enum class Op { Write, Read, Remove };
    struct Request;
    void start(std::shared_ptr<Request> request);
    void finish(const std::shared_ptr<Request> &request, std::optional<ims::Error> error,
                std::optional<ims::Secret> secret = std::nullopt);

    QString m_service;
};
