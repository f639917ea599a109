#include "imscore/form.h"

#include <cstddef>

namespace ims {

namespace {

// Token requests are tiny; anything this large is not one and is refused before any work.
constexpr std::size_t kMaxFormBytes = 1024 * 1024;
constexpr std::size_t kMaxFields = 1000;
// RFC 2046: a boundary has 1 to 70 characters.
constexpr std::size_t kMaxBoundaryLength = 70;
constexpr std::size_t kMaxPartHeaderBytes = 8 * 1024;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string_view trimBlanks(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

using Parameters = std::vector<std::pair<std::string, std::string>>;

struct HeaderValue
{
    std::string token; // lower-case, e.g. "multipart/form-data" or "form-data"
    Parameters parameters; // names lower-case, values unquoted
};

// `token *( ";" name "=" ( token / quoted-string ) )`, as in Content-Type and Content-Disposition.
std::optional<HeaderValue> parseHeaderValue(std::string_view text)
{
    HeaderValue result;
    const std::size_t semicolon = text.find(';');
    result.token = asciiLower(trimBlanks(text.substr(0, semicolon)));
    if (result.token.empty())
        return std::nullopt;
    if (semicolon == std::string_view::npos)
        return result;

    std::size_t i = semicolon + 1;
    const std::size_t n = text.size();
    auto skipBlanks = [&] {
        while (i < n && isBlank(text[i]))
            ++i;
    };
    while (true) {
        skipBlanks();
        if (i == n)
            break;
        if (text[i] == ';') { // tolerate empty parameters ("a;;b=c")
            ++i;
            continue;
        }
        const std::size_t nameStart = i;
        while (i < n && text[i] != '=' && text[i] != ';' && !isBlank(text[i]))
            ++i;
        std::string name = asciiLower(text.substr(nameStart, i - nameStart));
        skipBlanks();
        if (name.empty() || i == n || text[i] != '=')
            return std::nullopt;
        ++i;
        skipBlanks();
        std::string value;
        if (i < n && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                char c = text[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\' && i < n)
                    c = text[i++];
                value += c;
            }
            if (!closed)
                return std::nullopt;
        } else {
            const std::size_t valueStart = i;
            while (i < n && text[i] != ';' && !isBlank(text[i]))
                ++i;
            value = std::string(text.substr(valueStart, i - valueStart));
            if (value.empty())
                return std::nullopt;
        }
        result.parameters.emplace_back(std::move(name), std::move(value));
        skipBlanks();
        if (i < n && text[i] != ';')
            return std::nullopt;
    }
    return result;
}

const std::string *parameter(const HeaderValue &value, std::string_view name)
{
    for (const auto &[key, text] : value.parameters) {
        if (key == name)
            return &text;
    }
    return nullptr;
}

// After "--boundary": the closing "--", or optional padding then a line end.
bool isDelimiterEnd(std::string_view rest)
{
    if (rest.starts_with("--"))
        return true;
    std::size_t i = 0;
    while (i < rest.size() && isBlank(rest[i]))
        ++i;
    rest.remove_prefix(i);
    return rest.starts_with("\r\n") || rest.starts_with("\n");
}

// Position of the line break that starts the next delimiter line at or after from; npos if none.
// Each search resumes past the previous hit, so the scan stays linear in the body size.
std::size_t findDelimiterLine(std::string_view body, std::string_view lineDelimiter, std::size_t from)
{
    while (true) {
        const std::size_t hit = body.find(lineDelimiter, from);
        if (hit == std::string_view::npos)
            return hit;
        if (isDelimiterEnd(body.substr(hit + lineDelimiter.size())))
            return hit;
        from = hit + 1;
    }
}

// Reads one line ending in LF or CRLF starting at pos; advances pos past the line end.
std::optional<std::string_view> readLine(std::string_view body, std::size_t &pos)
{
    const std::size_t end = body.find('\n', pos);
    if (end == std::string_view::npos)
        return std::nullopt;
    std::string_view line = body.substr(pos, end - pos);
    if (line.ends_with('\r'))
        line.remove_suffix(1);
    pos = end + 1;
    return line;
}

// The part's headers up to the empty line; returns the form field name.
std::optional<std::string> readPartHeaders(std::string_view body, std::size_t &pos)
{
    const std::size_t start = pos;
    std::optional<std::string> name;
    std::string current; // one header, with folded continuation lines joined
    auto finishHeader = [&]() -> bool {
        if (current.empty())
            return true;
        const std::size_t colon = current.find(':');
        if (colon == std::string::npos || colon == 0)
            return false;
        const std::string headerName = asciiLower(trimBlanks(std::string_view(current).substr(0, colon)));
        if (headerName == "content-disposition") {
            const auto disposition = parseHeaderValue(std::string_view(current).substr(colon + 1));
            if (!disposition || disposition->token != "form-data" || name)
                return false;
            const std::string *fieldName = parameter(*disposition, "name");
            if (!fieldName || fieldName->empty())
                return false;
            name = *fieldName;
        }
        // Content-Type (charset) and anything else is irrelevant for text fields.
        current.clear();
        return true;
    };
    while (true) {
        if (pos - start > kMaxPartHeaderBytes)
            return std::nullopt;
        const auto line = readLine(body, pos);
        if (!line)
            return std::nullopt;
        if (line->empty())
            break;
        if (isBlank(line->front())) { // obsolete line folding
            if (current.empty())
                return std::nullopt;
            current += ' ';
            current += trimBlanks(*line);
            continue;
        }
        if (!finishHeader())
            return std::nullopt;
        current = std::string(*line);
    }
    if (!finishHeader())
        return std::nullopt;
    return name;
}

} // namespace

std::string urlEncode(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (isUnreserved(byte)) {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 15];
        }
    }
    return out;
}

std::optional<std::string> urlDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string encodeForm(const FormFields &fields)
{
    std::string out;
    for (const auto &[name, value] : fields) {
        if (!out.empty())
            out += '&';
        out += urlEncode(name);
        out += '=';
        out += urlEncode(value);
    }
    return out;
}

std::optional<FormFields> parseUrlEncoded(std::string_view body)
{
    if (body.size() > kMaxFormBytes)
        return std::nullopt;
    // Some clients end the body with a line break (e.g. a file sent as is).
    while (body.ends_with('\n') || body.ends_with('\r'))
        body.remove_suffix(1);
    FormFields fields;
    while (!body.empty()) {
        const std::size_t amp = body.find('&');
        const std::string_view pair = body.substr(0, amp);
        body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
        if (pair.empty()) // "a=1&&b=2" and a trailing '&' are harmless
            continue;
        const std::size_t equals = pair.find('=');
        auto name = urlDecode(pair.substr(0, equals));
        auto value
            = urlDecode(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1));
        if (!name || !value || name->empty() || fields.size() == kMaxFields)
            return std::nullopt;
        fields.emplace_back(std::move(*name), std::move(*value));
    }
    return fields;
}

std::optional<FormFields> parseMultipart(std::string_view body, std::string_view contentType)
{
    if (body.size() > kMaxFormBytes)
        return std::nullopt;
    const auto type = parseHeaderValue(contentType);
    if (!type || !type->token.starts_with("multipart/"))
        return std::nullopt;
    const std::string *boundary = parameter(*type, "boundary");
    if (!boundary || boundary->empty() || boundary->size() > kMaxBoundaryLength || boundary->ends_with(' ')
        || boundary->find_first_of("\r\n") != std::string::npos)
        return std::nullopt;

    const std::string delimiter = "--" + *boundary;
    const std::string lineDelimiter = "\n" + delimiter;

    // The first delimiter opens the body, or follows a preamble on its own line.
    std::size_t pos = 0;
    if (!(body.starts_with(delimiter) && isDelimiterEnd(body.substr(delimiter.size())))) {
        const std::size_t first = findDelimiterLine(body, lineDelimiter, 0);
        if (first == std::string_view::npos)
            return std::nullopt;
        pos = first + 1;
    }

    FormFields fields;
    while (true) {
        pos += delimiter.size();
        if (body.substr(pos).starts_with("--"))
            return fields; // closing delimiter; the epilogue is ignored
        while (pos < body.size() && isBlank(body[pos]))
            ++pos;
        if (!readLine(body, pos)) // the rest of the delimiter line (already known to be empty)
            return std::nullopt;

        auto name = readPartHeaders(body, pos);
        if (!name)
            return std::nullopt;

        // An empty value may come without the line break that belongs to the delimiter.
        std::size_t next;
        std::size_t valueEnd;
        if (body.substr(pos).starts_with(delimiter) && isDelimiterEnd(body.substr(pos + delimiter.size()))) {
            next = pos;
            valueEnd = pos;
        } else {
            const std::size_t lineBreak = findDelimiterLine(body, lineDelimiter, pos);
            if (lineBreak == std::string_view::npos)
                return std::nullopt; // truncated: no closing delimiter
            valueEnd = lineBreak;
            if (valueEnd > pos && body[valueEnd - 1] == '\r')
                --valueEnd;
            next = lineBreak + 1;
        }
        if (fields.size() == kMaxFields)
            return std::nullopt;
        fields.emplace_back(std::move(*name), std::string(body.substr(pos, valueEnd - pos)));
        pos = next;
    }
}

std::optional<FormFields> parseFormBody(std::string_view body, std::string_view contentType)
{
    const std::string mediaType = asciiLower(trimBlanks(contentType.substr(0, contentType.find(';'))));
    if (mediaType == "application/x-www-form-urlencoded")
        return parseUrlEncoded(body); // a charset parameter changes nothing for ASCII fields
    if (mediaType == "multipart/form-data")
        return parseMultipart(body, contentType);
    return std::nullopt;
}

std::optional<std::string> formValue(const FormFields &fields, std::string_view name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

} // namespace ims
