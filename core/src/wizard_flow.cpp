#include "imscore/wizard_flow.h"

#include "imscore/catalog.h"
#include "imscore/cloud_service.h"

namespace ims {

namespace {

void addIf(std::vector<FieldProblem> &problems, std::optional<FieldProblem> p)
{
    if (p)
        problems.push_back(std::move(*p));
}

// What both credential pages check: the server, the client and the organisation.
void commonCredentialProblems(const WizardState &state, std::vector<FieldProblem> &problems)
{
    const Configuration &c = state.config;
    addIf(problems, validateAuthorizationServer(c.authorizationServer));
    addIf(problems, validateClientId(c.clientId));
    if (!state.hasClientSecret)
        problems.push_back({Field::ClientSecret, Problem::Required, {}});
    addIf(problems, validateOrgId(c.orgId));
}

} // namespace

WizardPage nextPage(WizardPage current, const WizardState &state)
{
    const bool jwt = state.config.authType == AuthType::Jwt;
    switch (current) {
    case WizardPage::AemVersion: return WizardPage::Solution;
    case WizardPage::Solution: return jwt ? WizardPage::Certificate : WizardPage::ConsoleSteps;
    case WizardPage::Certificate: return WizardPage::ConsoleSteps;
    case WizardPage::ConsoleSteps: return jwt ? WizardPage::JwtCredentials : WizardPage::Credentials;
    case WizardPage::Credentials:
    case WizardPage::JwtCredentials: return WizardPage::HealthCheck;
    case WizardPage::HealthCheck:
        return cloudServiceForm(state.config.solutionId, state.config.aemVersion) ? WizardPage::CloudService
                                                                                   : WizardPage::Summary;
    case WizardPage::CloudService: return WizardPage::Summary;
    case WizardPage::Summary:
    case WizardPage::Done: return WizardPage::Done;
    }
    return WizardPage::Done;
}

std::vector<FieldProblem> pageProblems(WizardPage page, const WizardState &state)
{
    std::vector<FieldProblem> problems;
    const Configuration &c = state.config;
    switch (page) {
    case WizardPage::Solution:
        if (!findSolution(c.solutionId))
            problems.push_back({Field::Solution, c.solutionId.empty() ? Problem::Required : Problem::UnknownSolution,
                                c.solutionId});
        if (c.authType == AuthType::Jwt && !state.sandbox)
            problems.push_back({Field::AuthType, Problem::JwtEndOfLife, {}});
        for (auto &p : versionProblems(c)) {
            if (p.field != Field::AemVersion)
                problems.push_back(std::move(p));
        }
        break;
    case WizardPage::AemVersion:
        if (c.aemVersion == AemVersion::Unknown)
            problems.push_back({Field::AemVersion, Problem::Required, {}});
        break;
    case WizardPage::ConsoleSteps:
        break; // a checklist: ticks help the user, they do not block
    case WizardPage::CloudService: {
        if (state.skipCloudService)
            break;
        const auto form = cloudServiceForm(c.solutionId, c.aemVersion);
        if (!form)
            break;
        if (!c.cloudService || c.cloudService->kind != form->kind) {
            problems.push_back({Field::CloudService, Problem::Required, "jcr:title"});
            break;
        }
        problems = cloudServiceProblems(*form, *c.cloudService);
        if (form->kind == "brand-portal" && state.existingBrandPortal > 0 && !state.replaceBrandPortal)
            problems.push_back({Field::CloudService, Problem::Required, "replaceBrandPortal"});
        break;
    }
    case WizardPage::Certificate:
        if (state.certificateBusy || c.certificatePem.empty() || !state.hasPrivateKey)
            problems.push_back({Field::Certificate, Problem::Required, {}});
        else if (state.certificateDaysLeft < 0)
            problems.push_back({Field::Certificate, Problem::CertificateExpired, {}});
        break;
    case WizardPage::Credentials:
        commonCredentialProblems(state, problems);
        if (!c.technicalAccountId.empty())
            addIf(problems, validateTechnicalAccountId(c.technicalAccountId));
        if (!c.technicalAccountEmail.empty())
            addIf(problems, validateTechnicalAccountEmail(c.technicalAccountEmail));
        for (auto &p : validateScopes(c.scopes))
            problems.push_back(p);
        break;
    case WizardPage::JwtCredentials: {
        commonCredentialProblems(state, problems);
        // The JWT's sub claim: the technical account is required here.
        addIf(problems, validateTechnicalAccountId(c.technicalAccountId));
        if (c.metascopes.empty())
            problems.push_back({Field::Metascopes, Problem::Required, {}});
        for (auto p : validateScopes(c.metascopes)) {
            p.field = Field::Metascopes;
            if (p.problem != Problem::Required)
                problems.push_back(p);
        }
        break;
    }
    case WizardPage::HealthCheck:
        // A token must have come back for exactly these credentials; a check in flight blocks Next.
        if (state.checkRunning || !state.healthOk)
            problems.push_back({Field::Document, Problem::Required, "health_check"});
        break;
    case WizardPage::Summary:
        if (c.title.empty())
            problems.push_back({Field::Title, Problem::Required, {}});
        break;
    case WizardPage::Done:
        break;
    }
    return problems;
}

bool canAdvance(WizardPage page, const WizardState &state)
{
    return pageProblems(page, state).empty();
}

} // namespace ims
