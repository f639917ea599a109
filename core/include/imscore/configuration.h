#pragma once
// One IMS configuration as AEM knows it. Secrets are references (keychain keys), never values.

#include "imscore/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ims {

enum class AuthType { OAuthServerToServer, Jwt };

std::string_view authTypeName(AuthType type);          // "oauth_server_to_server" / "jwt"
bool parseAuthType(std::string_view name, AuthType &out);

// The AEM release the configuration is made for; it decides the documented path (ims.md §5–§6):
// 6.3 and earlier use the legacy "Cloud Services" configuration, OAuth needs 6.5 SP20+ (or the
// compatibility hotfix) or AEM as a Cloud Service.
enum class AemVersion { Unknown, Aem63OrEarlier, Aem64To65BeforeSp20, Aem65Sp20OrHotfix, CloudService };

std::string_view aemVersionName(AemVersion version); // "unknown", "6.3", "6.4-6.5", "6.5-sp20", "cloud-service"
bool parseAemVersion(std::string_view name, AemVersion &out);

// The AEM cloud service configuration made after the IMS configuration (Target, Brand Portal,
// Stock, Tags, I/O Events …). Fields are AEM's property names and values in the order AEM shows
// them; never secrets (a legacy 6.3 cloud service keeps its client secret in clientSecretRef).
struct CloudServiceSettings
{
    std::string kind;    // catalog solution id whose cloud service this is, e.g. "target"
    std::string title;
    bool legacy = false; // AEM 6.3 and earlier: legacy "Cloud Services" configuration, no IMS config
    std::vector<std::pair<std::string, std::string>> fields;

    const std::string *field(std::string_view name) const;
    void setField(const std::string &name, std::string value);
    bool operator==(const CloudServiceSettings &) const = default;
};

constexpr std::string_view kDefaultAuthorizationServer = "https://ims-na1.adobelogin.com";

struct HealthRecord
{
    std::int64_t checkedAt = 0;      // epoch seconds
    bool ok = false;
    ErrorCode error = ErrorCode::None;
    std::int64_t expiresInSeconds = 0;
};

struct Configuration
{
    std::string id;                  // stable, generated (newConfigurationId)
    std::string title;
    std::string solutionId;          // catalog id, e.g. "target"
    AuthType authType = AuthType::OAuthServerToServer;
    std::string authorizationServer{kDefaultAuthorizationServer};
    std::string clientId;
    std::string orgId;
    std::string technicalAccountId;
    std::string technicalAccountEmail;
    std::vector<std::string> scopes;      // OAuth
    std::vector<std::string> metascopes;  // JWT: e.g. "ent_marketing_sdk" (claims {server}/s/{metascope})
    std::string clientSecretRef;     // keychain key of the client secret
    // JWT only: the certificate uploaded to the credential (public, PEM) and its alias, and the
    // keychain key of the private key (PKCS#8 PEM).
    std::string certificateAlias;
    std::string certificatePem;
    std::string privateKeyRef;
    bool sandbox = false;            // made against the training sandbox
    // The keychain entry behind clientSecretRef (or privateKeyRef) was found gone: the
    // configuration is kept, marked, until the user enters the secret again.
    bool secretMissing = false;
    AemVersion aemVersion = AemVersion::Unknown;
    std::optional<CloudServiceSettings> cloudService;
    std::vector<std::string> consoleStepsDone; // ids of the ticked Developer/Admin Console steps
    // Migration JWT → OAuth: on the kept JWT copy, the id of the OAuth configuration it became
    // (empty on every live configuration). Kept until the user confirms or rolls back.
    std::string rollbackOf;
    std::int64_t migratedAt = 0;     // on the OAuth configuration: when it replaced its JWT original
    std::int64_t createdAt = 0;      // epoch seconds
    std::int64_t updatedAt = 0;
    std::vector<HealthRecord> health; // newest last, at most kHealthHistory entries

    static constexpr std::size_t kHealthHistory = 20;
    void recordHealth(const HealthRecord &record);
    const HealthRecord *lastHealth() const { return health.empty() ? nullptr : &health.back(); }
};

// Keychain key for a configuration's client secret: "<id>/client_secret".
std::string clientSecretKey(const std::string &configurationId);
// Keychain key for a configuration's private key: "<id>/private_key".
std::string privateKeyKey(const std::string &configurationId);

// A random id (UUID v4 text) from OpenSSL's RNG.
std::string newConfigurationId();

// Scopes as IMS wants them: comma-separated, no spaces.
std::string joinScopes(const std::vector<std::string> &scopes);

} // namespace ims
