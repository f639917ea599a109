#include "text_util.h"
#include "imscore/devconsole_import.h"

#include "imscore/catalog.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <nlohmann/json.hpp>

namespace ims {

namespace {

using detail::asciiLowered;
using Member = detail::JsonMember<nlohmann::json>;
constexpr auto findMember = detail::findJsonMember<nlohmann::json>;
constexpr auto parsePosition = detail::jsonParsePosition;

using nlohmann::json;

std::string joinPath(std::string_view prefix, std::string_view key)
{
    return prefix.empty() ? std::string(key) : std::string(prefix) + "." + std::string(key);
}

class Importer
{
public:
    explicit Importer(ImportResult &result)
        : m_result(result)
    { }

    void importWorkspace(const json &root);
    void importFlatCredential(const json &root);

private:
    void add(Field field, Problem problem, std::string detail = {})
    {
        m_result.problems.push_back(FieldProblem {field, problem, std::move(detail)});
    }
    void add(std::optional<FieldProblem> problem)
    {
        if (problem)
            m_result.problems.push_back(std::move(*problem));
    }

    // A nested object on the way to the credentials; WrongType when it is something else.
    const json *objectAt(const json &parent, std::string_view key, const std::string &path);
    // Reads a string member, trimmed. Missing → Required (when required), other type → WrongType.
    bool readText(const json &object, std::initializer_list<std::string_view> names,
        const std::string &prefix, Field field, bool required, std::string &out);
    void readSecrets(
        const json &object, std::initializer_list<std::string_view> names, const std::string &prefix);
    void readScopes(
        const json &object, std::initializer_list<std::string_view> names, const std::string &prefix);
    void readTechnicalAccount(const json &object, std::initializer_list<std::string_view> idNames,
        std::initializer_list<std::string_view> emailNames, const std::string &prefix);
    void guessSolution(const json &details);

    ImportResult &m_result;
};

const json *Importer::objectAt(const json &parent, std::string_view key, const std::string &path)
{
    const Member member = findMember(parent, {key});
    if (!member.value)
        return nullptr;
    if (!member.value->is_object()) {
        add(Field::Document, Problem::WrongType, path);
        return nullptr;
    }
    return member.value;
}

bool Importer::readText(const json &object, std::initializer_list<std::string_view> names,
    const std::string &prefix, Field field, bool required, std::string &out)
{
    const Member member = findMember(object, names);
    if (!member.value) {
        if (required)
            add(field, Problem::Required, joinPath(prefix, *names.begin()));
        return false;
    }
    if (!member.value->is_string()) {
        add(field, Problem::WrongType, joinPath(prefix, member.key));
        return false;
    }
    out = std::string(trimBlanks(member.value->get_ref<const std::string &>()));
    return true;
}

void Importer::readSecrets(
    const json &object, std::initializer_list<std::string_view> names, const std::string &prefix)
{
    const Member member = findMember(object, names);
    if (!member.value) {
        add(Field::ClientSecret, Problem::Required, joinPath(prefix, *names.begin()));
        return;
    }
    // "client_secret" vs "client_secrets" is a classic mix-up, so either spelling may hold
    // a string or an array of strings.
    std::vector<const json *> values;
    if (member.value->is_string()) {
        values.push_back(member.value);
    } else if (member.value->is_array()) {
        for (const auto &entry : *member.value) {
            if (!entry.is_string()) {
                add(Field::ClientSecret, Problem::WrongType, joinPath(prefix, member.key));
                return;
            }
            values.push_back(&entry);
        }
    } else {
        add(Field::ClientSecret, Problem::WrongType, joinPath(prefix, member.key));
        return;
    }
    for (const json *value : values) {
        const std::string_view secret = trimBlanks(value->get_ref<const std::string &>());
        if (secret.empty())
            continue;
        add(validateClientSecret(secret)); // its detail never holds the secret
        m_result.clientSecrets.emplace_back(std::string(secret));
    }
    if (m_result.clientSecrets.empty())
        add(Field::ClientSecret, Problem::Required, joinPath(prefix, member.key));
}

void Importer::readScopes(
    const json &object, std::initializer_list<std::string_view> names, const std::string &prefix)
{
    const Member member = findMember(object, names);
    if (!member.value) {
        add(Field::Scopes, Problem::Required, joinPath(prefix, *names.begin()));
        return;
    }
    std::vector<std::string> scopes;
    if (member.value->is_string()) {
        scopes = parseScopes(member.value->get_ref<const std::string &>());
    } else if (member.value->is_array()) {
        for (const auto &entry : *member.value) {
            if (!entry.is_string()) {
                add(Field::Scopes, Problem::WrongType, joinPath(prefix, member.key));
                return;
            }
            const std::string_view scope = trimBlanks(entry.get_ref<const std::string &>());
            if (!scope.empty())
                scopes.emplace_back(scope);
        }
    } else {
        add(Field::Scopes, Problem::WrongType, joinPath(prefix, member.key));
        return;
    }
    m_result.config.scopes = std::move(scopes);
    for (auto &problem : validateScopes(m_result.config.scopes)) {
        if (problem.problem == Problem::Required)
            problem.detail = joinPath(prefix, member.key);
        m_result.problems.push_back(std::move(problem));
    }
}

void Importer::readTechnicalAccount(const json &object, std::initializer_list<std::string_view> idNames,
    std::initializer_list<std::string_view> emailNames, const std::string &prefix)
{
    // Optional for OAuth (the token call does not use them); checked when present.
    Configuration &config = m_result.config;
    if (readText(object, idNames, prefix, Field::TechnicalAccountId, false, config.technicalAccountId)
        && !config.technicalAccountId.empty())
        add(validateTechnicalAccountId(config.technicalAccountId));
    if (readText(
            object, emailNames, prefix, Field::TechnicalAccountEmail, false, config.technicalAccountEmail)
        && !config.technicalAccountEmail.empty())
        add(validateTechnicalAccountEmail(config.technicalAccountEmail));
}

// Developer Console service codes ("TargetSDK", "AnalyticsSDK", "AdobeIOManagementAPISDK", …)
// are not documented as a closed list, so match liberally on telling fragments. More specific
// fragments come first ("smarttags" before "tags").
std::string solutionForService(std::string_view code)
{
    std::string key;
    for (char c : asciiLowered(code)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            key.push_back(c);
    }
    struct Rule
    {
        std::string_view fragment;
        std::string_view solution;
    };
    static constexpr std::array rules {
        Rule {"smartcontent", "smart-content"},
        Rule {"smarttag", "smart-content"},
        Rule {"assetcompute", "asset-compute"},
        Rule {"cloudmanager", "cloud-manager"},
        Rule {"brandportal", "brand-portal"},
        Rule {"target", "target"},
        Rule {"analytics", "analytics"},
        Rule {"stock", "stock"},
        Rule {"launch", "tags"},
        Rule {"reactor", "tags"},
        Rule {"tags", "tags"},
        Rule {"event", "io-events"},
    };
    for (const Rule &rule : rules) {
        if (key.find(rule.fragment) != std::string::npos && findSolution(rule.solution))
            return std::string(rule.solution);
    }
    return {};
}

void Importer::guessSolution(const json &details)
{
    const Member services = findMember(details, {"services"});
    if (!services.value || !services.value->is_array())
        return; // informative only: a missing or odd list is no problem for the import
    for (const auto &service : *services.value) {
        for (std::string_view key : {"code", "name"}) {
            const Member member = findMember(service, {key});
            if (!member.value || !member.value->is_string())
                continue;
            std::string solution = solutionForService(member.value->get_ref<const std::string &>());
            if (!solution.empty()) {
                m_result.config.solutionId = std::move(solution);
                return;
            }
        }
    }
}

void Importer::importWorkspace(const json &root)
{
    const Member project = findMember(root, {"project"});
    if (!project.value->is_object()) {
        add(Field::Document, Problem::WrongType, project.key);
        return;
    }
    m_result.recognised = true;
    m_result.sourceKind = "devconsole-workspace";
    Configuration &config = m_result.config;
    const json &projectObject = *project.value;

    readText(projectObject, {"title"}, "project", Field::Title, false, config.title);

    if (const json *org = objectAt(projectObject, "org", "project.org")) {
        if (readText(*org, {"ims_org_id"}, "project.org", Field::OrgId, true, config.orgId))
            add(validateOrgId(config.orgId));
    } else if (!findMember(projectObject, {"org"}).value) {
        add(Field::OrgId, Problem::Required, "project.org.ims_org_id");
    }

    const std::string detailsPath = "project.workspace.details";
    const json *workspace = objectAt(projectObject, "workspace", "project.workspace");
    const json *details = workspace ? objectAt(*workspace, "details", detailsPath) : nullptr;
    if (details)
        guessSolution(*details);

    const std::string credentialsPath = detailsPath + ".credentials";
    const Member credentials = details ? findMember(*details, {"credentials"}) : Member {};
    if (credentials.value && !credentials.value->is_array()) {
        add(Field::Document, Problem::WrongType, credentialsPath);
        return;
    }

    // The first OAuth server-to-server credential wins; a JWT one is only a fallback (it is
    // end of life and imported so the user can migrate it).
    const json *oauth = nullptr;
    const json *jwt = nullptr;
    std::string oauthPath, jwtPath;
    if (credentials.value) {
        for (std::size_t i = 0; i < credentials.value->size() && !oauth; ++i) {
            const json &credential = (*credentials.value)[i];
            const std::string path = credentialsPath + "[" + std::to_string(i) + "]";
            const Member oauthMember = findMember(credential, {"oauth_server_to_server"});
            const Member jwtMember = findMember(credential, {"jwt"});
            if (oauthMember.value && oauthMember.value->is_object()) {
                oauth = oauthMember.value;
                oauthPath = path + "." + oauthMember.key;
            } else if (!jwt && jwtMember.value && jwtMember.value->is_object()) {
                jwt = jwtMember.value;
                jwtPath = path + "." + jwtMember.key;
            }
        }
    }

    if (oauth) {
        config.authType = AuthType::OAuthServerToServer;
        if (readText(*oauth, {"client_id"}, oauthPath, Field::ClientId, true, config.clientId))
            add(validateClientId(config.clientId));
        readSecrets(*oauth, {"client_secrets", "client_secret"}, oauthPath);
        readTechnicalAccount(*oauth, {"technical_account_id"}, {"technical_account_email"}, oauthPath);
        readScopes(*oauth, {"scopes"}, oauthPath);
    } else if (jwt) {
        // Metascopes do not translate into OAuth scopes (ims.md §7): scopes stay empty and
        // the JwtCredential problem tells the ui to ask for an OAuth credential.
        config.authType = AuthType::Jwt;
        add(Field::Document, Problem::JwtCredential, jwtPath);
        if (readText(*jwt, {"client_id"}, jwtPath, Field::ClientId, true, config.clientId))
            add(validateClientId(config.clientId));
        readSecrets(*jwt, {"client_secret", "client_secrets"}, jwtPath);
        readTechnicalAccount(*jwt, {"technical_account_id"}, {"technical_account_email"}, jwtPath);
    } else {
        add(Field::Document, Problem::NoCredential, credentialsPath);
    }
}

// Accepted spellings of the flat "Download JSON" keys (compared ignoring case).
const std::initializer_list<std::string_view> kClientIdKeys = {"CLIENT_ID", "API_KEY"};
const std::initializer_list<std::string_view> kSecretKeys = {"CLIENT_SECRETS", "CLIENT_SECRET"};
const std::initializer_list<std::string_view> kOrgKeys = {"ORG_ID", "IMS_ORG_ID"};
const std::initializer_list<std::string_view> kScopeKeys = {"SCOPES"};
const std::initializer_list<std::string_view> kTechnicalAccountIdKeys = {"TECHNICAL_ACCOUNT_ID"};
const std::initializer_list<std::string_view> kTechnicalAccountEmailKeys = {"TECHNICAL_ACCOUNT_EMAIL"};
// Keys that only the JWT variant has (its exact shape is uncertain, ims.md §4).
const std::initializer_list<std::string_view> kJwtMarkerKeys
    = {"META_SCOPES", "METASCOPES", "PRIVATE_KEY", "API_KEY"};

bool hasFlatCredentialKey(const json &root)
{
    for (const auto &names : {kClientIdKeys, kSecretKeys, kOrgKeys, kScopeKeys, kTechnicalAccountIdKeys,
             kTechnicalAccountEmailKeys}) {
        if (findMember(root, names).value)
            return true;
    }
    return false;
}

void Importer::importFlatCredential(const json &root)
{
    m_result.recognised = true;
    m_result.sourceKind = "devconsole-credential";
    Configuration &config = m_result.config;

    const Member jwtMarker = findMember(root, kJwtMarkerKeys);
    const bool isJwt = !findMember(root, kScopeKeys).value && jwtMarker.value;
    config.authType = isJwt ? AuthType::Jwt : AuthType::OAuthServerToServer;
    if (isJwt)
        add(Field::Document, Problem::JwtCredential, jwtMarker.key);

    if (readText(root, kClientIdKeys, {}, Field::ClientId, true, config.clientId))
        add(validateClientId(config.clientId));
    readSecrets(root, kSecretKeys, {});
    if (readText(root, kOrgKeys, {}, Field::OrgId, true, config.orgId))
        add(validateOrgId(config.orgId));
    readTechnicalAccount(root, kTechnicalAccountIdKeys, kTechnicalAccountEmailKeys, {});
    if (!isJwt)
        readScopes(root, kScopeKeys, {});
}

} // namespace

ImportResult importDeveloperConsoleJson(std::string_view text)
{
    ImportResult result;
    std::size_t errorByte = 0;
    std::optional<json> parsed = detail::parseJsonText<json>(text, errorByte);
    if (!parsed) {
        result.problems.push_back({Field::Document, Problem::MalformedJson, parsePosition(text, errorByte)});
        return result;
    }
    json root = std::move(*parsed);

    Importer importer(result);
    if (root.is_object() && findMember(root, {"project"}).value)
        importer.importWorkspace(root);
    else if (root.is_object() && hasFlatCredentialKey(root))
        importer.importFlatCredential(root);
    else
        result.problems.push_back({Field::Document, Problem::UnknownShape, {}});
    return result;
}

bool looksLikeDeveloperConsoleJson(std::string_view text)
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
    if (start >= text.size() || text[start] != '{')
        return false;
    const std::string lowered = asciiLowered(text.substr(start));
    static constexpr std::array keys {"\"project\"", "\"client_id\"", "\"api_key\"", "\"client_secrets\"",
        "\"client_secret\"", "\"org_id\"", "\"ims_org_id\"", "\"scopes\"", "\"technical_account_id\"",
        "\"technical_account_email\""};
    return std::any_of(
        keys.begin(), keys.end(), [&](const char *key) { return lowered.find(key) != std::string::npos; });
}

} // namespace ims
