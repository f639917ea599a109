#pragma once
// A secret value (client secret, private key, access token) that wipes its memory when it
// goes away. It has no stream operator and no implicit conversion, so it cannot slip into a
// log line or a QVariant by accident.

#include <string>
#include <string_view>

namespace ims {

class Secret
{
public:
    Secret() = default;
    // Taking a string it owns (a temporary, std::move(x)) wipes the source after copying, so
    // no second copy of the value stays behind in freed or small-string memory.
    explicit Secret(std::string &&value);
    explicit Secret(const std::string &value) : m_value(value) { }
    explicit Secret(const char *value) : m_value(value) { }
    Secret(const Secret &other) : m_value(other.m_value) { }
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool empty() const { return m_value.empty(); }
    std::size_t size() const { return m_value.size(); }
    // Explicit access, for the few places that must hand the value on (request body, keychain).
    std::string_view reveal() const { return m_value; }
    void clear();

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }

private:
    std::string m_value;
};

} // namespace ims
