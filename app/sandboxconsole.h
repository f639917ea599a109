#pragma once
// The training sandbox in a terminal: what ims-sandbox and `ims-wizard sandbox` share — a clean
// quit on SIGINT/SIGTERM, the banner with URL, CA and sample clients, the sample credentials.

#include <QCoreApplication>
#include <QString>
#include <string>

class QTextStream;
class SandboxServer;

class SandboxConsole
{
    Q_DECLARE_TR_FUNCTIONS(SandboxConsole)
public:
    // Installs handlers that quit the event loop on SIGINT and SIGTERM (so destructors run and
    // the port is released). False when they could not be installed.
    static bool quitOnTerminationSignals(QCoreApplication &app);

    // Every sample credential, keyed by solution id, each value exactly a Developer Console
    // "Download JSON" (published training values, not anybody's secrets).
    static std::string allCredentialsJson();

    // URL, CA file and the sample clients; credentialsHint says how to get the training secrets.
    static void printBanner(QTextStream &out, const SandboxServer &server, const QString &credentialsHint);

    // --fault NAME: help text, the list of fault modes (name, title, description), and applying one
    // to a started server (false, with a message, for an unknown name).
    static QString faultOptionHelp();
    static void printFaults(QTextStream &out);
    static bool knownFault(const QString &name, QString *errorMessage); // checked before starting
    static bool applyFault(SandboxServer &server, const QString &name, QString *errorMessage);
};
