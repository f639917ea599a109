#include "healthrunner.h"

#include "appcontext.h"
#include "healthcheck.h"
#include "logging.h"

#include <imscore/crypto.h>
#include <imscore/secret_store.h>

#include <QPointer>
#include <QTimer>

HealthRunner::HealthRunner(AppContext *context, int maxConcurrent, QObject *parent)
    : QObject(parent), m_context(context), m_maxConcurrent(std::max(1, maxConcurrent))
{
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
    if (m_running == 0 && m_queue.empty())
        emit allDone();
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
    // Record against what is stored now (the user, or another instance, may have changed it
    // meanwhile): load, change, save under the store's lock.
    ims::Configuration updated = config;
    const bool missing = !report.ok && report.error.code == ims::ErrorCode::SecretMissing;
    auto error = m_context->store().update([&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
        for (auto &c : configs) {
            if (c.id != config.id)
                continue;
            c.recordHealth(ims::toHealthRecord(report));
            // A keychain entry found gone marks the configuration until the secret is entered
            // again; a passing check proves it is back. Other failures (locked, denied) say
            // nothing about the entry and leave the mark as it was.
            if (missing)
                c.secretMissing = true;
            else if (report.ok)
                c.secretMissing = false;
            updated = c;
        }
        return std::nullopt;
    });
    if (error)
        qCWarning(lcStore) << "could not record a health check:" << ims::errorCodeName(error->code).data();
    --m_running;
    emit finished(updated, report);
    // Next one from the event loop, so a long queue never deepens the stack.
    QTimer::singleShot(0, this, &HealthRunner::startNext);
}
