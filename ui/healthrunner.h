#pragma once
// Checks many configurations with a bound on how many run at once, records each result in the
// store as it arrives and reports it, so the console fills in while the rest still run.

#include <imscore/configuration.h>
#include <imscore/token.h>

#include <QObject>
#include <QString>

#include <deque>

class AppContext;

class HealthRunner : public QObject
{
    Q_OBJECT
public:
    explicit HealthRunner(AppContext *context, int maxConcurrent = 4, QObject *parent = nullptr);

    void enqueue(const ims::Configuration &config);
    int queued() const { return int(m_queue.size()); }
    int running() const { return m_running; }
    bool busy() const { return m_running > 0 || !m_queue.empty(); }

signals:
    void started(const QString &id);
    // The configuration as stored after the result was recorded, and the report itself.
    void finished(const ims::Configuration &updated, const ims::HealthReport &report);
    void allDone();

private:
    void startNext();
    void run(const ims::Configuration &config);
    void complete(const ims::Configuration &config, const ims::HealthReport &report);

    AppContext *m_context;
    int m_maxConcurrent;
    int m_running = 0;
    std::deque<ims::Configuration> m_queue;
};
