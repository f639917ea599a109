// `ims-wizard sandbox`: the training sandbox in the foreground, as ims-sandbox runs it, until
// Ctrl+C (SIGINT) or SIGTERM.

#include "appcontext.h"
#include "clisession.h"
#include "command.h"
#include "sandboxconsole.h"
#include "sandboxserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <imscore/sandbox.h>
#include <imscore/sandbox_faults.h>

namespace {

class SandboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
public:
    explicit SandboxCommand(CliSession &session)
        : m_session(session)
    { }

    void start() override
    {
        const QCommandLineParser &parser = m_session.parser();
        if (!m_session.arguments().isEmpty()) {
            m_session.failUsage(tr("sandbox takes no arguments."));
            return;
        }
        QTextStream out(stdout);
        if (parser.isSet(QStringLiteral("print-credentials"))) {
            // Published training values of the sample organisation, asked for explicitly.
            out << QString::fromStdString(SandboxConsole::allCredentialsJson()) << '\n';
            out.flush();
            m_session.finish(ExitCode::Success);
            return;
        }
        if (parser.isSet(QStringLiteral("list-faults"))) {
            SandboxConsole::printFaults(out);
            m_session.finish(ExitCode::Success);
            return;
        }
        bool portOk = false;
        const quint16 port = parser.value(QStringLiteral("port")).toUShort(&portOk);
        if (!portOk) {
            m_session.failUsage(tr("Not a port number: %1").arg(parser.value(QStringLiteral("port"))));
            return;
        }
        QString error;
        if (!SandboxConsole::knownFault(parser.value(QStringLiteral("fault")), &error)) {
            m_session.failUsage(error);
            return;
        }
        if (!m_server.start(parser.value(QStringLiteral("state-dir")), port, &error)) {
            m_session.fail(
                QStringLiteral("sandbox_failed"), tr("The training sandbox could not start: %1").arg(error));
            return;
        }
        if (!SandboxConsole::applyFault(m_server, parser.value(QStringLiteral("fault")), &error)) {
            m_session.failUsage(error);
            return;
        }
        if (!SandboxConsole::quitOnTerminationSignals(*QCoreApplication::instance()))
            m_session.output().note(tr("Warning: SIGINT/SIGTERM will not stop the sandbox cleanly."));

        if (m_session.output().json()) {
            m_session.output().setDocument(describe());
            m_session.output().printDocument();
        } else {
            SandboxConsole::printBanner(out, m_server,
                tr("Client secrets and scopes (training values): ims-wizard sandbox --print-credentials"));
        }
        // Runs until a signal quits the event loop (exit code 0).
    }

private:
    QJsonObject describe() const
    {
        QJsonArray clients;
        for (const ims::SandboxClient &client : ims::sandboxOrganisation()) {
            QJsonArray scopes;
            for (const std::string &scope : client.scopes)
                scopes.append(qs(scope));
            clients.append(QJsonObject {
                {QStringLiteral("solution"), qs(client.solutionId)},
                {QStringLiteral("title"), qs(client.title)},
                {QStringLiteral("clientId"), qs(client.clientId)},
                {QStringLiteral("orgId"), qs(client.orgId)},
                {QStringLiteral("scopes"), scopes},
            });
        }
        return {
            {QStringLiteral("url"), m_server.url().toString()},
            {QStringLiteral("caCertificate"), QDir::toNativeSeparators(m_server.caCertificatePath())},
            {QStringLiteral("clients"), clients},
            {QStringLiteral("fault"),
                m_server.fault() ? QString::fromUtf8(m_server.fault()->name.data(),
                                       qsizetype(m_server.fault()->name.size()))
                                 : QString()},
        };
    }

    CliSession &m_session;
    SandboxServer m_server;
};

} // namespace

CommandInfo sandboxCommandInfo()
{
    return {
        QStringLiteral("sandbox"),
        QString(),
        SandboxCommand::tr("Run the training sandbox in the foreground."),
        SandboxCommand::tr("Runs the training sandbox (a local HTTPS IMS with a sample organisation) until "
                           "Ctrl+C, and prints its URL, its CA certificate and the sample client ids. Other "
                           "commands use it with --sandbox-url URL --sandbox-ca FILE."),
        [](QCommandLineParser &parser) {
            parser.addOptions({
                {QStringLiteral("port"), SandboxCommand::tr("Listen on 127.0.0.1:<port> (0: any free port)."),
                    QStringLiteral("port"), QStringLiteral("0")},
                {QStringLiteral("state-dir"),
                    SandboxCommand::tr("Keep the CA, certificate and signing key in <dir>."),
                    QStringLiteral("dir"), AppContext::defaultSandboxStateDir()},
                {QStringLiteral("fault"), SandboxConsole::faultOptionHelp(), QStringLiteral("name")},
                {QStringLiteral("list-faults"), SandboxCommand::tr("List the fault modes and exit.")},
                {QStringLiteral("print-credentials"),
                    SandboxCommand::tr("Print every sample credential, with its training client secret, as "
                                       "Developer Console JSON and exit.")},
            });
        },
        [](CliSession &session) { return std::make_unique<SandboxCommand>(session); },
    };
}
