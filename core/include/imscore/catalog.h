#pragma once
// The cloud-solution catalog: data (resources/catalog.json, compiled in), not code.

#include "imscore/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace ims {

struct CloudSolution
{
    std::string id;              // "target"
    std::string name;            // "Adobe Target" (product name, not translated)
    std::string aemValue;        // value of AEM's "Cloud Solution" drop-down
    std::string metascope;       // JWT metascope, e.g. "ent_marketing_sdk"; may be empty
    std::vector<std::string> scopes; // typical OAuth scopes
    std::string documentation;   // https link to Adobe's documentation
    std::string cloudService;    // follow-up cloud service, may be empty
};

std::string_view catalogJson(); // the compiled-in resource

Result<std::vector<CloudSolution>> parseCatalog(std::string_view json);
// The compiled-in catalog, parsed once.
const std::vector<CloudSolution> &cloudSolutions();
const CloudSolution *findSolution(std::string_view id);

} // namespace ims
