#include "sandboxserver.h"

#include <QAbstractHttpServer>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <chrono>
#include <functional>
#include <imscore/crypto.h>
#include <imscore/sandbox.h>

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
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

    explicit CatchAllHttpServer(Handler handler)
        : m_handler(std::move(handler))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, makeResponder(request, socket));
        return true;
    }

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

std::optional<QSslConfiguration> tlsConfiguration(const ims::KeyAndCertificate &server, QString *errorMessage)
{
    const auto certificatePem = server.certificate.toPem();
    const auto keyPem = server.key.toPkcs8Pem();
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
    const auto tls = tlsConfiguration(material->server, &message);
    if (!tls)
        return fail(message);

    m_rules = std::make_unique<ims::SandboxIms>(material->signingKey);
    auto http = std::make_unique<CatchAllHttpServer>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    http->sslSetup(*tls);
    const quint16 boundPort = http->listen(QHostAddress::LocalHost, port);
    if (boundPort == 0)
        return fail(tr("Could not listen on 127.0.0.1:%1.").arg(port));

    m_http = std::move(http);
    m_url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(boundPort));
    m_caCertificate
        = QSslCertificate(QByteArray::fromStdString(material->ca.certificate.toPem().value()), QSsl::Pem);
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

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const ims::HttpResponse response
        = m_rules->handle(toImsRequest(request), std::chrono::system_clock::now());
    writeResponse(responder, response);
    ++m_requestCount;
    // The path only: a query string could carry a secret from a careless client, and bodies always do.
    const QString path = request.url().path();
    qCInfo(lcSandbox).noquote() << QString::fromStdString(methodName(request.method())) << path
                                << response.status;
    emit requestHandled(path, response.status);
}
