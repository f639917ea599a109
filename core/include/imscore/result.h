#pragma once

#include "imscore/error.h"

#include <utility>
#include <variant>

namespace ims {

// A value or an Error (std::expected arrives with C++23; core is C++20).
template<class T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) { }
    Result(Error error) : m_v(std::move(error)) { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    // By value, so `for (auto &x : load().value())` does not iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_v)); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

} // namespace ims
