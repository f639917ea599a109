#pragma once
// One health check: a real token request through the transport, interpreted by core.

#include <imscore/configuration.h>
#include <imscore/crypto.h>
#include <imscore/secret.h>
#include <imscore/token.h>

#include <QObject>

class QtTransport;

class HealthCheck : public QObject
{
    Q_OBJECT
public:
    explicit HealthCheck(QtTransport *transport, QObject *parent = nullptr);
    ~HealthCheck() override;

    // OAuth Server-to-Server: POST /ims/token/v3.
    void start(const ims::Configuration &config, const ims::Secret &clientSecret);
    // JWT: sign a fresh JWT with the private key and POST /ims/exchange/jwt.
    void startJwt(const ims::Configuration &config, const ims::Secret &clientSecret, const ims::PrivateKey &key);
    void cancel();
    bool running() const { return m_requestId != 0; }

signals:
    void finished(const ims::HealthReport &report);

private:
    void send(const ims::HttpRequest &request, ims::TokenEndpoint endpoint);

    QtTransport *m_transport;
    quint64 m_requestId = 0;
    quint64 m_generation = 0;
};
