#include "healthcheck.h"

#include "logging.h"
#include "qttransport.h"

#include <imscore/jwt_credentials.h>

#include <QPointer>
#include <QTimer>

HealthCheck::HealthCheck(QtTransport *transport, QObject *parent) : QObject(parent), m_transport(transport) { }

HealthCheck::~HealthCheck()
{
    cancel();
}

void HealthCheck::start(const ims::Configuration &config, const ims::Secret &clientSecret)
{
    cancel();
    qCInfo(lcHealth) << "checking" << qPrintable(QString::fromStdString(config.clientId)) << "at"
                     << qPrintable(QString::fromStdString(config.authorizationServer));
    send(ims::buildOAuthRequest(config, clientSecret), ims::TokenEndpoint::OAuthV3);
}

void HealthCheck::startJwt(const ims::Configuration &config, const ims::Secret &clientSecret,
                           const ims::PrivateKey &key)
{
    cancel();
    qCInfo(lcHealth) << "checking (JWT)" << qPrintable(QString::fromStdString(config.clientId)) << "at"
                     << qPrintable(QString::fromStdString(config.authorizationServer));
    auto request = ims::buildJwtExchange(config, clientSecret, key, std::chrono::system_clock::now());
    if (!request) {
        // Signing failed locally: report it like any other result, from the event loop.
        ims::HealthReport report;
        report.checkedAt = std::chrono::system_clock::now();
        report.error = request.error();
        QPointer<HealthCheck> self(this);
        QTimer::singleShot(0, this, [self, report] {
            if (self)
                emit self->finished(report);
        });
        return;
    }
    send(request.value(), ims::TokenEndpoint::JwtExchange);
}

void HealthCheck::send(const ims::HttpRequest &request, ims::TokenEndpoint endpoint)
{
    QPointer<HealthCheck> self(this);
    const quint64 generation = ++m_generation;
    m_requestId = m_transport->send(request, [self, generation, endpoint](ims::HttpResponse response) {
        // A cancelled or superseded check reports nothing.
        if (!self || self->m_generation != generation || self->m_requestId == 0)
            return;
        self->m_requestId = 0;
        const ims::HealthReport report
            = ims::interpretTokenResponse(response, endpoint, std::chrono::system_clock::now());
        qCInfo(lcHealth) << "result" << (report.ok ? "ok" : ims::errorCodeName(report.error.code).data());
        emit self->finished(report);
    });
}

void HealthCheck::cancel()
{
    if (m_requestId) {
        const quint64 id = m_requestId;
        m_requestId = 0;
        m_transport->cancel(id);
    }
}
