#include "instancechannel.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <unistd.h>

namespace {
const char kActivate[] = "activate\n";
const char kAnswer[] = "ok\n";
constexpr qint64 kMaxRequest = 64; // bytes of a request line, "activate\n" with room to spare
} // namespace

InstanceChannel::InstanceChannel(const QString &configDir, QObject *parent)
    : QObject(parent), m_name(serverNameFor(configDir))
{ }

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverNameFor(const QString &configDir)
{
    const QString canonical = QFileInfo(configDir).canonicalFilePath();
    const QByteArray key = (canonical.isEmpty() ? QDir::cleanPath(QDir(configDir).absolutePath()) : canonical).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("ims-wizard-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

bool InstanceChannel::listen(QString *errorMessage)
{
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_name); // ours to remove: we hold the session lock
    if (!server->listen(m_name)) {
        if (errorMessage)
            *errorMessage = server->errorString();
        qCWarning(lcStore) << "cannot answer a second start:" << server->errorString();
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, &QLocalSocket::abort); // a caller that says nothing
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxRequest)
                        socket->abort();
                    return;
                }
                const QByteArray line = socket->readLine(kMaxRequest);
                if (line == QByteArray(kActivate)) {
                    socket->write(kAnswer);
                    socket->flush();
                    emit activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
    m_server = server;
    return true;
}

bool InstanceChannel::activateRunning(const QString &configDir, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverNameFor(configDir));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine(kMaxRequest) == QByteArray(kAnswer);
}
