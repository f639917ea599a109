#pragma once
// Helpers shared by the ui tests: the sandbox's clients, running the real ims-wizard binary, the
// way through the wizard to the credentials page, and the scan of a folder for secrets.

#include "appcontext.h"
#include "imswizard.h"
#include "keychainsecretstore.h"
#include "sandboxserver.h"

#include <imscore/sandbox.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <memory>
#include <string>
#include <string_view>
#include <utility>

// The sandbox organisation's client for solutionId; aborts the test run when there is none.
inline const ims::SandboxClient &sandboxClient(std::string_view solutionId)
{
    for (const ims::SandboxClient &c : ims::sandboxOrganisation())
        if (c.solutionId == solutionId)
            return c;
    qFatal("no sandbox client for %s", std::string(solutionId).c_str());
}

// What one run of a program gave: exit code (-1: did not start, crashed or timed out), output.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray both() const { return out + err; }
};

// Runs program with arguments, the environment extended by environment and input on stdin. Waits
// with an event loop (a sandbox or keychain the program talks to may live in this process), at most
// timeoutMs; then kills it.
inline Run runProgram(const QString &program, const QStringList &arguments,
    const QList<std::pair<QString, QString>> &environment, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // keeps the keyring session
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        qWarning() << "timed out:" << arguments;
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// From the first page to the credentials page: AEM 6.5 SP20+ (where OAuth exists), the default
// solution (Adobe Target), past the console checklist. Callers check QTest::currentTestFailed().
inline void toCredentialsPage(ImsWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ImsWizard::AemVersionPageId));
    auto *sp20 = wizard.findChild<QRadioButton *>(QStringLiteral("aemVersionSp20"));
    QVERIFY(sp20);
    sp20->click();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImsWizard::SolutionPageId));
    QCOMPARE(wizard.state().config.solutionId, std::string("target"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImsWizard::CredentialsPageId));
}

// Verifies that no file below folder (hidden ones too) contains any of secrets; *scanned: how
// many files were read. Callers check QTest::currentTestFailed().
inline void verifyNoSecretInFiles(const QString &folder, const QStringList &secrets, int *scanned)
{
    *scanned = 0;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++*scanned;
        for (const QString &s : secrets)
            QVERIFY2(!content.contains(s.toUtf8()), qPrintable(f.fileName()));
    }
}

// Starts server on sandboxDir; then a keychain under keychainService and a context on configDir
// that talks to the sandbox. Callers check QTest::currentTestFailed().
inline void startSandboxContext(SandboxServer &server, const QString &sandboxDir, const QString &configDir,
    const QString &keychainService, std::unique_ptr<KeychainSecretStore> &secrets,
    std::unique_ptr<AppContext> &context)
{
    QString error;
    QVERIFY2(server.start(sandboxDir, 0, &error), qPrintable(error));
    secrets = std::make_unique<KeychainSecretStore>(keychainService);
    context = std::make_unique<AppContext>(configDir, secrets.get());
    context->useSandbox(server.url(), {server.caCertificate()});
}

// The sandbox's CA in a file of its own (path), as a user would pass it to --sandbox-ca. Callers
// check QTest::currentTestFailed().
inline void writeSandboxCa(const SandboxServer &server, const QString &path)
{
    QFile ca(path);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(server.caCertificate().toPem());
    ca.close();
}

// Writes value under key and waits (with an event loop) for the answer; true when it was stored.
inline bool writeSecretAndWait(ims::SecretStore &secrets, const std::string &key, const std::string &value)
{
    // Shared with the callback, which may come after a time-out.
    auto state = std::make_shared<std::pair<bool, bool>>(false, false); // done, ok
    secrets.write(key, ims::Secret(value), [state](std::optional<ims::Error> error) {
        state->second = !error;
        state->first = true;
    });
    return QTest::qWaitFor([&] { return state->first; }, 15000) && state->second;
}

// Starts server on sandboxDir and writes its CA to caFile (writeSandboxCa): what every test of the
// real binary against the sandbox needs first. Callers check QTest::currentTestFailed().
inline void startSandboxWithCaFile(SandboxServer &server, const QString &sandboxDir, const QString &caFile)
{
    QString error;
    QVERIFY2(server.start(sandboxDir, 0, &error), qPrintable(error));
    writeSandboxCa(server, caFile);
}

// The options that point the real binary at configDir and at server, trusted through caFile.
inline QStringList sandboxOptions(const QString &configDir, const SandboxServer &server, const QString &caFile)
{
    return {QStringLiteral("--config-dir"), configDir, QStringLiteral("--sandbox-url"), server.url().toString(),
            QStringLiteral("--sandbox-ca"), caFile};
}
