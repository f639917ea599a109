#include "keychainsecretstore.h"

#include "logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

ims::Error keychainError(QKeychain::Error error, const QString &text)
{
    ims::ErrorCode code = ims::ErrorCode::KeychainFailure;
    switch (error) {
    case QKeychain::EntryNotFound: code = ims::ErrorCode::SecretMissing; break;
    case QKeychain::NoBackendAvailable: code = ims::ErrorCode::KeychainUnavailable; break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: code = ims::ErrorCode::KeychainDenied; break;
    default: break;
    }
    // libsecret reports a locked collection the user did not unlock as a generic error.
    if (code == ims::ErrorCode::KeychainFailure && text.contains(QLatin1String("lock"), Qt::CaseInsensitive))
        code = ims::ErrorCode::KeychainLocked;
    return ims::makeError(code, text.toStdString());
}

constexpr int kRetryDelayMs = 1500;

} // namespace

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

void KeychainSecretStore::start(std::shared_ptr<Request> request)
{
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
        if (request->op == Op::Read) {
            if (error != QKeychain::NoError) {
                request->readDone(std::nullopt, keychainError(error, finished->errorString()));
                return;
            }
            QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            ims::Secret secret(data.toStdString());
            data.fill('\0');
            request->readDone(std::move(secret), std::nullopt);
            return;
        }
        if (error == QKeychain::NoError || (request->op == Op::Remove && error == QKeychain::EntryNotFound))
            request->done(std::nullopt);
        else
            request->done(keychainError(error, finished->errorString()));
    });
    job->start();
}
