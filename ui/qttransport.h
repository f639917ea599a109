#pragma once
// Sends core's HttpRequest through QNetworkAccessManager and hands back an HttpResponse:
// TLS, proxies (system, explicit with a password, or none), a time limit, a cap on the body, and no
// redirects (a token request is never re-sent, with its secret, to another host).

#include <imscore/http.h>
#include <imscore/secret.h>

#include <QHash>
#include <QMap>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <chrono>
#include <functional>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkReply;

// What a request is for. Only IMS requests trust the extra CA of a TLS-inspecting proxy; anything
// else (documentation, Target API…) goes through a separate manager that never sees it, so a
// connection verified with that CA is never reused for another kind of request.
enum class RequestKind { Ims, Other };

// How requests reach the network. The password comes from the keychain and lives only in memory.
struct ProxySettings
{
    enum class Mode { System, Explicit, None };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    ims::Secret password;
};

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
    quint64 send(const ims::HttpRequest &request, Done done, RequestKind kind = RequestKind::Ims);
    void cancel(quint64 id);
    int pending() const { return m_inFlight.size() + m_held.size(); }

    QNetworkAccessManager *manager() const { return m_manager; }

    // The proxy for every later request. A proxy asking for credentials gets the password once per
    // password: when it asks again (rejected), that request fails with ProxyAuthenticationFailed,
    // and later requests fail at once until a new password is set — never a loop, never a locked account.
    void setProxy(const ProxySettings &proxy);
    const ProxySettings &proxy() const { return m_proxy; }
    // CA certificates trusted besides the system's, for RequestKind::Ims only (a corporate
    // TLS-inspecting proxy). Empty: none.
    void setExtraImsCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraImsCaCertificates() const { return m_extraImsCas; }
    // While network settings are being read (the proxy password comes from the keychain, asynchronously),
    // send() queues requests; the last release starts them in order. Counted.
    void holdRequests();
    void releaseRequests();

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
        QList<QSslCertificate> presentedChain;
    };
    struct Held
    {
        ims::HttpRequest request;
        Done done;
        RequestKind kind;
    };
    void finish(quint64 id);
    static void recordPresentedChain(InFlight &entry, const QList<QSslError> &errors);
    void start(quint64 id, const ims::HttpRequest &request, Done done, RequestKind kind);
    QNetworkAccessManager *managerFor(RequestKind kind);
    void applyProxy(QNetworkAccessManager *manager);
    void answerProxyAuthentication(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    bool explicitProxyWithUser() const;
    QNetworkProxy proxyFor(const QUrl &url) const;
    void probeProxy(const QNetworkProxy &proxy, std::function<void(bool reachable)> done);

    QNetworkAccessManager *m_manager;
    QNetworkAccessManager *m_otherManager = nullptr; // RequestKind::Other, created on first use
    ProxySettings m_proxy;
    QList<QSslCertificate> m_extraImsCas;
    QSet<QAuthenticator *> m_answeredProxyAuth; // answered with the current password
    bool m_proxyPasswordRejected = false;
    bool m_clearAccessCache = false; // settings changed: forget Qt's cached proxy credentials when idle
    int m_holds = 0;
    QMap<quint64, Held> m_held;
    QHash<QString, QList<QSslCertificate>> m_trusted; // origin → CAs
    std::chrono::milliseconds m_timeout{30000};
    QHash<quint64, InFlight> m_inFlight;
    quint64 m_nextId = 1;
};
