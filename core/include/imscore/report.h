#pragma once
// The handover report: what a partner hands to the customer after onboarding — per configuration
// the organisation, solution, authentication, endpoints, certificate, scopes, cloud service
// settings, the health history and the next actions. Plain data built from configurations, which
// never hold a secret; ui/ renders it (HTML, PDF, print) in the user's language.

#include "imscore/catalog.h"
#include "imscore/certificates.h"
#include "imscore/configuration.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ims {

// A certificate's days left at which the report asks to renew (Adobe's certificates last a year).
constexpr std::int64_t kCertificateWarningDays = 30;
// A last health check older than this is reported as outdated.
constexpr std::int64_t kStaleCheckDays = 30;

enum class ReportActionKind {
    CertificateExpired,     // days: how many days ago (>= 0)
    CertificateExpiresSoon, // days: days left
    JwtDeprecated,          // JWT reached end of life: migrate to OAuth Server-to-Server
    OAuthNeedsServicePack,  // OAuth on AEM 6.4–6.5 before SP20: install SP20 or the hotfix
    MigrationToConfirm,     // a JWT rollback copy is still kept: confirm and delete it
    NeverChecked,           // no health check on record
    LastCheckFailed,        // the newest health record failed (error)
    CheckOutdated,          // days: age of the newest health record
};

struct ReportAction
{
    ReportActionKind kind;
    std::int64_t days = 0;
    ErrorCode error = ErrorCode::None;
};

struct ReportEntry
{
    Configuration configuration;     // as stored: references to secrets only, never values
    std::string solutionName;        // "Adobe Target", or the solution id when unknown
    std::string tokenUrl;            // the endpoint AEM calls for a token
    std::optional<CertificateInfo> certificate; // JWT configurations
    std::int64_t certificateDaysLeft = 0;
    std::vector<ReportAction> actions;
};

struct HandoverReport
{
    std::int64_t generatedAt = 0;          // epoch seconds
    std::vector<std::string> organisations; // distinct org ids, in order of first appearance
    std::vector<ReportEntry> entries;       // live configurations first, rollback copies after
    std::size_t actionCount() const;
};

// The token endpoint of a configuration: {server}/ims/token/v3 (OAuth) or
// {server}/ims/exchange/jwt (JWT).
std::string tokenUrlOf(const Configuration &configuration);

// The actions a configuration needs at time now (epoch seconds), most urgent first;
// certificateDaysLeft as certificates.h's daysLeft gives it (JWT configurations).
std::vector<ReportAction> nextActions(const Configuration &configuration,
    std::optional<std::int64_t> certificateDaysLeft, std::int64_t now);

HandoverReport buildHandoverReport(const std::vector<Configuration> &configurations, std::int64_t now);

} // namespace ims
