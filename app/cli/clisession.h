#pragma once
// What every command of `ims-wizard <command>` shares: the parsed options, the output, the
// keychain and configurations (AppContext), finding a configuration by NAME, reading a secret
// from stdin or an environment variable, and finishing with an exit code.

#include "clioutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <imscore/configuration.h>
#include <imscore/secret.h>
#include <memory>
#include <optional>
#include <vector>

class AppContext;
class KeychainSecretStore;

namespace ExitCode {
constexpr int Success = 0;
constexpr int Failure = 1; // a check failed, something was not done
constexpr int Usage = 2; // unknown command, bad options, NAME not found
} // namespace ExitCode

class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)
public:
    // arguments: the positional arguments after the command name.
    CliSession(const QCommandLineParser &parser, QStringList arguments);
    ~CliSession();

    // The options every command takes (--json, --config-dir, --sandbox-url, --sandbox-ca, --help).
    static void addGlobalOptions(QCommandLineParser &parser);

    // --proxy URL, --no-proxy, --proxy-password-env VAR: for the commands that use the network.
    // They override <config dir>/network.ini for this run only.
    static void addNetworkOptions(QCommandLineParser &parser);

    // Builds the keychain and AppContext and connects a sandbox given with --sandbox-url.
    // False (usage error reported, session finished) when the global options are wrong.
    bool prepare();

    const QCommandLineParser &parser() const { return m_parser; }
    const QStringList &arguments() const { return m_arguments; }
    CliOutput &output() { return m_output; }
    AppContext &context() { return *m_context; }

    // The saved configurations; nullopt (error reported, finished with 1) when they cannot be read.
    std::optional<std::vector<ims::Configuration>> loadConfigurations();
    // NAME: an id, a title (case-insensitive, exact) or a unique id prefix. Live configurations win
    // over rollback copies of the same title. nullopt: not found or ambiguous (reported, exit 2).
    std::optional<ims::Configuration> resolve(
        const QString &name, const std::vector<ims::Configuration> &configs);
    // For commands that take exactly one NAME: loads the configurations and resolves the one
    // argument. nullopt (reported, finished) when there is not exactly one (failUsage with
    // usageMessage), the configurations cannot be read, or NAME resolves to none.
    std::optional<ims::Configuration> resolveSingleArgument(const QString &usageMessage);
    // Starts the in-process training sandbox when one of configs needs it and no --sandbox-url
    // was given. False (reported, exit 1) when it cannot start.
    bool ensureSandboxFor(const std::vector<ims::Configuration> &configs);

    // A secret from stdin (stdinOption set) or from the environment variable named by envOption:
    // never from the command line, where other users could read it. Sets secret to nullopt when
    // neither option is given. False when the input is unusable (usage error reported, finished).
    bool readSecretInput(const QString &stdinOption, const QString &envOption, const QString &what,
        std::optional<ims::Secret> &secret);

    // Prints the JSON document (with --json) and quits the event loop with exitCode. Once.
    void finish(int exitCode);
    bool finished() const { return m_finished; }
    // Reports and finishes: a usage error (exit 2), a core error (exit 1).
    void failUsage(const QString &message, const QString &code = QStringLiteral("usage"));
    void fail(const ims::Error &error);
    void fail(const QString &code, const QString &message, const QString &remedy = QString());

    static QString displayName(const ims::Configuration &config); // "Title [1a2b3c4d]"

private:
    bool applyNetworkOptions();

    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    CliOutput m_output;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AppContext> m_context;
    bool m_stdinUsed = false;
    bool m_finished = false;
};
