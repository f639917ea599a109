#include "imscore/sandbox.h"

#include "imscore/catalog.h"
#include "imscore/cloud_service.h"
#include "imscore/form.h"
#include "imscore/jwt.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>

namespace ims {

namespace {

using OrderedJson = nlohmann::ordered_json;

constexpr std::string_view kSandboxOrgId = "5A1D8B0C7E2F4A3B9C6D0E1F@AdobeOrg";
constexpr std::string_view kTechAccountDomain = "@techacct.adobe.com";
constexpr std::string_view kJsonContentType = "application/json;charset=utf-8";
constexpr std::int64_t kTokenLifetimeSeconds = 86400;

// AEM as a Cloud Service: the sample program's service credential (ims.md §2).
constexpr std::string_view kServiceCredentialClientId = "cm-p12345-e67890-integration-0";
constexpr std::string_view kServiceCredentialLabel = "aem-service-credential";
constexpr std::string_view kServiceCredentialMetascope = "ent_aem_cloud_api";
constexpr std::string_view kDefaultImsEndpoint = "ims-na1.adobelogin.com";
constexpr int kServiceCredentialDays = 365;

// IMS's answers on the JWT exchange (ims.md §2). Fixed texts: nothing sent is echoed back.
constexpr std::string_view kMalformedBody = "unsupported or malformed request body";
constexpr std::string_view kInvalidClientId = "invalid client_id parameter";
constexpr std::string_view kInvalidClientSecret = "invalid client_secret parameter";
constexpr std::string_view kTryAgainLater = "Please try again later";
constexpr std::string_view kMissingJwt = "missing jwt_token parameter";
constexpr std::string_view kUndecodableJwt = "Could not decode the JWT";
constexpr std::string_view kNotRs256 = "The JWT must be signed with RS256";
constexpr std::string_view kAudienceMismatch = "The aud claim of the JWT does not match the client";
constexpr std::string_view kIssuerMismatch = "The iss claim of the JWT does not match the organization";
constexpr std::string_view kSubjectMismatch = "The sub claim of the JWT does not match the technical account";
constexpr std::string_view kMalformedExp = "The exp claim of the JWT is missing or not a number";
constexpr std::string_view kMalformedIat = "The iat claim of the JWT is not a number";
constexpr std::string_view kMalformedJti = "The jti claim of the JWT is not a string";
constexpr std::string_view kJwtExpired = "JWT expired";
constexpr std::string_view kNoBinding = "Could not match JWT signature to any of the bindings";
constexpr std::string_view kMetascopesNotSubset
    = "The metascopes in the JWT are not a subset of the metascopes in the binding.";
constexpr std::string_view kNoMetascope = "The JWT does not request any metascope";

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
    // Every sample credential also stands for its JWT predecessor, bound to the catalog metascope.
    if (!solution.metascope.empty())
        client.metascopes = {solution.metascope};
    return client;
}

SandboxClient makeServiceCredentialClient()
{
    SandboxClient client;
    client.solutionId = "custom";
    client.title = "AEM as a Cloud Service";
    client.clientId = std::string(kServiceCredentialClientId);
    client.clientSecret = "p8e-SANDBOX-service-credential-"
        + derivedHex("client_secret", kServiceCredentialLabel).substr(0, 16);
    client.orgId = std::string(kSandboxOrgId);
    client.technicalAccountId = upper(derivedHex("technical_account", kServiceCredentialLabel).substr(0, 24))
        + std::string(kTechAccountDomain);
    client.technicalAccountEmail = uuidFromHex(derivedHex("technical_account_email", kServiceCredentialLabel))
        + std::string(kTechAccountDomain);
    client.metascopes = {std::string(kServiceCredentialMetascope)};
    return client; // no OAuth scopes: service credentials only know the JWT exchange
}

// The OAuth endpoint knows the Developer Console's credentials only.
const SandboxClient *findOAuthClient(std::string_view clientId)
{
    for (const SandboxClient &client : sandboxOrganisation()) {
        if (client.clientId == clientId)
            return &client;
    }
    return nullptr;
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

HttpResponse methodNotAllowed(std::string_view allowed)
{
    HttpResponse response = errorResponse(405, "method_not_allowed", "use " + std::string(allowed));
    response.headers.emplace_back("Allow", allowed);
    return response;
}

HttpResponse tooManyRequests(std::int64_t retryAfter)
{
    HttpResponse response = errorResponse(429, "too_many_requests", "too many requests, retry later");
    response.headers.emplace_back("Retry-After", std::to_string(retryAfter));
    return response;
}

// A token answer must not be cached by anything between the client and IMS.
HttpResponse tokenResponse(const OrderedJson &body)
{
    HttpResponse response = jsonResponse(200, body);
    response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("Pragma", "no-cache");
    return response;
}

// "/sandbox/clients/{client_id}{suffix}" → the decoded client id; nullopt for other paths.
std::optional<std::string> clientPathSegment(std::string_view path, std::string_view suffix)
{
    constexpr std::string_view prefix = "/sandbox/clients/";
    if (!path.starts_with(prefix) || !path.ends_with(suffix) || path.size() <= prefix.size() + suffix.size())
        return std::nullopt;
    const std::string_view segment = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (segment.find('/') != std::string_view::npos)
        return std::nullopt;
    return urlDecode(segment);
}

// "/{tenant}/target/activities" → the tenant; nullopt for other paths.
std::optional<std::string> targetTenantSegment(std::string_view path)
{
    constexpr std::string_view suffix = "/target/activities";
    if (!path.starts_with('/') || !path.ends_with(suffix) || path.size() <= suffix.size() + 1)
        return std::nullopt;
    const std::string_view tenant = path.substr(1, path.size() - suffix.size() - 1);
    if (tenant.find('/') != std::string_view::npos)
        return std::nullopt;
    return std::string(tenant);
}

// The Adobe I/O gateway's error document ({"errorCode","message"}), not IMS's.
HttpResponse gatewayError(int status, std::string_view code, std::string_view message)
{
    return jsonResponse(status, OrderedJson {{"errorCode", code}, {"message", message}});
}

// A Host header fit to be echoed as imsEndpoint: host name or address and port, nothing else.
std::optional<std::string> plainHost(std::string_view host)
{
    if (host.empty() || host.size() > 255)
        return std::nullopt;
    const bool plain = std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '-' || c == ':' || c == '[' || c == ']';
    });
    return plain ? std::optional<std::string>(host) : std::nullopt;
}

std::string crlfLines(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

template<auto FreeFunction> struct OpenSslDeleter
{
    template<class T> void operator()(T *p) const { FreeFunction(p); }
};
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;

Error certificateError(std::string_view what)
{
    std::string detail(what);
    if (const std::string queue = takeOpenSslErrors(); !queue.empty())
        detail += ": " + queue;
    return makeError(ErrorCode::CryptoFailure, std::move(detail));
}

// Adobe's recipe (self-signed, SHA-256, a year) with the validity counted from the rules' clock,
// so a credential issued at a test's fixed instant is valid at that instant.
Result<Certificate> selfSignedCertificate(
    const PrivateKey &key, std::string_view commonName, TimePoint now, int days)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return certificateError("X509_new failed");
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return certificateError("RAND_bytes failed");
    serialBytes[0] = static_cast<unsigned char>((serialBytes[0] & 0x7f) | 0x40); // positive, full length
    BignumPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return certificateError("could not set the serial number");
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(commonName.data()), static_cast<int>(commonName.size()),
            -1, 0)
            != 1
        || X509_set_issuer_name(cert.get(), name) != 1)
        return certificateError("could not set the names");
    time_t start = std::chrono::system_clock::to_time_t(now);
    if (!X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, -300, &start)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, &start))
        return certificateError("could not set the validity period");
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return certificateError("X509_set_pubkey failed");
    X509V3_CTX context;
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto &[nid, value] : {std::pair {NID_basic_constraints, "critical,CA:FALSE"},
             std::pair {NID_key_usage, "critical,digitalSignature"},
             std::pair {NID_subject_key_identifier, "hash"}}) {
        X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
        if (!extension || X509_add_ext(cert.get(), extension.get(), -1) != 1)
            return certificateError("could not add a certificate extension");
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return certificateError("X509_sign failed");
    return Certificate(cert.release());
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

Configuration sandboxClientConfiguration(const SandboxClient &client, std::string server)
{
    Configuration config;
    config.id = newConfigurationId();
    config.title = client.title;
    config.solutionId = client.solutionId;
    config.authorizationServer = std::move(server);
    config.clientId = client.clientId;
    config.orgId = client.orgId;
    config.technicalAccountId = client.technicalAccountId;
    config.technicalAccountEmail = client.technicalAccountEmail;
    config.scopes = client.scopes;
    config.clientSecretRef = clientSecretKey(config.id);
    config.sandbox = true;
    return config;
}

const std::vector<SandboxClient> &sandboxOrganisation()
{
    static const std::vector<SandboxClient> clients = buildOrganisation();
    return clients;
}

const SandboxClient &sandboxServiceCredentialClient()
{
    static const SandboxClient client = makeServiceCredentialClient();
    return client;
}

const SandboxClient *findSandboxClient(std::string_view clientId)
{
    if (const SandboxClient *client = findOAuthClient(clientId))
        return client;
    const SandboxClient &serviceCredential = sandboxServiceCredentialClient();
    return serviceCredential.clientId == clientId ? &serviceCredential : nullptr;
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
    const SandboxFault *fault = faultFor(request);
    const bool faultClient = fault && fault != m_fault; // selected by the request's client id
    HttpResponse response;
    if (fault && fault->action == FaultAction::Answer) {
        response = faultAnswer(*fault);
    } else if (fault && faultClient) {
        // ClockSkew answers with a token; the wire actions are the server's, a token stands in.
        response = faultClientToken(request, path == "/ims/exchange/jwt", now);
    } else if (path == "/ims/token/v3" || path == "/ims/token/v2") {
        response = request.method == "POST" ? tokenRequest(request, now) : methodNotAllowed("POST");
    } else if (path == "/ims/exchange/jwt") {
        response = request.method == "POST" ? jwtExchange(request, now) : methodNotAllowed("POST");
    } else if (const auto clientId = clientPathSegment(path, "/certificates")) {
        response = certificatesRequest(request, *clientId, now);
    } else if (const auto convertedId = clientPathSegment(path, "/convert-to-oauth")) {
        response = request.method == "POST" ? convertToOAuthRequest(*convertedId) : methodNotAllowed("POST");
    } else if (const auto roleClientId = clientPathSegment(path, "/target-role")) {
        response = request.method == "POST" ? targetRoleRequest(request, *roleClientId) : methodNotAllowed("POST");
    } else if (const auto tenant = targetTenantSegment(path)) {
        response = request.method == "GET" ? targetActivitiesRequest(request, *tenant, now) : methodNotAllowed("GET");
    } else if (path == "/sandbox/service-credential") {
        response
            = request.method == "POST" ? serviceCredentialRequest(request, now) : methodNotAllowed("POST");
    } else {
        response = errorResponse(404, "not_found", "no such endpoint");
    }
    if (headerValue(response.headers, "Content-Type").empty())
        response.headers.emplace_back("Content-Type", kJsonContentType);
    // A server whose clock is off says so in every Date header it sends.
    const bool skewed = fault && fault->action == FaultAction::ClockSkew;
    response.headers.emplace_back("Date", httpDate(skewed ? now + kSandboxClockSkew : now));
    return response;
}

const SandboxFault *SandboxIms::faultFor(const HttpRequest &request) const
{
    const std::string path = requestPath(request.url);
    if (request.method != "POST"
        || (path != "/ims/token/v3" && path != "/ims/token/v2" && path != "/ims/exchange/jwt"))
        return nullptr;
    if (m_fault)
        return m_fault;
    const auto fields = parseFormBody(request.body, headerValue(request.headers, "Content-Type"));
    if (!fields)
        return nullptr;
    const auto clientId = formValue(*fields, "client_id");
    return clientId ? faultForClientId(*clientId) : nullptr;
}

HttpResponse SandboxIms::faultClientToken(const HttpRequest &request, bool jwtEndpoint, TimePoint now) const
{
    SandboxClient standIn = sandboxOrganisation().front();
    const auto fields = parseFormBody(request.body, headerValue(request.headers, "Content-Type"));
    standIn.clientId = fields ? formValue(*fields, "client_id").value_or(standIn.clientId) : standIn.clientId;
    const auto token = accessToken(standIn, joinWithCommas(standIn.scopes), now);
    if (!token)
        return errorResponse(500, "internal_error", kTryAgainLater);
    return tokenResponse(OrderedJson {
        {"access_token", token.value()},
        {"token_type", "bearer"},
        {"expires_in", jwtEndpoint ? (kTokenLifetimeSeconds * 1000 - 1) : (kTokenLifetimeSeconds - 1)},
    });
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

    const SandboxClient *client = findOAuthClient(formValue(*fields, "client_id").value_or(std::string()));
    if (!client)
        return errorResponse(400, "invalid_client", kInvalidClientId);

    std::int64_t retryAfter = 0;
    if (throttled(client->clientId, now, retryAfter))
        return tooManyRequests(retryAfter);

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

    const auto token = accessToken(*client, joinWithCommas(granted), now);
    if (!token)
        return errorResponse(500, "internal_error", kTryAgainLater);
    // IMS answers one second short of the token's lifetime, in seconds on this endpoint.
    return tokenResponse(OrderedJson {
        {"access_token", token.value()},
        {"token_type", "bearer"},
        {"expires_in", kTokenLifetimeSeconds - 1},
    });
}

Result<std::string> SandboxIms::accessToken(
    const SandboxClient &client, const std::string &scope, TimePoint now) const
{
    const auto createdAt
        = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const OrderedJson header = {{"alg", "RS256"}, {"typ", "JWT"}, {"kid", "sandbox-1"}, {"x5u", "sandbox"}};
    const OrderedJson claims = {
        {"id", createdAt ? std::to_string(createdAt) + "_" + randomHex(16) : randomHex(16)},
        {"type", "access_token"},
        {"client_id", client.clientId},
        {"user_id", client.technicalAccountId},
        {"as", "ims-na1-sandbox"},
        {"aa_id", client.technicalAccountId},
        {"ctp", 0},
        {"fg", "SANDBOX" + upper(randomHex(8)) + "======"},
        {"moi", randomHex(4)},
        {"pba", "MED_SEC_CUST_AUTH"},
        {"created_at", std::to_string(createdAt)},
        {"expires_in", std::to_string(kTokenLifetimeSeconds * 1000)},
        {"scope", scope},
    };
    const std::string signingInput = base64UrlEncode(header.dump()) + "." + base64UrlEncode(claims.dump());
    const auto signature = signRs256(m_signingKey, signingInput);
    if (!signature)
        return signature.error();
    return signingInput + "." + base64UrlEncode(signature.value());
}

// Checks in the order sandbox.h lists them: body, client, throttling, secret, conversion to OAuth,
// the JWT's shape, aud, iss/sub, exp, signature, metascopes.
HttpResponse SandboxIms::jwtExchange(const HttpRequest &request, TimePoint now)
{
    const auto fields = parseFormBody(request.body, headerValue(request.headers, "Content-Type"));
    if (!fields)
        return errorResponse(400, "invalid_request", kMalformedBody);

    const SandboxClient *client = findSandboxClient(formValue(*fields, "client_id").value_or(std::string()));
    if (!client)
        return errorResponse(400, "invalid_client", kInvalidClientId);

    std::int64_t retryAfter = 0;
    if (throttled(client->clientId, now, retryAfter))
        return tooManyRequests(retryAfter);

    const auto secret = formValue(*fields, "client_secret");
    if (!secret || !equalInConstantTime(*secret, client->clientSecret))
        return errorResponse(401, "invalid_client", kInvalidClientSecret);

    // What IMS answers a JWT credential that was converted to OAuth: no hint, just a 500.
    if (m_convertedToOAuth.contains(client->clientId))
        return errorResponse(500, "internal_error", kTryAgainLater);

    const auto token = formValue(*fields, "jwt_token");
    if (!token || token->empty())
        return errorResponse(400, "invalid_token", kMissingJwt);
    const auto jwt = decodeJwt(*token);
    if (!jwt)
        return errorResponse(400, "invalid_token", kUndecodableJwt);
    const OrderedJson header = OrderedJson::parse(jwt->headerJson, nullptr, false);
    const OrderedJson claims = OrderedJson::parse(jwt->payloadJson, nullptr, false);
    if (!header.is_object() || !claims.is_object())
        return errorResponse(400, "invalid_token", kUndecodableJwt);
    if (const auto alg = header.find("alg"); alg == header.end() || *alg != "RS256")
        return errorResponse(400, "invalid_signature", kNotRs256);

    // aud is {server}/c/{client_id}; the server part is whatever URL the client was configured
    // with (the sandbox does not know under which name it is reached), the metascopes must use it.
    const std::string audienceSuffix = "/c/" + client->clientId;
    const auto aud = claims.find("aud");
    if (aud == claims.end() || !aud->is_string())
        return errorResponse(400, "invalid_client", kAudienceMismatch);
    const std::string &audience = aud->get_ref<const std::string &>();
    if (!audience.ends_with(audienceSuffix) || audience.size() == audienceSuffix.size())
        return errorResponse(400, "invalid_client", kAudienceMismatch);
    const std::string server = audience.substr(0, audience.size() - audienceSuffix.size());

    if (const auto iss = claims.find("iss"); iss == claims.end() || *iss != client->orgId)
        return errorResponse(400, "bad_request", kIssuerMismatch);
    if (const auto sub = claims.find("sub"); sub == claims.end() || *sub != client->technicalAccountId)
        return errorResponse(400, "bad_request", kSubjectMismatch);
    const auto exp = claims.find("exp");
    if (exp == claims.end() || !exp->is_number())
        return errorResponse(400, "bad_request", kMalformedExp);
    if (const auto iat = claims.find("iat"); iat != claims.end() && !iat->is_number())
        return errorResponse(400, "bad_request", kMalformedIat);
    if (const auto jti = claims.find("jti"); jti != claims.end() && !jti->is_string())
        return errorResponse(400, "bad_request", kMalformedJti);

    const double expiresAt = exp->get<double>();
    const auto nowSeconds = std::chrono::duration<double>(now.time_since_epoch()).count();
    if (nowSeconds > expiresAt + static_cast<double>(kJwtClockTolerance.count()))
        return errorResponse(400, "invalid_token", kJwtExpired);

    // A binding whose certificate has expired no longer counts, as at Adobe.
    bool signatureMatches = false;
    if (const auto bindings = m_bindings.find(client->clientId); bindings != m_bindings.end()) {
        for (const Certificate &certificate : bindings->second) {
            const TimePoint notAfter = certificate.notAfter();
            if (notAfter != TimePoint {} && notAfter < now)
                continue;
            if (verifyRs256(certificate, jwt->signingInput, jwt->signature)) {
                signatureMatches = true;
                break;
            }
        }
    }
    if (!signatureMatches)
        return errorResponse(400, "invalid_token", kNoBinding);

    // Metascope claims: "{server}/s/{name}": true; false asks for nothing.
    std::vector<std::string> requested;
    const std::string metascopePrefix = server + "/s/";
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        const std::string &name = it.key();
        if (name.find("/s/") == std::string::npos || *it == false)
            continue;
        const std::string metascope
            = name.starts_with(metascopePrefix) ? name.substr(metascopePrefix.size()) : "";
        if (*it != true || metascope.empty()
            || std::find(client->metascopes.begin(), client->metascopes.end(), metascope)
                == client->metascopes.end())
            return errorResponse(400, "invalid_scope", kMetascopesNotSubset);
        requested.push_back(metascope);
    }
    if (requested.empty())
        return errorResponse(400, "invalid_scope", kNoMetascope);

    const auto accessTokenText = accessToken(*client, joinWithCommas(requested), now);
    if (!accessTokenText)
        return errorResponse(500, "internal_error", kTryAgainLater);
    // Milliseconds on this endpoint, one second short of the token's lifetime (ims.md §2).
    return tokenResponse(OrderedJson {
        {"token_type", "bearer"},
        {"access_token", accessTokenText.value()},
        {"expires_in", kTokenLifetimeSeconds * 1000 - 1},
    });
}

HttpResponse SandboxIms::certificatesRequest(
    const HttpRequest &request, const std::string &clientId, TimePoint now)
{
    if (request.method != "GET" && request.method != "POST")
        return methodNotAllowed("GET, POST");
    if (!findSandboxClient(clientId))
        return errorResponse(404, "not_found", "no such client");

    if (request.method == "GET") {
        OrderedJson fingerprints = OrderedJson::array();
        if (const auto bindings = m_bindings.find(clientId); bindings != m_bindings.end()) {
            for (const Certificate &certificate : bindings->second)
                fingerprints.push_back(certificate.sha256Fingerprint());
        }
        return jsonResponse(
            200, OrderedJson {{"client_id", clientId}, {"fingerprints", std::move(fingerprints)}});
    }

    // Uploads are throttled per client like token requests: parsing certificates costs work.
    std::int64_t retryAfter = 0;
    if (throttled("certificates/" + clientId, now, retryAfter))
        return tooManyRequests(retryAfter);
    const auto certificate = Certificate::fromPem(request.body);
    if (!certificate)
        return errorResponse(400, "invalid_request", "the body is not a PEM certificate");
    if (const auto error = bindCertificate(clientId, certificate.value()))
        return errorResponse(400, "invalid_request", "the certificate's key is not RSA");
    return jsonResponse(201,
        OrderedJson {
            {"client_id", clientId},
            {"fingerprint", certificate.value().sha256Fingerprint()},
            {"bindings", bindingCount(clientId)},
        });
}

// The Developer Console's "add an OAuth credential to the project": from now on the JWT
// exchange refuses the client, as IMS does after a migration. Idempotent.
HttpResponse SandboxIms::convertToOAuthRequest(const std::string &clientId)
{
    const SandboxClient *client = findSandboxClient(clientId);
    if (!client)
        return errorResponse(404, "not_found", "no such client");
    markConvertedToOAuth(client->clientId);
    return jsonResponse(200, OrderedJson {{"client_id", client->clientId}, {"converted", true}});
}

void SandboxIms::setTargetEditor(const std::string &clientId, bool editor)
{
    if (editor)
        m_targetEditors.insert(clientId);
    else
        m_targetEditors.erase(clientId);
}

bool SandboxIms::isTargetEditor(const std::string &clientId) const
{
    return m_targetEditors.count(clientId) > 0;
}

HttpResponse SandboxIms::targetRoleRequest(const HttpRequest &request, const std::string &clientId)
{
    const SandboxClient *client = findSandboxClient(clientId);
    if (!client)
        return errorResponse(404, "not_found", "no such client");
    std::string role = "editor";
    if (!request.body.empty()) {
        const auto body = nlohmann::json::parse(request.body, nullptr, false);
        if (!body.is_object() || !body.contains("role") || !body["role"].is_string())
            return errorResponse(400, "invalid_request", "expected {\"role\":\"editor\"|\"observer\"}");
        role = body["role"].get<std::string>();
        if (role != "editor" && role != "observer")
            return errorResponse(400, "invalid_request", "role must be editor or observer");
    }
    setTargetEditor(client->clientId, role == "editor");
    return jsonResponse(200, OrderedJson {{"client_id", client->clientId}, {"role", role}});
}

HttpResponse SandboxIms::targetActivitiesRequest(const HttpRequest &request, const std::string &tenant, TimePoint now)
{
    constexpr std::string_view kTokenInvalid = "401013";
    const std::string authorization = headerValue(request.headers, "Authorization");
    const std::string apiKey = headerValue(request.headers, "X-Api-Key");
    if (apiKey.empty())
        return gatewayError(403, "403000", "Api Key is required");
    constexpr std::string_view bearer = "Bearer ";
    if (authorization.size() <= bearer.size() || authorization.compare(0, bearer.size(), bearer) != 0)
        return gatewayError(401, kTokenInvalid, "Oauth token is not valid");
    const auto jwt = decodeJwt(std::string_view(authorization).substr(bearer.size()));
    if (!jwt || !verifyRs256(m_signingKey, jwt->signingInput, jwt->signature))
        return gatewayError(401, kTokenInvalid, "Oauth token is not valid");
    const auto claims = nlohmann::json::parse(jwt->payloadJson, nullptr, false);
    if (!claims.is_object() || !claims.contains("client_id") || !claims["client_id"].is_string()
        || !claims.contains("created_at") || !claims["created_at"].is_string() || !claims.contains("expires_in")
        || !claims["expires_in"].is_string())
        return gatewayError(401, kTokenInvalid, "Oauth token is not valid");
    const std::string tokenClient = claims["client_id"].get<std::string>();
    if (tokenClient != apiKey)
        return gatewayError(401, kTokenInvalid, "Oauth token is not valid for this Api Key");
    try {
        const std::int64_t expiresAtMs
            = std::stoll(claims["created_at"].get<std::string>()) + std::stoll(claims["expires_in"].get<std::string>());
        const std::int64_t nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
        if (expiresAtMs <= nowMs)
            return gatewayError(401, "401013", "Oauth token is expired");
    } catch (const std::exception &) {
        return gatewayError(401, kTokenInvalid, "Oauth token is not valid");
    }
    if (tenant != kSandboxTargetTenant)
        return gatewayError(404, "NotFound", "Tenant not found");
    if (!isTargetEditor(tokenClient))
        return gatewayError(403, "Forbidden",
                            "The technical account has the Adobe Target product role Observer; the Admin API needs "
                            "Editor (or Approver) on the product profile.");
    return jsonResponse(200, OrderedJson {
        {"total", 2},
        {"offset", 0},
        {"limit", 2147483647},
        {"activities", OrderedJson::array({
            OrderedJson {{"id", 168816}, {"name", "Homepage hero (training)"}, {"type", "ab"}, {"state", "approved"},
                         {"priority", 0}, {"modifiedAt", "2026-01-15T10:00:00Z"}, {"workspace", "1234567"}},
            OrderedJson {{"id", 168817}, {"name", "Checkout offer (training)"}, {"type", "xt"}, {"state", "saved"},
                         {"priority", 0}, {"modifiedAt", "2026-01-16T10:00:00Z"}, {"workspace", "1234567"}},
        })},
    });
}

HttpResponse SandboxIms::serviceCredentialRequest(const HttpRequest &request, TimePoint now)
{
    // Each one costs an RSA key generation: throttled like token requests.
    std::int64_t retryAfter = 0;
    if (throttled("sandbox/service-credential", now, retryAfter))
        return tooManyRequests(retryAfter);
    const std::optional<std::string> host = plainHost(headerValue(request.headers, "Host"));
    const auto credential = issueServiceCredential(now, host.value_or(std::string(kDefaultImsEndpoint)));
    if (!credential)
        return errorResponse(500, "internal_error", kTryAgainLater);
    HttpResponse response;
    response.status = 200;
    response.body = credential.value();
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

std::optional<Error> SandboxIms::bindCertificate(const std::string &clientId, const Certificate &certificate)
{
    if (!findSandboxClient(clientId))
        return makeError(ErrorCode::InvalidClientId, "no such sandbox client");
    if (certificate.isNull())
        return makeError(ErrorCode::MalformedInput, "no certificate");
    const EVP_PKEY *publicKey = X509_get0_pubkey(certificate.get());
    if (!publicKey || EVP_PKEY_is_a(publicKey, "RSA") != 1) {
        takeOpenSslErrors();
        return makeError(ErrorCode::UnsupportedKey, "the certificate's key is not RSA");
    }
    std::vector<Certificate> &bindings = m_bindings[clientId];
    const std::string fingerprint = certificate.sha256Fingerprint();
    if (std::any_of(bindings.begin(), bindings.end(),
            [&](const Certificate &bound) { return bound.sha256Fingerprint() == fingerprint; }))
        return std::nullopt; // uploading the same certificate again changes nothing
    if (bindings.size() >= kMaxBindingsPerClient)
        bindings.erase(bindings.begin());
    bindings.push_back(certificate);
    return std::nullopt;
}

std::size_t SandboxIms::bindingCount(const std::string &clientId) const
{
    const auto bindings = m_bindings.find(clientId);
    return bindings == m_bindings.end() ? 0 : bindings->second.size();
}

void SandboxIms::markConvertedToOAuth(const std::string &clientId)
{
    m_convertedToOAuth.insert(clientId);
}

Result<std::string> SandboxIms::issueServiceCredential(TimePoint now)
{
    return issueServiceCredential(now, kDefaultImsEndpoint);
}

Result<std::string> SandboxIms::issueServiceCredential(TimePoint now, std::string_view imsEndpoint)
{
    const SandboxClient &client = sandboxServiceCredentialClient();
    auto key = PrivateKey::generateRsa(2048);
    if (!key)
        return key.error();
    auto certificate = selfSignedCertificate(key.value(), client.clientId, now, kServiceCredentialDays);
    if (!certificate)
        return certificate.error();
    auto privateKeyPem = key.value().toPkcs8Pem();
    auto certificatePem = certificate.value().toPem();
    if (!privateKeyPem)
        return privateKeyPem.error();
    if (!certificatePem)
        return certificatePem.error();
    if (auto error = bindCertificate(client.clientId, certificate.value()))
        return *error;

    // The AEM Developer Console's shape and line ends (samples/aemcs-service-credential.json).
    const OrderedJson document = {
        {"ok", true},
        {"integration",
            {
                {"imsEndpoint", imsEndpoint},
                {"metascopes", joinWithCommas(client.metascopes)},
                {"technicalAccount", {{"clientId", client.clientId}, {"clientSecret", client.clientSecret}}},
                {"email", client.technicalAccountEmail},
                {"id", client.technicalAccountId},
                {"org", client.orgId},
                {"privateKey", crlfLines(privateKeyPem.value().reveal())},
                {"publicKey", crlfLines(certificatePem.value())},
            }},
        {"statusCode", 200},
    };
    return document.dump(2);
}

// Sliding window per client; throttled requests are not recorded, so waiting Retry-After
// seconds always helps.
bool SandboxIms::throttled(const std::string &clientId, TimePoint now, std::int64_t &retryAfter)
{
    std::vector<TimePoint> &times = m_requests[clientId];
    const TimePoint windowStart = now - kRateWindow;
    std::erase_if(times, [&](TimePoint t) { return t <= windowStart; });
    if (times.size() >= static_cast<std::size_t>(m_rateLimit)) {
        const TimePoint oldest = *std::min_element(times.begin(), times.end());
        const auto wait = std::chrono::ceil<std::chrono::seconds>(oldest + kRateWindow - now).count();
        retryAfter = std::max<std::int64_t>(1, wait);
        return true;
    }
    times.push_back(now);
    return false;
}

} // namespace ims
