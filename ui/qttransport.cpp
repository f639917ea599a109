#include "qttransport.h"

#include "logging.h"

#include <imscore/validation.h>

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash)
        .toLower();
}

std::optional<std::int64_t> parseHttpDate(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return date.toSecsSinceEpoch();
}

ims::ErrorCode transportCode(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return ims::ErrorCode::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return ims::ErrorCode::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return ims::ErrorCode::ConnectionClosed;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ims::ErrorCode::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ims::ErrorCode::TlsFailure;
    default:
        return ims::ErrorCode::NetworkFailure;
    }
}

// The specific TLS failure, so the message can name the cause (proxy CA, typo in the host, expiry).
// A chain nobody trusts comes first: the other properties of such a certificate mean nothing.
ims::ErrorCode tlsCode(const QList<QSslError::SslError> &kinds)
{
    auto any = [&](std::initializer_list<QSslError::SslError> wanted) {
        return std::any_of(wanted.begin(), wanted.end(), [&](QSslError::SslError k) { return kinds.contains(k); });
    };
    if (any({QSslError::UnableToGetIssuerCertificate, QSslError::UnableToGetLocalIssuerCertificate,
             QSslError::UnableToVerifyFirstCertificate, QSslError::SelfSignedCertificate,
             QSslError::SelfSignedCertificateInChain, QSslError::CertificateUntrusted,
             QSslError::CertificateRejected, QSslError::InvalidCaCertificate}))
        return ims::ErrorCode::TlsUntrustedCertificate;
    if (any({QSslError::HostNameMismatch}))
        return ims::ErrorCode::TlsHostNameMismatch;
    if (any({QSslError::CertificateExpired, QSslError::CertificateNotYetValid}))
        return ims::ErrorCode::TlsCertificateExpired;
    return ims::ErrorCode::TlsFailure;
}

// Errors of the connection itself (QNetworkReply numbers them below 100), as opposed to HTTP
// statuses reported as errors.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 100;
}

// Proxy trouble gets codes of its own, so the message points at the network settings.
std::optional<ims::ErrorCode> proxyErrorCode(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ims::ErrorCode::ProxyAuthenticationFailed;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return ims::ErrorCode::ProxyUnreachable;
    default:
        return std::nullopt;
    }
}

std::string distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const auto attributes = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", ")).toStdString();
}

std::vector<ims::CertificateSummary> summarize(const QList<QSslCertificate> &chain)
{
    std::vector<ims::CertificateSummary> summaries;
    for (const QSslCertificate &certificate : chain) {
        ims::CertificateSummary summary;
        summary.subject = distinguishedName(certificate, false);
        summary.issuer = distinguishedName(certificate, true);
        summary.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper().toStdString();
        summary.notBefore = certificate.effectiveDate().toUTC().toString(Qt::ISODate).toStdString();
        summary.notAfter = certificate.expiryDate().toUTC().toString(Qt::ISODate).toStdString();
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

} // namespace

QtTransport::QtTransport(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    applyProxy(m_manager);
    connect(m_manager, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &QtTransport::answerProxyAuthentication);
}

void QtTransport::recordPresentedChain(InFlight &entry, const QList<QSslError> &errors)
{
    // What the peer presented, for the admin to see who signed it (an intercepting proxy names itself).
    QList<QSslCertificate> chain;
    if (entry.reply)
        chain = entry.reply->sslConfiguration().peerCertificateChain();
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull() && !chain.contains(e.certificate()))
            chain << e.certificate();
    }
    entry.presentedChain = chain;
}

QtTransport::~QtTransport()
{
    const auto ids = m_inFlight.keys();
    for (quint64 id : ids)
        cancel(id);
}

void QtTransport::trustForOrigin(const QUrl &origin, const QList<QSslCertificate> &caCertificates)
{
    m_trusted.insert(originOf(origin), caCertificates);
}

quint64 QtTransport::send(const ims::HttpRequest &request, Done done, RequestKind kind)
{
    const quint64 id = m_nextId++;
    const QUrl url(QString::fromStdString(request.url));
    // Tests run with IMS_LOOPBACK_ONLY=1: a request that would leave the machine fails at once
    // instead of reaching a real server.
    static const bool loopbackOnly = qEnvironmentVariableIntValue("IMS_LOOPBACK_ONLY") == 1;
    if (loopbackOnly && !ims::isLoopbackHost(url.host().toStdString())) {
        qCWarning(lcTransport) << "blocked a request to" << url.host() << "(IMS_LOOPBACK_ONLY)";
        QTimer::singleShot(0, this, [done = std::move(done), host = url.host().toStdString()] {
            ims::HttpResponse response;
            response.transportError = ims::makeError(ims::ErrorCode::NetworkFailure, "blocked (loopback only): " + host);
            done(std::move(response));
        });
        return id;
    }
    if (m_holds > 0) {
        m_held.insert(id, Held{request, std::move(done), kind});
        return id;
    }
    start(id, request, std::move(done), kind);
    return id;
}

void QtTransport::start(quint64 id, const ims::HttpRequest &request, Done done, RequestKind kind)
{
    const QUrl url(QString::fromStdString(request.url));
    if (m_proxyPasswordRejected && explicitProxyWithUser()) {
        // The proxy already rejected this password: sending it again could lock the account.
        QTimer::singleShot(0, this, [done = std::move(done)] {
            ims::HttpResponse response;
            response.transportError = ims::makeError(ims::ErrorCode::ProxyAuthenticationFailed,
                                                     "the proxy rejected this password; not sent again");
            done(std::move(response));
        });
        return;
    }
    if (m_clearAccessCache && m_inFlight.isEmpty()) {
        m_manager->clearAccessCache();
        if (m_otherManager)
            m_otherManager->clearAccessCache();
        m_clearAccessCache = false;
    }
    QNetworkRequest qrequest(url);
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qrequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qrequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    qrequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : request.headers)
        qrequest.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    const auto trusted = m_trusted.constFind(originOf(url));
    const bool extraCas = kind == RequestKind::Ims && !m_extraImsCas.isEmpty();
    if (trusted != m_trusted.cend() || extraCas) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (trusted != m_trusted.cend())
            tls.addCaCertificates(*trusted);
        if (extraCas)
            tls.addCaCertificates(m_extraImsCas);
        qrequest.setSslConfiguration(tls);
    }

    QByteArray body = QByteArray::fromStdString(request.body);
    QNetworkReply *reply = managerFor(kind)->sendCustomRequest(qrequest, QByteArray::fromStdString(request.method), body);
    body.fill('\0');
    qCDebug(lcTransport) << "request" << request.method.c_str() << url.toString(QUrl::RemoveQuery) << "id" << id;

    InFlight &entry = m_inFlight[id];
    entry.reply = reply;
    entry.done = std::move(done);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        auto it = m_inFlight.find(id);
        if (it != m_inFlight.end() && it->reply
            && it->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            it->answerStarted = true;
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end() || !it->reply)
            return;
        it->answerStarted = true;
        it->body += it->reply->readAll();
        if (std::size_t(it->body.size()) > ims::kMaxResponseBytes) {
            it->tooLarge = true;
            it->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            return;
        for (const QSslError &e : errors) {
            it->sslErrors << e.errorString();
            it->sslErrorKinds << e.error();
        }
        recordPresentedChain(*it, errors);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] {
        auto it = m_inFlight.find(id);
        if (it != m_inFlight.end() && it->reply) {
            it->timedOut = true;
            it->reply->abort();
        }
    });
    timer->start(m_timeout);
}

void QtTransport::cancel(quint64 id)
{
    if (auto held = m_held.find(id); held != m_held.end()) {
        Done done = std::move(held->done);
        m_held.erase(held);
        QTimer::singleShot(0, this, [done = std::move(done)] {
            ims::HttpResponse response;
            response.transportError = ims::makeError(ims::ErrorCode::NetworkFailure, "cancelled");
            done(std::move(response));
        });
        return;
    }
    auto it = m_inFlight.find(id);
    if (it == m_inFlight.end() || !it->reply)
        return;
    it->cancelled = true;
    it->reply->abort();
}

void QtTransport::finish(quint64 id)
{
    auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    InFlight entry = std::move(*it);
    m_inFlight.erase(it);
    QNetworkReply *reply = entry.reply;
    if (!reply)
        return;
    reply->deleteLater();
    if (!entry.tooLarge && reply->isOpen())
        entry.body += reply->readAll();

    ims::HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.emplace_back(name.toStdString(), value.toStdString());
    response.serverDate = parseHttpDate(reply->rawHeader("Date"));
    response.body.assign(entry.body.constData(), std::size_t(entry.body.size()));
    entry.body.fill('\0');

    const auto error = reply->error();
    if (entry.tooLarge) {
        response.transportError = ims::makeError(ims::ErrorCode::BodyTooLarge,
                                                 std::to_string(ims::kMaxResponseBytes) + " bytes");
        response.body.clear();
    } else if (entry.timedOut) {
        // An answer that began but did not finish is a different problem from silence.
        response.transportError = ims::makeError(
            entry.answerStarted ? ims::ErrorCode::SlowResponse : ims::ErrorCode::Timeout,
            std::to_string(m_timeout.count()) + " ms, " + std::to_string(entry.body.size()) + " bytes received");
        response.body.clear();
    } else if (entry.cancelled) {
        response.transportError = ims::makeError(ims::ErrorCode::NetworkFailure, "cancelled");
    } else if (response.status >= 300 && response.status < 400) {
        // Never follow: the body of a token request carries the client secret.
        response.transportError = ims::makeError(ims::ErrorCode::Redirected,
                                                 reply->rawHeader("Location").toStdString());
    } else if (isConnectionError(error) && response.status != 0) {
        // The status line had arrived: whatever came is a fragment, never an answer to interpret.
        response.transportError = ims::makeError(ims::ErrorCode::ResponseInterrupted,
                                                 reply->errorString().toStdString() + ", "
                                                     + std::to_string(response.body.size()) + " bytes received");
        response.body.clear();
    } else if (error != QNetworkReply::NoError && response.status == 0) {
        ims::ErrorCode code = proxyErrorCode(error).value_or(transportCode(error));
        std::string detail = reply->errorString().toStdString();
        qCDebug(lcTransport) << "network error" << error;
        if (!entry.sslErrorKinds.isEmpty()) {
            code = tlsCode(entry.sslErrorKinds);
            detail = entry.sslErrors.join(QStringLiteral("; ")).toStdString();
        }
        if (code == ims::ErrorCode::ProxyAuthenticationFailed && explicitProxyWithUser()
            && !m_answeredProxyAuth.isEmpty())
            m_proxyPasswordRejected = true;
        response.transportError = ims::makeError(code, detail);
        response.transportError->presentedChain = summarize(entry.presentedChain);
    } else if (error != QNetworkReply::ProxyAuthenticationRequiredError && response.status > 0) {
        m_answeredProxyAuth.clear(); // an answer came through: the proxy password (if any) is good
    }
    if (response.transportError && error == QNetworkReply::UnknownNetworkError && entry.done) {
        // Qt reports a proxy that refuses or does not exist only as an unknown error: look once
        // whether the proxy in use answers at all, so the message can point at the proxy settings.
        const QNetworkProxy used = proxyFor(reply->url());
        if (used.type() == QNetworkProxy::HttpProxy) {
            auto pending = std::make_shared<ims::HttpResponse>(std::move(response));
            probeProxy(used, [id, pending, done = std::move(entry.done)](bool reachable) {
                if (!reachable)
                    pending->transportError->code = ims::ErrorCode::ProxyUnreachable;
                qCDebug(lcTransport) << "response id" << id << "status 0"
                                     << ims::errorCodeName(pending->transportError->code).data();
                done(std::move(*pending));
            });
            return;
        }
    }
    qCDebug(lcTransport) << "response id" << id << "status" << response.status
                         << (response.transportError ? ims::errorCodeName(response.transportError->code).data() : "");
    if (entry.done)
        entry.done(std::move(response));
}

QNetworkProxy QtTransport::proxyFor(const QUrl &url) const
{
    switch (m_proxy.mode) {
    case ProxySettings::Mode::Explicit:
        return QNetworkProxy(QNetworkProxy::HttpProxy, m_proxy.host, m_proxy.port);
    case ProxySettings::Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxySettings::Mode::System:
        break;
    }
    const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.first();
}

void QtTransport::probeProxy(const QNetworkProxy &proxy, std::function<void(bool reachable)> done)
{
    auto *socket = new QTcpSocket(this);
    socket->setProxy(QNetworkProxy::NoProxy);
    auto answered = std::make_shared<bool>(false);
    auto answer = [socket, answered, done = std::move(done)](bool reachable) {
        if (*answered)
            return;
        *answered = true;
        socket->abort();
        socket->deleteLater();
        done(reachable);
    };
    connect(socket, &QTcpSocket::connected, this, [answer] { answer(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [answer] { answer(false); });
    QTimer::singleShot(std::min<std::chrono::milliseconds>(m_timeout, std::chrono::seconds(5)), socket,
                       [answer] { answer(false); });
    socket->connectToHost(proxy.hostName(), proxy.port());
}

QNetworkAccessManager *QtTransport::managerFor(RequestKind kind)
{
    if (kind == RequestKind::Ims)
        return m_manager;
    if (!m_otherManager) {
        m_otherManager = new QNetworkAccessManager(this);
        m_otherManager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        applyProxy(m_otherManager);
        connect(m_otherManager, &QNetworkAccessManager::proxyAuthenticationRequired, this,
                &QtTransport::answerProxyAuthentication);
    }
    return m_otherManager;
}

void QtTransport::setProxy(const ProxySettings &proxy)
{
    m_proxy = proxy;
    m_answeredProxyAuth.clear();
    m_proxyPasswordRejected = false;
    m_clearAccessCache = true; // Qt caches proxy credentials per manager
    applyProxy(m_manager);
    if (m_otherManager)
        applyProxy(m_otherManager);
    qCDebug(lcTransport) << "proxy mode" << int(proxy.mode) << proxy.host << proxy.port
                         << (proxy.user.isEmpty() ? "without user" : "with user");
}

void QtTransport::applyProxy(QNetworkAccessManager *manager)
{
    switch (m_proxy.mode) {
    case ProxySettings::Mode::System:
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        manager->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        break;
    case ProxySettings::Mode::Explicit:
        // The password is not put into QNetworkProxy: it is given only when the proxy asks, once.
        manager->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, m_proxy.host, m_proxy.port));
        break;
    case ProxySettings::Mode::None:
        manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    }
}

bool QtTransport::explicitProxyWithUser() const
{
    return m_proxy.mode == ProxySettings::Mode::Explicit && !m_proxy.user.isEmpty();
}

void QtTransport::answerProxyAuthentication(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    // Leaving the authenticator untouched makes Qt fail the request with
    // ProxyAuthenticationRequiredError (→ ProxyAuthenticationFailed).
    if (!explicitProxyWithUser() || m_proxy.password.empty() || m_proxyPasswordRejected) {
        qCInfo(lcTransport) << "proxy" << proxy.hostName() << "asks for credentials; none to give";
        return;
    }
    if (m_answeredProxyAuth.contains(authenticator)) {
        // Asked again on the same connection: the proxy rejected this password.
        qCWarning(lcTransport) << "proxy" << proxy.hostName() << "rejected the password for" << m_proxy.user;
        m_proxyPasswordRejected = true;
        return;
    }
    m_answeredProxyAuth.insert(authenticator);
    authenticator->setUser(m_proxy.user);
    authenticator->setPassword(QString::fromUtf8(m_proxy.password.reveal().data(), qsizetype(m_proxy.password.size())));
}

void QtTransport::setExtraImsCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraImsCas = certificates;
    m_clearAccessCache = true; // connections verified without (or with) them must not be reused
}

void QtTransport::holdRequests()
{
    ++m_holds;
}

void QtTransport::releaseRequests()
{
    if (m_holds == 0 || --m_holds > 0)
        return;
    QMap<quint64, Held> held;
    held.swap(m_held);
    for (auto it = held.begin(); it != held.end(); ++it)
        start(it.key(), it->request, std::move(it->done), it->kind);
}
