#include "sandboxconsole.h"

#include "sandboxfaultselector.h"
#include "sandboxserver.h"
#include <imscore/sandbox_faults.h>

#include <QDir>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <imscore/sandbox.h>
#include <nlohmann/json.hpp>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A signal handler may not touch Qt: it writes one byte to a socket pair, and a notifier in the
// event loop turns that byte into a clean quit.
int g_signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSockets[1], &byte, 1);
}

} // namespace

bool SandboxConsole::quitOnTerminationSignals(QCoreApplication &app)
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

std::string SandboxConsole::allCredentialsJson()
{
    nlohmann::ordered_json all = nlohmann::ordered_json::object();
    for (const ims::SandboxClient &client : ims::sandboxOrganisation())
        all[client.solutionId] = nlohmann::ordered_json::parse(ims::sandboxCredentialJson(client));
    return all.dump(2);
}

void SandboxConsole::printBanner(
    QTextStream &out, const SandboxServer &server, const QString &credentialsHint)
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
    out << credentialsHint << '\n' << tr("Stop with Ctrl+C.") << '\n';
    out.flush();
}

QString SandboxConsole::faultOptionHelp()
{
    return tr("Simulate a problem on every token request (trainers; list them with --list-faults). One "
              "request can also ask for one with the client id sandbox-fault-<name>.");
}

void SandboxConsole::printFaults(QTextStream &out)
{
    for (const ims::SandboxFault &fault : ims::sandboxFaults()) {
        const QString name = QString::fromUtf8(fault.name.data(), qsizetype(fault.name.size()));
        out << name.leftJustified(24) << SandboxFaultSelector::title(fault) << '\n'
            << QString(26, QLatin1Char(' ')) << SandboxFaultSelector::description(fault);
        if (!ims::selectablePerRequest(fault))
            out << ' ' << tr("(whole sandbox only, not by client id)");
        out << '\n';
    }
    out.flush();
}

bool SandboxConsole::knownFault(const QString &name, QString *errorMessage)
{
    if (name.isEmpty() || ims::findSandboxFault(name.toStdString()))
        return true;
    *errorMessage = tr("Unknown fault mode: %1. See --list-faults.").arg(name);
    return false;
}

bool SandboxConsole::applyFault(SandboxServer &server, const QString &name, QString *errorMessage)
{
    if (name.isEmpty())
        return true;
    if (!knownFault(name, errorMessage))
        return false;
    const ims::SandboxFault *fault = ims::findSandboxFault(name.toStdString());
    if (!server.setFault(fault, errorMessage))
        return false;
    return true;
}
