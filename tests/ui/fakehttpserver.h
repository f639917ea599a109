#pragma once
// A tiny HTTP/1.1 server on loopback whose answer is scripted per test: it can answer, stall,
// drop the connection or send garbage. It records every request it received.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

struct ReceivedRequest
{
    QByteArray head; // request line and headers
    QByteArray body;
};

class FakeHttpServer : public QObject
{
public:
    // Called with each complete request and its socket; write the answer (or not).
    using Script = std::function<void(const ReceivedRequest &, QTcpSocket *)>;

    explicit FakeHttpServer(Script script) : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const char *path = "") const
    {
        return "http://127.0.0.1:" + QByteArray::number(port()) + path;
    }
    const QList<ReceivedRequest> &requests() const { return m_requests; }

    static QByteArray answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ReceivedRequest request;
        request.head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : request.head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.clear();
        m_requests << request;
        m_script(request, socket);
    }

    QTcpServer m_server;
    Script m_script;
    QList<ReceivedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
