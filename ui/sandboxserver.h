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
}

class QAbstractHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

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

    // File names inside the state directory.
    static QString caCertificateFileName(); // sandbox-ca.pem
    static QString caKeyFileName(); // sandbox-ca.key
    static QString serverCertificateFileName(); // sandbox-server.pem
    static QString serverKeyFileName(); // sandbox-server.key
    static QString signingKeyFileName(); // sandbox-signing.key

signals:
    void requestHandled(const QString &path, int status);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    std::unique_ptr<ims::SandboxIms> m_rules;
    std::unique_ptr<QAbstractHttpServer> m_http;
    QString m_stateDir;
    QUrl m_url;
    QSslCertificate m_caCertificate;
    int m_requestCount = 0;
};
