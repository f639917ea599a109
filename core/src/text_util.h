#pragma once
// Private to core: small text and JSON helpers the importers share (Developer Console, aio,
// JWT payloads and service credentials, OSGi, importAnyFile, migration, validation).

#include "imscore/validation.h"

#include <nlohmann/json.hpp>
#include <openssl/crypto.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace ims::detail {

inline std::string asciiLowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
        [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

// The offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates and
// code points beyond U+10FFFF included); npos when all of it is. nlohmann::json refuses to
// write such a string (type_error 316), so parsers that are not JSON check before storing.
inline std::size_t invalidUtf8At(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
        const unsigned char lead = byte(i);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead < 0x80)
            length = 1;
        else if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else
            return i;
        if (length > 1) {
            if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
                return i;
            for (std::size_t k = 2; k < length; ++k)
                if ((byte(i + k) & 0xC0) != 0x80)
                    return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

// "line 3, column 14" for a 0-based byte offset. Never the text there: it may be a secret.
inline std::string linePosition(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    const std::string_view before = text.substr(0, offset);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const std::size_t lastNewline = before.rfind('\n');
    const std::size_t column = lastNewline == std::string_view::npos ? offset + 1 : offset - lastNewline;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Where nlohmann::json gave up (its parse_error::byte is 1-based); the parser's own message
// quotes the text around it, so it is never used.
inline std::string jsonParsePosition(std::string_view text, std::size_t byte)
{
    return linePosition(text, byte > 0 ? byte - 1 : 0);
}

// nlohmann::json::parse for text from outside: every refusal becomes nullopt with the 1-based
// byte where it went wrong (as parse_error::byte). Besides parse errors that includes a number
// too big for a double ("1e999"), which nlohmann reports as out_of_range without a position; a
// second, validating pass finds it.
template<class Json = nlohmann::json>
std::optional<Json> parseJsonText(std::string_view text, std::size_t &errorByte, bool allowComments = false)
{
    struct Position : nlohmann::detail::json_sax_acceptor<Json>
    {
        std::size_t byte = 0;
        bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &)
        {
            byte = position;
            return false;
        }
    };
    try {
        return Json::parse(text, nullptr, true, allowComments);
    } catch (const typename Json::parse_error &e) {
        errorByte = e.byte;
    } catch (const typename Json::exception &) {
        Position position;
        Json::sax_parse(text, &position, Json::input_format_t::json, true, allowComments);
        errorByte = position.byte;
    }
    return std::nullopt;
}

// A member found by one of its accepted spellings, ignoring ASCII case ("CLIENT_ID",
// "client_id"); earlier names win.
template<class Json>
struct JsonMember
{
    const Json *value = nullptr;
    std::string key; // as spelled in the document
};

template<class Json>
JsonMember<Json> findJsonMember(const Json &object, std::initializer_list<std::string_view> names)
{
    if (!object.is_object())
        return {};
    for (std::string_view name : names) {
        const std::string wanted = asciiLowered(name);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (asciiLowered(it.key()) == wanted)
                return JsonMember<Json> {&it.value(), it.key()};
        }
    }
    return {};
}

// A PEM as the keychain and OpenSSL want it: "\n" line ends (exports keep "\r\n" or, from a
// JSON-escaped paste, literal "\n"), one final new line. The scratch copy is wiped: it may be a
// private key.
inline std::string normalizedPem(std::string_view text)
{
    std::string pem;
    pem.reserve(text.size());
    const bool literalEscapes
        = text.find('\n') == std::string_view::npos && text.find("\\n") != std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n')
                continue;
            pem += '\n';
        } else if (literalEscapes && text[i] == '\\' && i + 1 < text.size()
            && (text[i + 1] == 'n' || text[i + 1] == 'r')) {
            if (text[i + 1] == 'n')
                pem += '\n';
            ++i;
        } else {
            pem += text[i];
        }
    }
    const std::string_view trimmed = trimBlanks(pem);
    std::string out = trimmed.empty() ? std::string() : std::string(trimmed) + "\n";
    OPENSSL_cleanse(pem.data(), pem.size());
    return out;
}

} // namespace ims::detail
