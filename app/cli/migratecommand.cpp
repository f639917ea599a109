// `ims-wizard migrate NAME`: a JWT configuration becomes OAuth Server-to-Server. The new
// credential is proven with a real token request first; then the new secret goes to the keychain
// and the configurations are switched with one atomic save, keeping a rollback copy of the JWT
// original. On any failure nothing changes and the new keychain entry is removed again.

#include "appcontext.h"
#include "clisession.h"
#include "command.h"
#include "configurationview.h"
#include "healthcheck.h"
#include "messages.h"

#include <QDateTime>
#include <QFile>
#include <imscore/devconsole_import.h>
#include <imscore/migration.h>
#include <imscore/secret_store.h>
#include <imscore/validation.h>

namespace {

constexpr qint64 kMaxCredentialBytes = 1024 * 1024;

class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
public:
    explicit MigrateCommand(CliSession &session)
        : m_session(session)
    { }

    void start() override
    {
        const auto config = m_session.resolveSingleArgument(tr("migrate takes one NAME."));
        if (!config)
            return;
        if (config->authType != ims::AuthType::Jwt) {
            m_session.fail(QStringLiteral("not_jwt"),
                tr("%1 uses OAuth Server-to-Server already.").arg(CliSession::displayName(*config)));
            return;
        }
        if (!config->rollbackOf.empty()) {
            m_session.fail(QStringLiteral("rollback_copy"),
                tr("%1 is the rollback copy of a migration; migrate the live configuration.")
                    .arg(CliSession::displayName(*config)));
            return;
        }
        m_plan = ims::planMigration(*config);
        if (!readInputs() || !checkPlan())
            return;
        if (!m_session.ensureSandboxFor({m_plan.migrated}))
            return;
        checkNewCredential();
    }

private:
    bool readInputs()
    {
        const QCommandLineParser &parser = m_session.parser();
        std::optional<ims::Secret> secret;
        if (!m_session.readSecretInput(QStringLiteral("secret-stdin"), QStringLiteral("secret-env"),
                tr("OAuth client secret"), secret))
            return false;
        if (parser.isSet(QStringLiteral("credential"))) {
            const QString path = parser.value(QStringLiteral("credential"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_session.failUsage(tr("Cannot read %1: %2").arg(path, file.errorString()),
                    QStringLiteral("unreadable_file"));
                return false;
            }
            QByteArray bytes = file.read(kMaxCredentialBytes);
            const ims::ImportResult credential
                = ims::importDeveloperConsoleJson(std::string_view(bytes.constData(), size_t(bytes.size())));
            bytes.fill('\0');
            if (!credential.recognised) {
                m_session.failUsage(tr("%1 is not a Developer Console credential download.").arg(path));
                return false;
            }
            const std::vector<ims::FieldProblem> problems = ims::applyOAuthCredential(m_plan, credential);
            if (!problems.empty()) {
                reportProblems(problems);
                m_session.fail(QStringLiteral("credential_mismatch"),
                    tr("%1 does not belong to this configuration.").arg(path));
                return false;
            }
            // The download holds the OAuth secret too; a secret given explicitly wins.
            if (!secret && !credential.clientSecrets.empty())
                secret = credential.clientSecrets.front();
        }
        if (parser.isSet(QStringLiteral("scopes")))
            m_plan.migrated.scopes = ims::parseScopes(parser.value(QStringLiteral("scopes")).toStdString());
        if (!secret) {
            m_session.failUsage(
                tr("The OAuth credential's client secret is needed: give it with --secret-stdin or "
                   "--secret-env VAR (or in the --credential download)."));
            return false;
        }
        m_newSecret = std::move(*secret);
        return true;
    }

    bool checkPlan()
    {
        const std::vector<ims::FieldProblem> problems = ims::migrationProblems(m_plan, true);
        if (problems.empty())
            return true;
        reportProblems(problems);
        const bool onlyMissing = std::all_of(problems.begin(), problems.end(),
            [](const auto &p) { return p.problem == ims::Problem::Required; });
        if (onlyMissing)
            m_session.failUsage(tr("Not everything the OAuth configuration needs was given: --scopes LIST or "
                                   "--credential FILE (the OAuth credential's Developer Console download)."),
                QStringLiteral("incomplete"));
        else
            m_session.fail(
                QStringLiteral("incomplete"), tr("The migration cannot go ahead; nothing was changed."));
        return false;
    }

    void reportProblems(const std::vector<ims::FieldProblem> &problems)
    {
        for (const ims::FieldProblem &problem : problems)
            m_session.output().note(tr("Problem: %1").arg(Messages::describe(problem)));
    }

    void checkNewCredential()
    {
        m_session.output().note(
            tr("Checking the OAuth credential of %1…").arg(CliSession::displayName(m_plan.original)));
        ims::Configuration target = m_plan.migrated;
        target.authorizationServer = m_session.context().effectiveServer(m_plan.migrated);
        m_check = std::make_unique<HealthCheck>(m_session.context().transport());
        QObject::connect(
            m_check.get(), &HealthCheck::finished, m_check.get(), [this](const ims::HealthReport &report) {
                if (!report.ok) {
                    m_session.output().note(
                        tr("The OAuth credential does not work yet; nothing was changed."));
                    m_session.fail(report.error);
                    return;
                }
                m_health = ims::toHealthRecord(report);
                m_report = ConfigurationView::toJson(report);
                writeNewSecret();
            });
        m_check->start(target, m_newSecret);
    }

    void writeNewSecret()
    {
        m_newSecretRef = ims::migratedSecretKey(m_plan.original.id);
        m_session.context().secrets()->write(
            m_newSecretRef, m_newSecret, [this](std::optional<ims::Error> error) {
                if (error) {
                    removeNewSecretThen([this, error = *error] { m_session.fail(error); });
                    return;
                }
                switchConfigurations();
            });
    }

    void switchConfigurations()
    {
        // One read-modify-write under the store's lock, computed from what is on disk at that
        // moment: a window or another run beside this one loses nothing.
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        ims::Configuration migrated;
        ims::Configuration rollback;
        bool notSwitched = false;
        const auto error = m_session.context().store().update(
            [&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
                std::vector<ims::Configuration> switched = ims::switchToMigrated(configs, m_plan, m_newSecretRef, now);
                for (ims::Configuration &config : switched) {
                    if (config.id == m_plan.original.id && config.rollbackOf.empty()) {
                        config.recordHealth(m_health);
                        migrated = config;
                    } else if (config.rollbackOf == m_plan.original.id) {
                        rollback = config;
                    }
                }
                // switchToMigrated hands the list back unchanged when it cannot switch (changed
                // meanwhile, or switched already).
                if (migrated.authType != ims::AuthType::OAuthServerToServer || rollback.id.empty()) {
                    notSwitched = true;
                    return ims::makeError(ims::ErrorCode::None, "not switched"); // writes nothing
                }
                configs = std::move(switched);
                return std::nullopt;
            });
        if (notSwitched) {
            removeNewSecretThen([this] {
                m_session.fail(QStringLiteral("not_switched"),
                    tr("%1 changed meanwhile or was migrated already; nothing was changed.")
                        .arg(CliSession::displayName(m_plan.original)));
            });
            return;
        }
        if (error) {
            removeNewSecretThen([this, error = *error] { m_session.fail(error); });
            return;
        }

        CliOutput &out = m_session.output();
        out.line(tr("Migrated %1 to OAuth Server-to-Server; the token check passed.")
                     .arg(CliSession::displayName(migrated)));
        out.line(tr("The JWT configuration is kept as the rollback copy %1.").arg(qs(rollback.id)));
        out.line(tr(
            "Next: update AEM's IMS configuration (for example with `ims-wizard export %1 --format osgi`).")
                     .arg(qs(migrated.id).left(8)));
        out.setDocument({
            {QStringLiteral("migrated"), ConfigurationView::toJson(migrated, false)},
            {QStringLiteral("rollbackId"), qs(rollback.id)},
            {QStringLiteral("check"), m_report},
        });
        m_session.finish(ExitCode::Success);
    }

    // On failure the new keychain entry goes again, so a failed migration leaves nothing behind.
    void removeNewSecretThen(std::function<void()> next)
    {
        m_session.context().secrets()->remove(
            m_newSecretRef, [next = std::move(next)](std::optional<ims::Error>) { next(); });
    }

    CliSession &m_session;
    ims::MigrationPlan m_plan;
    ims::Secret m_newSecret;
    std::string m_newSecretRef;
    std::unique_ptr<HealthCheck> m_check;
    ims::HealthRecord m_health;
    QJsonObject m_report;
};

} // namespace

CommandInfo migrateCommandInfo()
{
    return {
        QStringLiteral("migrate"),
        QStringLiteral("NAME (--secret-stdin|--secret-env VAR) (--scopes LIST|--credential FILE)"),
        MigrateCommand::tr("Migrate a JWT configuration to OAuth Server-to-Server."),
        MigrateCommand::tr(
            "Turns a JWT configuration into OAuth Server-to-Server after the OAuth credential was added to "
            "the "
            "project in the Adobe Developer Console. Client ID, organization, technical account, solution "
            "and "
            "title carry over; the OAuth client secret comes from stdin or an environment variable, the "
            "scopes "
            "from --scopes or the credential's download (--credential). A real token request proves the new "
            "credential before anything changes; then the secret goes to the keychain and the configuration "
            "is "
            "switched, keeping the JWT configuration as a rollback copy. On any failure nothing changes."),
        [](QCommandLineParser &parser) {
            parser.addOptions({
                {QStringLiteral("secret-stdin"),
                    MigrateCommand::tr("Read the OAuth client secret from stdin.")},
                {QStringLiteral("secret-env"),
                    MigrateCommand::tr("Read the OAuth client secret from the environment variable <var>."),
                    QStringLiteral("var")},
                {QStringLiteral("scopes"),
                    MigrateCommand::tr("The OAuth credential's scopes, comma-separated."),
                    QStringLiteral("list")},
                {QStringLiteral("credential"),
                    MigrateCommand::tr(
                        "The OAuth credential's Developer Console download (JSON): scopes, and the "
                        "secret unless given otherwise."),
                    QStringLiteral("file")},
            });
            CliSession::addNetworkOptions(parser);
        },
        [](CliSession &session) { return std::make_unique<MigrateCommand>(session); },
    };
}
