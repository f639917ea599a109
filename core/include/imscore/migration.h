#pragma once
// JWT → OAuth migration (ims.md §7). Pure: what carries over, what must come from the
// Developer Console, and the atomic switch of the stored configurations.

#include "imscore/configuration.h"
#include "imscore/devconsole_import.h"
#include "imscore/validation.h"

#include <string>
#include <vector>

namespace ims {

struct MigrationPlan
{
    Configuration original;            // the JWT configuration, untouched
    Configuration migrated;            // the OAuth configuration being built (same id as the original)
    std::vector<Field> carriedOver;    // client id, org, technical account, solution, title, server
    std::vector<Field> needed;         // client secret (the OAuth one), scopes
};

MigrationPlan planMigration(const Configuration &jwt);

// Takes what the Developer Console's OAuth credential download holds (scopes, technical account
// email…). Problems when it names another client or organisation than the original:
// Problem::NoCredential on Field::ClientId / Field::OrgId with the detail below; then nothing is
// taken. An unreadable document returns its own problems, a JWT credential Document/JwtCredential.
constexpr std::string_view kMigrationOtherClient = "other_client";
constexpr std::string_view kMigrationOtherOrganisation = "other_organisation";
std::vector<FieldProblem> applyOAuthCredential(MigrationPlan &plan, const ImportResult &credential);

// What still blocks the switch (hasNewSecret: an OAuth client secret is at hand).
std::vector<FieldProblem> migrationProblems(const MigrationPlan &plan, bool hasNewSecret);

// The new list of configurations after the switch: the original's place taken by the migrated
// OAuth configuration (same id, new clientSecretRef newSecretRef, migratedAt now), and a rollback
// copy of the original under a new id with rollbackOf set (its keychain references unchanged).
// Save the returned list with one atomic ConfigurationStore::save.
std::vector<Configuration> switchToMigrated(const std::vector<Configuration> &all, const MigrationPlan &plan,
                                            const std::string &newSecretRef, std::int64_t now);

// Undo: the rollback copy takes its place back (under the original id); the OAuth configuration
// is gone. Returns the new list, or the input unchanged when there is nothing to roll back.
std::vector<Configuration> rollBackMigration(const std::vector<Configuration> &all, const std::string &migratedId);

// The keychain references the OAuth configuration introduced (to remove on roll back) and those
// only the rollback copy uses (to remove when the user deletes it). `others` may be the whole
// list with `config` itself in it: that very element (by address) is skipped, nothing else.
std::vector<std::string> secretRefsOnlyIn(const Configuration &config, const std::vector<Configuration> &others);

// Keychain key for the OAuth client secret of a migrated configuration: "<id>/oauth_client_secret".
std::string migratedSecretKey(const std::string &configurationId);

} // namespace ims
