#include "imscore/cloud_service.h"

#include "imscore/catalog.h"
#include "imscore/certificates.h"
#include "imscore/osgi.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ims {

namespace {

bool isTenantChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string xmlEscape(std::string_view text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

CloudFormField text(std::string id, bool required = false, std::string defaultValue = {})
{
    return {std::move(id), CloudFieldKind::Text, std::move(defaultValue), required, {}, {}};
}

CloudFormField check(std::string id, bool on)
{
    return {std::move(id), CloudFieldKind::Check, on ? "true" : "false", false, {}, {}};
}

CloudFormField imsConfiguration()
{
    return {"imsConfigId", CloudFieldKind::ImsConfiguration, {}, true, {}, {}};
}

} // namespace

// ---- AEM version ----

const std::vector<AemVersion> &aemVersionChoices()
{
    static const std::vector<AemVersion> choices = {AemVersion::Aem63OrEarlier, AemVersion::Aem64To65BeforeSp20,
                                                    AemVersion::Aem65Sp20OrHotfix, AemVersion::CloudService};
    return choices;
}

bool usesLegacyCloudServices(AemVersion version)
{
    return version == AemVersion::Aem63OrEarlier;
}

bool supportsOAuth(AemVersion version)
{
    return version == AemVersion::Aem65Sp20OrHotfix || version == AemVersion::CloudService;
}

std::vector<AuthType> allowedAuthTypes(AemVersion version)
{
    if (version == AemVersion::Unknown)
        return {};
    if (supportsOAuth(version))
        return {AuthType::OAuthServerToServer, AuthType::Jwt};
    return {AuthType::Jwt};
}

bool solutionAvailable(AemVersion version, std::string_view solutionId)
{
    if (!findSolution(solutionId))
        return false;
    if (usesLegacyCloudServices(version))
        return solutionId == "io-events";
    return true;
}

std::vector<FieldProblem> versionProblems(const Configuration &config)
{
    std::vector<FieldProblem> problems;
    if (config.aemVersion == AemVersion::Unknown) {
        problems.push_back({Field::AemVersion, Problem::Required, {}});
        return problems;
    }
    if (findSolution(config.solutionId) && !solutionAvailable(config.aemVersion, config.solutionId))
        problems.push_back({Field::Solution, Problem::NeedsNewerAem, config.solutionId});
    if (config.authType == AuthType::OAuthServerToServer && !supportsOAuth(config.aemVersion))
        problems.push_back({Field::AuthType, Problem::OAuthNeedsNewerAem, std::string(aemVersionName(config.aemVersion))});
    return problems;
}

// ---- Forms ----

const CloudFormField *CloudServiceForm::field(std::string_view id) const
{
    for (const CloudFormField &f : fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

std::optional<CloudServiceForm> cloudServiceForm(std::string_view solutionId, AemVersion version)
{
    const bool legacy = usesLegacyCloudServices(version);
    CloudServiceForm form;
    form.kind = std::string(solutionId);
    form.legacy = legacy;
    if (solutionId == "io-events") {
        // 6.4 and later: the IMS configuration with solution AdobeIOEvents is all AEM needs.
        if (!legacy)
            return std::nullopt;
        form.aemFolder = "adobe-io-events";
        form.resourceType = "cq/cloudserviceconfigs/components/servicepage";
        form.fields = {text("jcr:title", true), text("linkExternalizerAlias", true, "author"), text("apiKey", true),
                       text("technicalAccountId", true), text("orgId", true),
                       {"clientSecret", CloudFieldKind::Secret, {}, true, {}, {}}};
        return form;
    }
    if (legacy)
        return std::nullopt; // no IMS-era cloud service before 6.4
    if (solutionId == "target") {
        form.aemFolder = "target";
        form.resourceType = "cq/analytics/components/testandtargetpage";
        form.fields = {
            text("jcr:title", true),
            {"authentication", CloudFieldKind::Choice, "ims", true, {"ims"}, {}},
            text("clientCode", true),
            text("tenantId", true),
            imsConfiguration(),
            {"api", CloudFieldKind::Choice, "rest", true, {"rest"}, {}},
            text("a4tAnalyticsConfiguration"),
            check("useAccurateTargeting", true),
            check("synchronizeSegments", true),
            {"clientLibrary", CloudFieldKind::Choice, "atjs", true, {"atjs", "mboxjs"}, {"mboxjs"}},
            check("useTagManagement", false),
            text("customAtJs"),
        };
    } else if (solutionId == "brand-portal") {
        form.aemFolder = "mediaportal";
        form.resourceType = "dam/components/brandportal/configpage";
        form.fields = {text("jcr:title", true), imsConfiguration(),
                       {"serviceUrl", CloudFieldKind::Url, {}, true, {}, {}}};
    } else if (solutionId == "stock") {
        form.aemFolder = "stock";
        form.resourceType = "dam/components/stock/configpage";
        form.fields = {text("jcr:title", true), imsConfiguration(),
                       {"locale", CloudFieldKind::Choice, "en_US", true,
                        {"en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "ja_JP", "ko_KR", "pt_BR", "zh_CN"}, {}}};
    } else if (solutionId == "tags") {
        form.aemFolder = "launch";
        form.resourceType = "cq/launch/components/configpage";
        form.fields = {text("jcr:title", true), imsConfiguration(), text("company", true), text("property", true),
                       {"stagingLibraryUri", CloudFieldKind::Url, {}, false, {}, {}},
                       {"productionLibraryUri", CloudFieldKind::Url, {}, false, {}, {}}};
    } else {
        return std::nullopt;
    }
    return form;
}

CloudServiceSettings defaultCloudService(const CloudServiceForm &form, const Configuration &config)
{
    CloudServiceSettings settings;
    settings.kind = form.kind;
    settings.legacy = form.legacy;
    const CloudSolution *solution = findSolution(config.solutionId);
    settings.title = solution ? solution->name : form.kind;
    for (const CloudFormField &f : form.fields) {
        std::string value = f.defaultValue;
        if (f.id == "jcr:title")
            value = settings.title;
        else if (f.kind == CloudFieldKind::ImsConfiguration)
            value = osgiFactoryName(config);
        else if (f.kind == CloudFieldKind::Secret)
            value = config.clientSecretRef; // a keychain reference, never the secret
        else if (form.legacy && f.id == "apiKey")
            value = config.clientId;
        else if (form.legacy && f.id == "technicalAccountId")
            value = config.technicalAccountId;
        else if (form.legacy && f.id == "orgId")
            value = config.orgId;
        settings.fields.emplace_back(f.id, std::move(value));
    }
    return settings;
}

std::vector<FieldProblem> cloudServiceProblems(const CloudServiceForm &form, const CloudServiceSettings &settings)
{
    std::vector<FieldProblem> problems;
    for (const CloudFormField &f : form.fields) {
        const std::string *value = settings.field(f.id);
        const std::string_view v = value ? trimBlanks(*value) : std::string_view();
        if (f.kind == CloudFieldKind::Secret)
            continue; // the keychain holds it; the wizard's credentials page checked it
        if (f.required && v.empty()) {
            problems.push_back({Field::CloudService, Problem::Required, f.id});
            continue;
        }
        if (f.kind == CloudFieldKind::Choice && !v.empty()
            && std::find(f.choices.begin(), f.choices.end(), v) == f.choices.end())
            problems.push_back({Field::CloudService, Problem::UnknownChoice, f.id});
        if ((f.id == "clientCode" || f.id == "tenantId") && !v.empty() && !isValidTenant(v))
            problems.push_back({Field::CloudService, Problem::TenantShape, f.id});
        if (f.id == "serviceUrl" && !v.empty()) {
            if (auto p = validateBrandPortalUrl(v)) {
                p->detail = f.id;
                problems.push_back(*p);
            }
        }
        if (f.kind == CloudFieldKind::Url && f.id != "serviceUrl" && !v.empty() && !v.starts_with("https://")
            && !v.starts_with("//"))
            problems.push_back({Field::CloudService, Problem::NotHttps, f.id});
    }
    // Target with the REST API: segments must be synchronised from Target.
    if (form.kind == "target") {
        const std::string *api = settings.field("api");
        const std::string *sync = settings.field("synchronizeSegments");
        if (api && *api == "rest" && (!sync || *sync != "true"))
            problems.push_back({Field::CloudService, Problem::Required, "synchronizeSegments"});
    }
    return problems;
}

// ---- Target tenant ----

void TargetTenantFields::setClientCode(std::string_view text)
{
    clientCode = normalizeTenantInput(text);
    if (!tenantEdited)
        tenantId = clientCode;
}

void TargetTenantFields::setTenantId(std::string_view text)
{
    tenantId = normalizeTenantInput(text);
    // Editing the Tenant ID to something else makes it independent; making it equal again (or
    // clearing it) lets the Client Code drive it once more.
    tenantEdited = !tenantId.empty() && tenantId != clientCode;
}

std::optional<std::string> tenantFromExperienceUrl(std::string_view text)
{
    std::string_view t = trimBlanks(text);
    if (t.starts_with("https://"))
        t.remove_prefix(8);
    else if (t.starts_with("http://"))
        t.remove_prefix(7);
    const std::string host = lower(t.substr(0, std::min(t.find_first_of("/#?"), t.size())));
    if (host != "experience.adobe.com")
        return std::nullopt;
    const std::size_t at = t.find("/@");
    if (at == std::string_view::npos)
        return std::nullopt;
    std::string_view rest = t.substr(at + 2);
    rest = rest.substr(0, std::min(rest.find_first_of("/?#"), rest.size()));
    std::string tenant = lower(rest);
    if (tenant.empty() || !isValidTenant(tenant))
        return std::nullopt;
    return tenant;
}

std::string normalizeTenantInput(std::string_view text)
{
    if (auto tenant = tenantFromExperienceUrl(text))
        return *tenant;
    return std::string(trimBlanks(text));
}

bool isValidTenant(std::string_view tenant)
{
    return !tenant.empty() && tenant.size() <= 64 && std::all_of(tenant.begin(), tenant.end(), isTenantChar);
}

// ---- Brand Portal ----

std::optional<FieldProblem> validateBrandPortalUrl(std::string_view url)
{
    std::string_view u = trimBlanks(url);
    if (u.empty())
        return FieldProblem {Field::CloudService, Problem::Required, "serviceUrl"};
    if (!u.starts_with("https://"))
        return FieldProblem {Field::CloudService, Problem::NotHttps, "serviceUrl"};
    u.remove_prefix(8);
    if (u.ends_with('/'))
        u.remove_suffix(1);
    constexpr std::string_view suffix = ".brand-portal.adobe.com";
    const std::string host = lower(u);
    if (host.size() <= suffix.size() || !host.ends_with(suffix)
        || !isValidTenant(std::string_view(host).substr(0, host.size() - suffix.size())))
        return FieldProblem {Field::CloudService, Problem::BrandPortalUrlShape, "serviceUrl"};
    return std::nullopt;
}

std::vector<const Configuration *> existingBrandPortalConfigurations(const std::vector<Configuration> &configurations,
                                                                     std::string_view exceptId)
{
    std::vector<const Configuration *> found;
    for (const Configuration &c : configurations) {
        if (c.solutionId == "brand-portal" && c.rollbackOf.empty() && c.id != exceptId)
            found.push_back(&c);
    }
    return found;
}

// ---- Console steps ----

std::vector<ConsoleStep> consoleSteps(const Configuration &config)
{
    const CloudSolution *solution = findSolution(config.solutionId);
    const std::string product = solution ? solution->name : config.solutionId;
    const std::string api = config.solutionId == "io-events" ? std::string("I/O Management API") : product;
    const std::string console(kDeveloperConsoleUrl);
    std::vector<ConsoleStep> steps;
    steps.push_back({"create-project", console, ConsoleStepAction::None,
                     {{"project_name", "AEM " + product}}});
    steps.push_back({"add-api", console, ConsoleStepAction::None, {{"api", api}}});
    if (config.authType == AuthType::Jwt) {
        std::vector<ConsoleValue> values = {{"credential_type", "Service Account (JWT)"},
                                            {"certificate_file", std::string(kPublicCertificateFileName)}};
        if (solution && !solution->metascope.empty())
            values.push_back({"metascope", solution->metascope});
        steps.push_back({"upload-public-key", console, ConsoleStepAction::UploadCertificate, std::move(values)});
    } else {
        std::vector<ConsoleValue> values = {{"credential_type", "OAuth Server-to-Server"}};
        if (solution)
            values.push_back({"scopes", joinScopes(solution->scopes)});
        steps.push_back({"choose-oauth", console, ConsoleStepAction::None, std::move(values)});
    }
    steps.push_back({"product-profiles", console, ConsoleStepAction::None, {{"product", product}}});
    if (config.solutionId == "target")
        steps.push_back({"target-editor-role", std::string(kAdminConsoleProductsUrl),
                         ConsoleStepAction::AssignTargetRole, {{"product", product}, {"role", "Editor"}}});
    return steps;
}

// ---- Connect to Target ----

HttpRequest buildConnectToTargetRequest(std::string_view base, std::string_view tenantId, std::string_view clientId,
                                        const Secret &accessToken)
{
    std::string root(trimBlanks(base));
    while (root.ends_with('/'))
        root.pop_back();
    HttpRequest request;
    request.method = "GET";
    request.url = root + "/" + std::string(trimBlanks(tenantId)) + "/target/activities";
    request.headers.emplace_back("Authorization", "Bearer " + std::string(accessToken.reveal()));
    request.headers.emplace_back("X-Api-Key", std::string(trimBlanks(clientId)));
    request.headers.emplace_back("Accept", "application/vnd.adobe.target.v3+json");
    return request;
}

TargetConnection interpretConnectToTarget(const HttpResponse &response)
{
    TargetConnection result;
    if (response.transportError) {
        result.error = *response.transportError;
        return result;
    }
    auto fail = [&](ErrorCode code) {
        result.error = makeError(code);
        result.error.httpStatus = response.status;
        const auto doc = nlohmann::json::parse(response.body, nullptr, false);
        if (doc.is_object()) {
            if (doc.contains("errorCode") && doc["errorCode"].is_string())
                result.error.imsCode = doc["errorCode"].get<std::string>();
            if (doc.contains("message") && doc["message"].is_string())
                result.error.imsDescription = doc["message"].get<std::string>();
        }
        return result;
    };
    switch (response.status) {
    case 200: {
        const auto doc = nlohmann::json::parse(response.body, nullptr, false);
        if (!doc.is_object() || !doc.contains("activities") || !doc["activities"].is_array())
            return fail(ErrorCode::MalformedInput);
        result.ok = true;
        result.activityCount = doc["activities"].size();
        return result;
    }
    case 401: return fail(ErrorCode::InvalidToken);
    case 403: return fail(ErrorCode::TargetForbidden);
    case 404: return fail(ErrorCode::TargetTenantNotFound);
    case 429: return fail(ErrorCode::Throttled);
    default: return fail(response.status >= 500 ? ErrorCode::ServerError : ErrorCode::UnexpectedStatus);
    }
}

// ---- Export ----

std::string cloudServiceNodeName(const Configuration &config)
{
    const std::string title = config.cloudService ? config.cloudService->title : config.title;
    std::string name;
    for (char c : lower(title)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            name += c;
        else if (!name.empty() && name.back() != '-')
            name += '-';
    }
    while (!name.empty() && name.back() == '-')
        name.pop_back();
    return name.empty() ? std::string("configuration") : name;
}

std::vector<ZipEntry> exportCloudService(const Configuration &config)
{
    if (!config.cloudService)
        return {};
    const CloudServiceSettings &s = *config.cloudService;
    const auto form = cloudServiceForm(s.kind, s.legacy ? AemVersion::Aem63OrEarlier : AemVersion::Aem65Sp20OrHotfix);
    const std::string folder = form ? form->aemFolder : s.kind;
    const std::string resourceType = form ? form->resourceType : std::string();
    const std::string name = cloudServiceNodeName(config);
    const std::string path = s.legacy ? "jcr_root/etc/cloudservices/" + folder + "/" + name + "/.content.xml"
                                      : "jcr_root/conf/global/settings/cloudconfigs/" + folder + "/" + name
            + "/.content.xml";

    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<jcr:root xmlns:sling=\"http://sling.apache.org/jcr/sling/1.0\" "
                      "xmlns:cq=\"http://www.day.com/jcr/cq/1.0\" xmlns:jcr=\"http://www.jcp.org/jcr/1.0\"\n"
                      "    jcr:primaryType=\"cq:Page\">\n"
                      "    <jcr:content\n"
                      "        jcr:primaryType=\"nt:unstructured\"\n";
    if (!resourceType.empty())
        xml += "        sling:resourceType=\"" + xmlEscape(resourceType) + "\"\n";
    xml += "        jcr:title=\"" + xmlEscape(s.title) + "\"";
    for (const auto &[id, value] : s.fields) {
        if (id == "jcr:title")
            continue;
        const CloudFormField *f = form ? form->field(id) : nullptr;
        if (f && f->kind == CloudFieldKind::Secret)
            continue; // never exported; entered in AEM (the keychain holds it here)
        std::string v = value;
        if (f && f->kind == CloudFieldKind::ImsConfiguration)
            v = osgiFactoryName(config); // follows the IMS configuration's final name
        if (f && f->kind == CloudFieldKind::Check)
            xml += "\n        " + id + "=\"{Boolean}" + (v == "true" ? "true" : "false") + "\"";
        else
            xml += "\n        " + id + "=\"" + xmlEscape(v) + "\"";
    }
    if (s.legacy && s.kind == "io-events")
        xml += "\n        keystoreAlias=\"eventproxy\"\n        keystoreUser=\"eventproxy-service\"";
    xml += "/>\n</jcr:root>\n";
    return {{path, std::move(xml)}};
}

} // namespace ims
