#pragma once
// The wizard's state machine: which page follows which, what each page needs before Next.
// Pure and unit-tested; the Qt pages render it.
//
//   OAuth:  Solution → Credentials → HealthCheck → Summary
//   JWT:    Solution → Certificate → JwtCredentials → HealthCheck → Summary
//           (new JWT configurations only against the training sandbox: end of life 30 Jun 2025)

#include "imscore/configuration.h"
#include "imscore/validation.h"

#include <vector>

namespace ims {

enum class WizardPage { Solution, Certificate, Credentials, JwtCredentials, HealthCheck, Summary, Done };

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
};

WizardPage nextPage(WizardPage current, const WizardState &state);
// Empty when the page may be left forwards.
std::vector<FieldProblem> pageProblems(WizardPage page, const WizardState &state);
bool canAdvance(WizardPage page, const WizardState &state);

} // namespace ims
