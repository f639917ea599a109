#pragma once
// What the windows share: the transport, the secret store, the configurations on disk and,
// when in use, the training sandbox. Owned by main(); passed to windows, not global.

#include <imscore/store.h>

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

#include <imscore/secret_store.h>
class QFileSystemWatcher;
class QTimer;
class QtTransport;
class SandboxServer;

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

class AppContext : public QObject
{
    Q_OBJECT
public:
    // configDir holds configurations.json; secrets go to secretStore (not owned).
    AppContext(const QString &configDir, ims::SecretStore *secretStore, QObject *parent = nullptr);
    ~AppContext() override;

    static QString defaultConfigDir();
    static QString defaultSandboxStateDir();

    QtTransport *transport() const { return m_transport; }
    // Values longer than a keychain entry may hold (private keys) are split transparently.
    ims::SecretStore *secrets() const { return m_chunked.get(); }
    ims::ConfigurationStore &store() { return *m_store; }
    // Keeps a second window off this configuration directory for the life of this context
    // (StoreLocked when one has it). Command-line runs go on beside it: they lock the store
    // only for each write.
    std::optional<ims::Error> lockInstance();
    // From now on, configurationsChangedElsewhere() is emitted (once per burst, after 150 ms of
    // quiet) when someone else — a command-line run, say — writes the configurations; this
    // context's own writes are recognised and do not count.
    void watchForOtherWriters();
    QString configDir() const { return m_configDir; }

    // The training sandbox: started in this process, or one running elsewhere (tests, ims-sandbox).
    bool startSandbox(const QString &stateDir, QString *errorMessage = nullptr);
    void useSandbox(const QUrl &url, const QList<QSslCertificate> &caCertificates);
    bool sandboxActive() const { return !m_sandboxUrl.isEmpty(); }
    QUrl sandboxUrl() const { return m_sandboxUrl; }
    SandboxServer *sandboxServer() const { return m_sandboxServer; }
    // The server to contact for a configuration: sandbox configurations follow the running sandbox.
    std::string effectiveServer(const ims::Configuration &config) const;

signals:
    void sandboxChanged();
    void configurationsChanged();
    void configurationsChangedElsewhere();

private:
    void storeMayHaveChanged();

    QString m_configDir;
    ims::SecretStore *m_secrets;
    std::unique_ptr<ims::ChunkingSecretStore> m_chunked;
    std::unique_ptr<ims::ConfigurationStore> m_store;
    QtTransport *m_transport;
    SandboxServer *m_sandboxServer = nullptr;
    QUrl m_sandboxUrl;
    ims::InstanceLock m_instanceLock;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_quiet = nullptr;
    ims::FileStamp m_seen; // the document the windows last showed
};
