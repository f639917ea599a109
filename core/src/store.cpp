#include "imscore/store.h"

#include "text_util.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/file.h>
#include <sys/stat.h>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace ims {

namespace {

using nlohmann::json;

constexpr std::string_view kAppName = "ims-wizard";

// The health history stores error codes by name so the file survives reordering of the enum.
// Names written by a newer version that this one does not know read back as UnknownImsError.
ErrorCode errorCodeFromName(std::string_view name)
{
    for (int i = 0; i <= static_cast<int>(kLastErrorCode); ++i) {
        const auto code = static_cast<ErrorCode>(i);
        if (errorCodeName(code) == name)
            return code;
    }
    return ErrorCode::UnknownImsError;
}

json toJson(const Configuration &config)
{
    json health = json::array();
    for (const HealthRecord &record : config.health) {
        health.push_back({
            {"checkedAt", record.checkedAt},
            {"ok", record.ok},
            {"error", errorCodeName(record.error)},
            {"expiresInSeconds", record.expiresInSeconds},
        });
    }
    json result = {
        {"id", config.id},
        {"title", config.title},
        {"solutionId", config.solutionId},
        {"authType", authTypeName(config.authType)},
        {"authorizationServer", config.authorizationServer},
        {"clientId", config.clientId},
        {"orgId", config.orgId},
        {"technicalAccountId", config.technicalAccountId},
        {"technicalAccountEmail", config.technicalAccountEmail},
        {"scopes", config.scopes},
        {"metascopes", config.metascopes},
        {"clientSecretRef", config.clientSecretRef},
        {"certificateAlias", config.certificateAlias},
        {"certificatePem", config.certificatePem},
        {"privateKeyRef", config.privateKeyRef},
        {"sandbox", config.sandbox},
        {"secretMissing", config.secretMissing},
        {"rollbackOf", config.rollbackOf},
        {"migratedAt", config.migratedAt},
        {"createdAt", config.createdAt},
        {"updatedAt", config.updatedAt},
        {"health", std::move(health)},
        {"aemVersion", aemVersionName(config.aemVersion)},
        {"consoleStepsDone", config.consoleStepsDone},
    };
    if (config.cloudService) {
        json fields = json::array();
        for (const auto &[name, value] : config.cloudService->fields)
            fields.push_back({{"name", name}, {"value", value}});
        result["cloudService"] = {
            {"kind", config.cloudService->kind},
            {"title", config.cloudService->title},
            {"legacy", config.cloudService->legacy},
            {"fields", std::move(fields)},
        };
    }
    return result;
}

// Reads members of one JSON object; the first type mismatch becomes a StoreCorrupt error
// naming the member. Missing members keep their defaults, so older files still load.
class ObjectReader
{
public:
    ObjectReader(const json &object, std::string where)
        : m_object(object)
        , m_where(std::move(where))
    { }

    void text(const char *key, std::string &out)
    {
        if (const json *value = find(key, &json::is_string))
            out = value->get<std::string>();
    }
    void boolean(const char *key, bool &out)
    {
        if (const json *value = find(key, &json::is_boolean))
            out = value->get<bool>();
    }
    void integer(const char *key, std::int64_t &out)
    {
        if (const json *value = find(key, &json::is_number_integer))
            out = value->get<std::int64_t>();
    }
    void textList(const char *key, std::vector<std::string> &out)
    {
        const json *value = find(key, &json::is_array);
        if (!value)
            return;
        out.clear();
        for (const auto &entry : *value) {
            if (!entry.is_string()) {
                fail(key);
                return;
            }
            out.push_back(entry.get<std::string>());
        }
    }
    const json *array(const char *key) { return find(key, &json::is_array); }
    const json *object(const char *key) { return find(key, &json::is_object); }

    void fail(const char *key)
    {
        if (!error)
            error = makeError(ErrorCode::StoreCorrupt, m_where + "." + key + " has the wrong type");
    }

    std::optional<Error> error;

private:
    const json *find(const char *key, bool (json::*isType)() const noexcept)
    {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            return nullptr;
        if (!((*it).*isType)()) {
            fail(key);
            return nullptr;
        }
        return &*it;
    }

    const json &m_object;
    std::string m_where;
};

Result<Configuration> configurationFromJson(const json &object, const std::string &where)
{
    if (!object.is_object())
        return makeError(ErrorCode::StoreCorrupt, where + " is not an object");
    Configuration config;
    ObjectReader reader(object, where);
    reader.text("id", config.id);
    reader.text("title", config.title);
    reader.text("solutionId", config.solutionId);
    std::string authType(authTypeName(config.authType));
    reader.text("authType", authType);
    reader.text("authorizationServer", config.authorizationServer);
    reader.text("clientId", config.clientId);
    reader.text("orgId", config.orgId);
    reader.text("technicalAccountId", config.technicalAccountId);
    reader.text("technicalAccountEmail", config.technicalAccountEmail);
    reader.textList("scopes", config.scopes);
    reader.textList("metascopes", config.metascopes);
    reader.text("clientSecretRef", config.clientSecretRef);
    // JWT only; absent in files written before the JWT flow, which keeps the defaults.
    reader.text("certificateAlias", config.certificateAlias);
    reader.text("certificatePem", config.certificatePem);
    reader.text("privateKeyRef", config.privateKeyRef);
    reader.boolean("sandbox", config.sandbox);
    reader.boolean("secretMissing", config.secretMissing); // absent in older files: false
    // Migration JWT → OAuth; absent in files written before it, which keeps the defaults.
    reader.text("rollbackOf", config.rollbackOf);
    reader.integer("migratedAt", config.migratedAt);
    reader.integer("createdAt", config.createdAt);
    reader.integer("updatedAt", config.updatedAt);
    // AEM version and cloud service; absent in files written before them.
    std::string aemVersion(aemVersionName(config.aemVersion));
    reader.text("aemVersion", aemVersion);
    reader.textList("consoleStepsDone", config.consoleStepsDone);
    if (const json *cloud = reader.object("cloudService")) {
        CloudServiceSettings settings;
        ObjectReader cloudReader(*cloud, where + ".cloudService");
        cloudReader.text("kind", settings.kind);
        cloudReader.text("title", settings.title);
        cloudReader.boolean("legacy", settings.legacy);
        if (const json *fields = cloudReader.array("fields")) {
            for (std::size_t i = 0; i < fields->size(); ++i) {
                const json &entry = (*fields)[i];
                const std::string entryWhere = where + ".cloudService.fields[" + std::to_string(i) + "]";
                if (!entry.is_object())
                    return makeError(ErrorCode::StoreCorrupt, entryWhere + " is not an object");
                ObjectReader fieldReader(entry, entryWhere);
                std::string name, value;
                fieldReader.text("name", name);
                fieldReader.text("value", value);
                if (fieldReader.error)
                    return *fieldReader.error;
                settings.fields.emplace_back(std::move(name), std::move(value));
            }
        }
        if (cloudReader.error)
            return *cloudReader.error;
        config.cloudService = std::move(settings);
    }
    if (const json *health = reader.array("health")) {
        for (std::size_t i = 0; i < health->size(); ++i) {
            const json &entry = (*health)[i];
            const std::string entryWhere = where + ".health[" + std::to_string(i) + "]";
            if (!entry.is_object())
                return makeError(ErrorCode::StoreCorrupt, entryWhere + " is not an object");
            HealthRecord record;
            ObjectReader recordReader(entry, entryWhere);
            recordReader.integer("checkedAt", record.checkedAt);
            recordReader.boolean("ok", record.ok);
            std::string error(errorCodeName(record.error));
            recordReader.text("error", error);
            record.error = errorCodeFromName(error);
            recordReader.integer("expiresInSeconds", record.expiresInSeconds);
            if (recordReader.error)
                return *recordReader.error;
            config.recordHealth(record); // also trims a hand-edited, overlong history
        }
    }
    if (reader.error)
        return *reader.error;
    if (config.id.empty())
        return makeError(ErrorCode::StoreCorrupt, where + ".id is missing");
    if (!parseAuthType(authType, config.authType))
        return makeError(ErrorCode::StoreCorrupt, where + ".authType \"" + authType + "\" is unknown");
    if (!parseAemVersion(aemVersion, config.aemVersion))
        return makeError(ErrorCode::StoreCorrupt, where + ".aemVersion \"" + aemVersion + "\" is unknown");
    return config;
}

std::string systemError(const char *what, const std::filesystem::path &path, int error)
{
    return std::string(what) + " " + path.string() + ": " + std::strerror(error);
}

// Reads the whole file; an empty text with missing set when it does not exist.
Result<std::string> readWholeFile(const std::filesystem::path &path, bool &missing)
{
    missing = false;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            missing = true;
            return std::string {};
        }
        return makeError(ErrorCode::StoreIo, systemError("open", path, errno));
    }
    std::string content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return makeError(ErrorCode::StoreIo, systemError("read", path, error));
        }
        if (n == 0)
            break;
        content.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return content;
}

// Creates the missing parent directories, private to the user: the store names the
// organisation's credentials even though it holds no secret values.
std::optional<Error> createParentDirectories(const std::filesystem::path &file)
{
    const std::filesystem::path parent = file.parent_path();
    if (parent.empty())
        return std::nullopt;
    std::filesystem::path partial;
    for (const auto &component : parent) {
        partial /= component;
        if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST)
            return makeError(ErrorCode::StoreIo, systemError("mkdir", partial, errno));
    }
    return std::nullopt;
}

std::optional<Error> writeAll(int fd, std::string_view data, const std::filesystem::path &path)
{
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorCode::StoreIo, systemError("write", path, errno));
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return std::nullopt;
}

// Writes data next to target and renames it over, so a crash leaves either the old or the
// new document, never a torn one. The directory fsync makes the rename itself durable.
std::optional<Error> writeAtomically(const std::filesystem::path &target, std::string_view data)
{
    const std::filesystem::path temporary = target.string() + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return makeError(ErrorCode::StoreIo, systemError("create", temporary, errno));
    std::optional<Error> error = writeAll(fd, data, temporary);
    // A stale temporary file from an earlier crash may have kept looser permissions.
    if (!error && ::fchmod(fd, 0600) != 0)
        error = makeError(ErrorCode::StoreIo, systemError("chmod", temporary, errno));
    if (!error && ::fsync(fd) != 0)
        error = makeError(ErrorCode::StoreIo, systemError("fsync", temporary, errno));
    if (::close(fd) != 0 && !error)
        error = makeError(ErrorCode::StoreIo, systemError("close", temporary, errno));
    if (!error && ::rename(temporary.c_str(), target.c_str()) != 0)
        error = makeError(ErrorCode::StoreIo, systemError("rename", temporary, errno));
    if (error) {
        ::unlink(temporary.c_str());
        return error;
    }

    const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
    const int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return makeError(ErrorCode::StoreIo, systemError("open", directory, errno));
    const bool synced = ::fsync(dirFd) == 0;
    const int syncError = errno;
    ::close(dirFd);
    if (!synced)
        return makeError(ErrorCode::StoreIo, systemError("fsync", directory, syncError));
    return std::nullopt;
}

// A blocking flock, bounded in time. Polling with LOCK_NB would starve against a writer that
// re-locks at once after each save; a blocked flock is queued by the kernel and gets its turn.
// flock has no timeout, so it blocks on a helper thread; when the wait runs out first, that
// thread keeps fd and closes it (releasing the lock at once) whenever its flock returns.
bool waitForLock(int fd, std::chrono::milliseconds wait)
{
    struct State
    {
        std::mutex mutex;
        std::condition_variable changed;
        bool finished = false;
        bool locked = false;
        bool abandoned = false;
    };
    auto state = std::make_shared<State>();
    std::thread([fd, state] {
        int result;
        do {
            result = ::flock(fd, LOCK_EX);
        } while (result != 0 && errno == EINTR);
        std::lock_guard<std::mutex> lock(state->mutex);
        if (state->abandoned) {
            ::close(fd);
            return;
        }
        state->finished = true;
        state->locked = result == 0;
        state->changed.notify_all();
    }).detach();
    std::unique_lock<std::mutex> lock(state->mutex);
    if (state->changed.wait_for(lock, wait, [&] { return state->finished; })) {
        if (!state->locked)
            ::close(fd);
        return state->locked;
    }
    state->abandoned = true;
    return false;
}

// flock(LOCK_EX | LOCK_NB), retried on EINTR: 0 or the errno.
int tryFlock(int fd)
{
    int result = 0;
    do {
        result = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (result != 0 && errno == EINTR);
    return result == 0 ? 0 : errno;
}

// Takes the store's lock for the duration of one operation unless the caller holds it already.
class ScopedStoreLock
{
public:
    ScopedStoreLock(ConfigurationStore &store, std::chrono::milliseconds wait)
        : m_store(store)
    {
        if (!store.isLocked()) {
            error = store.lock(wait);
            m_acquired = !error;
        }
    }
    ~ScopedStoreLock()
    {
        if (m_acquired)
            m_store.unlock();
    }
    ScopedStoreLock(const ScopedStoreLock &) = delete;
    ScopedStoreLock &operator=(const ScopedStoreLock &) = delete;

    std::optional<Error> error;

private:
    ConfigurationStore &m_store;
    bool m_acquired = false;
};

} // namespace

std::string serializeConfigurations(const std::vector<Configuration> &configs)
{
    json list = json::array();
    for (const Configuration &config : configs)
        list.push_back(toJson(config));
    const json document = {
        {"schema", kStoreSchemaVersion},
        {"app", kAppName},
        {"configurations", std::move(list)},
    };
    // Invalid UTF-8 in a field must not make saving impossible: replace it instead of throwing.
    return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Result<std::vector<Configuration>> parseConfigurations(std::string_view text)
{
    std::size_t errorByte = 0;
    std::optional<json> parsed = detail::parseJsonText<json>(text, errorByte);
    if (!parsed)
        return makeError(ErrorCode::StoreCorrupt, "not JSON (byte " + std::to_string(errorByte) + ")");
    json document = std::move(*parsed);
    if (!document.is_object())
        return makeError(ErrorCode::StoreCorrupt, "top level is not an object");
    // The schema is checked before anything else: a newer document may be shaped differently.
    const auto schema = document.find("schema");
    if (schema == document.end() || !schema->is_number_integer())
        return makeError(ErrorCode::StoreCorrupt, "schema missing");
    const auto version = schema->get<std::int64_t>();
    if (version > kStoreSchemaVersion)
        return makeError(ErrorCode::StoreNewerSchema, "schema " + std::to_string(version));
    if (version < 1)
        return makeError(ErrorCode::StoreCorrupt, "schema " + std::to_string(version));
    const auto list = document.find("configurations");
    if (list == document.end() || !list->is_array())
        return makeError(ErrorCode::StoreCorrupt, "configurations missing");

    std::vector<Configuration> configs;
    configs.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto config = configurationFromJson((*list)[i], "configurations[" + std::to_string(i) + "]");
        if (!config)
            return config.error();
        configs.push_back(std::move(config).value());
    }
    return configs;
}

ConfigurationStore::ConfigurationStore(std::filesystem::path file)
    : m_file(std::move(file))
{ }

ConfigurationStore::~ConfigurationStore()
{
    unlock();
}

Result<std::vector<Configuration>> ConfigurationStore::load() const
{
    bool missing = false;
    auto content = readWholeFile(m_file, missing);
    if (!content)
        return content.error();
    if (missing)
        return std::vector<Configuration> {};
    return parseConfigurations(content.value());
}

std::optional<Error> ConfigurationStore::save(const std::vector<Configuration> &configs)
{
    ScopedStoreLock guard(*this, m_lockWait);
    if (guard.error)
        return guard.error;
    if (auto error = createParentDirectories(m_file))
        return error;
    removeStaleTemporaryFiles();

    // Never overwrite what a newer version wrote: the user may go back to it. A corrupt
    // file, on the other hand, is replaced (load reported it; saving is the way out).
    bool missing = false;
    const auto existing = readWholeFile(m_file, missing);
    if (!existing)
        return existing.error();
    if (!missing) {
        const auto parsed = parseConfigurations(existing.value());
        if (!parsed && parsed.error().code == ErrorCode::StoreNewerSchema)
            return parsed.error();
    }
    const FileStamp replaced = fileStampOf(m_file);
    if (auto error = writeAtomically(m_file, serializeConfigurations(configs)))
        return error;
    // Still under the lock: nobody else can have replaced the document since the rename.
    if (m_writes.size() == kRememberedWrites)
        m_writes.erase(m_writes.begin());
    m_writes.push_back({replaced, fileStampOf(m_file)});
    return std::nullopt;
}

bool ConfigurationStore::onlyOwnWritesBetween(const FileStamp &from, const FileStamp &to) const
{
    FileStamp current = from;
    if (current == to)
        return true;
    for (const Write &write : m_writes) {
        if (write.replaced == current) {
            current = write.written;
            if (current == to)
                return true;
        }
    }
    return false;
}

std::optional<Error> ConfigurationStore::update(const Change &change)
{
    ScopedStoreLock guard(*this, m_lockWait);
    if (guard.error)
        return guard.error;
    auto loaded = load();
    if (!loaded)
        return loaded.error();
    std::vector<Configuration> configs = std::move(loaded).value();
    if (auto error = change(configs))
        return error;
    return save(configs);
}

std::optional<Error> ConfigurationStore::upsert(const Configuration &config)
{
    return update([&](std::vector<Configuration> &configs) -> std::optional<Error> {
        auto it = std::find_if(
            configs.begin(), configs.end(), [&](const Configuration &c) { return c.id == config.id; });
        if (it != configs.end())
            *it = config;
        else
            configs.push_back(config);
        return std::nullopt;
    });
}

std::optional<Error> ConfigurationStore::remove(const std::string &id)
{
    ScopedStoreLock guard(*this, m_lockWait);
    if (guard.error)
        return guard.error;
    auto loaded = load();
    if (!loaded)
        return loaded.error();
    std::vector<Configuration> configs = std::move(loaded).value();
    const auto removed = std::erase_if(configs, [&](const Configuration &c) { return c.id == id; });
    if (removed == 0)
        return std::nullopt; // nothing to do; leave the file as it is
    return save(configs);
}

std::size_t ConfigurationStore::removeStaleTemporaryFiles()
{
    // Only under the lock: every writer creates its temporary file while holding it, so any
    // such file seen now belongs to a writer that died before its rename.
    if (!isLocked())
        return 0;
    const std::filesystem::path directory = m_file.has_parent_path() ? m_file.parent_path() : ".";
    const std::string prefix = m_file.filename().string() + ".tmp-";
    std::size_t removed = 0;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(directory, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0
            && ::unlink(entry.path().c_str()) == 0)
            ++removed;
    }
    return removed;
}

std::optional<Error> ConfigurationStore::lock(std::chrono::milliseconds wait)
{
    if (m_lockFd >= 0)
        return std::nullopt;
    if (auto error = createParentDirectories(m_file))
        return error;
    // A separate lock file, because the document itself is replaced by rename on every save
    // and a lock on the old inode would protect nothing. The lock file is never deleted:
    // deleting it would race with another process that has it open.
    const std::filesystem::path lockPath = m_file.string() + ".lock";
    const int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return makeError(ErrorCode::StoreIo, systemError("open", lockPath, errno));
    const int lockError = tryFlock(fd);
    const int result = lockError == 0 ? 0 : -1;
    if (result != 0 && lockError == EWOULDBLOCK && wait.count() > 0) {
        if (waitForLock(fd, wait))
            return adoptLock(fd);
        // waitForLock's thread owns fd now and closes it when its flock returns.
        return makeError(ErrorCode::StoreLocked, lockPath.string());
    }
    if (result != 0) {
        ::close(fd);
        if (lockError == EWOULDBLOCK)
            return makeError(ErrorCode::StoreLocked, lockPath.string());
        return makeError(ErrorCode::StoreIo, systemError("flock", lockPath, lockError));
    }
    return adoptLock(fd);
}

std::optional<Error> ConfigurationStore::adoptLock(int fd)
{
    m_lockFd = fd;
    return std::nullopt;
}

void ConfigurationStore::unlock()
{
    if (m_lockFd < 0)
        return;
    ::flock(m_lockFd, LOCK_UN);
    ::close(m_lockFd);
    m_lockFd = -1;
}

FileStamp fileStampOf(const std::filesystem::path &path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return {};
    FileStamp stamp;
    stamp.exists = true;
    stamp.device = static_cast<unsigned long long>(info.st_dev);
    stamp.inode = static_cast<unsigned long long>(info.st_ino);
    stamp.size = static_cast<long long>(info.st_size);
    stamp.modifiedNs = static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec;
    return stamp;
}

InstanceLock::~InstanceLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the last descriptor releases the flock
}

std::optional<Error> InstanceLock::acquire(const std::filesystem::path &file)
{
    if (m_fd >= 0)
        return std::nullopt;
    if (auto error = createParentDirectories(file))
        return error;
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return makeError(ErrorCode::StoreIo, systemError("open", file, errno));
    if (const int lockError = tryFlock(fd)) {
        ::close(fd);
        if (lockError == EWOULDBLOCK)
            return makeError(ErrorCode::StoreLocked, file.string());
        return makeError(ErrorCode::StoreIo, systemError("flock", file, lockError));
    }
    m_fd = fd;
    return std::nullopt;
}

} // namespace ims
