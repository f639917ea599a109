#include "keychainsecretstore.h"

#include "logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(IMS_HAVE_QTDBUS) && defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#define IMS_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#endif

namespace {

constexpr int kRetryDelayMs = 1500;

#ifdef IMS_SECRET_SERVICE
const QString kSecretService = QStringLiteral("org.freedesktop.secrets");
constexpr int kBusTimeoutMs = 3000;

// KWallet before it spoke the Secret Service protocol: QtKeychain uses it directly.
bool kwalletPresent(QDBusConnectionInterface *bus)
{
    for (const char *name : {"org.kde.kwalletd6", "org.kde.kwalletd5", "org.kde.kwalletd"}) {
        if (bus->isServiceRegistered(QLatin1String(name)))
            return true;
    }
    return false;
}
#endif

} // namespace

ims::ErrorCode KeychainSecretStore::serviceProblem()
{
#ifdef IMS_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return ims::ErrorCode::KeychainUnavailable;
    QDBusConnectionInterface *daemon = bus.interface();
    if (!daemon)
        return ims::ErrorCode::KeychainUnavailable;
    if (daemon->isServiceRegistered(kSecretService) || kwalletPresent(daemon))
        return ims::ErrorCode::None;
    const QDBusReply<QStringList> activatable = daemon->activatableServiceNames();
    if (activatable.isValid() && activatable.value().contains(kSecretService))
        return ims::ErrorCode::None;
    return ims::ErrorCode::KeychainUnavailable;
#else
    return ims::ErrorCode::None;
#endif
}

bool KeychainSecretStore::defaultCollectionLocked()
{
    return probeDefaultCollection() == ims::ErrorCode::KeychainLocked;
}

ims::ErrorCode KeychainSecretStore::probeDefaultCollection()
{
#ifdef IMS_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return ims::ErrorCode::KeychainUnavailable;
    if (!bus.interface()->isServiceRegistered(kSecretService))
        return ims::ErrorCode::None; // not running (yet): nothing to ask without starting it
    QDBusMessage get = QDBusMessage::createMethodCall(kSecretService,
        QStringLiteral("/org/freedesktop/secrets/aliases/default"), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    // A local property read, answered in milliseconds; no event loop runs meanwhile.
    const QDBusMessage reply = bus.call(get, QDBus::Block, kBusTimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        // libsecret drops the D-Bus error name from its messages; asking directly keeps it.
        const QString name = reply.errorName();
        if (name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied")
            || name == QLatin1String("org.freedesktop.DBus.Error.AuthFailed")
            || name.endsWith(QLatin1String(".NotAuthorized")))
            return ims::ErrorCode::KeychainDenied;
        if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
            || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
            return ims::ErrorCode::KeychainUnavailable;
        return ims::ErrorCode::None;
    }
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return ims::ErrorCode::None;
    return qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool()
               ? ims::ErrorCode::KeychainLocked
               : ims::ErrorCode::None;
#else
    return ims::ErrorCode::None;
#endif
}

ims::Error KeychainSecretStore::classify(int keychainError, const QString &text)
{
    ims::ErrorCode code = ims::ErrorCode::KeychainFailure;
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError: code = ims::ErrorCode::None; break;
    case QKeychain::EntryNotFound: code = ims::ErrorCode::SecretMissing; break;
    case QKeychain::NoBackendAvailable: code = ims::ErrorCode::KeychainUnavailable; break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: code = ims::ErrorCode::KeychainDenied; break;
    default: break;
    }
    // QtKeychain reports libsecret's "is locked" as AccessDenied, and everything that did not
    // come from libsecret itself (D-Bus errors) as OtherError: the text tells them apart.
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        code = ims::ErrorCode::KeychainLocked;
    else if (text.contains(QLatin1String("ServiceUnknown")) || text.contains(QLatin1String("NameHasNoOwner"))
             || text.contains(QLatin1String("not provided by any .service files")))
        code = ims::ErrorCode::KeychainUnavailable;
    else if (text.contains(QLatin1String("AccessDenied")) || text.contains(QLatin1String("NotAuthorized")))
        code = ims::ErrorCode::KeychainDenied;
    return ims::makeError(code, text.toStdString());
}

struct KeychainSecretStore::Request
{
    Op op;
    QString key;
    QByteArray value;
    Done done;
    ReadDone readDone;
    bool retried = false;

    ~Request() { value.fill('\0'); }
};

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

void KeychainSecretStore::write(const std::string &key, const ims::Secret &value, Done done)
{
    auto request = std::make_shared<Request>();
    request->op = Op::Write;
    request->key = QString::fromStdString(key);
    request->value = QByteArray(value.reveal().data(), qsizetype(value.size()));
    request->done = std::move(done);
    start(std::move(request));
}

void KeychainSecretStore::read(const std::string &key, ReadDone done)
{
    auto request = std::make_shared<Request>();
    request->op = Op::Read;
    request->key = QString::fromStdString(key);
    request->readDone = std::move(done);
    start(std::move(request));
}

void KeychainSecretStore::remove(const std::string &key, Done done)
{
    auto request = std::make_shared<Request>();
    request->op = Op::Remove;
    request->key = QString::fromStdString(key);
    request->done = std::move(done);
    start(std::move(request));
}

void KeychainSecretStore::finish(const std::shared_ptr<Request> &request, std::optional<ims::Error> error,
                                 std::optional<ims::Secret> secret)
{
    if (error)
        qCInfo(lcKeychain) << "job" << int(request->op) << "key" << request->key << "failed:"
                           << ims::errorCodeName(error->code).data();
    if (request->op == Op::Read)
        request->readDone(std::move(secret), std::move(error));
    else
        request->done(std::move(error));
}

void KeychainSecretStore::start(std::shared_ptr<Request> request)
{
    // No Secret Service on the bus: libsecret would only fail vaguely. One delayed retry (it may
    // still be starting at session login), then KeychainUnavailable — never a plain file.
    if (serviceProblem() != ims::ErrorCode::None) {
        if (request->retried) {
            finish(request, ims::makeError(ims::ErrorCode::KeychainUnavailable,
                                           "no org.freedesktop.secrets on the session bus"));
            return;
        }
        request->retried = true;
        QTimer::singleShot(kRetryDelayMs, this, [this, request] { start(request); });
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (request->op) {
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(request->value);
        job = write;
        break;
    }
    case Op::Read: job = new QKeychain::ReadPasswordJob(m_service, this); break;
    case Op::Remove: job = new QKeychain::DeletePasswordJob(m_service, this); break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request->key);

    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        qCDebug(lcKeychain) << "job" << int(request->op) << "key" << request->key << "error" << error;
        if (error == QKeychain::NoBackendAvailable && !request->retried) {
            // The Secret Service may still be starting (session login): one delayed retry.
            request->retried = true;
            QTimer::singleShot(kRetryDelayMs, this, [this, request] { start(request); });
            return;
        }
        std::optional<ims::Error> problem;
        if (error != QKeychain::NoError)
            problem = classify(error, finished->errorString());
        // libsecret answers a lookup in a locked collection with "not found", and a delete
        // there with success (nothing was deleted): a locked keychain is not a missing entry.
        const bool mayBeLocked = (request->op == Op::Read && problem && problem->code == ims::ErrorCode::SecretMissing)
                                 || request->op == Op::Remove
                                 || (problem && problem->code == ims::ErrorCode::KeychainFailure);
        if (mayBeLocked) {
            // Ask the Secret Service itself what is wrong (locked, or refusing us).
            const ims::ErrorCode diagnosis = probeDefaultCollection();
            if (diagnosis != ims::ErrorCode::None)
                problem = ims::makeError(diagnosis, problem ? problem->detail : std::string("probe of the default collection"));
        }
        if (request->op == Op::Remove && problem && problem->code == ims::ErrorCode::SecretMissing)
            problem.reset(); // removing a missing entry is not an error
        if (request->op == Op::Read && !problem) {
            QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            ims::Secret secret(data.toStdString());
            data.fill('\0');
            finish(request, std::nullopt, std::move(secret));
            return;
        }
        finish(request, std::move(problem));
    });
    job->start();
}
