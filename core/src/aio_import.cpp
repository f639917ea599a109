// The aio CLI configuration (ims.md §4): ims.contexts.<name> with JWT contexts {client_id,
// client_secret, technical_account_id, technical_account_email, ims_org_id, meta_scopes[],
// private_key} and OAuth contexts {client_id, client_secrets[], …, scopes[]}. aio keeps the
// secrets in plain text; they come out of here as Secret values, never in a problem's detail.

#include "text_util.h"
#include "imscore/osgi.h"

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>

namespace ims {

namespace {

using detail::asciiLowered;
using detail::normalizedPem;
using Member = detail::JsonMember<nlohmann::ordered_json>;
constexpr auto findMember = detail::findJsonMember<nlohmann::ordered_json>;
constexpr auto positionOf = detail::jsonParsePosition;

using json = nlohmann::ordered_json;

constexpr std::string_view kStageServer = "https://ims-na1-stg1.adobelogin.com";

class ContextReader
{
public:
    ContextReader(const json &context, std::string prefix, FoundConfiguration &found)
        : m_context(context)
        , m_prefix(std::move(prefix))
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
    std::string path(std::string_view key) const { return m_prefix + std::string(key); }

    // A trimmed text; Required when missing and required, WrongType for another type.
    std::optional<std::string> text(std::initializer_list<std::string_view> names, Field field, bool required)
    {
        const Member member = findMember(m_context, names);
        if (!member.value) {
            if (required)
                add(field, Problem::Required, path(*names.begin()));
            return std::nullopt;
        }
        if (!member.value->is_string()) {
            add(field, Problem::WrongType, path(member.key));
            return std::nullopt;
        }
        std::string value(trimBlanks(member.value->get_ref<const std::string &>()));
        if (value.empty()) {
            if (required)
                add(field, Problem::Required, path(member.key));
            return std::nullopt;
        }
        return value;
    }

    // A list: an array of strings or one comma-separated string. Empty when missing.
    std::vector<std::string> list(
        std::initializer_list<std::string_view> names, Field field, std::string &key)
    {
        std::vector<std::string> out;
        const Member member = findMember(m_context, names);
        key = member.value ? member.key : std::string(*names.begin());
        if (!member.value)
            return out;
        if (member.value->is_string())
            return parseScopes(member.value->get_ref<const std::string &>());
        if (!member.value->is_array()) {
            add(field, Problem::WrongType, path(member.key));
            return out;
        }
        for (const json &entry : *member.value) {
            if (!entry.is_string()) {
                add(field, Problem::WrongType, path(member.key));
                return {};
            }
            const std::string_view name = trimBlanks(entry.get_ref<const std::string &>());
            if (!name.empty())
                out.emplace_back(name);
        }
        return out;
    }

    // client_secret vs client_secrets is a classic mix-up: either spelling, string or array.
    void secrets()
    {
        const Member member = findMember(m_context, {"client_secrets", "client_secret"});
        if (!member.value) {
            add(Field::ClientSecret, Problem::Required, path("client_secret"));
            return;
        }
        std::vector<const json *> values;
        if (member.value->is_string()) {
            values.push_back(member.value);
        } else if (member.value->is_array()) {
            for (const json &entry : *member.value) {
                if (!entry.is_string()) {
                    add(Field::ClientSecret, Problem::WrongType, path(member.key));
                    return;
                }
                values.push_back(&entry);
            }
        } else {
            add(Field::ClientSecret, Problem::WrongType, path(member.key));
            return;
        }
        for (const json *value : values) {
            const std::string_view secret = trimBlanks(value->get_ref<const std::string &>());
            if (secret.empty())
                continue;
            if (auto problem = validateClientSecret(secret)) {
                problem->detail = path(member.key); // the key, never the value
                add(std::move(problem));
            }
            m_found.clientSecrets.emplace_back(std::string(secret));
        }
        if (m_found.clientSecrets.empty())
            add(Field::ClientSecret, Problem::Required, path(member.key));
    }

    // private_key: the PEM itself, or (as aio also allows) a path to the file. Core never
    // reads files: a path becomes a problem the ui answers with a file chooser.
    void privateKey()
    {
        const Member member = findMember(m_context, {"private_key", "privateKey"});
        if (!member.value) {
            add(Field::PrivateKey, Problem::Required, path("private_key"));
            return;
        }
        std::string text;
        if (member.value->is_string()) {
            text = member.value->get<std::string>();
        } else if (member.value->is_array()) { // the PEM's lines, as some tools store it
            for (const json &line : *member.value) {
                if (!line.is_string()) {
                    add(Field::PrivateKey, Problem::WrongType, path(member.key));
                    return;
                }
                text += line.get<std::string>() + "\n";
            }
        } else {
            add(Field::PrivateKey, Problem::WrongType, path(member.key));
            return;
        }
        if (text.find("-----BEGIN") != std::string::npos)
            m_found.privateKeyPem = Secret(normalizedPem(text));
        else if (!trimBlanks(text).empty())
            add(Field::PrivateKey, Problem::Required, "path");
        else
            add(Field::PrivateKey, Problem::Required, path(member.key));
        OPENSSL_cleanse(text.data(), text.size());
    }

private:
    const json &m_context;
    std::string m_prefix;
    FoundConfiguration &m_found;
};

// "https://ims-na1.adobelogin.com/s/ent_x" (aio accepts whole claim names) → "ent_x".
std::string metascopeName(const std::string &entry)
{
    const std::size_t marker = entry.rfind("/s/");
    return marker == std::string::npos ? entry : entry.substr(marker + 3);
}

bool looksLikeContext(const json &value)
{
    return value.is_object()
        && (findMember(value, {"client_id", "api_key"}).value || findMember(value, {"client_secrets"}).value
            || findMember(value, {"client_secret"}).value);
}

FoundConfiguration importContext(const json &context, const std::string &name, const std::string &prefix)
{
    FoundConfiguration found;
    found.source = name;
    Configuration &config = found.config;
    config.title = name;
    ContextReader reader(context, prefix, found);

    const bool jwt = findMember(context, {"meta_scopes", "metascopes"}).value
        || findMember(context, {"private_key", "privateKey"}).value;
    config.authType = jwt ? AuthType::Jwt : AuthType::OAuthServerToServer;

    // aio chooses prod or stage IMS per context ("env"); prod is the default.
    if (auto env = reader.text({"env", "ims_env"}, Field::AuthorizationServer, false);
        env && asciiLowered(*env) == "stage")
        config.authorizationServer = std::string(kStageServer);

    if (auto clientId = reader.text({"client_id", "api_key"}, Field::ClientId, true)) {
        config.clientId = *clientId;
        reader.add(validateClientId(config.clientId));
    }
    reader.secrets();
    if (auto orgId = reader.text({"ims_org_id", "org_id"}, Field::OrgId, true)) {
        config.orgId = *orgId;
        reader.add(validateOrgId(config.orgId));
    }
    if (auto id = reader.text({"technical_account_id"}, Field::TechnicalAccountId, jwt)) {
        config.technicalAccountId = *id;
        reader.add(validateTechnicalAccountId(config.technicalAccountId));
    }
    if (auto email = reader.text({"technical_account_email"}, Field::TechnicalAccountEmail, false)) {
        config.technicalAccountEmail = *email;
        reader.add(validateTechnicalAccountEmail(config.technicalAccountEmail));
    }

    std::string key;
    if (jwt) {
        for (const std::string &entry : reader.list({"meta_scopes", "metascopes"}, Field::Metascopes, key))
            config.metascopes.push_back(metascopeName(entry));
        for (FieldProblem &problem : validateScopes(config.metascopes)) {
            problem.field = Field::Metascopes;
            if (problem.problem == Problem::Required)
                problem.detail = reader.path(key);
            found.problems.push_back(std::move(problem));
        }
        reader.privateKey();
    } else {
        config.scopes = reader.list({"scopes"}, Field::Scopes, key);
        for (FieldProblem &problem : validateScopes(config.scopes)) {
            if (problem.problem == Problem::Required)
                problem.detail = reader.path(key);
            found.problems.push_back(std::move(problem));
        }
    }
    config.solutionId = guessSolutionId(config.scopes, config.metascopes, {});
    return found;
}

// The document holds clear-text secrets and maybe a private key: wipe its strings before it goes.
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

struct WipeOnExit
{
    json &document;
    ~WipeOnExit() { wipeStrings(document); }
};

FoundConfiguration documentProblem(Problem problem, std::string detail)
{
    FoundConfiguration found;
    found.source = "aio";
    found.problems.push_back({Field::Document, problem, std::move(detail)});
    return found;
}

} // namespace

std::vector<FoundConfiguration> importAioConfig(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::size_t errorByte = 0;
    std::optional<json> parsed = detail::parseJsonText<json>(text, errorByte, true);
    if (!parsed)
        return {documentProblem(Problem::MalformedJson, positionOf(text, errorByte))};
    json root = std::move(*parsed);
    const WipeOnExit wipe {root};
    if (!root.is_object())
        return {documentProblem(Problem::UnknownShape, {})};

    // {"ims":{"contexts":{…}}} as aio writes it, {"contexts":{…}}, or one context on its own.
    const json *contexts = nullptr;
    std::string prefix;
    if (const Member ims = findMember(root, {"ims"}); ims.value && ims.value->is_object()) {
        if (const Member inner = findMember(*ims.value, {"contexts"}); inner.value) {
            contexts = inner.value;
            prefix = ims.key + "." + inner.key + ".";
        }
    }
    if (!contexts) {
        if (const Member bare = findMember(root, {"contexts"}); bare.value) {
            contexts = bare.value;
            prefix = bare.key + ".";
        }
    }
    if (!contexts) {
        if (looksLikeContext(root))
            return {importContext(root, {}, {})};
        return {documentProblem(Problem::UnknownShape, {})};
    }
    if (!contexts->is_object())
        return {documentProblem(Problem::WrongType, prefix.substr(0, prefix.size() - 1))};

    std::vector<FoundConfiguration> found;
    for (auto it = contexts->begin(); it != contexts->end(); ++it) {
        // aio keeps its own login ("cli", with tokens) and "$"-prefixed bookkeeping next to the
        // credentials: only contexts with a client are credentials.
        if (it.key().starts_with('$') || !looksLikeContext(it.value()))
            continue;
        found.push_back(importContext(it.value(), it.key(), prefix + it.key() + "."));
    }
    if (found.empty())
        return {documentProblem(Problem::NoCredential, prefix.substr(0, prefix.size() - 1))};
    return found;
}

} // namespace ims
