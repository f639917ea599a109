#pragma once
// Private to core: small text and JSON helpers the importers share (Developer Console, aio,
// JWT payloads and service credentials, OSGi, importAnyFile, migration, validation).

#include "imscore/validation.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <initializer_list>
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
