#include "text_util.h"
#include "imscore/validation.h"

#include "imscore/catalog.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <set>

namespace ims {

namespace {

using detail::asciiLowered;

// Length of the blank that starts at text[pos], or 0. Besides ASCII blanks this knows the
// invisible characters that come along when values are copied from web pages and PDFs:
// no-break spaces, the U+2000 space family, zero-width spaces and the byte order mark.
std::size_t blankLengthAt(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const std::size_t left = text.size() - pos;
    const unsigned char c = byte(pos);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return 1;
    if (c == 0xC2 && left >= 2 && byte(pos + 1) == 0xA0) // U+00A0
        return 2;
    if (left >= 3) {
        const unsigned char c1 = byte(pos + 1), c2 = byte(pos + 2);
        if (c == 0xE2 && c1 == 0x80 && (c2 <= 0x8B || c2 == 0xAF)) // U+2000–U+200B, U+202F
            return 3;
        if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) // U+3000
            return 3;
        if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) // U+FEFF
            return 3;
    }
    return 0;
}

bool containsBlank(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (blankLengthAt(text, i) > 0)
            return true;
    }
    return false;
}

bool containsControl(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == 0x7F;
    });
}

} // namespace

std::string_view trimBlanks(std::string_view text)
{
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t n = blankLengthAt(text, begin);
        if (n == 0)
            break;
        begin += n;
    }
    std::size_t end = text.size();
    // Walk back over blanks: try the multi-byte forms first, then single bytes.
    for (bool moved = true; moved && end > begin;) {
        moved = false;
        for (std::size_t n : {3u, 2u, 1u}) {
            if (end - begin >= n && blankLengthAt(text.substr(0, end), end - n) == n) {
                end -= n;
                moved = true;
                break;
            }
        }
    }
    return text.substr(begin, end - begin);
}

namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool endsWithIgnoringCase(std::string_view text, std::string_view suffix)
{
    if (text.size() < suffix.size())
        return false;
    return asciiLowered(text.substr(text.size() - suffix.size())) == asciiLowered(suffix);
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

FieldProblem problem(Field field, Problem what, std::string detail = {})
{
    return FieldProblem {field, what, std::move(detail)};
}

// Parsed pieces of an authorization server URL; only what validation needs.
struct UrlParts
{
    std::string_view scheme;
    std::string_view userInfo; // may hold a password: never reported
    std::string_view host; // without brackets for IPv6 literals
    std::string_view port;
    std::string_view path;
    bool hasQuery = false;
    bool hasFragment = false;
    bool bracketedHost = false;
    bool malformedHost = false; // "[::1" or "[::1]x"
};

bool splitUrl(std::string_view url, UrlParts &parts)
{
    const std::size_t schemeEnd = url.find("://");
    if (schemeEnd == std::string_view::npos || schemeEnd == 0)
        return false;
    parts.scheme = url.substr(0, schemeEnd);
    if (!std::all_of(parts.scheme.begin(), parts.scheme.end(),
            [](char c) { return isAsciiAlnum(c) || c == '+' || c == '-' || c == '.'; }))
        return false;

    std::string_view rest = url.substr(schemeEnd + 3);
    const std::size_t authorityEnd = rest.find_first_of("/?#");
    std::string_view authority = rest.substr(0, authorityEnd);
    std::string_view tail
        = authorityEnd == std::string_view::npos ? std::string_view {} : rest.substr(authorityEnd);

    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
        parts.userInfo = authority.substr(0, at + 1); // non-empty even for "@host"
        authority = authority.substr(at + 1);
    }
    if (!authority.empty() && authority.front() == '[') {
        parts.bracketedHost = true;
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos) {
            parts.malformedHost = true;
        } else {
            parts.host = authority.substr(1, close - 1);
            const std::string_view afterHost = authority.substr(close + 1);
            if (!afterHost.empty() && afterHost.front() != ':')
                parts.malformedHost = true;
            else if (!afterHost.empty())
                parts.port = afterHost.substr(1);
        }
    } else {
        const std::size_t colon = authority.find(':');
        parts.host = authority.substr(0, colon);
        if (colon != std::string_view::npos)
            parts.port = authority.substr(colon + 1);
    }

    const std::size_t queryStart = tail.find('?');
    const std::size_t fragmentStart = tail.find('#');
    parts.hasQuery = queryStart != std::string_view::npos && queryStart < fragmentStart;
    parts.hasFragment = fragmentStart != std::string_view::npos;
    parts.path = tail.substr(0, std::min(queryStart, fragmentStart));
    return true;
}

bool validHost(const UrlParts &parts)
{
    if (parts.host.empty() || parts.malformedHost)
        return false;
    if (parts.bracketedHost) {
        in6_addr addr {};
        return inet_pton(AF_INET6, std::string(parts.host).c_str(), &addr) == 1;
    }
    return std::all_of(parts.host.begin(), parts.host.end(),
        [](char c) { return isAsciiAlnum(c) || c == '.' || c == '-' || c == '_'; });
}

bool validPort(std::string_view port)
{
    if (port.empty())
        return true; // "host:" is legal and means the default port
    if (port.size() > 5
        || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    const int value = std::stoi(std::string(port));
    return value > 0 && value <= 65535;
}

// Shared by the identifiers that end in a fixed domain-like suffix.
std::optional<FieldProblem> validateSuffixed(
    Field field, std::string_view raw, std::string_view suffix, bool ignoreCase, Problem suffixProblem)
{
    const std::string_view value = trimBlanks(raw);
    if (value.empty())
        return problem(field, Problem::Required);
    if (containsBlank(value) || containsControl(value))
        return problem(field, Problem::ContainsWhitespace, std::string(value));
    const bool hasSuffix = ignoreCase ? endsWithIgnoringCase(value, suffix)
                                      : (value.size() >= suffix.size() && value.ends_with(suffix));
    if (!hasSuffix || value.size() == suffix.size())
        return problem(field, suffixProblem, std::string(value));
    return std::nullopt;
}

bool validScopeText(std::string_view scope)
{
    return !scope.empty() && std::all_of(scope.begin(), scope.end(), [](char c) {
        return isAsciiAlnum(c) || c == '_' || c == '.' || c == ':' || c == '/' || c == '-';
    });
}

} // namespace

std::string_view fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return "title";
    case Field::Solution:
        return "solution";
    case Field::AuthorizationServer:
        return "authorization_server";
    case Field::ClientId:
        return "client_id";
    case Field::ClientSecret:
        return "client_secret";
    case Field::OrgId:
        return "org_id";
    case Field::TechnicalAccountId:
        return "technical_account_id";
    case Field::TechnicalAccountEmail:
        return "technical_account_email";
    case Field::Scopes:
        return "scopes";
    case Field::Document:
        return "document";
    case Field::AuthType:
        return "auth_type";
    case Field::Metascopes:
        return "metascopes";
    case Field::PrivateKey:
        return "private_key";
    case Field::Certificate:
        return "certificate";
    case Field::AemVersion:
        return "aem_version";
    case Field::CloudService:
        return "cloud_service";
    }
    return "unknown";
}

std::string_view problemName(Problem what)
{
    switch (what) {
    case Problem::Required:
        return "required";
    case Problem::NotHttps:
        return "not_https";
    case Problem::InvalidUrl:
        return "invalid_url";
    case Problem::OrgIdSuffix:
        return "org_id_suffix";
    case Problem::TechnicalAccountSuffix:
        return "technical_account_suffix";
    case Problem::ClientIdShape:
        return "client_id_shape";
    case Problem::ContainsWhitespace:
        return "contains_whitespace";
    case Problem::ScopeInvalid:
        return "scope_invalid";
    case Problem::ScopeDuplicate:
        return "scope_duplicate";
    case Problem::UnknownSolution:
        return "unknown_solution";
    case Problem::MalformedJson:
        return "malformed_json";
    case Problem::UnknownShape:
        return "unknown_shape";
    case Problem::WrongType:
        return "wrong_type";
    case Problem::NoCredential:
        return "no_credential";
    case Problem::JwtCredential:
        return "jwt_credential";
    case Problem::JwtEndOfLife:
        return "jwt_end_of_life";
    case Problem::CertificateExpired:
        return "certificate_expired";
    case Problem::NeedsNewerAem:
        return "needs_newer_aem";
    case Problem::OAuthNeedsNewerAem:
        return "oauth_needs_newer_aem";
    case Problem::UnknownChoice:
        return "unknown_choice";
    case Problem::TenantShape:
        return "tenant_shape";
    case Problem::BrandPortalUrlShape:
        return "brand_portal_url_shape";
    }
    return "unknown";
}

std::string normalizeAuthorizationServer(std::string_view url)
{
    std::string_view text = trimBlanks(url);
    while (text.ends_with('/') && !text.ends_with("://"))
        text.remove_suffix(1);

    std::string out(text);
    const std::size_t schemeEnd = out.find("://");
    if (schemeEnd == std::string::npos)
        return out;
    // Scheme and host are case-insensitive; the path (if any) is not, so only the part up to
    // the first '/', '?' or '#' after the scheme is lowered. User-info keeps its case.
    std::transform(
        out.begin(), out.begin() + static_cast<std::ptrdiff_t>(schemeEnd), out.begin(), asciiLower);
    const std::size_t authorityStart = schemeEnd + 3;
    std::size_t authorityEnd = out.find_first_of("/?#", authorityStart);
    if (authorityEnd == std::string::npos)
        authorityEnd = out.size();
    std::size_t hostStart = out.rfind('@', authorityEnd);
    hostStart
        = (hostStart == std::string::npos || hostStart < authorityStart) ? authorityStart : hostStart + 1;
    std::transform(out.begin() + static_cast<std::ptrdiff_t>(hostStart),
        out.begin() + static_cast<std::ptrdiff_t>(authorityEnd),
        out.begin() + static_cast<std::ptrdiff_t>(hostStart), asciiLower);
    return out;
}

bool isLoopbackHost(std::string_view rawHost)
{
    std::string host = asciiLowered(rawHost);
    if (host == "localhost")
        return true;
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    in_addr v4 {};
    if (inet_pton(AF_INET, host.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127; // 127.0.0.0/8
    in6_addr v6 {};
    if (inet_pton(AF_INET6, host.c_str(), &v6) == 1)
        return std::memcmp(&v6, &in6addr_loopback, sizeof v6) == 0;
    return false;
}

std::optional<FieldProblem> validateAuthorizationServer(std::string_view url)
{
    constexpr Field field = Field::AuthorizationServer;
    const std::string normalized = normalizeAuthorizationServer(url);
    if (normalized.empty())
        return problem(field, Problem::Required);
    // People paste whole token URLs and form bodies here, which can carry credentials, so the
    // details name the faulty part ("query", "host", …) rather than quoting the text; only
    // the scheme and the path, which cannot hold a secret in practice, are quoted.
    if (containsBlank(normalized) || containsControl(normalized))
        return problem(field, Problem::ContainsWhitespace);

    UrlParts parts;
    if (!splitUrl(normalized, parts))
        return problem(field, Problem::InvalidUrl, "no_scheme");
    if (parts.scheme != "https" && parts.scheme != "http")
        return problem(field, Problem::InvalidUrl, std::string(parts.scheme));
    if (!parts.userInfo.empty())
        return problem(field, Problem::InvalidUrl, "userinfo");
    if (!validHost(parts))
        return problem(field, Problem::InvalidUrl, "host");
    if (!validPort(parts.port))
        return problem(field, Problem::InvalidUrl, "port");
    if (parts.hasQuery)
        return problem(field, Problem::InvalidUrl, "query");
    if (parts.hasFragment)
        return problem(field, Problem::InvalidUrl, "fragment");
    // Trailing slashes were trimmed, so any remaining path is a real one ("/ims/token/v3").
    if (!parts.path.empty())
        return problem(field, Problem::InvalidUrl, std::string(parts.path));
    if (parts.scheme == "http" && !isLoopbackHost(parts.host))
        return problem(field, Problem::NotHttps, std::string(parts.host));
    return std::nullopt;
}

std::optional<FieldProblem> validateClientId(std::string_view raw)
{
    const std::string_view clientId = trimBlanks(raw);
    if (clientId.empty())
        return problem(Field::ClientId, Problem::Required);
    if (containsBlank(clientId))
        return problem(Field::ClientId, Problem::ContainsWhitespace, std::string(clientId));
    const bool shapeOk = clientId.size() >= 3 && clientId.size() <= 128
        && std::all_of(clientId.begin(), clientId.end(),
            [](char c) { return isAsciiAlnum(c) || c == '.' || c == '_' || c == '-'; });
    if (!shapeOk)
        return problem(Field::ClientId, Problem::ClientIdShape, std::string(clientId));
    return std::nullopt;
}

std::optional<FieldProblem> validateOrgId(std::string_view orgId)
{
    // Adobe spells the suffix exactly "@AdobeOrg"; IMS compares it case-sensitively.
    return validateSuffixed(Field::OrgId, orgId, "@AdobeOrg", false, Problem::OrgIdSuffix);
}

std::optional<FieldProblem> validateTechnicalAccountId(std::string_view id)
{
    return validateSuffixed(
        Field::TechnicalAccountId, id, "@techacct.adobe.com", true, Problem::TechnicalAccountSuffix);
}

std::optional<FieldProblem> validateTechnicalAccountEmail(std::string_view email)
{
    return validateSuffixed(
        Field::TechnicalAccountEmail, email, "@techacct.adobe.com", true, Problem::TechnicalAccountSuffix);
}

std::optional<FieldProblem> validateClientSecret(std::string_view raw)
{
    // The detail stays empty on purpose: it is shown and logged, the secret must not be.
    const std::string_view secret = trimBlanks(raw);
    if (secret.empty())
        return problem(Field::ClientSecret, Problem::Required);
    if (containsBlank(secret) || containsControl(secret))
        return problem(Field::ClientSecret, Problem::ContainsWhitespace);
    return std::nullopt;
}

std::vector<FieldProblem> validateScopes(const std::vector<std::string> &scopes)
{
    std::vector<FieldProblem> problems;
    std::set<std::string_view> seen;
    std::set<std::string_view> reportedDuplicates;
    std::size_t count = 0;
    for (const auto &scope : scopes) {
        if (scope.empty())
            continue; // joinScopes drops empties too; they never reach IMS
        ++count;
        if (!validScopeText(scope)) {
            problems.push_back(problem(Field::Scopes, Problem::ScopeInvalid, scope));
            continue;
        }
        if (!seen.insert(scope).second && reportedDuplicates.insert(scope).second)
            problems.push_back(problem(Field::Scopes, Problem::ScopeDuplicate, scope));
    }
    if (count == 0)
        problems.push_back(problem(Field::Scopes, Problem::Required));
    return problems;
}

std::vector<std::string> parseScopes(std::string_view text)
{
    // Besides the separators IMS users type (commas, blanks, new lines), a pasted JSON array
    // ["openid", "AdobeID"] is understood: brackets separate and surrounding quotes go.
    std::vector<std::string> scopes;
    std::string current;
    const auto flush = [&] {
        std::string_view token = current;
        while (!token.empty() && (token.front() == '"' || token.front() == '\''))
            token.remove_prefix(1);
        while (!token.empty() && (token.back() == '"' || token.back() == '\''))
            token.remove_suffix(1);
        if (!token.empty())
            scopes.emplace_back(token);
        current.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t blank = blankLengthAt(text, i)) {
            flush();
            i += blank;
            continue;
        }
        const char c = text[i];
        if (c == ',' || c == ';' || c == '[' || c == ']')
            flush();
        else
            current.push_back(c);
        ++i;
    }
    flush();
    return scopes;
}

std::vector<FieldProblem> validateConfiguration(const Configuration &config, bool hasSecret)
{
    std::vector<FieldProblem> problems;
    const auto add = [&](std::optional<FieldProblem> p) {
        if (p)
            problems.push_back(std::move(*p));
    };
    // The single-field validators forgive surrounding blanks (they run as the user types);
    // a stored value must not have them, or they would end up in the token request.
    const auto check = [&](Field field, const std::string &value, auto validator) {
        if (!value.empty() && trimBlanks(value).size() != value.size() && !trimBlanks(value).empty())
            problems.push_back(problem(field, Problem::ContainsWhitespace, std::string(trimBlanks(value))));
        else
            add(validator(value));
    };

    if (trimBlanks(config.title).empty())
        problems.push_back(problem(Field::Title, Problem::Required));
    if (trimBlanks(config.solutionId).empty())
        problems.push_back(problem(Field::Solution, Problem::Required));
    else if (!findSolution(config.solutionId))
        problems.push_back(problem(Field::Solution, Problem::UnknownSolution, config.solutionId));

    add(validateAuthorizationServer(config.authorizationServer));
    check(Field::ClientId, config.clientId, validateClientId);
    if (!hasSecret)
        problems.push_back(problem(Field::ClientSecret, Problem::Required));
    check(Field::OrgId, config.orgId, validateOrgId);

    // OAuth's token call needs only client id, secret and scopes; a JWT's "sub" claim needs the
    // technical account id. Otherwise the account fields are informative and checked when set.
    if (config.authType == AuthType::Jwt || !config.technicalAccountId.empty())
        check(Field::TechnicalAccountId, config.technicalAccountId, validateTechnicalAccountId);
    if (!config.technicalAccountEmail.empty())
        check(Field::TechnicalAccountEmail, config.technicalAccountEmail, validateTechnicalAccountEmail);

    for (auto &p : validateScopes(config.scopes))
        problems.push_back(std::move(p));
    return problems;
}

} // namespace ims
