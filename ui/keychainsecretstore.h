#pragma once
// The OS keychain (QtKeychain: Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows) behind core's SecretStore. One job per operation; never an insecure fallback.

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

private:
    enum class Op { Write, Read, Remove };
    struct Request;
    void start(std::shared_ptr<Request> request);

    QString m_service;
};
