#include "command.h"

const std::vector<CommandInfo> &allCommands()
{
    static const std::vector<CommandInfo> commands {
        listCommandInfo(),
        showCommandInfo(),
        checkCommandInfo(),
        importCommandInfo(),
        exportCommandInfo(),
        migrateCommandInfo(),
        sandboxCommandInfo(),
        setSecretCommandInfo(),
    };
    return commands;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &command : allCommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}
