#include "sandboxserver.h"

#include <QAbstractHttpServer>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <imscore/crypto.h>
#include <imscore/sandbox.h>
#include <imscore/sandbox_faults.h>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

// Accepts TCP connections and starts TLS on each with the configuration the sandbox wants now,
// so a fault mode can change the certificate of the next connection without a new port.
class FaultAwareListener final : public QTcpServer
{
public:
    using Configuration = std::function<QSslConfiguration()>;
    FaultAwareListener(Configuration configuration, QObject *parent)
        : QTcpServer(parent)
        , m_configuration(std::move(configuration))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_configuration());
        // A client that rejects the certificate just goes away; nothing to report here.
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    Configuration m_configuration;
};

Q_LOGGING_CATEGORY(lcSandbox, "imswizard.sandbox")

namespace {

constexpr int kCaValidityDays = 3650;
constexpr int kServerValidityDays = 365;
// A server certificate this close to expiry is replaced at start, so a running sandbox never
// presents an expired one.
constexpr auto kRenewBefore = std::chrono::hours(24 * 7);
const std::vector<std::string> kServerNames = {"127.0.0.1", "::1", "localhost"};
const char kCaCommonName[] = "ims-wizard training sandbox CA";

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPublicFile
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions kOwnerOnlyDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Every request, whatever its method or path, goes to one handler: the rules in core decide
// what is 404 or 405, not Qt's router.
class CatchAllHttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit CatchAllHttpServer(Handler handler)
        : m_handler(std::move(handler))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }

public:
    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Unreachable: handleRequest takes every request.
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    Handler m_handler;
};

std::string methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

ims::HttpRequest toImsRequest(const QHttpServerRequest &request)
{
    ims::HttpRequest out;
    out.method = methodName(request.method());
    const QUrl url = request.url();
    out.url = url.path(QUrl::FullyEncoded).toStdString();
    if (url.hasQuery()) {
        out.url += '?';
        out.url += url.query(QUrl::FullyEncoded).toStdString();
    }
    for (const auto &[name, value] : request.headers())
        out.headers.emplace_back(name.toStdString(), value.toStdString());
    const QByteArray body = request.body();
    out.body.assign(body.constData(), static_cast<std::size_t>(body.size()));
    return out;
}

void writeResponse(QHttpServerResponder &responder, const ims::HttpResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    // Qt 6.4's low-level responder writes exactly what it is given: the length is ours to send.
    responder.writeHeader(
        QByteArrayLiteral("Content-Length"), QByteArray::number(qulonglong(response.body.size())));
    // One request per connection: a client never reuses a connection whose certificate or fault
    // mode has changed since (trainers switch fault modes between checks).
    responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    responder.writeBody(response.body.data(), static_cast<qint64>(response.body.size()));
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

bool writeFile(
    const QString &path, std::string_view bytes, QFileDevice::Permissions permissions, QString *errorMessage)
{
    // Atomic replace; permissions are set on the temporary file before any byte is written,
    // so a private key never sits in a world-readable file, not even for a moment.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())
        || !file.commit()) {
        *errorMessage = SandboxServer::tr("Could not write %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

std::optional<ims::PrivateKey> readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray pem = file.readAll();
    auto key
        = ims::PrivateKey::fromPem(std::string_view(pem.constData(), static_cast<std::size_t>(pem.size())));
    pem.fill('\0'); // key material: do not leave it in freed memory
    if (!key) {
        qCWarning(lcSandbox) << "ignoring unreadable key" << path << fromStd(key.error().detail);
        return std::nullopt;
    }
    return key.value();
}

std::optional<ims::Certificate> readCertificate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray pem = file.readAll();
    auto certificate
        = ims::Certificate::fromPem(std::string_view(pem.constData(), static_cast<std::size_t>(pem.size())));
    if (!certificate) {
        qCWarning(lcSandbox) << "ignoring unreadable certificate" << path
                             << fromStd(certificate.error().detail);
        return std::nullopt;
    }
    return certificate.value();
}

// A stored key and certificate that belong together, or nothing.
std::optional<ims::KeyAndCertificate> readPair(
    const QDir &dir, const QString &certificateFile, const QString &keyFile)
{
    auto certificate = readCertificate(dir.filePath(certificateFile));
    auto key = certificate ? readKey(dir.filePath(keyFile)) : std::nullopt;
    if (!certificate || !key)
        return std::nullopt;
    if (!certificate->matches(*key)) {
        qCWarning(lcSandbox) << certificateFile << "does not match" << keyFile;
        return std::nullopt;
    }
    return ims::KeyAndCertificate {*key, *certificate};
}

bool validLongEnough(const ims::Certificate &certificate)
{
    const auto now = std::chrono::system_clock::now();
    return certificate.notBefore() <= now && certificate.notAfter() > now + kRenewBefore;
}

bool writePair(const QDir &dir, const QString &certificateFile, const QString &keyFile,
    const ims::KeyAndCertificate &pair, QString *errorMessage)
{
    const auto certificatePem = pair.certificate.toPem();
    const auto keyPem = pair.key.toPkcs8Pem();
    if (!certificatePem || !keyPem) {
        *errorMessage = fromStd(!certificatePem ? certificatePem.error().detail : keyPem.error().detail);
        return false;
    }
    return writeFile(dir.filePath(keyFile), keyPem.value().reveal(), kOwnerOnlyFile, errorMessage)
        && writeFile(dir.filePath(certificateFile), certificatePem.value(), kPublicFile, errorMessage);
}

struct SandboxMaterial
{
    ims::KeyAndCertificate ca;
    ims::KeyAndCertificate server;
    ims::PrivateKey signingKey;
};

// Reuses what is stored when it is still good; creates (and stores) what is missing or stale.
// A new CA invalidates the server certificate; the signing key is independent of both.
std::optional<SandboxMaterial> loadOrCreateMaterial(const QDir &dir, QString *errorMessage)
{
    SandboxMaterial material;
    auto cryptoFailure = [&](const ims::Error &error) {
        *errorMessage
            = SandboxServer::tr("Could not create the sandbox certificates: %1").arg(fromStd(error.detail));
        return std::nullopt;
    };

    bool newCa = false;
    if (auto ca = readPair(dir, SandboxServer::caCertificateFileName(), SandboxServer::caKeyFileName());
        ca && validLongEnough(ca->certificate)) {
        material.ca = *ca;
    } else {
        qCInfo(lcSandbox) << "creating a new sandbox CA in" << dir.path();
        auto created = ims::makeCertificateAuthority(kCaCommonName, kCaValidityDays);
        if (!created)
            return cryptoFailure(created.error());
        material.ca = created.value();
        if (!writePair(dir, SandboxServer::caCertificateFileName(), SandboxServer::caKeyFileName(),
                material.ca, errorMessage))
            return std::nullopt;
        newCa = true;
    }

    auto server = newCa
        ? std::nullopt
        : readPair(dir, SandboxServer::serverCertificateFileName(), SandboxServer::serverKeyFileName());
    if (server && server->certificate.isIssuedBy(material.ca.certificate)
        && validLongEnough(server->certificate)) {
        material.server = *server;
    } else {
        qCInfo(lcSandbox) << "creating a new sandbox server certificate";
        auto created = ims::makeServerCertificate(material.ca, kServerNames, kServerValidityDays);
        if (!created)
            return cryptoFailure(created.error());
        material.server = created.value();
        if (!writePair(dir, SandboxServer::serverCertificateFileName(), SandboxServer::serverKeyFileName(),
                material.server, errorMessage))
            return std::nullopt;
    }

    if (auto key = readKey(dir.filePath(SandboxServer::signingKeyFileName())); key && key->isRsa()) {
        material.signingKey = *key;
    } else {
        qCInfo(lcSandbox) << "creating a new token-signing key";
        auto created = ims::PrivateKey::generateRsa(2048);
        if (!created)
            return cryptoFailure(created.error());
        const auto pem = created.value().toPkcs8Pem();
        if (!pem)
            return cryptoFailure(pem.error());
        if (!writeFile(dir.filePath(SandboxServer::signingKeyFileName()), pem.value().reveal(),
                kOwnerOnlyFile, errorMessage))
            return std::nullopt;
        material.signingKey = created.value();
    }
    return material;
}

std::optional<QSslConfiguration> tlsConfiguration(
    const ims::Certificate &serverCertificate, const ims::PrivateKey &serverKey, QString *errorMessage)
{
    const auto certificatePem = serverCertificate.toPem();
    const auto keyPem = serverKey.toPkcs8Pem();
    if (!certificatePem || !keyPem) {
        *errorMessage = fromStd(!certificatePem ? certificatePem.error().detail : keyPem.error().detail);
        return std::nullopt;
    }
    QByteArray keyBytes(keyPem.value().reveal().data(), static_cast<qsizetype>(keyPem.value().size()));
    const QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    keyBytes.fill('\0');
    const QSslCertificate certificate(QByteArray::fromStdString(certificatePem.value()), QSsl::Pem);
    if (key.isNull() || certificate.isNull()) {
        *errorMessage = SandboxServer::tr("Qt could not load the sandbox's TLS key or certificate.");
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return configuration;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_rules(std::make_unique<ims::SandboxIms>(ims::PrivateKey()))
{ }

SandboxServer::~SandboxServer()
{
    m_http.reset(); // closes the sockets before the rules they call into go away
}

QString SandboxServer::caCertificateFileName()
{
    return QStringLiteral("sandbox-ca.pem");
}

QString SandboxServer::caKeyFileName()
{
    return QStringLiteral("sandbox-ca.key");
}

QString SandboxServer::serverCertificateFileName()
{
    return QStringLiteral("sandbox-server.pem");
}

QString SandboxServer::serverKeyFileName()
{
    return QStringLiteral("sandbox-server.key");
}

QString SandboxServer::signingKeyFileName()
{
    return QStringLiteral("sandbox-signing.key");
}

bool SandboxServer::start(const QString &stateDir, quint16 port, QString *errorMessage)
{
    m_http.reset();
    m_listener = nullptr; // was m_http's child
    m_url.clear();
    m_caCertificate = QSslCertificate();
    m_stateDir = stateDir;

    QString message;
    auto fail = [&](const QString &text) {
        qCWarning(lcSandbox) << "sandbox not started:" << text;
        if (errorMessage)
            *errorMessage = text;
        return false;
    };

    const QDir dir(stateDir);
    if (stateDir.isEmpty() || !dir.mkpath(QStringLiteral(".")))
        return fail(tr("Could not create the sandbox folder %1.").arg(QDir::toNativeSeparators(stateDir)));
    if (!QFile::setPermissions(dir.absolutePath(), kOwnerOnlyDir))
        return fail(tr("Could not restrict access to the sandbox folder %1.")
                        .arg(QDir::toNativeSeparators(stateDir)));

    const auto material = loadOrCreateMaterial(dir, &message);
    if (!material)
        return fail(message);
    const auto tls = tlsConfiguration(material->server.certificate, material->server.key, &message);
    if (!tls)
        return fail(message);

    m_ca = std::make_unique<ims::KeyAndCertificate>(material->ca);
    m_server = std::make_unique<ims::KeyAndCertificate>(material->server);
    m_tls = std::make_unique<QSslConfiguration>(*tls);
    m_tlsUntrusted.reset();
    m_tlsWrongHost.reset();
    m_tlsExpired.reset();
    m_rules = std::make_unique<ims::SandboxIms>(material->signingKey);
    auto http = std::make_unique<CatchAllHttpServer>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); });
    // The sandbox owns its listening socket: TLS is started per connection with the certificate
    // the current fault mode wants.
    auto *listener = new FaultAwareListener([this] { return connectionConfiguration(); }, http.get());
    if (!listener->listen(QHostAddress::LocalHost, port))
        return fail(tr("Could not listen on 127.0.0.1:%1.").arg(port));
    http->bind(listener);

    m_http = std::move(http);
    m_listener = listener;
    m_port = listener->serverPort();
    m_url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
    m_caCertificate
        = QSslCertificate(QByteArray::fromStdString(material->ca.certificate.toPem().value()), QSsl::Pem);
    startRedirectTarget();
    if (m_fault && !setFault(m_fault, &message))
        return fail(message);
    qCInfo(lcSandbox) << "listening on" << m_url.toString() << "CA"
                      << fromStd(material->ca.certificate.sha256Fingerprint());
    return true;
}

QUrl SandboxServer::url() const
{
    return m_url;
}

QSslCertificate SandboxServer::caCertificate() const
{
    return m_caCertificate;
}

QString SandboxServer::caCertificatePath() const
{
    return m_stateDir.isEmpty() ? QString() : QDir(m_stateDir).filePath(caCertificateFileName());
}

int SandboxServer::requestCount() const
{
    return m_requestCount;
}

ims::SandboxIms &SandboxServer::rules()
{
    return *m_rules;
}

void SandboxServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ims::HttpRequest imsRequest = toImsRequest(request);
    const QString path = request.url().path();
    ++m_requestCount;
    const ims::SandboxFault *fault = m_rules->faultFor(imsRequest);
    if (fault && ims::isWireAction(fault->action) && actOutFault(*fault, socket)) {
        qCInfo(lcSandbox).noquote() << QString::fromStdString(methodName(request.method())) << path << "fault"
                                    << QString::fromUtf8(fault->name.data(), qsizetype(fault->name.size()));
        emit requestHandled(path, 0);
        return;
    }
    const ims::HttpResponse response = m_rules->handle(imsRequest, std::chrono::system_clock::now());
    auto responder = CatchAllHttpServer::responder(request, socket);
    writeResponse(responder, response);
    // The path only: a query string could carry a secret from a careless client, and bodies always do.
    qCInfo(lcSandbox).noquote() << QString::fromStdString(methodName(request.method())) << path
                                << response.status;
    emit requestHandled(path, response.status);
}

namespace {

QByteArray rawHead(int status, const QByteArray &reason, qint64 contentLength)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json;charset=utf-8\r\nContent-Length: "
        + QByteArray::number(contentLength) + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
}

// Something shaped like a token answer, for the faults that send part of one. No real token.
QByteArray fakeTokenBody()
{
    return QByteArrayLiteral("{\"access_token\":\"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.")
        + QByteArray(400, 'A') + QByteArrayLiteral("\",\"token_type\":\"bearer\",\"expires_in\":86399}");
}

} // namespace

bool SandboxServer::actOutFault(const ims::SandboxFault &fault, QTcpSocket *socket)
{
    QPointer<QTcpSocket> guard(socket);
    switch (fault.action) {
    case ims::FaultAction::Silence:
        // Read, never answer: the client's own time limit ends it.
        return true;
    case ims::FaultAction::ResetMidResponse: {
        const QByteArray body = fakeTokenBody();
        socket->write(rawHead(200, "OK", body.size()) + body.left(body.size() / 3));
        socket->flush();
        // Let the fragment reach the client, then reset (RST, not a clean close).
        QTimer::singleShot(150, socket, [guard] {
            if (!guard)
                return;
#ifdef Q_OS_UNIX
            const linger hard {1, 0};
            ::setsockopt(int(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
            guard->abort();
        });
        return true;
    }
    case ims::FaultAction::SlowDrip: {
        const QByteArray body = fakeTokenBody();
        socket->write(rawHead(200, "OK", body.size()));
        socket->flush();
        auto *timer = new QTimer(socket); // dies with the connection
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [guard, timer, body, sent] {
            if (!guard || *sent >= body.size()) {
                timer->stop();
                return;
            }
            guard->write(body.mid(*sent, 1));
            ++*sent;
        });
        timer->start(ims::kSlowDripInterval);
        return true;
    }
    case ims::FaultAction::HugeBody: {
        socket->write(rawHead(200, "OK", qint64(ims::kHugeBodyBytes)));
        auto remaining = std::make_shared<qint64>(qint64(ims::kHugeBodyBytes));
        const QByteArray chunk(64 * 1024, ' ');
        // Streamed as the socket drains: never 50 MB in memory, stops when the client hangs up.
        auto pump = [guard, remaining, chunk] {
            // What waits to be sent, before and after encryption: QSslSocket reports bytesWritten
            // as soon as it has encrypted, long before the kernel took the bytes.
            auto queued = [&] {
                auto *tls = qobject_cast<QSslSocket *>(guard.data());
                return guard->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
            };
            while (guard && *remaining > 0 && queued() < 4 * chunk.size()) {
                const qint64 n = std::min<qint64>(*remaining, chunk.size());
                guard->write(chunk.constData(), n);
                *remaining -= n;
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        if (auto *tls = qobject_cast<QSslSocket *>(socket))
            connect(tls, &QSslSocket::encryptedBytesWritten, socket, pump);
        pump();
        return true;
    }
    case ims::FaultAction::RedirectOtherHost: {
        if (!m_otherHost)
            return false;
        const QByteArray location = redirectTargetUrl().toString().toUtf8() + "/ims/token/v3";
        socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + location
                      + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->flush();
        return true;
    }
    default:
        // Connection-level faults (TLS, refused) and HTTP answers are not acted out here.
        return false;
    }
}

QSslConfiguration SandboxServer::connectionConfiguration() const
{
    if (m_fault) {
        switch (m_fault->action) {
        case ims::FaultAction::TlsUntrusted:
            if (m_tlsUntrusted)
                return *m_tlsUntrusted;
            break;
        case ims::FaultAction::TlsWrongHost:
            if (m_tlsWrongHost)
                return *m_tlsWrongHost;
            break;
        case ims::FaultAction::TlsExpired:
            if (m_tlsExpired)
                return *m_tlsExpired;
            break;
        default:
            break;
        }
    }
    return m_tls ? *m_tls : QSslConfiguration();
}

bool SandboxServer::prepareTls(const ims::SandboxFault &fault, QString *errorMessage)
{
    if (!m_ca || !m_server)
        return true; // made at start()
    const auto now = std::chrono::system_clock::now();
    const auto day = std::chrono::hours(24);
    std::unique_ptr<QSslConfiguration> *slot = nullptr;
    ims::Result<ims::Certificate> certificate = ims::makeError(ims::ErrorCode::CryptoFailure);
    switch (fault.action) {
    case ims::FaultAction::TlsUntrusted: {
        if (m_tlsUntrusted)
            return true;
        // A CA made on the spot and kept nowhere: nobody trusts it, as with an inspecting proxy.
        const auto stranger = ims::makeCertificateAuthority("Untrusted inspection CA (sandbox fault)", 2);
        if (!stranger) {
            *errorMessage = fromStd(stranger.error().detail);
            return false;
        }
        certificate = ims::makeServerCertificate(
            stranger.value(), m_server->key, kServerNames, now - std::chrono::minutes(5), now + day);
        slot = &m_tlsUntrusted;
        break;
    }
    case ims::FaultAction::TlsWrongHost:
        if (m_tlsWrongHost)
            return true;
        certificate = ims::makeServerCertificate(
            *m_ca, m_server->key, {"ims-sandbox.wrong-host.invalid"}, now - std::chrono::minutes(5), now + day);
        slot = &m_tlsWrongHost;
        break;
    case ims::FaultAction::TlsExpired:
        if (m_tlsExpired)
            return true;
        certificate = ims::makeServerCertificate(*m_ca, m_server->key, kServerNames, now - 30 * day, now - day);
        slot = &m_tlsExpired;
        break;
    default:
        return true;
    }
    if (!certificate) {
        *errorMessage = fromStd(certificate.error().detail);
        return false;
    }
    auto configuration = tlsConfiguration(certificate.value(), m_server->key, errorMessage);
    if (!configuration)
        return false;
    *slot = std::make_unique<QSslConfiguration>(*configuration);
    return true;
}

bool SandboxServer::setFault(const ims::SandboxFault *fault, QString *errorMessage)
{
    QString message;
    if (fault && !prepareTls(*fault, &message)) {
        message = tr("Could not make the certificate for the fault mode: %1").arg(message);
        qCWarning(lcSandbox) << message;
        if (errorMessage)
            *errorMessage = message;
        return false;
    }
    m_fault = fault;
    if (m_rules)
        m_rules->setFault(fault);
    if (m_listener) {
        const bool refuse = fault && fault->action == ims::FaultAction::Refuse;
        if (refuse && m_listener->isListening())
            m_listener->close();
        else if (!refuse && !m_listener->isListening()
                 && !m_listener->listen(QHostAddress::LocalHost, m_port))
            qCWarning(lcSandbox) << "could not listen on port" << m_port << "again";
    }
    qCInfo(lcSandbox).noquote() << "fault mode"
                                << (fault ? QString::fromUtf8(fault->name.data(), qsizetype(fault->name.size()))
                                          : QStringLiteral("none"));
    emit faultChanged();
    return true;
}

void SandboxServer::startRedirectTarget()
{
    delete m_otherHost;
    m_otherHost = nullptr;
    auto *server = new QTcpServer(this);
    // Another host for the client: 127.0.0.2 where the system routes it (Linux), else ::1.
    if (!server->listen(QHostAddress(QStringLiteral("127.0.0.2")), 0)
        && !server->listen(QHostAddress::LocalHostIPv6, 0)) {
        qCWarning(lcSandbox) << "no second loopback host for the redirect fault";
        delete server;
        return;
    }
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            ++m_otherHostConnections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                const QByteArray bytes = socket->readAll();
                if (m_otherHostReceived.size() < 64 * 1024)
                    m_otherHostReceived += bytes;
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(2000, socket, [socket] { socket->close(); });
        }
    });
    m_otherHost = server;
}

QUrl SandboxServer::redirectTargetUrl() const
{
    if (!m_otherHost)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_otherHost->serverAddress().toString());
    url.setPort(m_otherHost->serverPort());
    return url;
}
