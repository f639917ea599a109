#pragma once
// Where secrets live. Asynchronous, because the OS keychain is. The QtKeychain
// implementation is in ui/; InMemorySecretStore is for unit tests.

#include "imscore/error.h"
#include "imscore/secret.h"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace ims {

class SecretStore
{
public:
    using Done = std::function<void(std::optional<Error>)>;
    using ReadDone = std::function<void(std::optional<Secret>, std::optional<Error>)>;

    virtual ~SecretStore() = default;
    // Each call finishes exactly once, through its callback.
    virtual void write(const std::string &key, const Secret &value, Done done) = 0;
    // A missing entry finishes with SecretMissing.
    virtual void read(const std::string &key, ReadDone done) = 0;
    // Removing a missing entry is not an error.
    virtual void remove(const std::string &key, Done done) = 0;
};

class InMemorySecretStore : public SecretStore
{
public:
    void write(const std::string &key, const Secret &value, Done done) override;
    void read(const std::string &key, ReadDone done) override;
    void remove(const std::string &key, Done done) override;

    std::optional<Error> failWith; // when set, every call fails with it
    std::size_t size() const { return m_values.size(); }

private:
    std::map<std::string, Secret> m_values;
};

} // namespace ims

namespace ims {

// Splits values longer than maxChunk bytes over several entries of the inner store
// ("key" holds a small header and the first part, then "key#2", "key#3", …): Windows' Credential
// Manager rejects values over 2560 bytes, and a 4096-bit private key in PEM is about 3.3 KB.
// Short values are stored unchanged, so existing entries stay readable. The head entry is
// written last, so a reader never follows a header to parts that are not there yet.
class ChunkingSecretStore : public SecretStore
{
public:
    static constexpr std::size_t kDefaultMaxChunk = 2000;
    explicit ChunkingSecretStore(SecretStore &inner, std::size_t maxChunk = kDefaultMaxChunk);

    void write(const std::string &key, const Secret &value, Done done) override;
    void read(const std::string &key, ReadDone done) override;
    void remove(const std::string &key, Done done) override;

    static std::string partKey(const std::string &key, std::size_t part); // part ≥ 2

private:
    // How many parts the entry at key has now (1 when missing or not chunked).
    void partCount(const std::string &key, std::function<void(std::size_t)> done);

    SecretStore &m_inner;
    std::size_t m_maxChunk;
};

} // namespace ims
