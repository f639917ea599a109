// `ims-wizard show NAME`: every field of one configuration (secrets only as keychain references).

#include "clisession.h"
#include "command.h"
#include "configurationview.h"

namespace {

class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
public:
    explicit ShowCommand(CliSession &session)
        : m_session(session)
    { }

    void start() override
    {
        const auto config = m_session.resolveSingleArgument(tr("show takes one NAME."));
        if (!config)
            return;
        CliOutput &out = m_session.output();
        out.setDocument({{QStringLiteral("configuration"), ConfigurationView::toJson(*config, true)}});
        for (const QString &line : ConfigurationView::describe(*config))
            out.line(line);
        m_session.finish(ExitCode::Success);
    }

private:
    CliSession &m_session;
};

} // namespace

CommandInfo showCommandInfo()
{
    return {
        QStringLiteral("show"),
        QStringLiteral("NAME"),
        ShowCommand::tr("Show one configuration."),
        ShowCommand::tr(
            "Shows every field of one configuration, its certificate (JWT) and health history. "
            "NAME is the configuration's id, its title (not case-sensitive) or a unique id prefix. "
            "Secrets are never shown, only where the keychain keeps them."),
        [](QCommandLineParser &) {},
        [](CliSession &session) { return std::make_unique<ShowCommand>(session); },
    };
}
