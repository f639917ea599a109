#pragma once
// Checks many configurations with a bound on how many run at once, records the results in the
// store and reports them, so the console fills in while the rest still run. Results that arrive
// close together are written in one store write (load once, save once) a moment later, or at once
// when nothing else is running: 1,000 checks would otherwise rewrite the whole store 1,000 times.

#include <imscore/configuration.h>
#include <imscore/token.h>

#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <vector>

class AppContext;

class HealthRunner : public QObject
{
    Q_OBJECT
public:
    explicit HealthRunner(AppContext *context, int maxConcurrent = 4, QObject *parent = nullptr);
    ~HealthRunner() override; // writes results not yet written

    // How long results may wait to be written together while other checks still run: at least
    // kBatchDelayMs, and ten times as long as the last write took (a big store costs more to
    // rewrite, so it is rewritten less often), at most kMaxBatchDelayMs.
    static constexpr int kBatchDelayMs = 100;
    static constexpr int kMaxBatchDelayMs = 2000;

    void enqueue(const ims::Configuration &config);
    int queued() const { return int(m_queue.size()); }
    int running() const { return m_running; }
    bool busy() const { return m_running > 0 || !m_queue.empty() || !m_pending.empty(); }

signals:
    void started(const QString &id);
    // The configuration as stored after the result was recorded, and the report itself. Emitted
    // after the store write that holds the result.
    void finished(const ims::Configuration &updated, const ims::HealthReport &report);
    void allDone();

private:
    void startNext();
    void run(const ims::Configuration &config);
    void complete(const ims::Configuration &config, const ims::HealthReport &report);
    // Writes every pending result in one store write, then reports them.
    void flush();
    void writePending(std::vector<ims::Configuration> &updated);

    AppContext *m_context;
    int m_maxConcurrent;
    int m_running = 0;
    std::deque<ims::Configuration> m_queue;
    struct Pending
    {
        ims::Configuration config;
        ims::HealthReport report;
    };
    std::vector<Pending> m_pending;
    QTimer *m_flushTimer;
};
