#pragma once
// The wizard's state machine: which page follows which, what each page needs before Next.
// Pure and unit-tested; the Qt pages render it.
//
//   OAuth:  AemVersion → Solution → ConsoleSteps → Credentials → HealthCheck → [CloudService] → Summary
//   JWT:    AemVersion → Solution → Certificate → ConsoleSteps → JwtCredentials → HealthCheck
//           → [CloudService] → Summary
//           (new JWT configurations only against the training sandbox: end of life 30 Jun 2025)
//   CloudService only when the solution has a cloud service form on that AEM version (cloud_service.h).

#include "imscore/configuration.h"
#include "imscore/validation.h"

#include <vector>

namespace ims {

enum class WizardPage {
    Solution, Certificate, Credentials, JwtCredentials, HealthCheck, Summary, Done,
    AemVersion, ConsoleSteps, CloudService,
};

struct WizardState
{
    Configuration config;
    bool sandbox = false;          // the wizard talks to the training sandbox
    bool hasClientSecret = false;
    bool hasPrivateKey = false;    // JWT: a private key matching config.certificatePem is at hand
    bool certificateBusy = false;  // a key pair is being generated
    std::int64_t certificateDaysLeft = 0;
    bool checkRunning = false;
    bool healthOk = false;         // a token came back for exactly these credentials
    bool skipCloudService = false; // the cloud service is left to be configured in AEM later
    // Brand Portal: live Brand Portal configurations already stored, and whether the user chose to
    // replace them (AEM keeps exactly one).
    std::size_t existingBrandPortal = 0;
    bool replaceBrandPortal = false;
};

WizardPage nextPage(WizardPage current, const WizardState &state);
// Empty when the page may be left forwards.
std::vector<FieldProblem> pageProblems(WizardPage page, const WizardState &state);
bool canAdvance(WizardPage page, const WizardState &state);

} // namespace ims
