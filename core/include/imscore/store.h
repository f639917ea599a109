#pragma once
// The configurations on disk: one versioned JSON document, written atomically (temporary
// file, fsync, rename), refusing to overwrite a newer schema. Never holds a secret value.

#include "imscore/configuration.h"
#include "imscore/result.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

namespace ims {

constexpr int kStoreSchemaVersion = 1;

std::string serializeConfigurations(const std::vector<Configuration> &configs);
Result<std::vector<Configuration>> parseConfigurations(std::string_view json);

// Which file a path names right now (device, inode, size, modification time), to tell whether
// someone else replaced or changed it. `exists` is false when there is no such file.
struct FileStamp
{
    bool exists = false;
    unsigned long long device = 0;
    unsigned long long inode = 0;
    long long size = 0;
    long long modifiedNs = 0;
    bool operator==(const FileStamp &) const = default;
};
FileStamp fileStampOf(const std::filesystem::path &path);

// One exclusive advisory lock held for a whole session (flock on `file`, created if missing):
// keeps a second window off a configuration directory while command-line runs, which lock
// the store per operation, go on working beside it. Released by the destructor or when the
// process dies.
class InstanceLock
{
public:
    InstanceLock() = default;
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;
    // StoreLocked when another process holds it, StoreIo when the file cannot be opened.
    std::optional<Error> acquire(const std::filesystem::path &file);
    bool held() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

class ConfigurationStore
{
public:
    explicit ConfigurationStore(std::filesystem::path file);
    ~ConfigurationStore();
    ConfigurationStore(const ConfigurationStore &) = delete;
    ConfigurationStore &operator=(const ConfigurationStore &) = delete;

    const std::filesystem::path &path() const { return m_file; }

    // Missing file → empty list.
    Result<std::vector<Configuration>> load() const;
    // Replaces the whole document. Prefer update() for read–modify–write: a save() of a list
    // loaded earlier overwrites whatever another instance wrote in between.
    std::optional<Error> save(const std::vector<Configuration> &configs);
    // Load, let change edit the list, save — all under the lock, so two instances never lose
    // an update. When change returns an error, nothing is written and that error is returned.
    using Change = std::function<std::optional<Error>(std::vector<Configuration> &)>;
    std::optional<Error> update(const Change &change);
    // update() that replaces or appends by id / removes by id.
    std::optional<Error> upsert(const Configuration &config);
    std::optional<Error> remove(const std::string &id);

    // An exclusive advisory lock (flock on "<file>.lock") against a second instance.
    // Returns StoreLocked when another process holds it after waiting up to `wait`.
    std::optional<Error> lock(std::chrono::milliseconds wait = std::chrono::milliseconds(0));
    void unlock();
    bool isLocked() const { return m_lockFd >= 0; }

    // How long save/update/upsert/remove wait for another instance's lock before StoreLocked.
    static constexpr std::chrono::milliseconds kDefaultLockWait {2000};
    void setLockWait(std::chrono::milliseconds wait) { m_lockWait = wait; }

    // The document as this object last wrote it (exists == false before its first save): a
    // stamp on disk that differs was written by someone else.
    FileStamp lastWritten() const { return m_writes.empty() ? FileStamp {} : m_writes.back().written; }
    // Whether the document went from `from` to `to` through this object's own writes alone
    // (the last kRememberedWrites are remembered): a window watching the file reloads only
    // when someone else wrote in between.
    bool onlyOwnWritesBetween(const FileStamp &from, const FileStamp &to) const;
    static constexpr std::size_t kRememberedWrites = 64;

    // Temporary files a killed writer left next to the document ("<file>.tmp-<pid>"); removed
    // under the lock by every save. Returns how many were removed.
    std::size_t removeStaleTemporaryFiles();

private:
    std::optional<Error> adoptLock(int fd);

    std::filesystem::path m_file;
    int m_lockFd = -1;
    struct Write
    {
        FileStamp replaced;
        FileStamp written;
    };
    std::vector<Write> m_writes; // oldest first, at most kRememberedWrites
    std::chrono::milliseconds m_lockWait = kDefaultLockWait;
};

} // namespace ims
