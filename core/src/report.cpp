#include "imscore/report.h"

#include <algorithm>

namespace ims {

namespace {

constexpr std::int64_t kDay = 24 * 60 * 60;

std::string trimmedServer(const Configuration &configuration)
{
    std::string server = configuration.authorizationServer;
    while (!server.empty() && server.back() == '/')
        server.pop_back();
    return server;
}

// Floor division, so a certificate that expired an hour ago is "0 days ago", not "-0".
std::int64_t floorDays(std::int64_t seconds)
{
    return seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay);
}

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
    return trimmedServer(configuration)
        + (configuration.authType == AuthType::Jwt ? "/ims/exchange/jwt" : "/ims/token/v3");
}

std::vector<ReportAction> nextActions(const Configuration &configuration,
    const std::optional<CertificateInfo> &certificate, std::int64_t now)
{
    std::vector<ReportAction> actions;
    if (certificate) {
        const std::int64_t left = floorDays(certificate->notAfter - now);
        if (certificate->notAfter <= now)
            actions.push_back({ReportActionKind::CertificateExpired, -left});
        else if (left <= kCertificateWarningDays)
            actions.push_back({ReportActionKind::CertificateExpiresSoon, left});
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
            actions.push_back({ReportActionKind::CheckOutdated, floorDays(now - last->checkedAt)});
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
        if (!c->certificatePem.empty()) {
            if (auto certificate = importCertificate(c->certificatePem)) {
                entry.certificate = certificateInfo(certificate.value());
                entry.certificateDaysLeft = floorDays(entry.certificate->notAfter - now);
            }
        }
        entry.actions = nextActions(*c, entry.certificate, now);
        report.entries.push_back(std::move(entry));
    }
    return report;
}

} // namespace ims
