#pragma once
// Field validation for the wizard, the importers and the command line.
// Problems are codes; the ui turns them into translated sentences.

#include "imscore/configuration.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ims {

enum class Field {
    Title,
    Solution,
    AuthorizationServer,
    ClientId,
    ClientSecret,
    OrgId,
    TechnicalAccountId,
    TechnicalAccountEmail,
    Scopes,
    Document, // a pasted or imported document as a whole
    AuthType,
    Metascopes,
    PrivateKey,
    Certificate,
    AemVersion,
    CloudService, // a field of the cloud service form; detail is the AEM property name
};
constexpr Field kLastField = Field::CloudService;

enum class Problem {
    Required,
    NotHttps,            // http:// to a host that is not loopback
    InvalidUrl,          // not a URL, or has a path/query/fragment/credentials
    OrgIdSuffix,         // must end with @AdobeOrg
    TechnicalAccountSuffix, // must end with @techacct.adobe.com
    ClientIdShape,
    ContainsWhitespace,
    ScopeInvalid,        // a scope with characters IMS never uses
    ScopeDuplicate,
    UnknownSolution,
    MalformedJson,
    UnknownShape,        // valid JSON but not a shape we know
    WrongType,           // a known key with a value of the wrong JSON type
    NoCredential,        // a Developer Console file without a usable credential
    JwtCredential,       // a JWT credential where OAuth was expected (detail says where)
    JwtEndOfLife,        // a new JWT configuration against real Adobe IMS (allowed in the sandbox only)
    CertificateExpired,
    NeedsNewerAem,       // the solution has no cloud service on this AEM version (6.3: legacy only)
    OAuthNeedsNewerAem,  // OAuth needs AEM 6.5 SP20 (or the hotfix) or AEM as a Cloud Service
    UnknownChoice,       // a value not among the field's choices
    TenantShape,         // Target tenant / client code: lower-case letters, digits, '-', '_'
    BrandPortalUrlShape, // not https://<tenant>.brand-portal.adobe.com
};
constexpr Problem kLastProblem = Problem::BrandPortalUrlShape;

struct FieldProblem
{
    Field field;
    Problem problem;
    std::string detail; // the offending value or key, never a secret

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

std::string_view fieldName(Field field);     // "client_id", … for logs and JSON
std::string_view problemName(Problem problem);

// Removes surrounding blanks: ASCII white space and the invisible characters that come with
// values copied from web pages (no-break and zero-width spaces, byte order mark).
std::string_view trimBlanks(std::string_view text);

// "https://ims-na1.adobelogin.com/" → "https://ims-na1.adobelogin.com"; trims blanks.
std::string normalizeAuthorizationServer(std::string_view url);
bool isLoopbackHost(std::string_view host);

// The single-field validators ignore surrounding blanks (they run while the user types or
// pastes); validateConfiguration does not, since stored values go into requests as they are.
// Details never quote a client secret, nor URL parts that could hold one (user-info, query).
std::optional<FieldProblem> validateAuthorizationServer(std::string_view url);
std::optional<FieldProblem> validateClientId(std::string_view clientId);
std::optional<FieldProblem> validateOrgId(std::string_view orgId);
std::optional<FieldProblem> validateTechnicalAccountId(std::string_view id);
std::optional<FieldProblem> validateTechnicalAccountEmail(std::string_view email);
std::optional<FieldProblem> validateClientSecret(std::string_view secret);
std::vector<FieldProblem> validateScopes(const std::vector<std::string> &scopes);

// Splits on commas, blanks, tabs and new lines (a pasted JSON array works too); drops
// empties; keeps order and duplicates (validateScopes reports those).
std::vector<std::string> parseScopes(std::string_view text);

// Everything an OAuth configuration needs before a health check; hasSecret says whether a
// client secret is at hand (the value itself is not core's business here).
std::vector<FieldProblem> validateConfiguration(const Configuration &config, bool hasSecret);

} // namespace ims
