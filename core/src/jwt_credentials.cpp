#include "text_util.h"
#include "imscore/jwt_credentials.h"

#include "imscore/catalog.h"
#include "imscore/form.h"
#include "imscore/jwt.h"
#include "imscore/validation.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>

namespace ims {

namespace {

using detail::asciiLowered;
using detail::normalizedPem;
using Member = detail::JsonMember<nlohmann::ordered_json>;
constexpr auto parsePosition = detail::jsonParsePosition;

// Ordered, so metascopes come out in the document's order.
using json = nlohmann::ordered_json;
using OrderedJson = nlohmann::ordered_json;

constexpr std::string_view kServiceCredentialTitle = "AEM as a Cloud Service";
// The catalog has no AEM as a Cloud Service entry: its API is no AEM "Cloud Solution".
constexpr std::string_view kServiceCredentialSolution = "custom";
// Paste detection must stay cheap: nobody pastes a credential this large.
constexpr std::size_t kMaxSniffBytes = 1024 * 1024;

std::int64_t epochSeconds(TimePoint time)
{
    return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

std::optional<json> parseDocument(std::string_view text, ImportResult &result)
{
    std::size_t errorByte = 0;
    std::optional<json> parsed = detail::parseJsonText<json>(text, errorByte);
    if (!parsed)
        result.problems.push_back({Field::Document, Problem::MalformedJson, parsePosition(text, errorByte)});
    return parsed;
}

// Servers arrive as "https://host", "http://host" or a bare "host" (the service credential's
// imsEndpoint); the documented form has a scheme and no trailing slash.
std::string serverFromText(std::string_view text)
{
    const std::string_view trimmed = trimBlanks(text);
    if (trimmed.empty())
        return {};
    if (trimmed.find("://") == std::string_view::npos)
        return normalizeAuthorizationServer("https://" + std::string(trimmed));
    return normalizeAuthorizationServer(trimmed);
}

Member findMember(const json &object, std::string_view name)
{
    return detail::findJsonMember(object, {name});
}

bool startsLikeJsonObject(std::string_view text)
{
    std::size_t start = 0;
    while (start < text.size()) {
        const std::string_view rest = text.substr(start);
        if (rest.starts_with("\xEF\xBB\xBF"))
            start += 3;
        else if (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\n' || rest.front() == '\r')
            ++start;
        else
            break;
    }
    return start < text.size() && text[start] == '{';
}

bool containsAll(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    return std::all_of(needles.begin(), needles.end(),
        [&](std::string_view needle) { return haystack.find(needle) != std::string_view::npos; });
}

class Reader
{
public:
    explicit Reader(ImportResult &result)
        : m_result(result)
    { }

    void add(Field field, Problem problem, std::string detail = {})
    {
        m_result.problems.push_back(FieldProblem {field, problem, std::move(detail)});
    }
    void add(std::optional<FieldProblem> problem)
    {
        if (problem)
            m_result.problems.push_back(std::move(*problem));
    }

    // A trimmed string member. Missing → Required, another type → WrongType; detail is the key.
    std::optional<std::string> text(
        const json &object, std::string_view name, const std::string &prefix, Field field)
    {
        const Member member = findMember(object, name);
        if (!member.value) {
            add(field, Problem::Required, prefix + std::string(name));
            return std::nullopt;
        }
        if (!member.value->is_string()) {
            add(field, Problem::WrongType, prefix + member.key);
            return std::nullopt;
        }
        return std::string(trimBlanks(member.value->get_ref<const std::string &>()));
    }

private:
    ImportResult &m_result;
};

// aud is "{server}/c/{client id}"; the last "/c/" separates them (a server has no path).
bool splitAudience(std::string_view audience, std::string &server, std::string &clientId)
{
    audience = trimBlanks(audience);
    while (audience.ends_with('/'))
        audience.remove_suffix(1);
    const std::size_t marker = audience.rfind("/c/");
    if (marker == std::string_view::npos || marker == 0 || marker + 3 >= audience.size())
        return false;
    server = serverFromText(audience.substr(0, marker));
    clientId = std::string(audience.substr(marker + 3));
    return true;
}

// "{server}/s/{metascope}" → server and metascope; false for any other claim name.
bool splitMetascopeClaim(std::string_view claim, std::string &server, std::string &metascope)
{
    const std::size_t marker = claim.rfind("/s/");
    if (marker == std::string_view::npos || marker == 0 || marker + 3 >= claim.size())
        return false;
    const std::string_view name = claim.substr(marker + 3);
    if (name.find('/') != std::string_view::npos)
        return false;
    server = serverFromText(claim.substr(0, marker));
    metascope = std::string(name);
    return true;
}

void guessSolutionFromMetascopes(Configuration &config)
{
    for (const std::string &metascope : config.metascopes) {
        for (const CloudSolution &solution : cloudSolutions()) {
            if (!solution.metascope.empty() && solution.metascope == metascope) {
                config.solutionId = solution.id;
                return;
            }
        }
    }
}

} // namespace

std::string buildJwtClaims(const Configuration &config, TimePoint now, std::chrono::seconds lifetime)
{
    const std::string server = normalizeAuthorizationServer(config.authorizationServer);
    const std::int64_t issuedAt = epochSeconds(now);
    // The order of the Developer Console's "Generate JWT" tab; IMS does not care.
    OrderedJson claims = {
        {"exp", issuedAt + lifetime.count()},
        {"iss", config.orgId},
        {"sub", config.technicalAccountId},
    };
    for (const std::string &metascope : config.metascopes) {
        const std::string_view name = trimBlanks(metascope);
        if (!name.empty())
            claims[server + "/s/" + std::string(name)] = true;
    }
    claims["aud"] = server + "/c/" + config.clientId;
    claims["iat"] = issuedAt;
    return claims.dump();
}

Result<std::string> signJwt(std::string_view claimsJson, const PrivateKey &key)
{
    static const std::string header = base64UrlEncode(R"({"alg":"RS256","typ":"JWT"})");
    const std::string signingInput = header + "." + base64UrlEncode(claimsJson);
    auto signature = signRs256(key, signingInput);
    if (!signature)
        return signature.error();
    return signingInput + "." + base64UrlEncode(signature.value());
}

Result<HttpRequest> buildJwtExchange(
    const Configuration &config, const Secret &clientSecret, const PrivateKey &key, TimePoint now)
{
    auto jwt = signJwt(buildJwtClaims(config, now), key);
    if (!jwt)
        return jwt.error();
    HttpRequest request;
    request.method = "POST";
    request.url = normalizeAuthorizationServer(config.authorizationServer) + "/ims/exchange/jwt";
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    // In the body, never the query string: the secret and the signed JWT would end up in proxy logs.
    request.body = encodeForm({{"client_id", config.clientId},
        {"client_secret", std::string(clientSecret.reveal())}, {"jwt_token", jwt.value()}});
    return request;
}

ImportResult importJwtPayload(std::string_view text)
{
    ImportResult result;
    const std::optional<json> root = parseDocument(text, result);
    if (!root)
        return result;
    Reader reader(result);
    if (!root->is_object()) {
        reader.add(Field::Document, Problem::UnknownShape);
        return result;
    }
    result.recognised = true;
    result.sourceKind = "jwt-payload";
    Configuration &config = result.config;
    config.authType = AuthType::Jwt;

    if (auto iss = reader.text(*root, "iss", {}, Field::OrgId)) {
        config.orgId = *iss;
        reader.add(validateOrgId(config.orgId));
    }
    if (auto sub = reader.text(*root, "sub", {}, Field::TechnicalAccountId)) {
        config.technicalAccountId = *sub;
        reader.add(validateTechnicalAccountId(config.technicalAccountId));
    }

    std::string audienceServer;
    if (auto aud = reader.text(*root, "aud", {}, Field::ClientId)) {
        if (splitAudience(*aud, audienceServer, config.clientId)) {
            config.authorizationServer = audienceServer;
            reader.add(validateAuthorizationServer(config.authorizationServer));
            reader.add(validateClientId(config.clientId));
        } else {
            reader.add(Field::ClientId, Problem::InvalidUrl, "aud");
        }
    }

    // One "{server}/s/{name}": true claim per metascope. A false value asks for nothing.
    std::string metascopeServer;
    for (auto it = root->begin(); it != root->end(); ++it) {
        std::string server, metascope;
        if (!splitMetascopeClaim(it.key(), server, metascope))
            continue;
        if (!it.value().is_boolean()) {
            reader.add(Field::Metascopes, Problem::WrongType, it.key());
            continue;
        }
        if (!it.value().get<bool>())
            continue;
        if (metascopeServer.empty())
            metascopeServer = server;
        if (std::find(config.metascopes.begin(), config.metascopes.end(), metascope)
            == config.metascopes.end())
            config.metascopes.push_back(std::move(metascope));
    }
    if (config.metascopes.empty())
        reader.add(Field::Metascopes, Problem::Required, "{server}/s/{metascope}");
    // Without a usable aud, the metascope claims still say which IMS the payload was made for.
    if (audienceServer.empty() && !metascopeServer.empty())
        config.authorizationServer = metascopeServer;
    guessSolutionFromMetascopes(config);
    return result;
}

ServiceCredentialImport importServiceCredential(std::string_view text)
{
    ServiceCredentialImport out;
    ImportResult &result = out.result;
    const std::optional<json> root = parseDocument(text, result);
    if (!root)
        return out;
    Reader reader(result);

    // The AEM Developer Console wraps the credential in {"ok":…, "integration":{…}}; the inner
    // object pasted on its own is accepted too.
    const json *integration = nullptr;
    std::string prefix;
    if (const Member wrapped = findMember(*root, "integration"); wrapped.value) {
        if (!wrapped.value->is_object()) {
            reader.add(Field::Document, Problem::WrongType, wrapped.key);
            return out;
        }
        integration = wrapped.value;
        prefix = wrapped.key + ".";
    } else if (findMember(*root, "technicalAccount").value || findMember(*root, "imsEndpoint").value) {
        integration = &*root;
    } else {
        reader.add(Field::Document, Problem::UnknownShape);
        return out;
    }

    result.recognised = true;
    result.sourceKind = "aemcs-service-credential";
    Configuration &config = result.config;
    config.authType = AuthType::Jwt;
    config.title = std::string(kServiceCredentialTitle);
    config.solutionId = std::string(kServiceCredentialSolution);

    if (auto endpoint = reader.text(*integration, "imsEndpoint", prefix, Field::AuthorizationServer)) {
        config.authorizationServer = serverFromText(*endpoint);
        reader.add(validateAuthorizationServer(config.authorizationServer));
    }

    // A comma-separated string in the AEM Developer Console's JSON; an array is accepted too.
    if (const Member metascopes = findMember(*integration, "metascopes"); !metascopes.value) {
        reader.add(Field::Metascopes, Problem::Required, prefix + "metascopes");
    } else if (metascopes.value->is_string()) {
        config.metascopes = parseScopes(metascopes.value->get_ref<const std::string &>());
    } else if (metascopes.value->is_array()) {
        for (const json &entry : *metascopes.value) {
            if (!entry.is_string()) {
                reader.add(Field::Metascopes, Problem::WrongType, prefix + metascopes.key);
                config.metascopes.clear();
                break;
            }
            if (const std::string_view name = trimBlanks(entry.get_ref<const std::string &>()); !name.empty())
                config.metascopes.emplace_back(name);
        }
    } else {
        reader.add(Field::Metascopes, Problem::WrongType, prefix + metascopes.key);
    }
    for (FieldProblem &problem : validateScopes(config.metascopes)) {
        problem.field = Field::Metascopes;
        if (problem.problem == Problem::Required)
            problem.detail = prefix + "metascopes";
        result.problems.push_back(std::move(problem));
    }

    const std::string accountPrefix = prefix + "technicalAccount.";
    if (const Member account = findMember(*integration, "technicalAccount"); !account.value) {
        reader.add(Field::ClientId, Problem::Required, accountPrefix + "clientId");
        reader.add(Field::ClientSecret, Problem::Required, accountPrefix + "clientSecret");
    } else if (!account.value->is_object()) {
        reader.add(Field::Document, Problem::WrongType, prefix + account.key);
    } else {
        if (auto clientId = reader.text(*account.value, "clientId", accountPrefix, Field::ClientId)) {
            config.clientId = *clientId;
            reader.add(validateClientId(config.clientId));
        }
        // The detail of a secret problem names the key, never the value.
        if (auto secret = reader.text(*account.value, "clientSecret", accountPrefix, Field::ClientSecret)) {
            if (auto problem = validateClientSecret(*secret))
                reader.add(Field::ClientSecret, problem->problem, accountPrefix + "clientSecret");
            if (!secret->empty())
                result.clientSecrets.emplace_back(std::move(*secret));
        }
    }

    if (auto org = reader.text(*integration, "org", prefix, Field::OrgId)) {
        config.orgId = *org;
        reader.add(validateOrgId(config.orgId));
    }
    if (auto id = reader.text(*integration, "id", prefix, Field::TechnicalAccountId)) {
        config.technicalAccountId = *id;
        reader.add(validateTechnicalAccountId(config.technicalAccountId));
    }
    if (auto email = reader.text(*integration, "email", prefix, Field::TechnicalAccountEmail)) {
        config.technicalAccountEmail = *email;
        reader.add(validateTechnicalAccountEmail(config.technicalAccountEmail));
    }

    // Key material is taken as it is: whether it parses, and whether key and certificate belong
    // together, is for the caller (certificates.h) to say.
    if (auto key = reader.text(*integration, "privateKey", prefix, Field::PrivateKey)) {
        out.privateKeyPem = Secret(normalizedPem(*key));
        OPENSSL_cleanse(key->data(), key->size());
        if (out.privateKeyPem.empty())
            reader.add(Field::PrivateKey, Problem::Required, prefix + "privateKey");
    }
    if (auto certificate = reader.text(*integration, "publicKey", prefix, Field::Certificate)) {
        out.certificatePem = normalizedPem(*certificate);
        config.certificatePem = out.certificatePem;
        if (out.certificatePem.empty())
            reader.add(Field::Certificate, Problem::Required, prefix + "publicKey");
    }
    return out;
}

bool looksLikeJwtPayload(std::string_view text)
{
    if (text.size() > kMaxSniffBytes || !startsLikeJsonObject(text))
        return false;
    const std::string lowered = asciiLowered(text);
    return containsAll(lowered, {"\"aud\""})
        && (containsAll(lowered, {"\"iss\""}) || containsAll(lowered, {"\"sub\""})
            || containsAll(lowered, {"/s/"}));
}

bool looksLikeServiceCredential(std::string_view text)
{
    if (text.size() > kMaxSniffBytes || !startsLikeJsonObject(text))
        return false;
    const std::string lowered = asciiLowered(text);
    return containsAll(lowered, {"\"imsendpoint\""})
        || containsAll(lowered, {"\"integration\"", "\"technicalaccount\""})
        || containsAll(lowered, {"\"technicalaccount\"", "\"privatekey\""});
}

} // namespace ims
