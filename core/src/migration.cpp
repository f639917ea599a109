#include "text_util.h"
#include "imscore/migration.h"

#include <algorithm>

namespace ims {

namespace {

using detail::asciiLowered;

// Client ids are hex and org ids upper-case hex in the documents, but people retype them:
// blanks and letter case do not make another client.
bool sameIdentifier(std::string_view a, std::string_view b)
{
    return asciiLowered(trimBlanks(a)) == asciiLowered(trimBlanks(b));
}

// The JWT-only parts an OAuth configuration must not keep.
void dropJwtParts(Configuration &config)
{
    config.authType = AuthType::OAuthServerToServer;
    config.metascopes.clear();
    config.certificateAlias.clear();
    config.certificatePem.clear();
    config.privateKeyRef.clear();
}

} // namespace

MigrationPlan planMigration(const Configuration &jwt)
{
    MigrationPlan plan;
    plan.original = jwt;

    Configuration &migrated = plan.migrated;
    migrated.id = jwt.id;
    migrated.title = jwt.title;
    migrated.solutionId = jwt.solutionId;
    migrated.authorizationServer = jwt.authorizationServer;
    migrated.clientId = jwt.clientId;
    migrated.orgId = jwt.orgId;
    migrated.technicalAccountId = jwt.technicalAccountId;
    migrated.technicalAccountEmail = jwt.technicalAccountEmail;
    // Where it is checked and since when it exists are no credential: they carry over silently.
    migrated.sandbox = jwt.sandbox;
    migrated.createdAt = jwt.createdAt;
    migrated.updatedAt = jwt.updatedAt;
    // Metascopes do not map to OAuth scopes (ims.md §7): those come from the Developer Console.
    migrated.scopes.clear();
    dropJwtParts(migrated);

    const std::pair<Field, const std::string *> carried[] = {
        {Field::Title, &jwt.title},
        {Field::Solution, &jwt.solutionId},
        {Field::AuthorizationServer, &jwt.authorizationServer},
        {Field::ClientId, &jwt.clientId},
        {Field::OrgId, &jwt.orgId},
        {Field::TechnicalAccountId, &jwt.technicalAccountId},
        {Field::TechnicalAccountEmail, &jwt.technicalAccountEmail},
    };
    for (const auto &[field, value] : carried) {
        if (!trimBlanks(*value).empty())
            plan.carriedOver.push_back(field);
    }
    plan.needed = {Field::ClientSecret, Field::Scopes};
    return plan;
}

std::vector<FieldProblem> applyOAuthCredential(MigrationPlan &plan, const ImportResult &credential)
{
    if (!credential.recognised)
        return credential.problems; // malformed or unknown: its problems say so (never a secret)
    if (credential.config.authType == AuthType::Jwt)
        return {FieldProblem {Field::Document, Problem::JwtCredential, credential.sourceKind}};

    // The OAuth credential added in the Developer Console keeps the client id, the technical
    // account and the organisation (ims.md §7): anything else is another credential.
    std::vector<FieldProblem> problems;
    const Configuration &offered = credential.config;
    if (!trimBlanks(offered.clientId).empty() && !sameIdentifier(offered.clientId, plan.original.clientId))
        problems.push_back({Field::ClientId, Problem::NoCredential, std::string(kMigrationOtherClient)});
    if (!trimBlanks(offered.orgId).empty() && !trimBlanks(plan.original.orgId).empty()
        && !sameIdentifier(offered.orgId, plan.original.orgId))
        problems.push_back({Field::OrgId, Problem::NoCredential, std::string(kMigrationOtherOrganisation)});
    if (!problems.empty())
        return problems; // nothing is taken from another credential

    Configuration &migrated = plan.migrated;
    if (!offered.scopes.empty())
        migrated.scopes = offered.scopes;
    if (!trimBlanks(offered.technicalAccountEmail).empty())
        migrated.technicalAccountEmail = offered.technicalAccountEmail;
    if (migrated.technicalAccountId.empty())
        migrated.technicalAccountId = offered.technicalAccountId;
    if (migrated.orgId.empty())
        migrated.orgId = offered.orgId;
    if (migrated.clientId.empty())
        migrated.clientId = offered.clientId;
    return problems;
}

std::vector<FieldProblem> migrationProblems(const MigrationPlan &plan, bool hasNewSecret)
{
    std::vector<FieldProblem> problems;
    if (plan.original.authType != AuthType::Jwt)
        problems.push_back(
            {Field::AuthType, Problem::WrongType, std::string(authTypeName(plan.original.authType))});
    if (plan.migrated.id.empty() || plan.migrated.id != plan.original.id)
        problems.push_back({Field::Document, Problem::Required, "id"});
    if (!sameIdentifier(plan.migrated.clientId, plan.original.clientId))
        problems.push_back({Field::ClientId, Problem::NoCredential, std::string(kMigrationOtherClient)});
    // Then everything an OAuth configuration needs: the new secret, scopes, the identifiers.
    for (FieldProblem &problem : validateConfiguration(plan.migrated, hasNewSecret))
        problems.push_back(std::move(problem));
    return problems;
}

std::vector<Configuration> switchToMigrated(const std::vector<Configuration> &all, const MigrationPlan &plan,
    const std::string &newSecretRef, std::int64_t now)
{
    const std::string &id = plan.original.id;
    if (id.empty() || plan.migrated.id != id || newSecretRef.empty())
        return all;
    const auto live = std::find_if(
        all.begin(), all.end(), [&](const Configuration &c) { return c.id == id && c.rollbackOf.empty(); });
    if (live == all.end() || live->authType != AuthType::Jwt)
        return all;
    // Switched already: a second rollback copy would make the undo ambiguous.
    if (std::any_of(all.begin(), all.end(), [&](const Configuration &c) { return c.rollbackOf == id; }))
        return all;
    // The new secret must not overwrite one the rollback copy still needs.
    if (newSecretRef == live->clientSecretRef || newSecretRef == live->privateKeyRef)
        return all;

    Configuration migrated = plan.migrated;
    dropJwtParts(migrated);
    migrated.id = id;
    migrated.clientSecretRef = newSecretRef;
    migrated.rollbackOf.clear();
    migrated.migratedAt = now;
    migrated.updatedAt = now;

    // The stored original, not the plan's copy: it is what the keychain references belong to.
    Configuration rollback = *live;
    rollback.id = newConfigurationId();
    rollback.rollbackOf = id;

    std::vector<Configuration> result;
    result.reserve(all.size() + 1);
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it == live) {
            result.push_back(std::move(migrated));
            result.push_back(std::move(rollback));
        } else {
            result.push_back(*it);
        }
    }
    return result;
}

std::vector<Configuration> rollBackMigration(
    const std::vector<Configuration> &all, const std::string &migratedId)
{
    if (migratedId.empty())
        return all;
    const auto live = std::find_if(all.begin(), all.end(),
        [&](const Configuration &c) { return c.id == migratedId && c.rollbackOf.empty(); });
    const auto copy = std::find_if(
        all.begin(), all.end(), [&](const Configuration &c) { return c.rollbackOf == migratedId; });
    if (live == all.end() || copy == all.end())
        return all;

    Configuration restored = *copy;
    restored.id = migratedId;
    restored.rollbackOf.clear();

    std::vector<Configuration> result;
    result.reserve(all.size() - 1);
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it == live)
            result.push_back(restored);
        else if (it != copy)
            result.push_back(*it);
    }
    return result;
}

std::vector<std::string> secretRefsOnlyIn(
    const Configuration &config, const std::vector<Configuration> &others)
{
    // `others` may be the whole list with `config` itself in it: that very element is skipped.
    // Anything else using a reference keeps it, so a live secret is never reported for removal.
    const auto usedElsewhere = [&](const std::string &ref) {
        return std::any_of(others.begin(), others.end(), [&](const Configuration &other) {
            return &other != &config && (other.clientSecretRef == ref || other.privateKeyRef == ref);
        });
    };
    std::vector<std::string> refs;
    for (const std::string *ref : {&config.clientSecretRef, &config.privateKeyRef}) {
        if (!ref->empty() && !usedElsewhere(*ref) && std::find(refs.begin(), refs.end(), *ref) == refs.end())
            refs.push_back(*ref);
    }
    return refs;
}

std::string migratedSecretKey(const std::string &configurationId)
{
    return configurationId + "/oauth_client_secret";
}

} // namespace ims
