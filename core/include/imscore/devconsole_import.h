#pragma once
// Developer Console downloads: the nested project/workspace JSON and the flat credential
// "Download JSON" (upper-case keys). Liberal in what it takes: unknown keys are ignored.

#include "imscore/configuration.h"
#include "imscore/secret.h"
#include "imscore/validation.h"

#include <string_view>
#include <vector>

namespace ims {

struct ImportResult
{
    Configuration config;              // partial: only what the document held
    std::vector<Secret> clientSecrets; // in the document's order (rotation: up to two)
    std::vector<FieldProblem> problems;
    // True when the document was understood at all; false for malformed or unknown shapes.
    bool recognised = false;
    std::string sourceKind;            // "devconsole-workspace", "devconsole-credential"
};

ImportResult importDeveloperConsoleJson(std::string_view text);

// True when the text looks like something importDeveloperConsoleJson understands, cheaply
// (used for paste detection in credential fields).
bool looksLikeDeveloperConsoleJson(std::string_view text);

} // namespace ims
