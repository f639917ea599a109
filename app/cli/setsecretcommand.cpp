// `ims-wizard set-secret NAME (--secret-stdin|--secret-env VAR)`: puts a configuration's client
// secret (back) into the keychain — after the entry was deleted behind the tool's back, or when
// the secret was rotated — and clears the configuration's "secret missing" mark. The keychain is
// written first; the configuration changes only when that worked.

#include "appcontext.h"
#include "clisession.h"
#include "command.h"

#include <QDateTime>
#include <imscore/secret_store.h>

namespace {

class SetSecretCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetSecretCommand)
public:
    explicit SetSecretCommand(CliSession &session)
        : m_session(session)
    { }

    void start() override
    {
        const auto config = m_session.resolveSingleArgument(tr("set-secret takes one NAME."));
        if (!config)
            return;
        std::optional<ims::Secret> secret;
        if (!m_session.readSecretInput(
                QStringLiteral("secret-stdin"), QStringLiteral("secret-env"), tr("client secret"), secret))
            return;
        if (!secret) {
            m_session.failUsage(tr("Give the client secret with --secret-stdin or --secret-env VAR."));
            return;
        }
        m_id = config->id;
        m_name = CliSession::displayName(*config);
        const std::string ref = config->clientSecretRef.empty() ? ims::clientSecretKey(config->id)
                                                                : config->clientSecretRef;
        m_session.context().secrets()->write(ref, *secret, [this, ref](std::optional<ims::Error> error) {
            if (error) {
                m_session.fail(*error); // the configuration is left as it was
                return;
            }
            saved(ref);
        });
    }

private:
    void saved(const std::string &ref)
    {
        const auto error = m_session.context().store().update(
            [&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
                for (ims::Configuration &c : configs) {
                    if (c.id != m_id)
                        continue;
                    c.clientSecretRef = ref;
                    c.secretMissing = false;
                    c.updatedAt = QDateTime::currentSecsSinceEpoch();
                    return std::nullopt;
                }
                return ims::makeError(ims::ErrorCode::StoreCorrupt, "the configuration went away meanwhile");
            });
        if (error) {
            m_session.fail(*error);
            return;
        }
        m_session.output().setDocument({{QStringLiteral("ok"), true}, {QStringLiteral("id"), qs(m_id)}});
        m_session.output().line(tr("The client secret of %1 is in the keychain.").arg(m_name));
        m_session.finish(ExitCode::Success);
    }

    CliSession &m_session;
    std::string m_id;
    QString m_name;
};

} // namespace

CommandInfo setSecretCommandInfo()
{
    return {
        QStringLiteral("set-secret"),
        QStringLiteral("NAME (--secret-stdin|--secret-env VAR)"),
        SetSecretCommand::tr("Put a configuration's client secret (back) into the keychain."),
        SetSecretCommand::tr(
            "Stores the client secret of the configuration NAME in the keychain, for example after "
            "its keychain entry was deleted (the configuration shows \"secret missing\") or after the "
            "secret was rotated in the Developer Console. The secret is read from stdin or from an "
            "environment variable, never from the command line. Nothing is changed when the keychain "
            "cannot store it."),
        [](QCommandLineParser &parser) {
            parser.addOptions({
                {QStringLiteral("secret-stdin"), SetSecretCommand::tr("Read the client secret from stdin.")},
                {QStringLiteral("secret-env"),
                    SetSecretCommand::tr("Read the client secret from the environment variable <VAR>."),
                    QStringLiteral("VAR")},
            });
        },
        [](CliSession &session) { return std::make_unique<SetSecretCommand>(session); },
    };
}
