#pragma once
// SecretScan: after a test flow, looks for every secret the flow used — raw, base64 (standard
// and URL-safe, at any alignment) and URL-encoded — in the configuration folder, log lines,
// the test's temporary folder (each test has its own TMPDIR, see tests/CMakeLists.txt), the
// output of child processes, and everything this test process wrote to stdout/stderr (captured
// from the start by including this header). clean() is false on any hit; report() says where.
//
//   SecretScan scan;
//   scan.addSecrets(usedSecrets);
//   scan.addDirectory(configDir);
//   scan.addTemporaryDirectory();
//   scan.addLog(capturedLogLines);
//   QVERIFY2(scan.clean(), qPrintable(scan.report()));

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <thread>
#include <unistd.h>

namespace secretscan_detail {

// Copies stdout and stderr of this process through pipes: each byte still reaches the original
// descriptor (CTest's log), and a copy is kept for the scan. Restored at exit.
class OutputTee
{
public:
    OutputTee()
    {
        start(STDOUT_FILENO, m_out);
        start(STDERR_FILENO, m_err);
    }
    ~OutputTee()
    {
        stop(m_out);
        stop(m_err);
    }
    QByteArray captured()
    {
        ::fflush(stdout);
        ::fflush(stderr);
        // Let the copying threads catch up with what was just written.
        for (int i = 0; i < 20 && (pending(m_out) || pending(m_err)); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        QMutexLocker lock(&m_mutex);
        return m_captured;
    }

private:
    struct Stream
    {
        int target = -1;   // the descriptor we replaced (1 or 2)
        int original = -1; // a duplicate of what it was
        int readEnd = -1;
        std::thread thread;
        std::atomic<bool> stopping {false};
    };

    static bool pending(const Stream &s)
    {
        if (s.readEnd < 0)
            return false;
        pollfd p {s.readEnd, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }

    void start(int fd, Stream &s)
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return;
        s.target = fd;
        s.original = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
        if (s.original < 0 || ::dup2(fds[1], fd) < 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            return;
        }
        ::close(fds[1]);
        s.readEnd = fds[0];
        s.thread = std::thread([this, &s] { copy(s); });
    }

    void copy(Stream &s)
    {
        char buffer[8192];
        for (;;) {
            pollfd p {s.readEnd, POLLIN, 0};
            const int ready = ::poll(&p, 1, 50);
            if (ready <= 0) {
                if (s.stopping)
                    return; // drained: nothing more within the interval
                continue;
            }
            const ssize_t n = ::read(s.readEnd, buffer, sizeof buffer);
            if (n <= 0) {
                if (n < 0 && errno == EINTR)
                    continue;
                return;
            }
            for (ssize_t done = 0; done < n;) {
                const ssize_t w = ::write(s.original, buffer + done, size_t(n - done));
                if (w <= 0)
                    break;
                done += w;
            }
            QMutexLocker lock(&m_mutex);
            m_captured.append(buffer, n);
        }
    }

    void stop(Stream &s)
    {
        if (s.readEnd < 0)
            return;
        ::fflush(nullptr);
        ::dup2(s.original, s.target); // our write end closes here (children may keep theirs)
        s.stopping = true;
        if (s.thread.joinable())
            s.thread.join();
        ::close(s.readEnd);
        ::close(s.original);
        s.readEnd = -1;
    }

    QMutex m_mutex;
    QByteArray m_captured;
    Stream m_out;
    Stream m_err;
};

inline OutputTee g_outputTee; // started before main(), for every test that includes this header
inline const QDateTime g_processStart = QDateTime::currentDateTimeUtc().addSecs(-2);

} // namespace secretscan_detail

class SecretScan
{
public:
    void addSecret(const QByteArray &secret)
    {
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets << secret;
    }
    void addSecrets(const QStringList &secrets)
    {
        for (const QString &s : secrets)
            addSecret(s.toUtf8());
    }
    void addSecrets(const QList<QByteArray> &secrets)
    {
        for (const QByteArray &s : secrets)
            addSecret(s);
    }
    // Every file below dir, whatever its age.
    void addDirectory(const QString &dir) { m_directories << dir; }
    // The test's TMPDIR: files written since this process started (older ones are other runs').
    void addTemporaryDirectory() { m_recentDirectories << QDir::tempPath(); }
    void addLog(const QStringList &lines) { m_logs << lines; }
    void addOutput(const QByteArray &output) { m_outputs << output; }
    // Files the user asked for on purpose (an exported key, a credential they brought along).
    void exclude(const QString &path) { m_excluded << QFileInfo(path).absoluteFilePath(); }

    bool clean()
    {
        m_hits.clear();
        m_filesScanned = 0;
        QList<QByteArray> needles;
        for (const QByteArray &secret : std::as_const(m_secrets))
            needles << forms(secret);
        for (const QString &dir : std::as_const(m_directories))
            scanDirectory(dir, {}, needles);
        for (const QString &dir : std::as_const(m_recentDirectories))
            scanDirectory(dir, secretscan_detail::g_processStart, needles);
        for (const QString &line : std::as_const(m_logs))
            scanText(line.toUtf8(), QStringLiteral("a log line"), needles);
        for (qsizetype i = 0; i < m_outputs.size(); ++i)
            scanText(m_outputs[i], QStringLiteral("child output #%1").arg(i), needles);
        scanText(secretscan_detail::g_outputTee.captured(), QStringLiteral("this test's stdout/stderr"), needles);
        return m_hits.isEmpty();
    }

    int filesScanned() const { return m_filesScanned; }
    QString report() const
    {
        return m_hits.isEmpty() ? QStringLiteral("no secret found (%1 files)").arg(m_filesScanned)
                                : QStringLiteral("secret found in: ") + m_hits.join(QStringLiteral("; "));
    }

    // The forms a secret takes on its way to disk or a log: as is, base64 (at each of the three
    // alignments it can have inside a longer encoded text) and percent-encoded.
    static QList<QByteArray> forms(const QByteArray &secret)
    {
        QList<QByteArray> result {secret};
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray padded = QByteArray(shift, '\0') + secret;
            for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
                // Drop characters that depend on the neighbouring bytes.
                const qsizetype head = shift ? 4 : 0;
                const qsizetype length = encoded.size() - head - 4;
                if (length < 8)
                    continue; // too short to tell apart from chance
                encoded = encoded.mid(head, length);
                if (!result.contains(encoded))
                    result << encoded;
            }
        }
        const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(secret));
        if (!result.contains(percent))
            result << percent;
        return result;
    }

private:
    void scanDirectory(const QString &dir, const QDateTime &since, const QList<QByteArray> &needles)
    {
        QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QFileInfo info(path);
            if (isExcluded(info.absoluteFilePath()) || info.isSymLink())
                continue;
            if (since.isValid() && info.lastModified().toUTC() < since)
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets, files gone meanwhile
            ++m_filesScanned;
            scanText(file.readAll(), path, needles);
        }
    }

    bool isExcluded(const QString &path) const
    {
        for (const QString &excluded : m_excluded)
            if (path == excluded || path.startsWith(excluded + QLatin1Char('/')))
                return true;
        return false;
    }

    void scanText(const QByteArray &text, const QString &where, const QList<QByteArray> &needles)
    {
        for (const QByteArray &needle : needles) {
            if (text.contains(needle)) {
                // Say where, and how long the value was — never the value itself.
                m_hits << QStringLiteral("%1 (a %2-byte form)").arg(where).arg(needle.size());
                return;
            }
        }
    }

    QList<QByteArray> m_secrets;
    QStringList m_directories;
    QStringList m_recentDirectories;
    QStringList m_logs;
    QList<QByteArray> m_outputs;
    QStringList m_excluded;
    QStringList m_hits;
    int m_filesScanned = 0;
};
