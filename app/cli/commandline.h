#pragma once
// `ims-wizard <command> …`: the command line over the same core, for scripts and CI. Runs with a
// QCoreApplication, so it needs no display.

#include <QCoreApplication>

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // True when argv[1] names a command (anything not starting with '-'); options alone open the GUI.
    static bool isWanted(int argc, char *argv[]);
    // Parses, runs the command in the event loop, returns its exit code (0 ok, 1 failed, 2 usage).
    static int run(int argc, char *argv[]);
};
