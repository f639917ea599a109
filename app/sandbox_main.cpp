// ims-sandbox: the training sandbox as a stand-alone local HTTPS IMS. Parse arguments, build the
// server, run until SIGINT or SIGTERM.

#include "languages.h"
#include "sandboxconsole.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <chrono>
#include <imscore/sandbox.h>

namespace {
// The translation context of this file's texts (lupdate finds Sandbox::tr calls).
struct Sandbox
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same names as the GUI, so both find the same state directory (and the same CA).
    QCoreApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    Languages::install(Languages::choose({})); // IMS_LANG, Settings ▸ Language, or the system's

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Sandbox::tr("Runs the IMS Wizard training sandbox: a local HTTPS IMS with a sample "
           "organisation, for demonstrations and tests."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        Sandbox::tr("Listen on 127.0.0.1:<port> (0: any free port)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
        Sandbox::tr("Keep the CA, certificate and signing key in <dir>."), QStringLiteral("dir"),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sandbox"));
    const QCommandLineOption printCredentials(QStringLiteral("print-credentials"),
        Sandbox::tr("Print every sample credential (with its training secret) as JSON and exit."));
    const QCommandLineOption printServiceCredential(QStringLiteral("print-service-credential"),
        Sandbox::tr("After starting, issue an AEM as a Cloud Service service credential (JWT exchange) and print "
           "it as JSON before the banner. Its private key is a training key made on the spot: it is bound "
           "only to this running sandbox and is worthless anywhere else."));
    const QCommandLineOption fault(QStringLiteral("fault"), SandboxConsole::faultOptionHelp(), QStringLiteral("name"));
    const QCommandLineOption listFaults(QStringLiteral("list-faults"), Sandbox::tr("List the fault modes and exit."));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
        Sandbox::tr("Answer 429 after <n> token requests per client and minute (default 30)."), QStringLiteral("n"),
        QString::number(ims::SandboxIms::kRateLimit));
    parser.addOptions({port, stateDir, printCredentials, printServiceCredential, fault, listFaults, rateLimit});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(printCredentials)) {
        out << QString::fromStdString(SandboxConsole::allCredentialsJson()) << '\n';
        return 0;
    }
    if (parser.isSet(listFaults)) {
        SandboxConsole::printFaults(out);
        return 0;
    }
    bool portOk = false;
    const quint16 portNumber = parser.value(port).toUShort(&portOk);
    if (!portOk) {
        err << Sandbox::tr("Not a port number: %1").arg(parser.value(port)) << '\n';
        return 2;
    }

    bool rateOk = false;
    const int requestsPerMinute = parser.value(rateLimit).toInt(&rateOk);
    if (!rateOk || requestsPerMinute < 1) {
        err << Sandbox::tr("Not a positive number: %1").arg(parser.value(rateLimit)) << '\n';
        return 2;
    }

    QString error;
    if (!SandboxConsole::knownFault(parser.value(fault), &error)) {
        err << error << '\n';
        return 2;
    }
    SandboxServer server;
    if (!server.start(parser.value(stateDir), portNumber, &error)) {
        err << error << '\n';
        return 1;
    }
    if (!SandboxConsole::applyFault(server, parser.value(fault), &error)) {
        err << error << '\n';
        return 2;
    }
    server.rules().setRateLimit(requestsPerMinute);
    if (!SandboxConsole::quitOnTerminationSignals(app))
        err << Sandbox::tr("Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.") << '\n';
    if (parser.isSet(printServiceCredential)) {
        // The certificate is bound in this process's memory: the credential works until it stops.
        const QUrl url = server.url();
        const std::string endpoint = QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toStdString();
        const auto credential
            = server.rules().issueServiceCredential(std::chrono::system_clock::now(), endpoint);
        if (!credential) {
            err << Sandbox::tr("Could not issue a service credential: %1")
                       .arg(QString::fromStdString(credential.error().detail))
                << '\n';
            return 1;
        }
        out << QString::fromStdString(credential.value()) << '\n';
        out.flush();
        err << Sandbox::tr("The service credential above carries a training key: it works only against this "
                  "sandbox, and only while it runs.")
            << '\n';
        err.flush();
    }
    SandboxConsole::printBanner(
        out, server, Sandbox::tr("Client secrets and scopes: ims-sandbox --print-credentials"));
    if (parser.isSet(fault))
        out << Sandbox::tr("Simulating the fault mode: %1").arg(parser.value(fault)) << '\n' << Qt::flush;
    return app.exec();
}
