#include "qttransport.h"

#include "logging.h"

#include <imscore/validation.h>

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

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

} // namespace

QtTransport::QtTransport(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
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

quint64 QtTransport::send(const ims::HttpRequest &request, Done done)
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
    QNetworkRequest qrequest(url);
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qrequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qrequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    qrequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : request.headers)
        qrequest.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    if (const auto trusted = m_trusted.constFind(originOf(url)); trusted != m_trusted.cend()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(*trusted);
        qrequest.setSslConfiguration(tls);
    }

    QByteArray body = QByteArray::fromStdString(request.body);
    QNetworkReply *reply = m_manager->sendCustomRequest(qrequest, QByteArray::fromStdString(request.method), body);
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
    return id;
}

void QtTransport::cancel(quint64 id)
{
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
        ims::ErrorCode code = transportCode(error);
        std::string detail = reply->errorString().toStdString();
        if (!entry.sslErrorKinds.isEmpty()) {
            code = tlsCode(entry.sslErrorKinds);
            detail = entry.sslErrors.join(QStringLiteral("; ")).toStdString();
        }
        response.transportError = ims::makeError(code, detail);
    }
    qCDebug(lcTransport) << "response id" << id << "status" << response.status
                         << (response.transportError ? ims::errorCodeName(response.transportError->code).data() : "");
    if (entry.done)
        entry.done(std::move(response));
}
