// `ims-wizard list`: the saved configurations with their last health result.

#include "appcontext.h"
#include "clisession.h"
#include "command.h"
#include "configurationview.h"

#include <QJsonArray>

namespace {

class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    explicit ListCommand(CliSession &session)
        : m_session(session)
    { }

    void start() override
    {
        if (!m_session.arguments().isEmpty()) {
            m_session.failUsage(tr("list takes no arguments."));
            return;
        }
        const auto configs = m_session.loadConfigurations();
        if (!configs)
            return;
        CliOutput &out = m_session.output();
        QJsonArray list;
        QList<QStringList> rows {ConfigurationView::tableHeader()};
        for (const ims::Configuration &config : *configs) {
            list.append(ConfigurationView::toJson(config, false));
            rows << ConfigurationView::tableRow(config);
        }
        const QString file = QString::fromStdString(m_session.context().store().path().string());
        out.setDocument({{QStringLiteral("file"), file}, {QStringLiteral("configurations"), list}});
        if (configs->empty())
            out.line(tr("No configurations in %1.").arg(file));
        else
            for (const QString &line : ConfigurationView::formatTable(rows))
                out.line(line);
        m_session.finish(ExitCode::Success);
    }

private:
    CliSession &m_session;
};

} // namespace

CommandInfo listCommandInfo()
{
    return {
        QStringLiteral("list"),
        QString(),
        ListCommand::tr("List the saved configurations and their last health check."),
        ListCommand::tr(
            "Lists the saved configurations: id (first 8 characters), title, authentication, cloud "
            "solution, server and the last health check. Rollback copies kept by a migration are "
            "marked."),
        [](QCommandLineParser &) {},
        [](CliSession &session) { return std::make_unique<ListCommand>(session); },
    };
}
