#include "healthrunner.h"

#include "appcontext.h"
#include "healthcheck.h"
#include "logging.h"

#include <imscore/crypto.h>
#include <imscore/secret_store.h>

#include <QElapsedTimer>
#include <algorithm>
#include <QPointer>
#include <QTimer>

HealthRunner::HealthRunner(AppContext *context, int maxConcurrent, QObject *parent)
    : QObject(parent), m_context(context), m_maxConcurrent(std::max(1, maxConcurrent)), m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kBatchDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &HealthRunner::flush);
}

HealthRunner::~HealthRunner()
{
    std::vector<ims::Configuration> updated;
    writePending(updated);
}

void HealthRunner::enqueue(const ims::Configuration &config)
{
    m_queue.push_back(config);
    startNext();
}

void HealthRunner::startNext()
{
    while (m_running < m_maxConcurrent && !m_queue.empty()) {
        ims::Configuration config = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_running;
        emit started(qs(config.id));
        run(config);
    }
    // allDone comes from flush(), after the last results were written.
}

void HealthRunner::run(const ims::Configuration &config)
{
    QPointer<HealthRunner> self(this);
    auto fail = [self, config](ims::Error error) {
        if (!self)
            return;
        ims::HealthReport report;
        report.checkedAt = std::chrono::system_clock::now();
        report.error = std::move(error);
        self->complete(config, report);
    };
    m_context->secrets()->read(config.clientSecretRef, [self, config, fail](std::optional<ims::Secret> secret,
                                                                            std::optional<ims::Error> error) {
        if (!self)
            return;
        if (!secret) {
            fail(error ? *error : ims::makeError(ims::ErrorCode::SecretMissing));
            return;
        }
        ims::Configuration target = config;
        target.authorizationServer = self->m_context->effectiveServer(config);
        auto *check = new HealthCheck(self->m_context->transport(), self);
        connect(check, &HealthCheck::finished, self, [self, check, config](const ims::HealthReport &report) {
            check->deleteLater();
            if (self)
                self->complete(config, report);
        });
        if (config.authType != ims::AuthType::Jwt) {
            check->start(target, *secret);
            return;
        }
        const ims::Secret clientSecret = *secret;
        self->m_context->secrets()->read(config.privateKeyRef, [check, target, clientSecret, fail](
                                                                   std::optional<ims::Secret> pem,
                                                                   std::optional<ims::Error> keyError) {
            auto key = pem ? ims::PrivateKey::fromPem(pem->reveal())
                           : ims::Result<ims::PrivateKey>(keyError ? *keyError
                                                                   : ims::makeError(ims::ErrorCode::SecretMissing));
            if (!key) {
                check->deleteLater();
                fail(key.error());
                return;
            }
            check->startJwt(target, clientSecret, key.value());
        });
    });
}

void HealthRunner::complete(const ims::Configuration &config, const ims::HealthReport &report)
{
    m_pending.push_back({config, report});
    --m_running;
    // The last one running: write now; otherwise wait a little for others to join the write.
    if (m_running == 0 && m_queue.empty())
        QTimer::singleShot(0, this, &HealthRunner::flush);
    else if (!m_flushTimer->isActive())
        m_flushTimer->start();
    // Next one from the event loop, so a long queue never deepens the stack.
    QTimer::singleShot(0, this, &HealthRunner::startNext);
}

// Records each pending result against what is stored now (the user may have renamed a
// configuration meanwhile; one deleted meanwhile is not brought back): one load, one save.
void HealthRunner::writePending(std::vector<ims::Configuration> &updated)
{
    if (m_pending.empty())
        return;
    // One result onto a configuration: its health record, and the "secret missing" mark — a
    // keychain entry found gone marks it until the secret is entered again, a passing check proves
    // it is back; other failures (locked, denied) say nothing about the entry and leave the mark.
    auto record = [](ims::Configuration config, const ims::HealthReport &report) {
        config.recordHealth(ims::toHealthRecord(report));
        if (!report.ok && report.error.code == ims::ErrorCode::SecretMissing)
            config.secretMissing = true;
        else if (report.ok)
            config.secretMissing = false;
        return config;
    };
    // Recorded against what is stored now (the user may have renamed a configuration meanwhile;
    // one deleted meanwhile is not brought back): load, change, save under the store's lock.
    auto error = m_context->store().update([&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
        updated.clear();
        for (const Pending &pending : m_pending) {
            auto it = std::find_if(configs.begin(), configs.end(),
                                   [&](const ims::Configuration &c) { return c.id == pending.config.id; });
            ims::Configuration result = record(it != configs.end() ? *it : pending.config, pending.report);
            if (it != configs.end())
                *it = result;
            updated.push_back(std::move(result));
        }
        return std::nullopt;
    });
    if (!error)
        return;
    qCWarning(lcStore) << "could not record health checks:" << ims::errorCodeName(error->code).data();
    if (updated.size() != m_pending.size()) { // the store could not even be read: report what we have
        updated.clear();
        for (const Pending &pending : m_pending)
            updated.push_back(record(pending.config, pending.report));
    }
}

void HealthRunner::flush()
{
    m_flushTimer->stop();
    if (m_pending.empty())
        return;
    std::vector<ims::Configuration> updated;
    QElapsedTimer writing;
    writing.start();
    writePending(updated);
    m_flushTimer->setInterval(int(std::clamp<qint64>(10 * writing.elapsed(), kBatchDelayMs, kMaxBatchDelayMs)));
    std::vector<Pending> done;
    done.swap(m_pending);
    QPointer<HealthRunner> self(this);
    for (std::size_t i = 0; i < done.size() && self; ++i)
        emit finished(updated[i], done[i].report);
    if (self && m_running == 0 && m_queue.empty() && m_pending.empty())
        emit allDone();
}
