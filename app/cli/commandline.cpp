#include "commandline.h"
#include "languages.h"

#include "clisession.h"
#include "command.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <memory>

namespace {

const QString kHelpCommand = QStringLiteral("help");

QString overallHelp()
{
    QString text;
    QTextStream out(&text);
    out << CommandLine::tr("Usage: ims-wizard [<command> [options]]") << '\n'
        << CommandLine::tr(
               "Sets up Adobe IMS integrations for AEM. Without a command the wizard opens; with one, "
               "ims-wizard works on the command line and needs no display.")
        << "\n\n"
        << CommandLine::tr("Commands:") << '\n';
    qsizetype width = kHelpCommand.size();
    for (const CommandInfo &command : allCommands())
        width = std::max(width, command.name.size());
    for (const CommandInfo &command : allCommands())
        out << "  " << command.name.leftJustified(width + 2) << command.summary << '\n';
    out << "  " << kHelpCommand.leftJustified(width + 2)
        << CommandLine::tr("Show this help, or a command's help.") << "\n\n"
        << CommandLine::tr(
               "Run \"ims-wizard <command> --help\" for a command's options. Exit codes: 0 success, "
               "1 a check failed or something was not done, 2 usage error.")
        << '\n';
    return text;
}

// Qt names the program as it was started (maybe a long path); the help shows the command's name.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().constFirst();
    if (const qsizetype at = text.indexOf(program); at >= 0)
        text.replace(at, program.size(), QStringLiteral("ims-wizard"));
    return text;
}

void prepareParser(QCommandLineParser &parser, const CommandInfo &command)
{
    parser.setApplicationDescription(command.description);
    CliSession::addGlobalOptions(parser);
    command.addOptions(parser);
    parser.addPositionalArgument(
        command.name, command.summary, command.name + QLatin1Char(' ') + command.synopsis);
}

} // namespace

bool CommandLine::isWanted(int argc, char *argv[])
{
    return argc > 1 && argv[1][0] != '-' && argv[1][0] != '\0';
}

int CommandLine::run(int argc, char *argv[])
{
    // The handover report lays out text and paints a PDF: that needs QGuiApplication (offscreen,
    // no window). Every other command stays a QCoreApplication, quick to start.
    bool report = false;
    for (int i = 1; i + 1 < argc; ++i)
        report = report || (qstrcmp(argv[i], "--format") == 0 && qstrcmp(argv[i + 1], "report") == 0);
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "--format=report") == 0;
    if (report)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = report ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    // The same names as the GUI: the same configuration folder, keychain entries and sandbox CA.
    QCoreApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    Languages::install(Languages::choose({})); // IMS_LANG, Settings ▸ Language, or the system's
    // Output is for the user (and scripts): the adapters' progress logs only when asked for with
    // QT_LOGGING_RULES (which overrides this); warnings stay.
    QLoggingCategory::setFilterRules(QStringLiteral("imswizard.*.debug=false\nimswizard.*.info=false"));

    QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = arguments.value(1);

    if (name == kHelpCommand) {
        const CommandInfo *command = findCommand(arguments.value(2));
        if (!command) {
            if (arguments.size() > 2)
                err << tr("Unknown command \"%1\".").arg(arguments.value(2)) << '\n';
            out << overallHelp();
            return arguments.size() > 2 ? ExitCode::Usage : ExitCode::Success;
        }
        QCommandLineParser parser;
        prepareParser(parser, *command);
        out << helpText(parser);
        return ExitCode::Success;
    }

    const CommandInfo *command = findCommand(name);
    if (!command) {
        CliOutput output(arguments.contains(QStringLiteral("--json")));
        output.error(QStringLiteral("usage"), tr("Unknown command \"%1\".").arg(name),
            tr("Commands: %1. Run \"ims-wizard help\" for more.").arg([] {
                QStringList names;
                for (const CommandInfo &c : allCommands())
                    names << c.name;
                return names.join(QStringLiteral(", "));
            }()));
        return ExitCode::Usage;
    }

    QCommandLineParser parser;
    prepareParser(parser, *command);
    arguments.removeAt(1); // the command name; the rest may put options and arguments in any order
    if (!parser.parse(arguments)) {
        CliOutput output(arguments.contains(QStringLiteral("--json")));
        output.error(QStringLiteral("usage"), parser.errorText(),
            tr("Run \"ims-wizard %1 --help\" for its options.").arg(command->name));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out << helpText(parser);
        return ExitCode::Success;
    }

    CliSession session(parser, parser.positionalArguments());
    std::unique_ptr<Command> running;
    if (session.prepare()) {
        running = command->create(session);
        QTimer::singleShot(0, application.get(), [&running] { running->start(); });
    }
    return application->exec();
}
