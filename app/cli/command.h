#pragma once
// One command of `ims-wizard <command>`: its name, help and options, and the object that runs it.
// A command runs from the event loop and ends with CliSession::finish(exitCode); network and
// keychain work stays asynchronous (no nested event loops).

#include <QCommandLineParser>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class CliSession;

class Command
{
public:
    virtual ~Command() = default;
    virtual void start() = 0;
};

struct CommandInfo
{
    QString name;
    QString synopsis; // what follows the name in the usage line, e.g. "[NAME…|--all]"
    QString summary; // one line for `ims-wizard help`
    QString description; // the paragraph `ims-wizard NAME --help` shows
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<std::unique_ptr<Command>(CliSession &)> create;
};

// Every command, in the order `ims-wizard help` lists them. Built on first use, after the
// application (and its translators) exist.
const std::vector<CommandInfo> &allCommands();
const CommandInfo *findCommand(const QString &name);

// One function per command file.
CommandInfo listCommandInfo();
CommandInfo showCommandInfo();
CommandInfo checkCommandInfo();
CommandInfo importCommandInfo();
CommandInfo exportCommandInfo();
CommandInfo migrateCommandInfo();
CommandInfo sandboxCommandInfo();
CommandInfo setSecretCommandInfo();
