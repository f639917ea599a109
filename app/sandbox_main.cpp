// ims-sandbox: the training sandbox as a stand-alone local HTTPS IMS. Parse arguments, build the
// server, run until SIGINT or SIGTERM.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <chrono>
#include <csignal>
#include <imscore/sandbox.h>
#include <nlohmann/json.hpp>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ims-sandbox", text);
}

// A signal handler may not touch Qt: it writes one byte to a socket pair, and a notifier in the
// event loop turns that byte into a clean quit (destructors run, the port is released).
int g_signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSockets[1], &byte, 1);
}

bool quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSockets) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalSockets[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const ssize_t read = ::read(g_signalSockets[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

// Every sample credential, keyed by solution id, each value exactly a Developer Console
// "Download JSON" (these are published training values, not anybody's secrets).
std::string allCredentialsJson()
{
    nlohmann::ordered_json all = nlohmann::ordered_json::object();
    for (const ims::SandboxClient &client : ims::sandboxOrganisation())
        all[client.solutionId] = nlohmann::ordered_json::parse(ims::sandboxCredentialJson(client));
    return all.dump(2);
}

void printBanner(QTextStream &out, const SandboxServer &server)
{
    out << tr("Training sandbox listening on %1").arg(server.url().toString()) << '\n'
        << tr("CA certificate: %1").arg(QDir::toNativeSeparators(server.caCertificatePath())) << '\n';
    const auto &clients = ims::sandboxOrganisation();
    if (!clients.empty())
        out << tr("Sample clients of organisation %1:").arg(QString::fromStdString(clients.front().orgId))
            << '\n';
    out << "  " << tr("solution").leftJustified(16) << tr("client id") << '\n';
    for (const ims::SandboxClient &client : clients)
        out << "  " << QString::fromStdString(client.solutionId).leftJustified(16)
            << QString::fromStdString(client.clientId) << '\n';
    out << tr("Client secrets and scopes: ims-sandbox --print-credentials") << '\n'
        << tr("Stop with Ctrl+C.") << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same names as the GUI, so both find the same state directory (and the same CA).
    QCoreApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("ims-wizard"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the IMS Wizard training sandbox: a local HTTPS IMS with a sample "
           "organisation, for demonstrations and tests."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        tr("Listen on 127.0.0.1:<port> (0: any free port)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
        tr("Keep the CA, certificate and signing key in <dir>."), QStringLiteral("dir"),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sandbox"));
    const QCommandLineOption printCredentials(QStringLiteral("print-credentials"),
        tr("Print every sample credential (with its training secret) as JSON and exit."));
    const QCommandLineOption printServiceCredential(QStringLiteral("print-service-credential"),
        tr("After starting, issue an AEM as a Cloud Service service credential (JWT exchange) and print "
           "it as JSON before the banner. Its private key is a training key made on the spot: it is bound "
           "only to this running sandbox and is worthless anywhere else."));
    parser.addOptions({port, stateDir, printCredentials, printServiceCredential});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(printCredentials)) {
        out << QString::fromStdString(allCredentialsJson()) << '\n';
        return 0;
    }
    bool portOk = false;
    const quint16 portNumber = parser.value(port).toUShort(&portOk);
    if (!portOk) {
        err << tr("Not a port number: %1").arg(parser.value(port)) << '\n';
        return 2;
    }

    SandboxServer server;
    QString error;
    if (!server.start(parser.value(stateDir), portNumber, &error)) {
        err << error << '\n';
        return 1;
    }
    if (!quitOnTerminationSignals(app))
        err << tr("Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.") << '\n';
    if (parser.isSet(printServiceCredential)) {
        // The certificate is bound in this process's memory: the credential works until it stops.
        const QUrl url = server.url();
        const std::string endpoint = QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toStdString();
        const auto credential
            = server.rules().issueServiceCredential(std::chrono::system_clock::now(), endpoint);
        if (!credential) {
            err << tr("Could not issue a service credential: %1")
                       .arg(QString::fromStdString(credential.error().detail))
                << '\n';
            return 1;
        }
        out << QString::fromStdString(credential.value()) << '\n';
        out.flush();
        err << tr("The service credential above carries a training key: it works only against this "
                  "sandbox, and only while it runs.")
            << '\n';
        err.flush();
    }
    printBanner(out, server);
    return app.exec();
}
