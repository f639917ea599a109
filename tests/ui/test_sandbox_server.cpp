// The training sandbox end to end: a real HTTPS server on loopback, real requests through
// QNetworkAccessManager that trust only the sandbox CA, and the state directory on disk.

#include "sandboxserver.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <imscore/form.h>
#include <imscore/jwt.h>
#include <imscore/sandbox.h>
#include <memory>
#include <optional>
#include <sys/stat.h>

namespace {

constexpr int kTimeoutMs = 10000;

struct Answer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QSslError> sslErrors;
    QByteArray date;
    QByteArray contentType;
};

// One request, waited for with a bound. trust = the only CA the request accepts; none = the
// system's default configuration (which does not know the sandbox CA).
Answer send(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QByteArray &contentType, const std::optional<QSslCertificate> &trust)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(kTimeoutMs);
    if (trust) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({*trust});
        request.setSslConfiguration(tls);
    }
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QSignalSpy sslErrors(reply.get(), &QNetworkReply::sslErrors);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(kTimeoutMs);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.date = reply->rawHeader("Date");
    answer.contentType = reply->rawHeader("Content-Type");
    if (!sslErrors.isEmpty())
        answer.sslErrors = sslErrors.first().first().value<QList<QSslError>>();
    return answer;
}

QByteArray tokenForm(const ims::SandboxClient &client, const std::string &secret)
{
    return QByteArray::fromStdString(ims::encodeForm(
        {{"grant_type", "client_credentials"}, {"client_id", client.clientId}, {"client_secret", secret}}));
}

const ims::SandboxClient &sampleClient(std::string_view solutionId)
{
    for (const ims::SandboxClient &client : ims::sandboxOrganisation()) {
        if (client.solutionId == solutionId)
            return client;
    }
    return ims::sandboxOrganisation().front();
}

int modeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_stateDir;
    std::unique_ptr<SandboxServer> m_server;

    QUrl tokenUrl(const QString &path = QStringLiteral("/ims/token/v3")) const
    {
        QUrl url = m_server->url();
        url.setPath(path);
        return url;
    }

    bool restart(QString *error = nullptr)
    {
        m_server = std::make_unique<SandboxServer>();
        return m_server->start(m_stateDir, 0, error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_stateDir = m_temp.filePath(QStringLiteral("state/sandbox")); // created by start()
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->url().isEmpty());
        QString error;
        QVERIFY2(m_server->start(m_stateDir, 0, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
    }

    void listensOnLoopbackWithHttps()
    {
        const QUrl url = m_server->url();
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(url.path(), QString());
        QCOMPARE(m_server->caCertificatePath(), m_stateDir + QStringLiteral("/sandbox-ca.pem"));
        QVERIFY(!m_server->caCertificate().isNull());
        QVERIFY(m_server->caCertificate().isSelfSigned());
        QCOMPARE(
            QSslCertificate::fromPath(m_server->caCertificatePath()).value(0), m_server->caCertificate());
    }

    void tokenRequestSucceeds()
    {
        const ims::SandboxClient &client = sampleClient("target");
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const int before = m_server->requestCount();
        QNetworkAccessManager network;
        const Answer answer = send(network, "POST", tokenUrl(), tokenForm(client, client.clientSecret),
            "application/x-www-form-urlencoded", m_server->caCertificate());
        QVERIFY(answer.finished);
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QVERIFY2(answer.sslErrors.isEmpty(), qPrintable(answer.sslErrors.value(0).errorString()));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.contentType, QByteArray("application/json;charset=utf-8"));
        QVERIFY(answer.date.endsWith(" GMT"));

        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 86399);
        const auto jwt = ims::decodeJwt(body.value(QStringLiteral("access_token")).toString().toStdString());
        QVERIFY(jwt.has_value());
        QVERIFY(ims::verifyRs256(m_server->rules().signingKey(), jwt->signingInput, jwt->signature));
        const QJsonObject claims
            = QJsonDocument::fromJson(QByteArray::fromStdString(jwt->payloadJson)).object();
        QCOMPARE(claims.value(QStringLiteral("client_id")).toString().toStdString(), client.clientId);

        QCOMPARE(m_server->requestCount(), before + 1);
        QCOMPARE(handled.count(), 1);
        QCOMPARE(handled.first().at(0).toString(), QStringLiteral("/ims/token/v3"));
        QCOMPARE(handled.first().at(1).toInt(), 200);
    }

    void multipartOnV2Succeeds()
    {
        const ims::SandboxClient &client = sampleClient("brand-portal");
        QByteArray body;
        for (const auto &[name, value] :
            ims::FormFields {{"grant_type", "client_credentials"}, {"client_id", client.clientId},
                {"client_secret", client.clientSecret}, {"scope", "openid,AdobeID"}})
            body += "--qt-test\r\nContent-Disposition: form-data; name=\"" + QByteArray::fromStdString(name)
                + "\"\r\n\r\n" + QByteArray::fromStdString(value) + "\r\n";
        body += "--qt-test--\r\n";
        QNetworkAccessManager network;
        const Answer answer = send(network, "POST", tokenUrl(QStringLiteral("/ims/token/v2/")), body,
            "multipart/form-data; boundary=qt-test", m_server->caCertificate());
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, 200);
        QVERIFY(QJsonDocument::fromJson(answer.body).object().contains(QStringLiteral("access_token")));
    }

    void errorsComeBackAsImsDocuments()
    {
        const ims::SandboxClient &client = sampleClient("analytics");
        QNetworkAccessManager network;
        const Answer wrongSecret = send(network, "POST", tokenUrl(), tokenForm(client, "p8e-not-the-secret"),
            "application/x-www-form-urlencoded", m_server->caCertificate());
        QVERIFY(wrongSecret.finished);
        QCOMPARE(wrongSecret.status, 400);
        QCOMPARE(wrongSecret.error, QNetworkReply::ProtocolInvalidOperationError);
        const QJsonObject error = QJsonDocument::fromJson(wrongSecret.body).object();
        QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(error.value(QStringLiteral("error_description")).toString(),
            QStringLiteral("invalid client_secret parameter"));
        QVERIFY(!wrongSecret.body.contains("p8e-"));

        // The same connection carries on: keep-alive after an error answer.
        const Answer get = send(network, "GET", tokenUrl(), {}, {}, m_server->caCertificate());
        QCOMPARE(get.status, 405);
        const Answer missing = send(network, "POST", tokenUrl(QStringLiteral("/nothing/here")), "a=1",
            "application/x-www-form-urlencoded", m_server->caCertificate());
        QCOMPARE(missing.status, 404);
        QCOMPARE(QJsonDocument::fromJson(missing.body).object().value(QStringLiteral("error")).toString(),
            QStringLiteral("not_found"));
    }

    void untrustedClientFailsTls()
    {
        const ims::SandboxClient &client = sampleClient("target");
        const int before = m_server->requestCount();
        QNetworkAccessManager network; // fresh: no connection that was set up with the CA trusted
        const Answer answer = send(network, "POST", tokenUrl(), tokenForm(client, client.clientSecret),
            "application/x-www-form-urlencoded", std::nullopt);
        QVERIFY(answer.finished);
        QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!answer.sslErrors.isEmpty());
        QCOMPARE(answer.status, 0);
        QCOMPARE(m_server->requestCount(), before); // the request never reached the rules
    }

    void otherCaIsNotTrusted()
    {
        auto otherCa = ims::makeCertificateAuthority("somebody else", 30);
        QVERIFY(otherCa.ok());
        const QSslCertificate other(QByteArray::fromStdString(otherCa.value().certificate.toPem().value()));
        QNetworkAccessManager network;
        const Answer answer = send(network, "POST", tokenUrl(), "grant_type=client_credentials",
            "application/x-www-form-urlencoded", other);
        QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
    }

    void privateFilesAreOwnerOnly()
    {
        QCOMPARE(modeOf(m_stateDir), 0700);
        for (const QString &key : {SandboxServer::caKeyFileName(), SandboxServer::serverKeyFileName(),
                 SandboxServer::signingKeyFileName()})
            QCOMPARE(modeOf(m_stateDir + u'/' + key), 0600);
        for (const QString &certificate :
            {SandboxServer::caCertificateFileName(), SandboxServer::serverCertificateFileName()})
            QCOMPARE(modeOf(m_stateDir + u'/' + certificate), 0644);
    }

    void restartReusesTheStoredState()
    {
        const QSslCertificate ca = m_server->caCertificate();
        const QByteArray serverPem = fileContents(m_stateDir + QStringLiteral("/sandbox-server.pem"));
        const std::string signingKey = m_server->rules().signingKey().publicKeyPem().value();

        QString error;
        QVERIFY2(restart(&error), qPrintable(error));
        QCOMPARE(m_server->caCertificate(), ca);
        QCOMPARE(fileContents(m_stateDir + QStringLiteral("/sandbox-server.pem")), serverPem);
        QCOMPARE(m_server->rules().signingKey().publicKeyPem().value(), signingKey);

        // A client that trusted the CA before the restart still connects.
        const ims::SandboxClient &client = sampleClient("stock");
        QNetworkAccessManager network;
        const Answer answer = send(network, "POST", tokenUrl(), tokenForm(client, client.clientSecret),
            "application/x-www-form-urlencoded", ca);
        QCOMPARE(answer.status, 200);
    }

    void brokenServerCertificateIsReplacedCaKept()
    {
        const QSslCertificate ca = m_server->caCertificate();
        {
            QFile file(m_stateDir + QStringLiteral("/sandbox-server.pem"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("-----BEGIN CERTIFICATE-----\ntruncated");
        }
        QString error;
        QVERIFY2(restart(&error), qPrintable(error));
        QCOMPARE(m_server->caCertificate(), ca);
        QVERIFY(!QSslCertificate::fromPath(m_stateDir + QStringLiteral("/sandbox-server.pem")).isEmpty());
        QCOMPARE(modeOf(m_stateDir + QStringLiteral("/sandbox-server.key")), 0600);

        const ims::SandboxClient &client = sampleClient("tags");
        QNetworkAccessManager network;
        const Answer answer = send(network, "POST", tokenUrl(), tokenForm(client, client.clientSecret),
            "application/x-www-form-urlencoded", ca);
        QCOMPARE(answer.status, 200);
    }

    void mismatchedCaKeyGivesANewCa()
    {
        const QSslCertificate oldCa = m_server->caCertificate();
        auto otherKey = ims::PrivateKey::generateRsa(2048);
        QVERIFY(otherKey.ok());
        {
            QFile file(m_stateDir + QStringLiteral("/sandbox-ca.key"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            const auto pem = otherKey.value().toPkcs8Pem().value();
            file.write(pem.reveal().data(), static_cast<qint64>(pem.size()));
        }
        QString error;
        QVERIFY2(restart(&error), qPrintable(error));
        QVERIFY(m_server->caCertificate() != oldCa);
        QCOMPARE(
            QSslCertificate::fromPath(m_server->caCertificatePath()).value(0), m_server->caCertificate());

        QNetworkAccessManager network;
        const ims::SandboxClient &client = sampleClient("io-events");
        QCOMPARE(send(network, "POST", tokenUrl(), tokenForm(client, client.clientSecret),
                     "application/x-www-form-urlencoded", m_server->caCertificate())
                     .status,
            200);
        QNetworkAccessManager freshNetwork;
        QCOMPARE(send(freshNetwork, "POST", tokenUrl(), tokenForm(client, client.clientSecret),
                     "application/x-www-form-urlencoded", oldCa)
                     .error,
            QNetworkReply::SslHandshakeFailedError);
    }

    void busyPortIsReported()
    {
        SandboxServer second;
        QString error;
        QVERIFY(!second.start(m_stateDir, static_cast<quint16>(m_server->url().port()), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(second.url().isEmpty());
    }

    void unusableStateDirIsReported()
    {
        const QString file = m_temp.filePath(QStringLiteral("a-file"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        SandboxServer server;
        QString error;
        QVERIFY(!server.start(file + QStringLiteral("/sandbox"), 0, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(server.url().isEmpty());
    }
};

QTEST_MAIN(TestSandboxServer)
#include "test_sandbox_server.moc"
