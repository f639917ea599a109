#include "imscore/wizard_flow.h"

#include "imscore/catalog.h"

namespace ims {

WizardPage nextPage(WizardPage current, const WizardState &)
{
    // The OAuth path is linear; the certificate page (JWT) and the cloud-service step join
    // here as the flow grows.
    switch (current) {
    case WizardPage::Solution: return WizardPage::Credentials;
    case WizardPage::Credentials: return WizardPage::HealthCheck;
    case WizardPage::HealthCheck: return WizardPage::Summary;
    case WizardPage::Summary: return WizardPage::Done;
    case WizardPage::Done: return WizardPage::Done;
    }
    return WizardPage::Done;
}

std::vector<FieldProblem> pageProblems(WizardPage page, const WizardState &state)
{
    std::vector<FieldProblem> problems;
    const Configuration &c = state.config;
    auto add = [&](std::optional<FieldProblem> p) {
        if (p)
            problems.push_back(*p);
    };
    switch (page) {
    case WizardPage::Solution:
        if (!findSolution(c.solutionId))
            problems.push_back({Field::Solution, c.solutionId.empty() ? Problem::Required : Problem::UnknownSolution,
                                c.solutionId});
        break;
    case WizardPage::Credentials: {
        add(validateAuthorizationServer(c.authorizationServer));
        add(validateClientId(c.clientId));
        if (!state.hasClientSecret)
            problems.push_back({Field::ClientSecret, Problem::Required, {}});
        add(validateOrgId(c.orgId));
        if (!c.technicalAccountId.empty())
            add(validateTechnicalAccountId(c.technicalAccountId));
        if (!c.technicalAccountEmail.empty())
            add(validateTechnicalAccountEmail(c.technicalAccountEmail));
        for (auto &p : validateScopes(c.scopes))
            problems.push_back(p);
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
