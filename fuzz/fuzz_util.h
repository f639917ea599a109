#pragma once
// Shared by the fuzz targets: the bytes as text, and a small HTTP-like text format so seeds stay
// readable ("FIRST LINE\nName: value\n…\n\nbody").

#include "imscore/http.h"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fuzzutil {

inline std::string_view text(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

struct HttpLike
{
    std::string firstLine;
    ims::Headers headers;
    std::string body;
};

inline std::string_view takeLine(std::string_view &rest)
{
    const std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

inline HttpLike parseHttpLike(std::string_view input)
{
    HttpLike out;
    out.firstLine = std::string(takeLine(input));
    while (!input.empty()) {
        const std::string_view line = takeLine(input);
        if (line.empty())
            break;
        const std::size_t colon = line.find(':');
        std::string_view name = line.substr(0, colon);
        std::string_view value = colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
        if (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
        out.headers.emplace_back(std::string(name), std::string(value));
    }
    out.body = std::string(input);
    return out;
}

// The n-th blank-separated word of a line ("" when there are fewer).
inline std::string_view word(std::string_view line, int n)
{
    for (int i = 0;; ++i) {
        while (!line.empty() && line.front() == ' ')
            line.remove_prefix(1);
        const std::size_t end = line.find(' ');
        const std::string_view w = line.substr(0, end);
        if (i == n)
            return w;
        if (end == std::string_view::npos)
            return {};
        line.remove_prefix(end);
    }
}

inline std::optional<std::int64_t> integer(std::string_view w)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), value);
    if (ec != std::errc() || end != w.data() + w.size())
        return std::nullopt;
    return value;
}

} // namespace fuzzutil
