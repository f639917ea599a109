#include "appcontext.h"

#include "logging.h"
#include "networksettings.h"
#include "qttransport.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QStandardPaths>
#include <QTimer>

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

std::optional<ims::Error> AppContext::lockInstance()
{
    return m_instanceLock.acquire(QDir(m_configDir).filePath(QStringLiteral("ims-wizard.lock")).toStdString());
}

void AppContext::watchForOtherWriters()
{
    if (m_watcher)
        return;
    m_seen = ims::fileStampOf(m_store->path());
    m_watcher = new QFileSystemWatcher(this);
    m_quiet = new QTimer(this);
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(150);
    connect(m_quiet, &QTimer::timeout, this, &AppContext::storeMayHaveChanged);
    // The directory sees the document replaced by rename (every save); the file itself sees an
    // edit in place. The file drops out of the watch when it is replaced, so it is added again.
    QDir().mkpath(m_configDir);
    m_watcher->addPath(m_configDir);
    const QString file = QString::fromStdString(m_store->path().string());
    if (QFileInfo::exists(file))
        m_watcher->addPath(file);
    auto poke = [this] { m_quiet->start(); };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, poke);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, poke);
}

void AppContext::storeMayHaveChanged()
{
    const QString file = QString::fromStdString(m_store->path().string());
    if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
        m_watcher->addPath(file);
    const ims::FileStamp now = ims::fileStampOf(m_store->path());
    if (now == m_seen)
        return;
    const bool ours = m_store->onlyOwnWritesBetween(m_seen, now);
    m_seen = now;
    if (ours)
        return;
    qCInfo(lcStore) << "configurations changed on disk by another program; reloading";
    emit configurationsChangedElsewhere();
}

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
