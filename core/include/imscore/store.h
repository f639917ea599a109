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

    // Temporary files a killed writer left next to the document ("<file>.tmp-<pid>"); removed
    // under the lock by every save. Returns how many were removed.
    std::size_t removeStaleTemporaryFiles();

private:
    std::optional<Error> adoptLock(int fd);

    std::filesystem::path m_file;
    int m_lockFd = -1;
    std::chrono::milliseconds m_lockWait = kDefaultLockWait;
};

} // namespace ims
