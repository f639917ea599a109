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
