#include "text_util.h"
#include "imscore/osgi.h"

#include "imscore/catalog.h"
#include "imscore/cloud_service.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <optional>
#include <set>

namespace ims {

namespace {

using detail::asciiLowered;
constexpr auto positionOf = detail::linePosition;

// Ordered, so properties keep the file's order and the export reads like AEM's own files.
using json = nlohmann::ordered_json;

constexpr std::string_view kCfgJsonSuffix = ".cfg.json";
constexpr std::string_view kConfigSuffix = ".config";

// Provider properties (ims.md §5).
constexpr const char *kName = "name";
constexpr const char *kTitle = "auth.token.provider.title";
constexpr const char *kGrants = "auth.token.provider.authorization.grants";
constexpr const char *kEndpoint = "auth.token.provider.endpoint";
constexpr const char *kTokenRequest = "auth.access.token.request";
constexpr const char *kClientId = "auth.token.provider.client.id";
constexpr const char *kOrgId = "auth.token.provider.orgId";
constexpr const char *kScope = "auth.token.provider.scope";
constexpr const char *kDefaultClaims = "auth.token.provider.default.claims";
constexpr const char *kKeypairAlias = "auth.token.provider.keypair.alias";
constexpr const char *kConnTimeout = "auth.token.provider.conn.timeout";
constexpr const char *kSoTimeout = "auth.token.provider.so.timeout";
constexpr const char *kReuseToken = "auth.token.provider.reuse.access.token";
constexpr const char *kRelaxedSsl = "auth.token.provider.relaxed.ssl";
// Customizer properties.
constexpr const char *kCustomizerClientId = "auth.ims.client.id";
constexpr const char *kCustomizerSecret = "auth.ims.client.secret";

constexpr std::string_view kClientCredentials = "client_credentials";
constexpr std::string_view kOAuthTokenPath = "/ims/token/v3";
constexpr std::string_view kJwtExchangePath = "/ims/exchange/jwt";
constexpr int kDefaultTimeoutMs = 30000;

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && asciiLowered(a) == asciiLowered(b);
}

// ---------------------------------------------------------------------------------------------
// Apache Felix .config format (org.apache.felix.cm.file.ConfigurationHandler):
//   key="text"  key=I"30000"  key=B"true"  key=["a","b"]
// One property per line; arrays may continue over lines, with or without the trailing
// backslash Felix writes before each line break. '#' starts a comment line. Escapes inside quotes: \b \t \n
// \f \r \uXXXX, and a backslash before any other character stands for that character.

class FelixParser
{
public:
    explicit FelixParser(std::string_view text)
        : m_text(text)
    { }

    Result<json> parse()
    {
        json properties = json::object();
        if (m_text.starts_with("\xEF\xBB\xBF"))
            m_pos = 3;
        for (;;) {
            skipBlankLines();
            if (atEnd())
                break;
            if (peek() == '#') {
                skipToLineEnd();
                continue;
            }
            const std::size_t propertyStart = m_pos;
            std::string key;
            if (!readKey(key))
                return failure();
            skipInlineBlanks();
            if (atEnd() || peek() != '=')
                return failAt(m_pos);
            ++m_pos;
            skipInlineBlanks();
            json value;
            if (!readValue(value))
                return failure();
            // Felix reads UTF-8; other bytes would end up in the configuration (comments may hold them).
            const std::string_view property = m_text.substr(propertyStart, m_pos - propertyStart);
            if (const std::size_t bad = detail::invalidUtf8At(property); bad != std::string_view::npos)
                return failAt(propertyStart + bad);
            skipInlineBlanks();
            if (!atEnd() && peek() == '#')
                skipToLineEnd();
            else if (!atEnd() && peek() != '\r' && peek() != '\n')
                return failAt(m_pos);
            properties[key] = std::move(value); // the last one wins, as in Felix
        }
        return properties;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    bool fail(std::size_t offset)
    {
        if (!m_errorAt)
            m_errorAt = offset;
        return false;
    }
    Error failAt(std::size_t offset)
    {
        fail(offset);
        return failure();
    }
    Error failure() const { return makeError(ErrorCode::MalformedInput, positionOf(m_text, *m_errorAt)); }

    void skipBlankLines()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n'))
            ++m_pos;
    }
    void skipInlineBlanks()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    void skipToLineEnd()
    {
        while (!atEnd() && peek() != '\n')
            ++m_pos;
    }
    // Inside arrays: blanks, new lines and the line-continuation backslash Felix writes.
    void skipArrayBlanks()
    {
        for (;;) {
            skipBlankLines();
            if (!atEnd() && peek() == '\\' && m_pos + 1 < m_text.size()
                && (m_text[m_pos + 1] == '\n' || m_text[m_pos + 1] == '\r'))
                ++m_pos;
            else
                return;
        }
    }

    bool readKey(std::string &key)
    {
        if (peek() == '"')
            return readQuoted(key) && (!key.empty() || fail(m_pos));
        const std::size_t start = m_pos;
        while (!atEnd()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '=' || c == '"' || c == '['
                || c == '(' || c == '#')
                break;
            if (c == '\\' && m_pos + 1 < m_text.size()) {
                key += m_text[m_pos + 1];
                m_pos += 2;
                continue;
            }
            key += c;
            ++m_pos;
        }
        return !key.empty() || fail(start);
    }

    static void appendUtf8(std::string &out, std::uint32_t codePoint)
    {
        if (codePoint < 0x80) {
            out += static_cast<char>(codePoint);
        } else if (codePoint < 0x800) {
            out += static_cast<char>(0xC0 | (codePoint >> 6));
            out += static_cast<char>(0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            out += static_cast<char>(0xE0 | (codePoint >> 12));
            out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (codePoint & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (codePoint >> 18));
            out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (codePoint & 0x3F));
        }
    }

    // The caller reports the failure at the start of the escape.
    bool readHex4(std::uint32_t &value)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        const char *begin = m_text.data() + m_pos;
        const auto [end, error] = std::from_chars(begin, begin + 4, value, 16);
        if (error != std::errc() || end != begin + 4)
            return false;
        m_pos += 4;
        return true;
    }

    // At the opening quote; leaves m_pos after the closing one.
    bool readQuoted(std::string &out)
    {
        const std::size_t open = m_pos++;
        for (;;) {
            if (atEnd())
                return fail(open);
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (atEnd())
                return fail(open);
            const char escaped = m_text[m_pos++];
            switch (escaped) {
            case 'b':
                out += '\b';
                break;
            case 't':
                out += '\t';
                break;
            case 'n':
                out += '\n';
                break;
            case 'f':
                out += '\f';
                break;
            case 'r':
                out += '\r';
                break;
            case 'u': {
                const std::size_t escapeStart = m_pos - 2;
                std::uint32_t unit = 0;
                if (!readHex4(unit))
                    return fail(escapeStart);
                // A surrogate pair written as two escapes (Java strings are UTF-16).
                if (unit >= 0xD800 && unit <= 0xDBFF && m_text.substr(m_pos).starts_with("\\u")) {
                    m_pos += 2;
                    std::uint32_t low = 0;
                    if (!readHex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return fail(escapeStart);
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                } else if (unit >= 0xD800 && unit <= 0xDFFF) {
                    return fail(escapeStart);
                }
                appendUtf8(out, unit);
                break;
            }
            default:
                out += escaped; // \" \\ \= \# \  …: the character itself
            }
        }
    }

    template<class Integer> static std::optional<json> integerValue(std::string_view text)
    {
        Integer value {};
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size() || text.empty())
            return std::nullopt;
        return json(static_cast<std::int64_t>(value));
    }

    // Felix writes floats as their raw IEEE bits (Float.floatToRawIntBits); a decimal written by
    // hand is taken too.
    template<class Bits, class Floating> static std::optional<json> floatingValue(std::string_view text)
    {
        if (text.empty())
            return std::nullopt;
        Bits bits {};
        const auto [bitsEnd, bitsError] = std::from_chars(text.data(), text.data() + text.size(), bits);
        if (bitsError == std::errc() && bitsEnd == text.data() + text.size()) {
            Floating value;
            static_assert(sizeof value == sizeof bits);
            std::memcpy(&value, &bits, sizeof value);
            return json(static_cast<double>(value));
        }
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size())
            return std::nullopt;
        return json(value);
    }

    static std::optional<json> typedValue(char type, const std::string &text)
    {
        switch (type) {
        case 'T':
        case 'C':
        case 'c':
            return json(text);
        case 'B':
        case 'b':
            if (equalsIgnoringCase(text, "true"))
                return json(true);
            if (equalsIgnoringCase(text, "false"))
                return json(false);
            return std::nullopt;
        case 'I':
        case 'i':
            return integerValue<std::int32_t>(text);
        case 'L':
        case 'l':
            return integerValue<std::int64_t>(text);
        case 'S':
        case 's':
            return integerValue<std::int16_t>(text);
        case 'X':
        case 'x':
            return integerValue<std::int8_t>(text);
        case 'F':
        case 'f':
            return floatingValue<std::int32_t, float>(text);
        case 'D':
        case 'd':
            return floatingValue<std::int64_t, double>(text);
        }
        return std::nullopt;
    }

    bool readTypedQuoted(char type, json &value)
    {
        const std::size_t start = m_pos;
        std::string text;
        if (!readQuoted(text))
            return false;
        std::optional<json> typed = typedValue(type, text);
        OPENSSL_cleanse(text.data(), text.size()); // it may have been a secret
        if (!typed)
            return fail(start);
        value = std::move(*typed);
        return true;
    }

    bool readValue(json &value)
    {
        static constexpr std::string_view kTypes = "TILFDXSCBilfdxscb";
        if (atEnd())
            return fail(m_pos);
        char type = 'T';
        if (kTypes.find(peek()) != std::string_view::npos && m_pos + 1 < m_text.size()
            && (m_text[m_pos + 1] == '"' || m_text[m_pos + 1] == '[' || m_text[m_pos + 1] == '(')) {
            type = peek();
            ++m_pos;
        }
        if (peek() == '"')
            return readTypedQuoted(type, value);
        if (peek() != '[' && peek() != '(')
            return fail(m_pos);

        // Arrays [..] and collections (..) alike; a trailing comma is what Felix writes.
        const std::size_t open = m_pos;
        const char close = peek() == '[' ? ']' : ')';
        ++m_pos;
        value = json::array();
        for (;;) {
            skipArrayBlanks();
            if (atEnd())
                return fail(open);
            if (peek() == close) {
                ++m_pos;
                return true;
            }
            if (peek() != '"')
                return fail(m_pos);
            json element;
            if (!readTypedQuoted(type, element))
                return false;
            value.push_back(std::move(element));
            skipArrayBlanks();
            if (atEnd())
                return fail(open);
            if (peek() == ',')
                ++m_pos;
            else if (peek() != close)
                return fail(m_pos);
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::optional<std::size_t> m_errorAt;
};

// .cfg.json keys may carry a type ("conn.timeout:Integer", Sling/OSGi Configurator style).
std::string withoutTypeSuffix(const std::string &key)
{
    static constexpr std::array kTypes {"String", "Integer", "Long", "Float", "Double", "Byte", "Short",
        "Character", "Boolean", "int", "long", "float", "double", "byte", "short", "char", "boolean"};
    const std::size_t colon = key.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return key;
    std::string_view type = std::string_view(key).substr(colon + 1);
    if (type.ends_with("[]"))
        type.remove_suffix(2);
    if (type.starts_with("Collection"))
        return key.substr(0, colon);
    for (const char *known : kTypes) {
        if (type == known)
            return key.substr(0, colon);
    }
    return key;
}

Result<json> parseProperties(std::string_view text, OsgiFormat format)
{
    if (format == OsgiFormat::Config)
        return FelixParser(text).parse();
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    // AEM's .cfg.json reader accepts comments, so does this one.
    std::size_t errorByte = 0;
    std::optional<json> parsed = detail::parseJsonText<json>(text, errorByte, true);
    if (!parsed)
        return makeError(ErrorCode::MalformedInput, positionOf(text, errorByte > 0 ? errorByte - 1 : 0));
    json document = std::move(*parsed);
    if (!document.is_object())
        return makeError(ErrorCode::MalformedInput, "not an object");
    json properties = json::object();
    for (auto it = document.begin(); it != document.end(); ++it)
        properties[withoutTypeSuffix(it.key())] = it.value();
    return properties;
}

// ---------------------------------------------------------------------------------------------
// Files: "<pid>~<name>.cfg.json", "<pid>~<name>.config", older "<pid>-<name>.config", under
// …/config[.<runmode>]/ in a content package.

enum class OsgiRole { Provider, Customizer };

struct OsgiFile
{
    const ZipEntry *entry = nullptr;
    OsgiRole role = OsgiRole::Provider;
    OsgiFormat format = OsgiFormat::CfgJson;
    std::string directory; // the folder inside the archive, '/' separated ("" for loose files)
    std::string factoryName; // NAME
    std::string displayPath; // for `source`: from the application folder on
    std::optional<json> properties;
    std::string parseError; // "line L, column C" when the file does not parse
    bool paired = false;
};

std::string_view baseName(std::string_view path)
{
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view directoryOf(std::string_view path)
{
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

// "jcr_root/apps/x/osgiconfig/config.author/f" → "apps/x/osgiconfig/config.author/f"; the run
// mode folder stays visible in the source.
std::string displayPathOf(std::string_view path)
{
    std::string normalised(path);
    std::replace(normalised.begin(), normalised.end(), '\\', '/');
    const std::size_t root = normalised.rfind("jcr_root/");
    if (root != std::string::npos)
        return normalised.substr(root + 9);
    return normalised;
}

std::optional<OsgiFile> classify(const ZipEntry &entry)
{
    const std::string_view name = baseName(entry.name);
    OsgiFile file;
    std::string_view stem;
    if (name.size() > kCfgJsonSuffix.size() && asciiLowered(name).ends_with(kCfgJsonSuffix)) {
        file.format = OsgiFormat::CfgJson;
        stem = name.substr(0, name.size() - kCfgJsonSuffix.size());
    } else if (name.size() > kConfigSuffix.size() && asciiLowered(name).ends_with(kConfigSuffix)) {
        file.format = OsgiFormat::Config;
        stem = name.substr(0, name.size() - kConfigSuffix.size());
    } else {
        return std::nullopt;
    }
    std::string_view pid;
    if (stem.starts_with(kAccessTokenProviderPid)) {
        file.role = OsgiRole::Provider;
        pid = kAccessTokenProviderPid;
    } else if (stem.starts_with(kRequestCustomizerPid)) {
        file.role = OsgiRole::Customizer;
        pid = kRequestCustomizerPid;
    } else {
        return std::nullopt;
    }
    const std::string_view rest = stem.substr(pid.size());
    // '~' today; '-' in the older form. A PID without a name is no factory configuration.
    if (rest.size() < 2 || (rest.front() != '~' && rest.front() != '-'))
        return std::nullopt;
    file.entry = &entry;
    file.factoryName = std::string(rest.substr(1));
    file.directory = std::string(directoryOf(entry.name));
    std::replace(file.directory.begin(), file.directory.end(), '\\', '/');
    file.displayPath = displayPathOf(entry.name);
    auto properties = parseProperties(entry.data, file.format);
    if (properties)
        file.properties = std::move(properties).value();
    else
        file.parseError = properties.error().detail;
    return file;
}

// ---------------------------------------------------------------------------------------------
// Reading properties into a FoundConfiguration.

class PropertyReader
{
public:
    PropertyReader(const json &properties, FoundConfiguration &found)
        : m_properties(properties)
        , m_found(found)
    { }

    void add(Field field, Problem problem, std::string detail = {})
    {
        m_found.problems.push_back(FieldProblem {field, problem, std::move(detail)});
    }
    void add(std::optional<FieldProblem> problem)
    {
        if (problem)
            m_found.problems.push_back(std::move(*problem));
    }

    bool has(const char *key) const { return m_properties.contains(key); }

    // A text property, trimmed; a one-element array counts too (Felix writes single values
    // either way). Another type → WrongType; a placeholder in a field that is not secret →
    // Required (the value lives in Cloud Manager, the wizard needs it here).
    std::optional<std::string> text(const char *key, Field field)
    {
        const auto it = m_properties.find(key);
        if (it == m_properties.end())
            return std::nullopt;
        const json *value = &*it;
        if (value->is_array() && value->size() == 1)
            value = &(*value)[0];
        if (!value->is_string()) {
            add(field, Problem::WrongType, key);
            return std::nullopt;
        }
        std::string out(trimBlanks(value->get_ref<const std::string &>()));
        if (isOsgiPlaceholder(out)) {
            add(field, Problem::Required, key);
            return std::nullopt;
        }
        if (out.empty())
            return std::nullopt;
        return out;
    }

    // A string or an array of strings.
    std::vector<std::string> texts(const char *key, Field field)
    {
        std::vector<std::string> out;
        const auto it = m_properties.find(key);
        if (it == m_properties.end())
            return out;
        if (it->is_string()) {
            out.push_back(it->get<std::string>());
        } else if (it->is_array()) {
            for (const json &entry : *it) {
                if (!entry.is_string()) {
                    add(field, Problem::WrongType, key);
                    return {};
                }
                out.push_back(entry.get<std::string>());
            }
        } else {
            add(field, Problem::WrongType, key);
        }
        return out;
    }

private:
    const json &m_properties;
    FoundConfiguration &m_found;
};

// The claims of default.claims: "\"iss\" : \"…@AdobeOrg\"", "\"{server}/s/ent_x\" : true".
struct Claims
{
    std::string issuer;
    std::string subject;
    std::string audience;
    std::vector<std::string> metascopes;
};

bool splitMetascopeClaim(std::string_view claim, std::string &metascope)
{
    const std::size_t marker = claim.rfind("/s/");
    if (marker == std::string_view::npos || marker == 0 || marker + 3 >= claim.size())
        return false;
    const std::string_view name = claim.substr(marker + 3);
    if (name.find('/') != std::string_view::npos)
        return false;
    metascope = std::string(name);
    return true;
}

Claims readClaims(const std::vector<std::string> &lines, PropertyReader &reader)
{
    Claims claims;
    for (const std::string &line : lines) {
        std::size_t errorByte = 0;
        const std::optional<json> parsed = detail::parseJsonText<json>("{" + line + "}", errorByte);
        if (!parsed) {
            reader.add(Field::Document, Problem::WrongType, kDefaultClaims);
            continue;
        }
        const json &claim = *parsed;
        for (auto it = claim.begin(); it != claim.end(); ++it) {
            const std::string &key = it.key();
            const json &value = it.value();
            std::string metascope;
            if (value.is_string() && key == "iss")
                claims.issuer = std::string(trimBlanks(value.get_ref<const std::string &>()));
            else if (value.is_string() && key == "sub")
                claims.subject = std::string(trimBlanks(value.get_ref<const std::string &>()));
            else if (value.is_string() && key == "aud")
                claims.audience = std::string(trimBlanks(value.get_ref<const std::string &>()));
            else if (value.is_boolean() && splitMetascopeClaim(key, metascope) && value.get<bool>())
                claims.metascopes.push_back(std::move(metascope));
        }
    }
    return claims;
}

// "https://ims-na1.adobelogin.com/ims/token/v3" → "https://ims-na1.adobelogin.com".
std::string serverOfTokenUrl(std::string_view url)
{
    const std::size_t ims = url.find("/ims/");
    return normalizeAuthorizationServer(ims == std::string_view::npos ? url : url.substr(0, ims));
}

bool isJwtExchangeUrl(std::string_view url)
{
    while (url.ends_with('/'))
        url.remove_suffix(1);
    return url.ends_with(kJwtExchangePath);
}

void appendUnique(std::vector<std::string> &list, const std::string &value)
{
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

void readProvider(const json &properties, const std::string &factoryName, FoundConfiguration &found)
{
    PropertyReader reader(properties, found);
    Configuration &config = found.config;

    const std::optional<std::string> tokenUrl = reader.text(kTokenRequest, Field::AuthorizationServer);
    const std::optional<std::string> grants = reader.text(kGrants, Field::AuthType);
    const Claims claims = readClaims(reader.texts(kDefaultClaims, Field::Document), reader);
    const std::optional<std::string> alias = reader.text(kKeypairAlias, Field::Certificate);

    // The token URL decides (that is where AEM sends the request); grants and the JWT-only
    // properties are the fallbacks.
    if (tokenUrl && isJwtExchangeUrl(*tokenUrl))
        config.authType = AuthType::Jwt;
    else if ((tokenUrl && tokenUrl->find("/ims/token/") != std::string::npos)
        || (grants && *grants == kClientCredentials))
        config.authType = AuthType::OAuthServerToServer;
    else if (alias || !claims.metascopes.empty() || !claims.subject.empty())
        config.authType = AuthType::Jwt;
    else
        reader.add(Field::AuthType, Problem::Required, kTokenRequest);
    const bool jwt = config.authType == AuthType::Jwt;

    const std::optional<std::string> name = reader.text(kName, Field::Title);
    if (auto title = reader.text(kTitle, Field::Title))
        config.title = *title;
    else
        config.title = name ? *name : factoryName;

    if (auto endpoint = reader.text(kEndpoint, Field::AuthorizationServer)) {
        config.authorizationServer = normalizeAuthorizationServer(*endpoint);
        reader.add(validateAuthorizationServer(config.authorizationServer));
    } else if (tokenUrl) {
        config.authorizationServer = serverOfTokenUrl(*tokenUrl);
        reader.add(validateAuthorizationServer(config.authorizationServer));
    } else {
        config.authorizationServer.clear();
        if (!reader.has(kEndpoint))
            reader.add(Field::AuthorizationServer, Problem::Required, kEndpoint);
    }

    if (auto clientId = reader.text(kClientId, Field::ClientId)) {
        config.clientId = *clientId;
        reader.add(validateClientId(config.clientId));
    } else if (!reader.has(kClientId)) {
        reader.add(Field::ClientId, Problem::Required, kClientId);
    }

    // The orgId property (OAuth) or the iss claim (both; the only place a JWT configuration has it).
    if (auto orgId = reader.text(kOrgId, Field::OrgId)) {
        config.orgId = *orgId;
    } else if (!claims.issuer.empty() && !isOsgiPlaceholder(claims.issuer)) {
        config.orgId = claims.issuer;
        std::erase(found.problems, FieldProblem {Field::OrgId, Problem::Required, kOrgId});
    }
    if (!config.orgId.empty())
        reader.add(validateOrgId(config.orgId));
    else if (!reader.has(kOrgId))
        reader.add(Field::OrgId, Problem::Required, kOrgId);

    // A comma list as AEM writes it; an array of names (or of comma lists) is taken too.
    const Field scopeField = jwt ? Field::Metascopes : Field::Scopes;
    std::vector<std::string> scopes;
    for (const std::string &entry : reader.texts(kScope, scopeField)) {
        if (isOsgiPlaceholder(entry)) {
            reader.add(scopeField, Problem::Required, kScope);
            continue;
        }
        for (std::string &scope : parseScopes(entry))
            scopes.push_back(std::move(scope));
    }

    if (jwt) {
        config.metascopes = scopes;
        for (const std::string &metascope : claims.metascopes)
            appendUnique(config.metascopes, metascope);
        for (FieldProblem &problem : validateScopes(config.metascopes)) {
            problem.field = Field::Metascopes;
            if (problem.problem == Problem::Required)
                problem.detail = kDefaultClaims;
            found.problems.push_back(std::move(problem));
        }
        config.technicalAccountId = claims.subject;
        if (config.technicalAccountId.empty())
            reader.add(Field::TechnicalAccountId, Problem::Required, kDefaultClaims);
        else
            reader.add(validateTechnicalAccountId(config.technicalAccountId));
        if (alias)
            config.certificateAlias = *alias;
        else if (!reader.has(kKeypairAlias))
            reader.add(Field::Certificate, Problem::Required, kKeypairAlias);
        // The private key lives in AEM's keystore under the alias, never in configuration files.
        reader.add(Field::PrivateKey, Problem::Required, kKeypairAlias);
    } else {
        config.scopes = scopes;
        for (FieldProblem &problem : validateScopes(config.scopes)) {
            if (problem.problem == Problem::Required)
                problem.detail = kScope;
            found.problems.push_back(std::move(problem));
        }
    }

    config.solutionId = guessSolutionId(config.scopes, config.metascopes, config.title);
}

// The customizer's client secret: a value, a placeholder, or nothing usable.
void readCustomizer(const json &properties, FoundConfiguration &found)
{
    const auto it = properties.find(kCustomizerSecret);
    const json *value = it == properties.end() ? nullptr : &*it;
    if (value && value->is_array() && value->size() == 1)
        value = &(*value)[0];
    if (!value) {
        found.problems.push_back({Field::ClientSecret, Problem::Required, kCustomizerSecret});
        return;
    }
    if (!value->is_string()) {
        found.problems.push_back({Field::ClientSecret, Problem::WrongType, kCustomizerSecret});
        return;
    }
    const std::string_view secret = trimBlanks(value->get_ref<const std::string &>());
    if (isOsgiPlaceholder(secret)) {
        // "$[env:NAME;default=value]": the default is what AEM uses without the variable, so it
        // is a value like any other; the placeholder is kept without it.
        const std::size_t defaultAt = secret.find(";default=");
        if (defaultAt != std::string_view::npos) {
            const std::string_view fallback = secret.substr(defaultAt + 9, secret.size() - defaultAt - 10);
            found.secretPlaceholder = std::string(secret.substr(0, defaultAt)) + "]";
            if (!fallback.empty()) {
                found.clientSecrets.emplace_back(std::string(fallback));
                return;
            }
        } else {
            found.secretPlaceholder = std::string(secret);
        }
        // A placeholder is no secret: the ui asks for the value.
        found.problems.push_back({Field::ClientSecret, Problem::Required, kCustomizerSecret});
        return;
    }
    if (auto problem = validateClientSecret(secret)) {
        problem->detail = kCustomizerSecret; // the key, never the value
        found.problems.push_back(std::move(*problem));
    }
    if (!secret.empty())
        found.clientSecrets.emplace_back(std::string(secret));
}

std::string customizerClientId(const OsgiFile &customizer)
{
    if (!customizer.properties)
        return {};
    const auto it = customizer.properties->find(kCustomizerClientId);
    if (it == customizer.properties->end() || !it->is_string())
        return {};
    return std::string(trimBlanks(it->get_ref<const std::string &>()));
}

// A run-mode folder: "config", "config.author", "config.publish.prod".
bool isRunModeFolder(std::string_view folder)
{
    return folder == "config" || folder.starts_with("config.");
}

// The folder whose configurations every run mode inherits: ".../config" next to ".../config.author".
std::string baseConfigFolder(const std::string &directory)
{
    const std::string_view folder = baseName(directory);
    if (!isRunModeFolder(folder) || folder == "config")
        return {};
    const std::string_view parent = directoryOf(directory);
    return parent.empty() ? std::string("config") : std::string(parent) + "/config";
}

bool clientIdsAgree(const std::string &providerClientId, const std::string &customizerClientId)
{
    return providerClientId.empty() || customizerClientId.empty() || providerClientId == customizerClientId;
}

OsgiFile *findCustomizer(
    std::vector<OsgiFile> &customizers, const OsgiFile &provider, const std::string &clientId)
{
    const auto match = [&](const std::string &directory, bool byName) -> OsgiFile * {
        for (OsgiFile &customizer : customizers) {
            if (customizer.directory != directory)
                continue;
            const std::string otherClientId = customizerClientId(customizer);
            if (byName && customizer.factoryName == provider.factoryName
                && clientIdsAgree(clientId, otherClientId))
                return &customizer;
            if (!byName && !clientId.empty() && otherClientId == clientId && !customizer.paired)
                return &customizer;
        }
        return nullptr;
    };
    // The same folder first, then the run-mode-less folder AEM also applies, then — for files
    // renamed apart — the customizer that names the same client.
    const std::string base = baseConfigFolder(provider.directory);
    for (bool byName : {true, false}) {
        if (OsgiFile *found = match(provider.directory, byName))
            return found;
        if (!base.empty())
            if (OsgiFile *found = match(base, byName))
                return found;
    }
    return nullptr;
}

std::string factoryFileName(std::string_view pid, std::string_view name)
{
    return std::string(pid) + "~" + std::string(name);
}

// Catalog lookups for the guess.
const CloudSolution *solutionForMetascope(const std::string &metascope)
{
    for (const CloudSolution &solution : cloudSolutions()) {
        if (!solution.metascope.empty() && solution.metascope == metascope)
            return &solution;
    }
    return nullptr;
}

// An OAuth scope that exactly one solution of the catalog lists says which solution it is.
const CloudSolution *solutionForScope(const std::string &scope)
{
    const CloudSolution *owner = nullptr;
    for (const CloudSolution &solution : cloudSolutions()) {
        if (std::find(solution.scopes.begin(), solution.scopes.end(), scope) == solution.scopes.end())
            continue;
        if (owner)
            return nullptr;
        owner = &solution;
    }
    return owner;
}

// Lower-case [a-z0-9-] from free text; runs of anything else become one '-'.
std::string slug(std::string_view text)
{
    std::string out;
    for (const char raw : text) {
        const char c = (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::string claimLine(const std::string &key, const json &value)
{
    return json(key).dump() + " : " + value.dump();
}

// Parsed customizers (and aio documents) hold clear-text secrets: wipe every string before
// the document goes, like a Secret would.
void wipeStrings(json &value)
{
    if (value.is_string()) {
        std::string &text = value.get_ref<std::string &>();
        OPENSSL_cleanse(text.data(), text.size());
    } else if (value.is_structured()) {
        for (json &child : value)
            wipeStrings(child);
    }
}

std::string prettyJson(const json &document)
{
    return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace

Result<std::map<std::string, std::string>> parseOsgiProperties(std::string_view text, OsgiFormat format)
{
    auto properties = parseProperties(text, format);
    if (!properties)
        return properties.error();
    std::map<std::string, std::string> out;
    for (auto it = properties.value().begin(); it != properties.value().end(); ++it)
        out[it.key()] = it.value().dump();
    return out;
}

bool isOsgiPlaceholder(std::string_view value)
{
    value = trimBlanks(value);
    std::string_view name;
    if (value.starts_with("$[secret:"))
        name = value.substr(9);
    else if (value.starts_with("$[env:"))
        name = value.substr(6);
    else
        return false;
    if (!name.ends_with(']'))
        return false;
    name.remove_suffix(1);
    if (const std::size_t option = name.find(';'); option != std::string_view::npos) {
        if (!name.substr(option).starts_with(";default="))
            return false;
        name = name.substr(0, option);
    }
    if (name.empty() || (name.front() >= '0' && name.front() <= '9'))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string guessSolutionId(const std::vector<std::string> &scopes,
    const std::vector<std::string> &metascopes, std::string_view title)
{
    for (const std::string &metascope : metascopes) {
        if (const CloudSolution *solution = solutionForMetascope(metascope))
            return solution->id;
    }
    for (const std::string &scope : scopes) {
        if (const CloudSolution *solution = solutionForScope(scope))
            return solution->id;
    }
    const std::string_view trimmed = trimBlanks(title);
    for (const CloudSolution &solution : cloudSolutions()) {
        if (!trimmed.empty()
            && (equalsIgnoringCase(trimmed, solution.name)
                || (!solution.aemValue.empty() && equalsIgnoringCase(trimmed, solution.aemValue))))
            return solution.id;
    }
    return "custom";
}

std::vector<FoundConfiguration> importOsgiFiles(const std::vector<ZipEntry> &files)
{
    std::vector<OsgiFile> providers;
    std::vector<OsgiFile> customizers;
    for (const ZipEntry &entry : files) {
        if (auto file = classify(entry))
            (file->role == OsgiRole::Provider ? providers : customizers).push_back(std::move(*file));
    }

    std::vector<FoundConfiguration> found;
    for (const OsgiFile &provider : providers) {
        FoundConfiguration result;
        result.source = provider.displayPath;
        if (provider.properties) {
            readProvider(*provider.properties, provider.factoryName, result);
        } else {
            result.config.title = provider.factoryName;
            result.config.solutionId = "custom";
            result.problems.push_back({Field::Document, Problem::MalformedJson, provider.parseError});
        }

        OsgiFile *customizer = findCustomizer(customizers, provider, result.config.clientId);
        if (!customizer) {
            result.problems.push_back({Field::ClientSecret, Problem::Required,
                factoryFileName(kRequestCustomizerPid, provider.factoryName)});
        } else {
            customizer->paired = true;
            result.source += " + " + customizer->displayPath;
            if (customizer->properties)
                readCustomizer(*customizer->properties, result);
            else
                result.problems.push_back(
                    {Field::ClientSecret, Problem::MalformedJson, customizer->parseError});
        }
        found.push_back(std::move(result));
    }

    // A customizer alone holds a secret without the configuration it belongs to: say so.
    for (const OsgiFile &customizer : customizers) {
        if (customizer.paired)
            continue;
        FoundConfiguration result;
        result.source = customizer.displayPath;
        result.config.title = customizer.factoryName;
        result.config.solutionId = "custom";
        result.problems.push_back({Field::Document, Problem::Required,
            factoryFileName(kAccessTokenProviderPid, customizer.factoryName)});
        if (customizer.properties) {
            result.config.clientId = customizerClientId(customizer);
            readCustomizer(*customizer.properties, result);
        } else {
            result.problems.push_back({Field::ClientSecret, Problem::MalformedJson, customizer.parseError});
        }
        found.push_back(std::move(result));
    }
    for (OsgiFile &customizer : customizers) {
        if (customizer.properties)
            wipeStrings(*customizer.properties);
    }
    return found;
}

std::string osgiFactoryName(const Configuration &config)
{
    std::string name = slug(config.title);
    // Every Adobe product name starts with "Adobe", which says nothing inside an Adobe IMS
    // configuration: "Adobe Target" becomes "target", as in AEM's own examples.
    if (name.starts_with("adobe-") && name.size() > 6)
        name.erase(0, 6);
    if (name.empty())
        name = slug(config.solutionId);
    if (name.empty())
        name = "ims";
    return name;
}

std::string osgiSecretPlaceholderName(const Configuration &config)
{
    // Cloud Manager variables: [a-zA-Z_][a-zA-Z_0-9]*, at most 100 characters; the prefixes
    // INTERNAL_, ADOBE_, CONST_ are reserved and AEM_ is the product's.
    constexpr std::string_view kSuffix = "_IMS_CLIENT_SECRET";
    constexpr std::size_t kMaxLength = 100;
    std::string base;
    for (const char c : osgiFactoryName(config))
        base += (c == '-') ? '_' : static_cast<char>((c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c);
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (std::string_view reserved : {"INTERNAL_", "ADOBE_", "CONST_", "AEM_"}) {
            if (base.starts_with(reserved) && base.size() > reserved.size()) {
                base.erase(0, reserved.size());
                stripped = true;
            }
        }
    }
    if (base == "INTERNAL" || base == "ADOBE" || base == "CONST" || base == "AEM")
        base = "IMS_" + base;
    if (!base.empty() && base.front() >= '0' && base.front() <= '9')
        base = "IMS_" + base;
    base.resize(std::min(base.size(), kMaxLength - kSuffix.size()));
    while (!base.empty() && base.back() == '_')
        base.pop_back();
    return base.empty() ? std::string(kSuffix.substr(1)) : base + std::string(kSuffix);
}

std::vector<ZipEntry> exportOsgi(const Configuration &config, SecretInExport mode, const Secret &clientSecret)
{
    const std::string name = osgiFactoryName(config);
    const std::string server = normalizeAuthorizationServer(config.authorizationServer);
    const bool jwt = config.authType == AuthType::Jwt;

    json provider = json::object();
    provider[kName] = name;
    provider[kTitle] = config.title;
    if (!jwt)
        provider[kGrants] = kClientCredentials;
    provider[kEndpoint] = server;
    provider[kTokenRequest] = server + std::string(jwt ? kJwtExchangePath : kOAuthTokenPath);
    provider[kClientId] = config.clientId;
    json claims = json::array();
    claims.push_back(claimLine("iss", config.orgId));
    if (jwt) {
        provider[kKeypairAlias] = config.certificateAlias;
        // The claims of the Developer Console's "Generate JWT" payload, as AEM's JWT form keeps
        // them; exp is added by AEM on every exchange.
        claims.push_back(claimLine("sub", config.technicalAccountId));
        for (const std::string &metascope : config.metascopes) {
            const std::string_view trimmed = trimBlanks(metascope);
            if (!trimmed.empty())
                claims.push_back(claimLine(server + "/s/" + std::string(trimmed), true));
        }
        claims.push_back(claimLine("aud", server + "/c/" + config.clientId));
    } else {
        provider[kOrgId] = config.orgId;
        provider[kScope] = joinScopes(config.scopes);
    }
    provider[kDefaultClaims] = std::move(claims);
    provider[kConnTimeout] = kDefaultTimeoutMs;
    provider[kSoTimeout] = kDefaultTimeoutMs;
    provider[kReuseToken] = true;
    provider[kRelaxedSsl] = false; // never true in production (ims.md §5)

    json customizer = json::object();
    customizer[kCustomizerClientId] = config.clientId;
    // Clear text only when asked for and at hand; otherwise the Cloud Manager placeholder.
    std::string secretText = (mode == SecretInExport::ClearText && !clientSecret.empty())
        ? std::string(clientSecret.reveal())
        : "$[secret:" + osgiSecretPlaceholderName(config) + "]";
    customizer[kCustomizerSecret] = secretText;
    OPENSSL_cleanse(secretText.data(), secretText.size());

    std::vector<ZipEntry> files;
    files.push_back(
        {factoryFileName(kAccessTokenProviderPid, name) + std::string(kCfgJsonSuffix), prettyJson(provider)});
    files.push_back(
        {factoryFileName(kRequestCustomizerPid, name) + std::string(kCfgJsonSuffix), prettyJson(customizer)});
    // The cloud service made after the IMS configuration (Target, Brand Portal …), as AEM content.
    for (ZipEntry &entry : exportCloudService(config))
        files.push_back(std::move(entry));
    // Wipe the working copy of a clear-text secret; the file text is the caller's to handle.
    std::string &kept = customizer[kCustomizerSecret].get_ref<std::string &>();
    OPENSSL_cleanse(kept.data(), kept.size());
    return files;
}

} // namespace ims
