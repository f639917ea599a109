#include "imscore/secret.h"

#include <openssl/crypto.h>

namespace ims {

namespace {
void wipe(std::string &s)
{
    if (!s.empty())
        OPENSSL_cleanse(s.data(), s.size());
    s.clear();
}
} // namespace

Secret::Secret(std::string &&value) : m_value(value)
{
    wipe(value);
}

Secret::Secret(Secret &&other) noexcept : m_value(other.m_value)
{
    // Copy then wipe the source, so no unwiped buffer is left behind by a small-string move.
    wipe(other.m_value);
}

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        wipe(m_value);
        m_value = other.m_value;
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe(m_value);
        m_value = other.m_value;
        wipe(other.m_value);
    }
    return *this;
}

Secret::~Secret()
{
    wipe(m_value);
}

void Secret::clear()
{
    wipe(m_value);
}

} // namespace ims
