#pragma once
// The wizard's state machine: which page follows which, what each page needs before Next.
// Pure and unit-tested; the Qt pages render it.

#include "imscore/configuration.h"
#include "imscore/validation.h"

#include <vector>

namespace ims {

enum class WizardPage { Solution, Credentials, HealthCheck, Summary, Done };

struct WizardState
{
    Configuration config;
    bool hasClientSecret = false;
    bool checkRunning = false;
    bool healthOk = false;         // a token came back for exactly these credentials
};

WizardPage nextPage(WizardPage current, const WizardState &state);
// Empty when the page may be left forwards.
std::vector<FieldProblem> pageProblems(WizardPage page, const WizardState &state);
bool canAdvance(WizardPage page, const WizardState &state);

} // namespace ims
