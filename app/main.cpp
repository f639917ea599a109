// ims-wizard: the GUI, or with a command (`ims-wizard list`, `check`, …) the command line, which
// runs without a display. Parse arguments, build the objects, run.

#include "appcontext.h"
#include "appicon.h"
#include "commandline.h"
#include "firstpaint.h"
#include "imswizard.h"
#include "instancechannel.h"
#include "keychainsecretstore.h"
#include "languages.h"
#include "mainwindow.h"
#include "sandboxserver.h"

#include <imscore/sandbox_faults.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QHostInfo>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    if (CommandLine::isWanted(argc, argv))
        return CommandLine::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("IMS Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The desktop matches windows to io.imswizard.ImsWizard.desktop (icon, name) by this id.
    QGuiApplication::setDesktopFileName(QLatin1String(kAppId));
    installAppIcon();

    Languages::install(Languages::choose(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Sets up Adobe IMS integrations for AEM. Commands without a display: ims-wizard help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Start in the built-in training sandbox."));
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       QApplication::translate("main", "Keep configurations in <dir>."),
                                       QStringLiteral("dir"), AppContext::defaultConfigDir());
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QApplication::translate("main", "With --sandbox: simulate this problem (trainers; "
                                                                   "see ims-wizard sandbox --list-faults)."),
                                   QStringLiteral("name"));
    const QCommandLineOption exitAfterFirstPaint(QStringLiteral("exit-after-first-paint"),
        QApplication::translate("main", "Open a new configuration's wizard and exit as soon as its first page "
                                        "has been painted (start-up benchmark)."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Use the language <code>: en, de, fr or ja."),
                                  QStringLiteral("code"));
    parser.addOptions({sandbox, configDir, fault, exitAfterFirstPaint, lang});
    parser.process(app);

    KeychainSecretStore secrets;
    AppContext context(parser.value(configDir), &secrets);
    // One window per configuration directory; `ims-wizard check` and the other commands still run
    // beside it (they lock the store per write) and the window reloads what they change.
    if (auto error = context.lockInstance()) {
        // Started again (a second click on the icon, say): the window already open comes to the front.
        if (error->code == ims::ErrorCode::StoreLocked && InstanceChannel::activateRunning(parser.value(configDir), 3000))
            return 0;
        QMessageBox::critical(nullptr, QApplication::translate("main", "IMS Wizard"),
                              QApplication::translate("main", "Another IMS Wizard is already using %1.")
                                  .arg(parser.value(configDir)));
        return 2;
    }

    MainWindow window(&context);
    window.show();
    InstanceChannel channel(parser.value(configDir));
    QObject::connect(&channel, &InstanceChannel::activationRequested, &window, &MainWindow::bringToFront);
    channel.listen(); // without it a second start shows "already using" instead
    ImsWizard *wizard = nullptr; // the sandbox opens a new configuration's wizard at once
    if (parser.isSet(sandbox)) {
        QString error;
        if (!context.startSandbox(AppContext::defaultSandboxStateDir(), &error)) {
            QMessageBox::critical(&window, QApplication::translate("main", "Training sandbox"), error);
            return 1;
        }
        if (parser.isSet(fault)) {
            const ims::SandboxFault *chosen = ims::findSandboxFault(parser.value(fault).toStdString());
            if (!chosen || !context.sandboxServer()->setFault(chosen, &error)) {
                QMessageBox::critical(&window, QApplication::translate("main", "Training sandbox"),
                                      chosen ? error
                                             : QApplication::translate("main", "Unknown fault mode: %1.")
                                                   .arg(parser.value(fault)));
                return 2;
            }
        }
        wizard = window.newConfiguration();
    } else {
        // Offer the sandbox when Adobe IMS cannot even be resolved (offline, training room).
        QHostInfo::lookupHost(QStringLiteral("ims-na1.adobelogin.com"), &window, [&window](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError)
                window.offerSandbox(QApplication::translate("main", "Adobe IMS (ims-na1.adobelogin.com) is not "
                                                                    "reachable from this computer."));
        });
    }
    if (parser.isSet(exitAfterFirstPaint))
        new FirstPaintExit((wizard ? wizard : window.newConfiguration())->currentPage());
    return app.exec();
}
