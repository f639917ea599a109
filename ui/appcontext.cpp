#include "appcontext.h"

#include "networksettings.h"
#include "qttransport.h"
#include "sandboxserver.h"

#include <QDir>
#include <QStandardPaths>

AppContext::AppContext(const QString &configDir, ims::SecretStore *secretStore, QObject *parent)
    : QObject(parent)
    , m_configDir(configDir)
    , m_secrets(secretStore)
    , m_chunked(std::make_unique<ims::ChunkingSecretStore>(*secretStore))
    , m_store(std::make_unique<ims::ConfigurationStore>(
          QDir(configDir).filePath(QStringLiteral("configurations.json")).toStdString()))
    , m_transport(new QtTransport(this))
{
    // Proxy and extra CA from <configDir>/network.ini (system proxy when there is none).
    applyNetworkSettings(NetworkSettings::load(configDir), m_transport, m_chunked.get());
}

AppContext::~AppContext() = default;

QString AppContext::defaultConfigDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString AppContext::defaultSandboxStateDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sandbox");
}

bool AppContext::startSandbox(const QString &stateDir, QString *errorMessage)
{
    if (m_sandboxServer)
        return true;
    auto *server = new SandboxServer(this);
    if (!server->start(stateDir, 0, errorMessage)) {
        delete server;
        return false;
    }
    m_sandboxServer = server;
    useSandbox(server->url(), {server->caCertificate()});
    return true;
}

void AppContext::useSandbox(const QUrl &url, const QList<QSslCertificate> &caCertificates)
{
    m_sandboxUrl = url;
    m_transport->trustForOrigin(url, caCertificates);
    emit sandboxChanged();
}

std::string AppContext::effectiveServer(const ims::Configuration &config) const
{
    if (config.sandbox && sandboxActive())
        return m_sandboxUrl.toString(QUrl::StripTrailingSlash).toStdString();
    return config.authorizationServer;
}
