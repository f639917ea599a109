#include "imscore/catalog.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>

namespace ims {

namespace {

using nlohmann::json;

Error malformed(std::string detail)
{
    return makeError(ErrorCode::MalformedInput, "catalog: " + std::move(detail));
}

// Reads an optional string member; a member of another type is an error in the catalog file,
// which is our own data, so it is reported rather than skipped.
bool readString(const json &object, const char *key, bool required, std::string &out,
    const std::string &where, std::optional<Error> &error)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            error = malformed(where + "." + key + " missing");
        return !required;
    }
    if (!it->is_string()) {
        error = malformed(where + "." + key + " is not a string");
        return false;
    }
    out = it->get<std::string>();
    return true;
}

} // namespace

Result<std::vector<CloudSolution>> parseCatalog(std::string_view text)
{
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error &e) {
        return malformed("not JSON (byte " + std::to_string(e.byte) + ")");
    }
    if (!document.is_object())
        return malformed("top level is not an object");
    if (const auto version = document.find("version");
        version != document.end() && !version->is_number_integer())
        return malformed("version is not an integer");
    const auto list = document.find("solutions");
    if (list == document.end())
        return malformed("solutions missing");
    if (!list->is_array())
        return malformed("solutions is not an array");

    std::vector<CloudSolution> solutions;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &entry = (*list)[i];
        const std::string where = "solutions[" + std::to_string(i) + "]";
        if (!entry.is_object())
            return malformed(where + " is not an object");
        CloudSolution solution;
        std::optional<Error> error;
        if (!readString(entry, "id", true, solution.id, where, error)
            || !readString(entry, "name", true, solution.name, where, error)
            || !readString(entry, "aemValue", false, solution.aemValue, where, error)
            || !readString(entry, "metascope", false, solution.metascope, where, error)
            || !readString(entry, "documentation", false, solution.documentation, where, error)
            || !readString(entry, "cloudService", false, solution.cloudService, where, error))
            return *error;
        if (solution.id.empty())
            return malformed(where + ".id is empty");
        if (!ids.insert(solution.id).second)
            return malformed(where + ".id \"" + solution.id + "\" is a duplicate");
        if (const auto scopes = entry.find("scopes"); scopes != entry.end()) {
            if (!scopes->is_array())
                return malformed(where + ".scopes is not an array");
            for (const auto &scope : *scopes) {
                if (!scope.is_string())
                    return malformed(where + ".scopes has a non-string entry");
                solution.scopes.push_back(scope.get<std::string>());
            }
        }
        solutions.push_back(std::move(solution));
    }
    return solutions;
}

const std::vector<CloudSolution> &cloudSolutions()
{
    // The catalog is compiled in and covered by tests, so a parse failure here is a build
    // mistake; an empty list keeps the program usable ("Custom" flows still validate).
    static const std::vector<CloudSolution> solutions = [] {
        auto parsed = parseCatalog(catalogJson());
        return parsed.ok() ? std::move(parsed).value() : std::vector<CloudSolution> {};
    }();
    return solutions;
}

const CloudSolution *findSolution(std::string_view id)
{
    for (const auto &solution : cloudSolutions()) {
        if (solution.id == id)
            return &solution;
    }
    return nullptr;
}

} // namespace ims
