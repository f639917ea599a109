#pragma once
// The configurations on disk: one versioned JSON document, written atomically (temporary
// file, fsync, rename), refusing to overwrite a newer schema. Never holds a secret value.

#include "imscore/configuration.h"
#include "imscore/result.h"

#include <filesystem>
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
    // Replaces the whole document.
    std::optional<Error> save(const std::vector<Configuration> &configs);
    // Load, replace or append by id, save: under the lock.
    std::optional<Error> upsert(const Configuration &config);
    std::optional<Error> remove(const std::string &id);

    // An exclusive advisory lock (flock on "<file>.lock") against a second instance.
    // Returns StoreLocked when another process holds it.
    std::optional<Error> lock();
    void unlock();
    bool isLocked() const { return m_lockFd >= 0; }

private:
    std::filesystem::path m_file;
    int m_lockFd = -1;
};

} // namespace ims
