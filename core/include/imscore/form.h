#pragma once
// Form bodies: application/x-www-form-urlencoded and multipart/form-data.
// Parsers are strict (malformed input gives nullopt), linear in the body size, and refuse bodies
// over 1 MiB or with more than 1000 fields: a token request is a few hundred bytes.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ims {

using FormFields = std::vector<std::pair<std::string, std::string>>;

// RFC 3986: everything but ALPHA / DIGIT / "-" / "." / "_" / "~" as %XX (upper case), blank as %20.
std::string urlEncode(std::string_view text);
std::optional<std::string> urlDecode(std::string_view text); // '+' is a blank
std::string encodeForm(const FormFields &fields);
std::optional<FormFields> parseUrlEncoded(std::string_view body);
// contentType carries the boundary parameter. nullopt when malformed.
std::optional<FormFields> parseMultipart(std::string_view body, std::string_view contentType);
// Either of the two, chosen by the content type; nullopt for anything else or malformed.
std::optional<FormFields> parseFormBody(std::string_view body, std::string_view contentType);
std::optional<std::string> formValue(const FormFields &fields, std::string_view name);

} // namespace ims
