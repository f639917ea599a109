#pragma once
// The training sandbox on the wire: a local HTTPS server (Qt HTTP Server) that hands every
// request to the pure rules in core (ims::SandboxIms) and writes back what they answer.

#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <memory>

namespace ims {
class SandboxIms;
struct SandboxFault;
struct KeyAndCertificate;
}

class QAbstractHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSslConfiguration;
class QTcpServer;
class QTcpSocket;
class FaultAwareListener;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the CA, server certificate and token-signing key from stateDir, or creates them on first start
    // (private keys written with 0600 permissions, directory 0700), and listens with HTTPS on 127.0.0.1:port
    // (0 = any free port). Calling it again restarts the server.
    bool start(const QString &stateDir, quint16 port = 0, QString *errorMessage = nullptr);
    QUrl url() const; // "https://127.0.0.1:PORT", empty before start
    QSslCertificate caCertificate() const; // the CA to trust for this origin only
    QString caCertificatePath() const; // stateDir + "/sandbox-ca.pem"
    int requestCount() const;
    ims::SandboxIms &rules(); // for tests

    // Fault modes (imscore/sandbox_faults.h) for every request, nullptr for none. TLS faults change
    // the certificate of new connections, "refused" closes the listening socket (same port again
    // afterwards). Returns false (and says why) when a fault's certificate cannot be made.
    bool setFault(const ims::SandboxFault *fault, QString *errorMessage = nullptr);
    const ims::SandboxFault *fault() const { return m_fault; }
    // The second loopback host the redirect fault points at, and everything it ever received
    // (the fault-matrix test checks that no request, and so no secret, reaches it).
    QUrl redirectTargetUrl() const;
    int redirectTargetConnections() const { return m_otherHostConnections; }
    QByteArray redirectTargetReceived() const { return m_otherHostReceived; }

    // File names inside the state directory.
    static QString caCertificateFileName(); // sandbox-ca.pem
    static QString caKeyFileName(); // sandbox-ca.key
    static QString serverCertificateFileName(); // sandbox-server.pem
    static QString serverKeyFileName(); // sandbox-server.key
    static QString signingKeyFileName(); // sandbox-signing.key

signals:
    void requestHandled(const QString &path, int status);
    void faultChanged();

private:
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    bool actOutFault(const ims::SandboxFault &fault, QTcpSocket *socket);
    QSslConfiguration connectionConfiguration() const;
    bool prepareTls(const ims::SandboxFault &fault, QString *errorMessage);
    void startRedirectTarget();

    std::unique_ptr<ims::SandboxIms> m_rules;
    std::unique_ptr<QAbstractHttpServer> m_http;
    FaultAwareListener *m_listener = nullptr; // owned by m_http's children
    quint16 m_port = 0;
    const ims::SandboxFault *m_fault = nullptr;
    std::unique_ptr<ims::KeyAndCertificate> m_ca;
    std::unique_ptr<ims::KeyAndCertificate> m_server;
    std::unique_ptr<QSslConfiguration> m_tls;            // the good one
    std::unique_ptr<QSslConfiguration> m_tlsUntrusted;   // made when first needed
    std::unique_ptr<QSslConfiguration> m_tlsWrongHost;
    std::unique_ptr<QSslConfiguration> m_tlsExpired;
    QTcpServer *m_otherHost = nullptr;
    int m_otherHostConnections = 0;
    QByteArray m_otherHostReceived;
    QString m_stateDir;
    QUrl m_url;
    QSslCertificate m_caCertificate;
    int m_requestCount = 0;
};
