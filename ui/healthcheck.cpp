#include "healthcheck.h"

#include "logging.h"
#include "qttransport.h"

#include <QPointer>

HealthCheck::HealthCheck(QtTransport *transport, QObject *parent) : QObject(parent), m_transport(transport) { }

HealthCheck::~HealthCheck()
{
    cancel();
}

void HealthCheck::start(const ims::Configuration &config, const ims::Secret &clientSecret)
{
    cancel();
    const ims::HttpRequest request = ims::buildOAuthRequest(config, clientSecret);
    qCInfo(lcHealth) << "checking" << qPrintable(QString::fromStdString(config.clientId)) << "at"
                     << qPrintable(QString::fromStdString(config.authorizationServer));
    QPointer<HealthCheck> self(this);
    const quint64 generation = ++m_generation;
    m_requestId = m_transport->send(request, [self, generation](ims::HttpResponse response) {
        // A cancelled or superseded check reports nothing.
        if (!self || self->m_generation != generation || self->m_requestId == 0)
            return;
        self->m_requestId = 0;
        const ims::HealthReport report
            = ims::interpretTokenResponse(response, ims::TokenEndpoint::OAuthV3, std::chrono::system_clock::now());
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
