#include "imscore/sandbox.h"

#include "imscore/catalog.h"
#include "imscore/form.h"
#include "imscore/jwt.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdexcept>

namespace ims {

namespace {

using OrderedJson = nlohmann::ordered_json;

constexpr std::string_view kSandboxOrgId = "5A1D8B0C7E2F4A3B9C6D0E1F@AdobeOrg";
constexpr std::string_view kTechAccountDomain = "@techacct.adobe.com";
constexpr std::string_view kJsonContentType = "application/json;charset=utf-8";
constexpr std::int64_t kTokenLifetimeSeconds = 86400;

// Solutions with a sample credential, in the order the table and the tests list them.
constexpr std::string_view kSandboxSolutions[] = {"target", "analytics", "brand-portal", "stock", "tags",
    "io-events", "asset-compute", "smart-content", "cloud-manager"};

// Sample values are derived, not random: SHA-256 of a fixed label, so every installation (and
// every tutorial) shows the same ids and secrets. They are published training values.
std::string sha256Hex(std::string_view text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 unavailable");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 15];
    }
    return out;
}

std::string derivedHex(std::string_view purpose, std::string_view solutionId)
{
    return sha256Hex("ims-wizard sandbox/" + std::string(purpose) + "/" + std::string(solutionId));
}

std::string upper(std::string text)
{
    for (char &c : text) {
        if (c >= 'a' && c <= 'f')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return text;
}

// 8-4-4-4-12, shaped like a version-4 UUID (as the Developer Console's technical account emails).
std::string uuidFromHex(std::string hex)
{
    hex[12] = '4';
    hex[16] = "89ab"[hex[16] % 4];
    return hex.substr(0, 8) + '-' + hex.substr(8, 4) + '-' + hex.substr(12, 4) + '-' + hex.substr(16, 4) + '-'
        + hex.substr(20, 12);
}

SandboxClient makeClient(const CloudSolution &solution)
{
    SandboxClient client;
    client.solutionId = solution.id;
    client.title = solution.name;
    client.clientId = derivedHex("client_id", solution.id).substr(0, 32);
    client.clientSecret
        = "p8e-SANDBOX-" + solution.id + "-" + derivedHex("client_secret", solution.id).substr(0, 16);
    client.orgId = std::string(kSandboxOrgId);
    client.technicalAccountId
        = upper(derivedHex("technical_account", solution.id).substr(0, 24)) + std::string(kTechAccountDomain);
    client.technicalAccountEmail
        = uuidFromHex(derivedHex("technical_account_email", solution.id)) + std::string(kTechAccountDomain);
    client.scopes = solution.scopes;
    return client;
}

std::vector<SandboxClient> buildOrganisation()
{
    std::vector<SandboxClient> clients;
    for (const std::string_view id : kSandboxSolutions) {
        if (const CloudSolution *solution = findSolution(id))
            clients.push_back(makeClient(*solution));
    }
    return clients;
}

// RFC 7231 IMF-fixdate, independent of the C locale: "Sun, 06 Nov 1994 08:49:37 GMT".
std::string httpDate(TimePoint now)
{
    using namespace std::chrono;
    static constexpr const char *kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char *kMonths[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto secondsNow = floor<seconds>(now);
    const auto day = floor<days>(secondsNow);
    const year_month_day date {day};
    const hh_mm_ss time {secondsNow - day};
    char text[40];
    std::snprintf(text, sizeof text, "%s, %02u %s %04d %02d:%02d:%02d GMT",
        kWeekdays[weekday {day}.c_encoding()], unsigned(date.day()), kMonths[unsigned(date.month()) - 1],
        int(date.year()), int(time.hours().count()), int(time.minutes().count()),
        int(time.seconds().count()));
    return text;
}

// The path without scheme, authority, query or fragment, and without trailing slashes.
std::string requestPath(std::string_view url)
{
    if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
        const std::size_t slash = url.find('/', scheme + 3);
        url = slash == std::string_view::npos ? std::string_view("/") : url.substr(slash);
    }
    url = url.substr(0, url.find_first_of("?#"));
    while (url.size() > 1 && url.ends_with('/'))
        url.remove_suffix(1);
    return std::string(url);
}

HttpResponse jsonResponse(int status, const OrderedJson &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body.dump();
    return response;
}

// IMS error document. Descriptions are fixed texts: nothing the client sent is echoed back.
HttpResponse errorResponse(int status, std::string_view code, std::string_view description)
{
    return jsonResponse(status, OrderedJson {{"error", code}, {"error_description", description}});
}

// IMS takes a comma-separated list; blanks around names (or between them) are tolerated.
std::vector<std::string> splitScopes(std::string_view text)
{
    std::vector<std::string> scopes;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t end = std::min(text.find_first_of(", \t", i), text.size());
        std::string scope(text.substr(i, end - i));
        if (!scope.empty() && std::find(scopes.begin(), scopes.end(), scope) == scopes.end())
            scopes.push_back(std::move(scope));
        i = end + 1;
    }
    return scopes;
}

bool equalInConstantTime(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string joinWithCommas(const std::vector<std::string> &items)
{
    std::string out;
    for (const std::string &item : items) {
        if (!out.empty())
            out += ',';
        out += item;
    }
    return out;
}

} // namespace

const std::vector<SandboxClient> &sandboxOrganisation()
{
    static const std::vector<SandboxClient> clients = buildOrganisation();
    return clients;
}

const SandboxClient *findSandboxClient(std::string_view clientId)
{
    for (const SandboxClient &client : sandboxOrganisation()) {
        if (client.clientId == clientId)
            return &client;
    }
    return nullptr;
}

std::string sandboxCredentialJson(const SandboxClient &client)
{
    const OrderedJson credential = {
        {"ORG_ID", client.orgId},
        {"CLIENT_ID", client.clientId},
        {"CLIENT_SECRETS", OrderedJson::array({client.clientSecret})},
        {"TECHNICAL_ACCOUNT_ID", client.technicalAccountId},
        {"TECHNICAL_ACCOUNT_EMAIL", client.technicalAccountEmail},
        {"SCOPES", client.scopes},
    };
    return credential.dump(2);
}

SandboxIms::SandboxIms(PrivateKey signingKey)
    : m_signingKey(std::move(signingKey))
{ }

HttpResponse SandboxIms::handle(const HttpRequest &request, TimePoint now)
{
    const std::string path = requestPath(request.url);
    HttpResponse response;
    if (path == "/ims/token/v3" || path == "/ims/token/v2") {
        if (request.method == "POST") {
            response = tokenRequest(request, now);
        } else {
            response = errorResponse(405, "method_not_allowed", "use POST");
            response.headers.emplace_back("Allow", "POST");
        }
    } else {
        response = errorResponse(404, "not_found", "no such endpoint");
    }
    response.headers.emplace_back("Content-Type", kJsonContentType);
    response.headers.emplace_back("Date", httpDate(now));
    return response;
}

// Checks in the order IMS reports them: body, grant type, client id, throttling, secret, scopes.
// A missing grant_type is invalid_request and another grant type unsupported_grant_type (RFC 6749
// §5.2); a missing client_id or client_secret counts as a wrong one, as IMS answers.
HttpResponse SandboxIms::tokenRequest(const HttpRequest &request, TimePoint now)
{
    const auto fields = parseFormBody(request.body, headerValue(request.headers, "Content-Type"));
    if (!fields)
        return errorResponse(400, "invalid_request", "unsupported or malformed request body");

    const auto grantType = formValue(*fields, "grant_type");
    if (!grantType || grantType->empty())
        return errorResponse(400, "invalid_request", "missing grant_type parameter");
    if (*grantType != "client_credentials")
        return errorResponse(400, "unsupported_grant_type", "unsupported grant_type parameter");

    const SandboxClient *client = findSandboxClient(formValue(*fields, "client_id").value_or(std::string()));
    if (!client)
        return errorResponse(400, "invalid_client", "invalid client_id parameter");

    std::int64_t retryAfter = 0;
    if (throttled(client->clientId, now, retryAfter)) {
        HttpResponse response = errorResponse(429, "too_many_requests", "too many requests, retry later");
        response.headers.emplace_back("Retry-After", std::to_string(retryAfter));
        return response;
    }

    const auto secret = formValue(*fields, "client_secret");
    if (!secret || !equalInConstantTime(*secret, client->clientSecret))
        return errorResponse(400, "invalid_client", "invalid client_secret parameter");

    std::vector<std::string> granted = splitScopes(formValue(*fields, "scope").value_or(std::string()));
    for (const std::string &scope : granted) {
        if (std::find(client->scopes.begin(), client->scopes.end(), scope) == client->scopes.end())
            return errorResponse(400, "invalid_scope", "invalid_scope");
    }
    if (granted.empty())
        granted = client->scopes;

    const auto createdAt
        = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const OrderedJson header = {{"alg", "RS256"}, {"typ", "JWT"}, {"kid", "sandbox-1"}, {"x5u", "sandbox"}};
    const OrderedJson claims = {
        {"id", createdAt ? std::to_string(createdAt) + "_" + randomHex(16) : randomHex(16)},
        {"type", "access_token"},
        {"client_id", client->clientId},
        {"user_id", client->technicalAccountId},
        {"as", "ims-na1-sandbox"},
        {"aa_id", client->technicalAccountId},
        {"ctp", 0},
        {"fg", "SANDBOX" + upper(randomHex(8)) + "======"},
        {"moi", randomHex(4)},
        {"pba", "MED_SEC_CUST_AUTH"},
        {"created_at", std::to_string(createdAt)},
        {"expires_in", std::to_string(kTokenLifetimeSeconds * 1000)},
        {"scope", joinWithCommas(granted)},
    };
    const std::string signingInput = base64UrlEncode(header.dump()) + "." + base64UrlEncode(claims.dump());
    const auto signature = signRs256(m_signingKey, signingInput);
    if (!signature)
        return errorResponse(500, "internal_error", "Please try again later");

    // IMS answers one second short of the token's lifetime, in seconds on this endpoint.
    HttpResponse response = jsonResponse(200,
        OrderedJson {
            {"access_token", signingInput + "." + base64UrlEncode(signature.value())},
            {"token_type", "bearer"},
            {"expires_in", kTokenLifetimeSeconds - 1},
        });
    response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("Pragma", "no-cache");
    return response;
}

// Sliding window per client; throttled requests are not recorded, so waiting Retry-After
// seconds always helps.
bool SandboxIms::throttled(const std::string &clientId, TimePoint now, std::int64_t &retryAfter)
{
    std::vector<TimePoint> &times = m_requests[clientId];
    const TimePoint windowStart = now - kRateWindow;
    std::erase_if(times, [&](TimePoint t) { return t <= windowStart; });
    if (times.size() >= static_cast<std::size_t>(kRateLimit)) {
        const TimePoint oldest = *std::min_element(times.begin(), times.end());
        const auto wait = std::chrono::ceil<std::chrono::seconds>(oldest + kRateWindow - now).count();
        retryAfter = std::max<std::int64_t>(1, wait);
        return true;
    }
    times.push_back(now);
    return false;
}

} // namespace ims
