#pragma once
// The running window's answer to a second start: the second `ims-wizard` on the same
// configuration directory finds the session lock held, asks the first one over a local socket
// to come to the front, and exits quietly instead of showing an error. Only "activate" is
// understood; nothing else (and no secret) ever travels over it.

#include <QObject>
#include <QString>

class QLocalServer;

class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(const QString &configDir, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // Starts answering. Call only while holding the directory's session lock
    // (AppContext::lockInstance): a socket left by a crashed window is removed first.
    bool listen(QString *errorMessage = nullptr);
    QString serverName() const { return m_name; }

    // From a second start: asks the window holding configDir to come to the front. True when it
    // answered within timeoutMs.
    static bool activateRunning(const QString &configDir, int timeoutMs);

    // The socket name for a configuration directory (per user and per directory).
    static QString serverNameFor(const QString &configDir);

signals:
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
