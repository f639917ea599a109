// `ims-wizard check [NAME…|--all]`: a real token request per configuration, several at once,
// each result printed as it arrives and recorded in the configuration's health history.

#include "appcontext.h"
#include "clisession.h"
#include "command.h"
#include "configurationview.h"
#include "healthrunner.h"

#include <QJsonArray>
#include <map>

namespace {

// Enough to check a partner's many configurations quickly without hammering IMS (which throttles
// per client) or the keychain.
constexpr int kMaxChecksInFlight = 8;

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    explicit CheckCommand(CliSession &session)
        : m_session(session)
    { }

    void start() override
    {
        const QStringList names = m_session.arguments();
        const bool all = m_session.parser().isSet(QStringLiteral("all"));
        if (all && !names.isEmpty()) {
            m_session.failUsage(tr("Name configurations or use --all, not both."));
            return;
        }
        const auto configs = m_session.loadConfigurations();
        if (!configs)
            return;
        if (!selectTargets(*configs, names))
            return;
        if (m_targets.empty()) {
            m_session.output().line(tr("No configurations to check."));
            finishWithSummary();
            return;
        }
        if (!m_session.ensureSandboxFor(m_targets))
            return;

        m_runner = std::make_unique<HealthRunner>(&m_session.context(), kMaxChecksInFlight);
        QObject::connect(m_runner.get(), &HealthRunner::finished, m_runner.get(),
            [this](const ims::Configuration &config, const ims::HealthReport &report) {
                arrived(config, report);
            });
        for (const ims::Configuration &config : m_targets)
            m_runner->enqueue(config);
    }

private:
    // No names: every live configuration (rollback copies are checked only when named).
    bool selectTargets(const std::vector<ims::Configuration> &configs, const QStringList &names)
    {
        if (names.isEmpty()) {
            for (const ims::Configuration &config : configs) {
                if (config.rollbackOf.empty())
                    m_targets.push_back(config);
            }
            return true;
        }
        for (const QString &name : names) {
            const auto config = m_session.resolve(name, configs);
            if (!config)
                return false;
            const bool seen = std::any_of(m_targets.begin(), m_targets.end(),
                [&](const ims::Configuration &c) { return c.id == config->id; });
            if (!seen)
                m_targets.push_back(*config);
        }
        return true;
    }

    void arrived(const ims::Configuration &config, const ims::HealthReport &report)
    {
        for (const QString &line : ConfigurationView::describe(config, report))
            m_session.output().line(line);
        if (report.error.code == ims::ErrorCode::SecretMissing)
            m_session.output().line(QStringLiteral("        ")
                + tr("Enter it again: ims-wizard set-secret %1 --secret-stdin").arg(qs(config.id).left(8)));
        QJsonObject result = ConfigurationView::toJson(report);
        result.insert(QStringLiteral("id"), qs(config.id));
        result.insert(QStringLiteral("title"), qs(config.title));
        result.insert(QStringLiteral("authType"), qs(std::string(ims::authTypeName(config.authType))));
        m_results[config.id] = result;
        if (report.ok)
            ++m_passed;
        if (m_results.size() == m_targets.size())
            finishWithSummary();
    }

    void finishWithSummary()
    {
        const int checked = int(m_targets.size());
        QJsonArray results; // in the order asked for, not the order of arrival
        for (const ims::Configuration &config : m_targets)
            results.append(m_results[config.id]);
        const bool allPassed = m_passed == checked;
        m_session.output().setDocument({
            {QStringLiteral("ok"), allPassed},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("passed"), m_passed},
            {QStringLiteral("results"), results},
        });
        if (checked > 1)
            m_session.output().line(tr("%1 of %n check(s) passed.", nullptr, checked).arg(m_passed));
        m_session.finish(allPassed ? ExitCode::Success : ExitCode::Failure);
    }

    CliSession &m_session;
    std::vector<ims::Configuration> m_targets;
    std::unique_ptr<HealthRunner> m_runner;
    std::map<std::string, QJsonObject> m_results;
    int m_passed = 0;
};

} // namespace

CommandInfo checkCommandInfo()
{
    return {
        QStringLiteral("check"),
        QStringLiteral("[NAME…|--all]"),
        CheckCommand::tr("Request a token for configurations (health check)."),
        CheckCommand::tr(
            "Requests a real access token for each named configuration (id, title or unique id "
            "prefix), or for every configuration with --all or no NAME, at most %1 at a time. "
            "Prints each result as it arrives: the token's expiry, scopes and client ID, never the "
            "token; or what went wrong and what to do. Each result is recorded in the "
            "configuration's health history. Exit code 0 only when every check passed.")
            .arg(kMaxChecksInFlight),
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("all"),
                CheckCommand::tr("Check every configuration (rollback copies only when named).")});
            CliSession::addNetworkOptions(parser);
        },
        [](CliSession &session) { return std::make_unique<CheckCommand>(session); },
    };
}
