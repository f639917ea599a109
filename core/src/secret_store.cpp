#include "imscore/secret_store.h"

namespace ims {

// Synchronous on purpose: tests can check the outcome right after the call, and the ui code
// under test must already cope with callbacks that run before the call returns.

void InMemorySecretStore::write(const std::string &key, const Secret &value, Done done)
{
    if (failWith) {
        done(failWith);
        return;
    }
    m_values[key] = value;
    done(std::nullopt);
}

void InMemorySecretStore::read(const std::string &key, ReadDone done)
{
    if (failWith) {
        done(std::nullopt, failWith);
        return;
    }
    const auto it = m_values.find(key);
    if (it == m_values.end()) {
        done(std::nullopt, makeError(ErrorCode::SecretMissing, key));
        return;
    }
    done(it->second, std::nullopt);
}

void InMemorySecretStore::remove(const std::string &key, Done done)
{
    if (failWith) {
        done(failWith);
        return;
    }
    m_values.erase(key);
    done(std::nullopt);
}

} // namespace ims
