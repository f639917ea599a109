#include "imscore/report.h"

#include "imscore/validation.h"

#include <algorithm>

namespace ims {

namespace {

constexpr std::int64_t kDay = 24 * 60 * 60;

} // namespace

std::size_t HandoverReport::actionCount() const
{
    std::size_t count = 0;
    for (const ReportEntry &entry : entries)
        count += entry.actions.size();
    return count;
}

std::string tokenUrlOf(const Configuration &configuration)
{
    // The same base the token requests use (token.cpp, jwt_credentials.cpp).
    return normalizeAuthorizationServer(configuration.authorizationServer)
        + (configuration.authType == AuthType::Jwt ? "/ims/exchange/jwt" : "/ims/token/v3");
}

std::vector<ReportAction> nextActions(const Configuration &configuration,
    std::optional<std::int64_t> certificateDaysLeft, std::int64_t now)
{
    std::vector<ReportAction> actions;
    if (certificateDaysLeft) {
        if (*certificateDaysLeft < 0)
            actions.push_back({ReportActionKind::CertificateExpired, -*certificateDaysLeft});
        else if (*certificateDaysLeft <= kCertificateWarningDays)
            actions.push_back({ReportActionKind::CertificateExpiresSoon, *certificateDaysLeft});
    }
    if (!configuration.rollbackOf.empty()) {
        actions.push_back({ReportActionKind::MigrationToConfirm});
    } else {
        if (configuration.authType == AuthType::Jwt)
            actions.push_back({ReportActionKind::JwtDeprecated});
        if (configuration.authType == AuthType::OAuthServerToServer
            && configuration.aemVersion == AemVersion::Aem64To65BeforeSp20)
            actions.push_back({ReportActionKind::OAuthNeedsServicePack});
    }
    if (const HealthRecord *last = configuration.lastHealth()) {
        if (!last->ok)
            actions.push_back({ReportActionKind::LastCheckFailed, 0, last->error});
        else if (now - last->checkedAt > kStaleCheckDays * kDay)
            actions.push_back({ReportActionKind::CheckOutdated, (now - last->checkedAt) / kDay});
    } else if (configuration.rollbackOf.empty()) {
        actions.push_back({ReportActionKind::NeverChecked});
    }
    return actions;
}

HandoverReport buildHandoverReport(const std::vector<Configuration> &configurations, std::int64_t now)
{
    HandoverReport report;
    report.generatedAt = now;
    std::vector<const Configuration *> ordered;
    for (const Configuration &c : configurations)
        ordered.push_back(&c);
    // Live configurations first (by title), then rollback copies; stable for equal titles.
    std::stable_sort(ordered.begin(), ordered.end(), [](const Configuration *a, const Configuration *b) {
        const bool aCopy = !a->rollbackOf.empty(), bCopy = !b->rollbackOf.empty();
        if (aCopy != bCopy)
            return !aCopy;
        return a->title < b->title;
    });
    for (const Configuration *c : ordered) {
        if (!c->orgId.empty()
            && std::find(report.organisations.begin(), report.organisations.end(), c->orgId)
                == report.organisations.end())
            report.organisations.push_back(c->orgId);
        ReportEntry entry;
        entry.configuration = *c;
        const CloudSolution *solution = findSolution(c->solutionId);
        entry.solutionName = solution ? solution->name : c->solutionId;
        entry.tokenUrl = tokenUrlOf(*c);
        std::optional<std::int64_t> certificateDaysLeft;
        if (!c->certificatePem.empty()) {
            if (auto certificate = importCertificate(c->certificatePem)) {
                entry.certificate = certificateInfo(certificate.value());
                certificateDaysLeft = daysLeft(certificate.value(),
                    std::chrono::system_clock::time_point(std::chrono::seconds(now)));
                entry.certificateDaysLeft = *certificateDaysLeft;
            }
        }
        entry.actions = nextActions(*c, certificateDaysLeft, now);
        report.entries.push_back(std::move(entry));
    }
    return report;
}

} // namespace ims
