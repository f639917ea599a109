// Proxies and corporate TLS end to end: a small HTTP CONNECT proxy written here on loopback
// (optionally asking for Basic credentials, optionally inspecting TLS with its own CA made by core's
// crypto), real HTTPS through it to the real training sandbox, the real keychain, the real dialog
// and the real ims-wizard binary.

#include "appcontext.h"
#include "healthcheck.h"
#include "imswizard.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "messages.h"
#include "networkdialog.h"
#include "networksettings.h"
#include "qttransport.h"
#include "sandboxserver.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <imscore/crypto.h>
#include <imscore/sandbox.h>
#include <imscore/token.h>
#include <imscore/validation.h>
#include <memory>
#include <optional>

namespace {

constexpr int kTimeoutMs = 20000;
const QString kBinary = QStringLiteral(IMS_BINARY_DIR "/app/ims-wizard");
const char kProxyUser[] = "alice";
const char kProxyPassword[] = "Pr0xy-pass-7f3e9c";

// A CONNECT proxy. Each accepted connection reads one CONNECT request, checks Proxy-Authorization
// when credentials are required, answers, then relays bytes — or, when inspecting, terminates TLS
// with its own certificate and opens its own TLS connection to the target, as corporate proxies do.
class ConnectProxy : public QTcpServer
{
public:
    QByteArray requiredCredentials; // "user:password"; empty: none asked
    bool inspecting = false;
    QList<QSslCertificate> presentedChain; // leaf first
    QSslKey key;
    QList<QSslCertificate> upstreamCas;

    int connectRequests = 0;
    int credentialAttempts = 0; // CONNECTs carrying Proxy-Authorization
    int rejectedCredentials = 0;
    int tunnels = 0;
    QStringList targets;

protected:
    void incomingConnection(qintptr descriptor) override;
};

class Tunnel : public QObject
{
public:
    Tunnel(ConnectProxy *proxy, qintptr descriptor)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(new QSslSocket(this))
    {
        m_client->setSocketDescriptor(descriptor);
        connect(m_client, &QSslSocket::readyRead, this, [this] { clientData(); });
        connect(m_client, &QSslSocket::disconnected, this, [this] { close(); });
    }

private:
    void clientData()
    {
        if (m_headerDone) {
            forward(m_client->readAll());
            return;
        }
        m_header += m_client->readAll();
        const qsizetype end = m_header.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_headerDone = true;
        const QList<QByteArray> lines = m_header.left(end).split('\n');
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        if (request.value(0) != "CONNECT") {
            reply("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", true);
            return;
        }
        ++m_proxy->connectRequests;
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "proxy-authorization")
                authorization = line.mid(colon + 1).trimmed();
        }
        if (!authorization.isEmpty())
            ++m_proxy->credentialAttempts;
        if (!m_proxy->requiredCredentials.isEmpty()
            && authorization != "Basic " + m_proxy->requiredCredentials.toBase64()) {
            if (!authorization.isEmpty())
                ++m_proxy->rejectedCredentials;
            reply("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test "
                  "proxy\"\r\n"
                  "Content-Length: 0\r\nConnection: close\r\nProxy-Connection: close\r\n\r\n",
                true);
            return;
        }
        const QByteArray target = request.value(1);
        const qsizetype colon = target.lastIndexOf(':');
        const QString host = QString::fromLatin1(target.left(colon));
        const quint16 port = quint16(target.mid(colon + 1).toUInt());
        m_proxy->targets << QString::fromLatin1(target);
        ++m_proxy->tunnels;
        reply("HTTP/1.1 200 Connection established\r\n\r\n", false);

        m_upstream = new QSslSocket(this);
        connect(m_upstream, &QSslSocket::readyRead, this, [this] { m_client->write(m_upstream->readAll()); });
        connect(m_upstream, &QSslSocket::disconnected, this, [this] { close(); });
        if (m_proxy->inspecting) {
            m_client->setLocalCertificateChain(m_proxy->presentedChain);
            m_client->setPrivateKey(m_proxy->key);
            m_client->startServerEncryption();
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(m_proxy->upstreamCas);
            m_upstream->setSslConfiguration(tls);
            connect(m_upstream, &QSslSocket::encrypted, this, [this] { flush(); });
            m_upstream->connectToHostEncrypted(host, port);
        } else {
            connect(m_upstream, &QSslSocket::connected, this, [this] { flush(); });
            m_upstream->connectToHost(host, port);
        }
        forward(m_header.mid(end + 4));
    }

    void reply(const QByteArray &bytes, bool thenClose)
    {
        m_client->write(bytes);
        if (thenClose)
            m_client->disconnectFromHost();
    }

    void forward(const QByteArray &bytes)
    {
        m_pending += bytes;
        const bool ready = m_upstream
            && (m_proxy->inspecting ? m_upstream->isEncrypted()
                                    : m_upstream->state() == QAbstractSocket::ConnectedState);
        if (ready)
            flush();
    }

    void flush()
    {
        if (!m_pending.isEmpty())
            m_upstream->write(m_pending);
        m_pending.clear();
    }

    void close()
    {
        if (m_closing)
            return;
        m_closing = true;
        m_client->disconnectFromHost();
        if (m_upstream)
            m_upstream->disconnectFromHost();
        deleteLater();
    }

    ConnectProxy *m_proxy;
    QSslSocket *m_client;
    QSslSocket *m_upstream = nullptr;
    QByteArray m_header;
    QByteArray m_pending;
    bool m_headerDone = false;
    bool m_closing = false;
};

void ConnectProxy::incomingConnection(qintptr descriptor)
{
    new Tunnel(this, descriptor);
}

const ims::SandboxClient &sampleClient()
{
    return sandboxClient("target");
}

QSslCertificate toQt(const ims::Certificate &certificate)
{
    return QSslCertificate(QByteArray::fromStdString(certificate.toPem().value()), QSsl::Pem);
}

ProxySettings explicitProxy(quint16 port, const QString &user = {}, const QByteArray &password = {})
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Explicit;
    proxy.host = QStringLiteral("127.0.0.1");
    proxy.port = port;
    proxy.user = user;
    proxy.password = ims::Secret(password.toStdString());
    return proxy;
}

// A port nobody listens on (bound, then released).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 1; // nothing listens on port 1 either
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool fileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    SandboxServer m_server;
    ims::KeyAndCertificate m_inspectionCa;
    ims::KeyAndCertificate m_inspectionLeaf;
    std::unique_ptr<KeychainSecretStore> m_keychain;

    ims::Configuration sandboxConfiguration() const
    {
        const ims::SandboxClient &client = sampleClient();
        ims::Configuration config;
        config.id = "proxytest";
        config.title = "Proxy test";
        config.solutionId = client.solutionId;
        config.authorizationServer = m_server.url().toString().toStdString();
        config.clientId = client.clientId;
        config.orgId = client.orgId;
        config.technicalAccountId = client.technicalAccountId;
        config.technicalAccountEmail = client.technicalAccountEmail;
        config.scopes = client.scopes;
        config.sandbox = true;
        return config;
    }

    // A transport as the application sets it up: the sandbox CA trusted for the sandbox origin only.
    std::unique_ptr<QtTransport> makeTransport(const ProxySettings &proxy)
    {
        auto transport = std::make_unique<QtTransport>();
        transport->setTimeout(std::chrono::milliseconds(kTimeoutMs));
        transport->trustForOrigin(m_server.url(), {m_server.caCertificate()});
        transport->setProxy(proxy);
        return transport;
    }

    ims::HealthReport check(QtTransport *transport)
    {
        HealthCheck check(transport);
        std::optional<ims::HealthReport> result;
        connect(&check, &HealthCheck::finished, this, [&result](const ims::HealthReport &r) { result = r; });
        check.start(sandboxConfiguration(), ims::Secret(sampleClient().clientSecret));
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs + 5000) || !result) {
            ims::HealthReport none;
            none.error = ims::makeError(ims::ErrorCode::NetworkFailure, "test: no answer in time");
            return none;
        }
        return std::move(*result);
    }

    ims::HttpResponse send(QtTransport *transport, RequestKind kind)
    {
        const ims::HttpRequest request
            = ims::buildOAuthRequest(sandboxConfiguration(), ims::Secret(sampleClient().clientSecret));
        std::optional<ims::HttpResponse> answer;
        transport->send(
            request, [&answer](ims::HttpResponse response) { answer = std::move(response); }, kind);
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kTimeoutMs + 5000))
            qWarning("no answer in time");
        return answer ? std::move(*answer) : ims::HttpResponse {};
    }

    static QString codeOf(const ims::HealthReport &report)
    {
        return QString::fromUtf8(ims::errorCodeName(report.error.code).data());
    }

    void startInspectingProxy(ConnectProxy &proxy)
    {
        proxy.inspecting = true;
        proxy.presentedChain = {toQt(m_inspectionLeaf.certificate), toQt(m_inspectionCa.certificate)};
        const auto pem = m_inspectionLeaf.key.toPkcs8Pem();
        QVERIFY(pem);
        proxy.key
            = QSslKey(QByteArray(pem.value().reveal().data(), qsizetype(pem.value().size())), QSsl::Rsa);
        proxy.upstreamCas = {m_server.caCertificate()};
        QVERIFY(!proxy.key.isNull());
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
    }

    QString writeCaFile(const QString &name)
    {
        const QString path = m_temp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray::fromStdString(m_inspectionCa.certificate.toPem().value()));
        return path;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_temp.isValid());
        QString error;
        QVERIFY2(m_server.start(m_temp.filePath(QStringLiteral("sandbox")), 0, &error), qPrintable(error));
        auto ca = ims::makeCertificateAuthority("IMS Wizard Test Inspection CA", 30);
        QVERIFY(ca);
        m_inspectionCa = ca.value();
        auto leaf = ims::makeServerCertificate(m_inspectionCa, {"127.0.0.1"}, 30);
        QVERIFY(leaf);
        m_inspectionLeaf = leaf.value();
        m_keychain
            = std::make_unique<KeychainSecretStore>(QStringLiteral("io.imswizard.ImsWizard.proxytest"));
    }

    void tokenThroughConnectProxy()
    {
        ConnectProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        auto transport = makeTransport(explicitProxy(proxy.serverPort()));
        const ims::HealthReport report = check(transport.get());
        QVERIFY2(report.ok, qPrintable(codeOf(report) + QStringLiteral(": ") + qs(report.error.detail)));
        QVERIFY(!report.accessToken.empty());
        QCOMPARE(proxy.tunnels, 1);
        QCOMPARE(proxy.targets, QStringList {QStringLiteral("127.0.0.1:%1").arg(m_server.url().port())});

        // "No proxy" goes direct: the proxy sees nothing more.
        ProxySettings none;
        none.mode = ProxySettings::Mode::None;
        transport->setProxy(none);
        QVERIFY(check(transport.get()).ok);
        QCOMPARE(proxy.connectRequests, 1);
    }

    void systemProxyByDefault()
    {
        // The default mode follows the system's settings (on Linux without desktop settings:
        // https_proxy, read by Qt/libproxy per request). Loopback is never sent to a system proxy,
        // so this asks which proxy the transport's manager would use for Adobe IMS, without sending.
        const QByteArray previous = qgetenv("https_proxy");
        qputenv("https_proxy", "http://127.0.0.1:3999");
        auto transport = makeTransport(ProxySettings {});
        QCOMPARE(transport->proxy().mode, ProxySettings::Mode::System);
        QCOMPARE(transport->manager()->proxy().type(), QNetworkProxy::DefaultProxy);
        const QNetworkProxyQuery ims(QUrl(QStringLiteral("https://ims-na1.adobelogin.com/ims/token/v3")));
        const QList<QNetworkProxy> used = QNetworkProxyFactory::proxyForQuery(ims);
        if (previous.isEmpty())
            qunsetenv("https_proxy");
        else
            qputenv("https_proxy", previous);
        QVERIFY(!used.isEmpty());
        QCOMPARE(used.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(used.first().port(), quint16(3999));

        ProxySettings none;
        none.mode = ProxySettings::Mode::None;
        transport->setProxy(none);
        QCOMPARE(transport->manager()->proxy().type(), QNetworkProxy::NoProxy);
    }

    void mainWindowOpensNetworkSettings()
    {
        QTemporaryDir configDir;
        QVERIFY(configDir.isValid());
        AppContext context(configDir.path(), m_keychain.get());
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("networkAction"));
        QVERIFY(action);
        action->trigger();
        NetworkDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NetworkDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("systemProxyRadio"))->isChecked());
        dialog->reject();
    }

    void proxyWithPassword()
    {
        ConnectProxy proxy;
        proxy.requiredCredentials = QByteArray(kProxyUser) + ':' + kProxyPassword;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        auto transport
            = makeTransport(explicitProxy(proxy.serverPort(), QLatin1String(kProxyUser), kProxyPassword));
        const ims::HealthReport report = check(transport.get());
        QVERIFY2(report.ok, qPrintable(codeOf(report) + QStringLiteral(": ") + qs(report.error.detail)));
        QCOMPARE(proxy.rejectedCredentials, 0);
        QVERIFY(proxy.credentialAttempts >= 1);
        QCOMPARE(proxy.tunnels, 1);
        // A second check reuses what worked.
        QVERIFY(check(transport.get()).ok);
        QCOMPARE(proxy.rejectedCredentials, 0);
    }

    void wrongPasswordFailsOnceAndIsNotRepeated()
    {
        ConnectProxy proxy;
        proxy.requiredCredentials = QByteArray(kProxyUser) + ':' + kProxyPassword;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        auto transport
            = makeTransport(explicitProxy(proxy.serverPort(), QLatin1String(kProxyUser), "wrong-password"));
        const ims::HealthReport first = check(transport.get());
        QVERIFY(!first.ok);
        QCOMPARE(codeOf(first), QStringLiteral("proxy_authentication_failed"));
        QCOMPARE(proxy.credentialAttempts, 1); // the wrong password went out exactly once
        QCOMPARE(proxy.tunnels, 0);

        // The same password again: refused here, the proxy is not even contacted.
        const int connects = proxy.connectRequests;
        const ims::HealthReport second = check(transport.get());
        QCOMPARE(codeOf(second), QStringLiteral("proxy_authentication_failed"));
        QCOMPARE(proxy.credentialAttempts, 1);
        QCOMPARE(proxy.connectRequests, connects);
        QVERIFY(!Messages::describe(second.error).remedy.isEmpty());

        // A new password is tried (once), and works.
        transport->setProxy(explicitProxy(proxy.serverPort(), QLatin1String(kProxyUser), kProxyPassword));
        const ims::HealthReport third = check(transport.get());
        QVERIFY2(third.ok, qPrintable(codeOf(third) + QStringLiteral(": ") + qs(third.error.detail)));
        QCOMPARE(proxy.rejectedCredentials, 1);
    }

    void proxyAskingWithoutConfiguredUser()
    {
        ConnectProxy proxy;
        proxy.requiredCredentials = QByteArray(kProxyUser) + ':' + kProxyPassword;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        auto transport = makeTransport(explicitProxy(proxy.serverPort()));
        const ims::HealthReport report = check(transport.get());
        QCOMPARE(codeOf(report), QStringLiteral("proxy_authentication_failed"));
        QCOMPARE(proxy.credentialAttempts, 0);

        // A user whose password is missing (not in the keychain): no attempt with an empty password.
        transport->setProxy(explicitProxy(proxy.serverPort(), QLatin1String(kProxyUser)));
        QCOMPARE(codeOf(check(transport.get())), QStringLiteral("proxy_authentication_failed"));
        QCOMPARE(proxy.credentialAttempts, 0);
    }

    void proxyNotListening()
    {
        auto transport = makeTransport(explicitProxy(closedPort()));
        const ims::HealthReport report = check(transport.get());
        QVERIFY2(codeOf(report) == QStringLiteral("proxy_unreachable"),
            qPrintable(codeOf(report) + QStringLiteral(": ") + qs(report.error.detail)));
        const UserMessage m = Messages::describe(report.error);
        QVERIFY(m.remedy.contains(QLatin1String("Network settings")));
    }

    void tlsInspectingProxy()
    {
        ConnectProxy proxy;
        startInspectingProxy(proxy);
        auto transport = makeTransport(explicitProxy(proxy.serverPort()));

        // Without the proxy's CA: not trusted, and the presented chain names who intercepts.
        const ims::HealthReport refused = check(transport.get());
        QVERIFY(!refused.ok);
        QCOMPARE(codeOf(refused), QStringLiteral("tls_untrusted_certificate"));
        QCOMPARE(proxy.tunnels, 1); // it did go through the inspecting proxy
        const auto &chain = refused.error.presentedChain;
        QVERIFY(!chain.empty());
        QVERIFY(QString::fromStdString(chain.front().issuer)
                    .contains(QLatin1String("IMS Wizard Test Inspection CA")));
        QCOMPARE(chain.front().sha256, m_inspectionLeaf.certificate.sha256Fingerprint());
        QVERIFY(!chain.front().notAfter.empty());
        const UserMessage m = Messages::describe(refused.error);
        QVERIFY(m.details.contains(QLatin1String("IMS Wizard Test Inspection CA")));
        QVERIFY(m.details.contains(QString::fromStdString(m_inspectionLeaf.certificate.sha256Fingerprint())));
        QVERIFY(!m.remedy.contains(QLatin1String("ignore"), Qt::CaseInsensitive));

        // With it as the extra CA: IMS requests work through the proxy.
        transport->setExtraImsCaCertificates({toQt(m_inspectionCa.certificate)});
        const ims::HealthReport accepted = check(transport.get());
        QVERIFY2(
            accepted.ok, qPrintable(codeOf(accepted) + QStringLiteral(": ") + qs(accepted.error.detail)));
        QVERIFY(!accepted.accessToken.empty());

        // …and only IMS requests: anything else does not trust that CA.
        const ims::HttpResponse other = send(transport.get(), RequestKind::Other);
        QVERIFY(other.transportError);
        QCOMPARE(QString::fromUtf8(ims::errorCodeName(other.transportError->code).data()),
            QStringLiteral("tls_untrusted_certificate"));
        QCOMPARE(other.status, 0);
        // An IMS request right after still works (the kinds do not share connections or trust).
        QVERIFY(!send(transport.get(), RequestKind::Ims).transportError);
    }

    void settingsDialogKeepsThePasswordInTheKeychain()
    {
        ConnectProxy proxy;
        proxy.requiredCredentials = QByteArray(kProxyUser) + ':' + kProxyPassword;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        QTemporaryDir configDir;
        QVERIFY(configDir.isValid());
        AppContext context(configDir.path(), m_keychain.get());
        context.useSandbox(m_server.url(), {m_server.caCertificate()});
        QCOMPARE(context.transport()->proxy().mode, ProxySettings::Mode::System);

        NetworkDialog dialog(&context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *explicitRadio = dialog.findChild<QRadioButton *>(QStringLiteral("explicitProxyRadio"));
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("proxyHostEdit"));
        auto *port = dialog.findChild<QLineEdit *>(QStringLiteral("proxyPortEdit"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("proxyUserEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit"));
        auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("extraCaEdit"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("networkProblemLabel"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("networkOkButton"));
        QVERIFY(explicitRadio && host && port && user && password && ca && problem && ok);
        QVERIFY(!host->isEnabled()); // system proxy by default
        explicitRadio->click();
        QVERIFY(host->isEnabled());

        // Bad input: said in the dialog, nothing written, nothing applied.
        QTest::keyClicks(host, QStringLiteral("http://proxy.example.com/"));
        QTest::keyClicks(port, QStringLiteral("99999"));
        QTest::keyClicks(user, QLatin1String(kProxyUser));
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("not a host name")));
        QVERIFY(problem->text().contains(QLatin1String("99999")));
        QVERIFY(problem->text().contains(QLatin1String("password")));
        if (const QString shots = qEnvironmentVariable("IMS_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/network-dialog-invalid.png"));
        QVERIFY(!QFile::exists(NetworkSettings::filePath(configDir.path())));
        QCOMPARE(context.transport()->proxy().mode, ProxySettings::Mode::System);

        host->clear();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        port->clear();
        QTest::keyClicks(port, QString::number(proxy.serverPort()));
        QTest::keyClicks(password, QLatin1String(kProxyPassword));
        QTest::keyClicks(ca, m_temp.filePath(QStringLiteral("missing-ca.pem")));
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->text().contains(QLatin1String("missing-ca.pem")));
        QVERIFY(!QFile::exists(NetworkSettings::filePath(configDir.path())));

        ca->clear();
        QTest::keyClicks(ca, writeCaFile(QStringLiteral("inspection-ca.pem")));
        QSignalSpy applied(&dialog, &NetworkDialog::applied);
        ok->click();
        QVERIFY2(applied.wait(kTimeoutMs) || applied.count() == 1, qPrintable(problem->text()));
        QTRY_VERIFY(!dialog.isVisible());

        // Saved: the file has the proxy but not the password; the keychain has the password.
        const NetworkSettings saved = NetworkSettings::load(configDir.path());
        QCOMPARE(saved.mode, NetworkSettings::Mode::Explicit);
        QCOMPARE(saved.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(saved.port, proxy.serverPort());
        QCOMPARE(saved.user, QLatin1String(kProxyUser));
        QCOMPARE(saved.extraCaPath, m_temp.filePath(QStringLiteral("inspection-ca.pem")));
        QVERIFY(!fileContains(configDir.path(), kProxyPassword));
        std::optional<ims::Secret> stored;
        bool read = false;
        m_keychain->read(NetworkSettings::passwordKey(), [&](std::optional<ims::Secret> secret, auto) {
            stored = std::move(secret);
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, kTimeoutMs);
        QVERIFY(stored);
        QCOMPARE(stored->reveal(), std::string_view(kProxyPassword));

        // Applied: a check goes through the proxy with the keychain's password.
        QCOMPARE(context.transport()->proxy().mode, ProxySettings::Mode::Explicit);
        QCOMPARE(context.transport()->extraImsCaCertificates().size(), 1);
        const ims::HealthReport report = check(context.transport());
        QVERIFY2(report.ok, qPrintable(codeOf(report) + QStringLiteral(": ") + qs(report.error.detail)));
        QCOMPARE(proxy.tunnels, 1);
        QCOMPARE(proxy.rejectedCredentials, 0);

        // A new AppContext (next start) reads the settings and the password back; requests wait for them.
        AppContext restarted(configDir.path(), m_keychain.get());
        restarted.useSandbox(m_server.url(), {m_server.caCertificate()});
        const ims::HealthReport again = check(restarted.transport());
        QVERIFY2(again.ok, qPrintable(codeOf(again) + QStringLiteral(": ") + qs(again.error.detail)));
        QCOMPARE(proxy.tunnels, 2);

        if (const QString shots = qEnvironmentVariable("IMS_SCREENSHOT_DIR"); !shots.isEmpty()) {
            NetworkDialog shown(&context);
            shown.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shown));
            shown.grab().save(shots + QStringLiteral("/network-dialog.png"));
        }
    }

    void wizardShowsWhoInterceptsAndTakesTheCa()
    {
        ConnectProxy proxy;
        startInspectingProxy(proxy);
        QTemporaryDir configDir;
        QVERIFY(configDir.isValid());
        NetworkSettings settings;
        settings.mode = NetworkSettings::Mode::Explicit;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = proxy.serverPort();
        QString error;
        QVERIFY2(settings.save(configDir.path(), &error), qPrintable(error));
        AppContext context(configDir.path(), m_keychain.get());
        context.useSandbox(m_server.url(), {m_server.caCertificate()});

        ImsWizard wizard(&context);
        wizard.resize(900, 720);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // AEM 6.5 SP20+ first, then the default solution (Adobe Target) and the console checklist.
        toCredentialsPage(wizard);
        if (QTest::currentTestFailed())
            return;
        const ims::SandboxClient &client = sampleClient();
        const std::pair<const char *, std::string> fields[] = {
            {"clientIdEdit", client.clientId},
            {"clientSecretEdit", client.clientSecret},
            {"orgIdEdit", client.orgId},
            {"techAccountIdEdit", client.technicalAccountId},
            {"techAccountEmailEdit", client.technicalAccountEmail},
            {"scopesEdit", ims::joinScopes(client.scopes)},
        };
        for (const auto &[name, value] : fields) {
            auto *edit = wizard.currentPage()->findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY2(edit, name);
            edit->setText(QString::fromStdString(value));
        }
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::HealthPageId));
        auto *status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("healthStatusLabel"));
        auto *message = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("healthMessage"));
        QVERIFY(status && message);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QLatin1String("Untrusted certificate")), kTimeoutMs);
        QVERIFY(message->text().contains(QLatin1String("IMS Wizard Test Inspection CA")));
        QVERIFY(message->text().contains(
            QString::fromStdString(m_inspectionLeaf.certificate.sha256Fingerprint())));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString shots = qEnvironmentVariable("IMS_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            wizard.grab().save(shots + QStringLiteral("/health-untrusted.png"));

        // "Network…" on the page: add the proxy's CA; the check runs again and gets a token.
        auto *network = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("networkButton"));
        QVERIFY(network);
        network->click();
        NetworkDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<NetworkDialog *>()) && dialog->isVisible());
        auto *ca = dialog->findChild<QLineEdit *>(QStringLiteral("extraCaEdit"));
        QVERIFY(ca);
        ca->setText(writeCaFile(QStringLiteral("wizard-ca.pem")));
        dialog->findChild<QPushButton *>(QStringLiteral("networkOkButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kTimeoutMs);
        QVERIFY2(status->text().contains(QLatin1String("Token retrieved successfully")),
            qPrintable(status->text()));
        QCOMPARE(NetworkSettings::load(configDir.path()).extraCaPath,
            m_temp.filePath(QStringLiteral("wizard-ca.pem")));
    }

    void commandLineProxyOptions()
    {
        if (!QFile::exists(kBinary))
            QSKIP("ims-wizard binary not built");
        ConnectProxy proxy;
        proxy.requiredCredentials = QByteArray(kProxyUser) + ':' + kProxyPassword;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        QTemporaryDir configDir;
        QVERIFY(configDir.isValid());
        const QString caFile = m_temp.filePath(QStringLiteral("sandbox-ca-copy.pem"));
        writeSandboxCa(m_server, caFile);
        if (QTest::currentTestFailed())
            return;
        // One saved sandbox configuration whose secret is in the application's keychain service.
        ims::Configuration config = sandboxConfiguration();
        config.id = ims::newConfigurationId();
        config.clientSecretRef = config.id + "/client_secret";
        ims::ConfigurationStore store(
            configDir.filePath(QStringLiteral("configurations.json")).toStdString());
        QVERIFY(!store.save({config}));
        KeychainSecretStore appKeychain;
        bool written = false;
        appKeychain.write(config.clientSecretRef, ims::Secret(sampleClient().clientSecret),
            [&](auto error) { written = !error; });
        QTRY_VERIFY_WITH_TIMEOUT(written, kTimeoutMs);

        auto run = [&](QStringList arguments, const QByteArray &passwordInEnvironment = {}) {
            arguments << sandboxOptions(configDir.path(), m_server, caFile);
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!passwordInEnvironment.isEmpty())
                env.insert(
                    QStringLiteral("IMS_TEST_PROXY_PASSWORD"), QString::fromUtf8(passwordInEnvironment));
            process.setProcessEnvironment(env);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(kBinary, arguments);
            // Waits with an event loop: the proxy and the sandbox run in this process.
            if (!process.waitForStarted(10000)
                || (process.state() != QProcess::NotRunning && !finished.wait(60000)))
                return std::pair<int, QByteArray> {-1, {}};
            return std::pair<int, QByteArray> {
                process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError()};
        };
        const QString proxyUrl
            = QStringLiteral("http://%1@127.0.0.1:%2").arg(QLatin1String(kProxyUser)).arg(proxy.serverPort());

        // A password in the URL is refused before anything goes out.
        const auto refused = run({QStringLiteral("check"), QStringLiteral("--proxy"),
            QStringLiteral("http://%1:%2@127.0.0.1:%3")
                .arg(QLatin1String(kProxyUser), QLatin1String(kProxyPassword))
                .arg(proxy.serverPort())});
        QCOMPARE(refused.first, 2);
        QVERIFY(refused.second.contains("password"));
        QCOMPARE(proxy.connectRequests, 0);

        // The password from an environment variable: the check goes through the proxy.
        const auto viaProxy
            = run({QStringLiteral("check"), QStringLiteral("--proxy"), proxyUrl,
                      QStringLiteral("--proxy-password-env"), QStringLiteral("IMS_TEST_PROXY_PASSWORD")},
                kProxyPassword);
        QVERIFY2(viaProxy.first == 0, viaProxy.second.constData());
        QCOMPARE(proxy.tunnels, 1);
        QVERIFY(!viaProxy.second.contains(kProxyPassword));

        // Wrong password: the proxy's error, with one attempt.
        const int attempts = proxy.credentialAttempts;
        const auto wrong
            = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--proxy"), proxyUrl,
                      QStringLiteral("--proxy-password-env"), QStringLiteral("IMS_TEST_PROXY_PASSWORD")},
                "not-the-password");
        QCOMPARE(wrong.first, 1);
        QVERIFY2(wrong.second.contains("proxy_authentication_failed"), wrong.second.constData());
        QCOMPARE(proxy.credentialAttempts, attempts + 1);

        // --no-proxy goes direct.
        const auto direct = run({QStringLiteral("check"), QStringLiteral("--no-proxy")});
        QVERIFY2(direct.first == 0, direct.second.constData());
        QCOMPARE(proxy.tunnels, 1);

        bool removed = false;
        appKeychain.remove(config.clientSecretRef, [&](auto) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, kTimeoutMs);
    }

    void cleanupTestCase()
    {
        bool removed = false;
        m_keychain->remove(NetworkSettings::passwordKey(), [&](auto) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, kTimeoutMs);
    }
};

QTEST_MAIN(TestProxy)
#include "test_proxy.moc"
