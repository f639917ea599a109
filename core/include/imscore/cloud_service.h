#pragma once
// What the AEM version decides, the cloud service configuration made after the IMS configuration
// (one form per solution, as data), the steps in Adobe's web consoles, "Connect to Target", and the
// export of the cloud service as AEM content. Pure rules; the ui renders them (ims.md §5–§6).

#include "imscore/configuration.h"
#include "imscore/error.h"
#include "imscore/http.h"
#include "imscore/result.h"
#include "imscore/secret.h"
#include "imscore/validation.h"
#include "imscore/zip.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ims {

// ---- AEM version ----------------------------------------------------------------------------

// The versions asked for, in the order the first page lists them (Unknown is not a choice).
const std::vector<AemVersion> &aemVersionChoices();
// 6.3 and earlier have no IMS configurations: the legacy "Cloud Services" configuration instead.
bool usesLegacyCloudServices(AemVersion version);
// OAuth Server-to-Server: AEM 6.5 SP20 or later (or SP11–SP19 with the hotfix), AEM as a Cloud Service.
bool supportsOAuth(AemVersion version);
std::vector<AuthType> allowedAuthTypes(AemVersion version);
// What a 6.4–6.5 installation before SP20 installs to get OAuth (named in the ui, not translated).
constexpr std::string_view kOAuthCompatibilityHotfix
    = "AEM 6.5 OAuth Server-to-Server compatibility hotfix (Service Packs 11 to 19, Software Distribution)";
// Solutions that can be configured on a version: on 6.3 and earlier only those with a legacy
// Cloud Services configuration (Adobe I/O Events); every catalog solution otherwise.
bool solutionAvailable(AemVersion version, std::string_view solutionId);
// Problems of the version/solution/auth choice together: AemVersion Required, Solution
// NeedsNewerAem (detail the solution id), AuthType OAuthNeedsNewerAem.
std::vector<FieldProblem> versionProblems(const Configuration &config);

// ---- Cloud service forms ----------------------------------------------------------------------

enum class CloudFieldKind {
    Text,
    Url,
    Choice,           // one of `choices`; `deprecatedChoices` are shown but marked deprecated
    Check,            // "true" / "false"
    ImsConfiguration, // the IMS configuration this wizard makes (filled by the wizard, read-only)
    Secret,           // legacy 6.3: the client secret, kept in the keychain, never a value here
};

struct CloudFormField
{
    std::string id;            // AEM property name; the ui maps it to a translated label
    CloudFieldKind kind = CloudFieldKind::Text;
    std::string defaultValue;
    bool required = false;
    std::vector<std::string> choices;
    std::vector<std::string> deprecatedChoices;
};

struct CloudServiceForm
{
    std::string kind;          // catalog solution id ("target", "brand-portal", …)
    std::string aemFolder;     // cloudconfigs/<aemFolder> or /etc/cloudservices/<aemFolder>
    std::string resourceType;  // sling:resourceType of the configuration page's content
    bool legacy = false;
    std::vector<CloudFormField> fields;
    const CloudFormField *field(std::string_view id) const;
};

// nullopt for solutions whose IMS configuration needs no cloud service (Asset Compute …).
std::optional<CloudServiceForm> cloudServiceForm(std::string_view solutionId, AemVersion version);

// Settings with the form's defaults, the title and the IMS configuration (or, legacy, the
// credential's values) filled from the configuration.
CloudServiceSettings defaultCloudService(const CloudServiceForm &form, const Configuration &config);
// Required fields, Service URL shape, tenant shape; each as Field::CloudService with the field id
// as detail.
std::vector<FieldProblem> cloudServiceProblems(const CloudServiceForm &form, const CloudServiceSettings &settings);

// ---- Adobe Target: Client Code and Tenant ID ---------------------------------------------------
// Usually identical. While the Tenant ID has not been edited on its own, typing the Client Code
// copies it; once the user changes the Tenant ID, the two are independent (either can change).
struct TargetTenantFields
{
    std::string clientCode;
    std::string tenantId;
    bool tenantEdited = false;

    void setClientCode(std::string_view text);
    void setTenantId(std::string_view text);
};
// The tenant of "https://experience.adobe.com/#/@tenant/target/activities" (any path after it,
// with or without scheme); nullopt when the text is not such a URL. A bare tenant is not a URL.
std::optional<std::string> tenantFromExperienceUrl(std::string_view text);
// What a pasted value becomes: the tenant of an Experience Cloud URL, else the trimmed text.
std::string normalizeTenantInput(std::string_view text);
// Lower-case letters, digits, '-' and '_' (as Target tenants and client codes are).
bool isValidTenant(std::string_view tenant);

// ---- Brand Portal -------------------------------------------------------------------------------
// "https://<tenant>.brand-portal.adobe.com" (a trailing slash tolerated, nothing else after it).
std::optional<FieldProblem> validateBrandPortalUrl(std::string_view url);
// Brand Portal allows exactly one IMS configuration: the existing live ones (excluding
// `exceptId`) that a new one would replace.
std::vector<const Configuration *> existingBrandPortalConfigurations(
    const std::vector<Configuration> &configurations, std::string_view exceptId = {});

// ---- Developer Console and Admin Console steps --------------------------------------------------

enum class ConsoleStepAction {
    None,
    UploadCertificate, // the public certificate file, ready to reveal in the file manager
    AssignTargetRole,  // in the sandbox: POST /sandbox/clients/{id}/target-role
};

struct ConsoleValue
{
    std::string label;  // label key: "project_name", "api", "credential_type", "scopes", …
    std::string value;  // exactly what to type or choose
};

struct ConsoleStep
{
    std::string id;     // stable, stored in Configuration::consoleStepsDone when ticked
    std::string url;    // the console page the "Open" button opens
    ConsoleStepAction action = ConsoleStepAction::None;
    std::vector<ConsoleValue> values;
};

constexpr std::string_view kDeveloperConsoleUrl = "https://developer.adobe.com/console/projects";
constexpr std::string_view kAdminConsoleProductsUrl = "https://adminconsole.adobe.com/products";
// The checklist for the configuration's solution and authentication type.
std::vector<ConsoleStep> consoleSteps(const Configuration &config);

// ---- Connect to Target ---------------------------------------------------------------------------

constexpr std::string_view kTargetAdminApiHost = "https://mc.adobe.io";
// The sandbox's Target tenant (its activities answer only there).
constexpr std::string_view kSandboxTargetTenant = "imswizardtraining";

// GET {base}/{tenant}/target/activities with Authorization Bearer, X-Api-Key (client id) and the
// Target v3 Accept header. `base` is kTargetAdminApiHost, or the sandbox's URL in training. The
// token travels only in the header.
HttpRequest buildConnectToTargetRequest(std::string_view base, std::string_view tenantId, std::string_view clientId,
                                        const Secret &accessToken);
struct TargetConnection
{
    bool ok = false;
    Error error;                  // TargetForbidden (403: product role), TargetTenantNotFound, InvalidToken (401)…
    std::size_t activityCount = 0;
};
TargetConnection interpretConnectToTarget(const HttpResponse &response);

// ---- Export as AEM content ----------------------------------------------------------------------

// The cloud service as AEM content: "jcr_root/conf/global/settings/cloudconfigs/<folder>/<name>/
// .content.xml" (6.4 and later) or "jcr_root/etc/cloudservices/<folder>/<name>/.content.xml"
// (6.3 legacy). Empty when the configuration has none. No secret is written (the legacy client
// secret becomes a placeholder).
std::vector<ZipEntry> exportCloudService(const Configuration &config);
std::string cloudServiceNodeName(const Configuration &config);

} // namespace ims
