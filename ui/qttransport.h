#pragma once
// Sends core's HttpRequest through QNetworkAccessManager and hands back an HttpResponse:
// TLS, proxies (system default), a time limit, a cap on the body, and no redirects
// (a token request is never re-sent, with its secret, to another host).

#include <imscore/http.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

class QtTransport : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(ims::HttpResponse)>;

    explicit QtTransport(QObject *parent = nullptr);
    ~QtTransport() override;

    // Extra CA certificates trusted for requests to this origin only (the training sandbox):
    // never added to the global default configuration.
    void trustForOrigin(const QUrl &origin, const QList<QSslCertificate> &caCertificates);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts the request. done is called exactly once, from the event loop (also on cancel).
    quint64 send(const ims::HttpRequest &request, Done done);
    void cancel(quint64 id);
    int pending() const { return m_inFlight.size(); }

    QNetworkAccessManager *manager() const { return m_manager; }

private:
    struct InFlight
    {
        QPointer<QNetworkReply> reply;
        Done done;
        QByteArray body;
        bool timedOut = false;
        bool cancelled = false;
        bool tooLarge = false;
        bool answerStarted = false; // the status line arrived: a later failure interrupted an answer
        QStringList sslErrors;
        QList<QSslError::SslError> sslErrorKinds;
    };
    void finish(quint64 id);

    QNetworkAccessManager *m_manager;
    QHash<QString, QList<QSslCertificate>> m_trusted; // origin → CAs
    std::chrono::milliseconds m_timeout{30000};
    QHash<quint64, InFlight> m_inFlight;
    quint64 m_nextId = 1;
};
