#pragma once
// AEM's configuration as code: the OSGi factory configuration
// com.adobe.granite.auth.oauth.accesstoken.provider~NAME (.cfg.json, or the older .config format)
// and its secret in com.adobe.granite.auth.ims.impl.IMSAccessTokenRequestCustomizerImpl~NAME
// (auth.ims.client.secret). ims.md §5.

#include "imscore/configuration.h"
#include "imscore/result.h"
#include "imscore/secret.h"
#include "imscore/validation.h"
#include "imscore/zip.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ims {

constexpr std::string_view kAccessTokenProviderPid = "com.adobe.granite.auth.oauth.accesstoken.provider";
constexpr std::string_view kRequestCustomizerPid = "com.adobe.granite.auth.ims.impl.IMSAccessTokenRequestCustomizerImpl";

// One configuration found in files, before anything is saved: what it holds and what is missing.
struct FoundConfiguration
{
    Configuration config;              // partial
    std::vector<Secret> clientSecrets; // real values only (placeholders are not secrets)
    std::string secretPlaceholder;     // "$[secret:NAME]" when the file had one instead of a value
    Secret privateKeyPem;              // aio JWT contexts and service credentials can carry one
    std::vector<FieldProblem> problems;
    std::string source;                // file name(s) or context name it came from
};

// An OSGi configuration's properties as JSON values (strings, numbers, booleans, arrays).
// .cfg.json: JSON (comments allowed as AEM does). .config: Apache Felix format
// (key="value", key=B"true", key=I"30000", key=["a","b"], comments with #).
// Each value comes back as its JSON text ("\"target\"", "30000", "true", "[\"a\",\"b\"]"); typed
// .cfg.json keys ("x:Integer") lose their type suffix. Errors: MalformedInput, detail
// "line L, column C" only (never the text there, which may be a secret).
enum class OsgiFormat { CfgJson, Config };
Result<std::map<std::string, std::string>> parseOsgiProperties(std::string_view text, OsgiFormat format);

// "$[secret:NAME]" and "$[env:NAME]" (optionally with ";default=…"): AEM as a Cloud Service
// fills them from Cloud Manager variables. A placeholder is not a secret.
bool isOsgiPlaceholder(std::string_view value);

// The catalog solution a configuration is for, guessed from what it asks for: a metascope a
// solution names, then an OAuth scope only one solution lists ("target_sdk" → target), then a
// title equal to a solution's name; "custom" otherwise.
std::string guessSolutionId(const std::vector<std::string> &scopes, const std::vector<std::string> &metascopes,
                            std::string_view title = {});

// Pairs every accesstoken.provider~NAME with its IMSAccessTokenRequestCustomizerImpl~NAME by
// NAME (and the customizer's auth.ims.client.id when present). Entries are file name + bytes
// (from a folder, a content package or single files); other files are ignored.
// Details: one result per provider file, so a NAME in config.author and config.publish gives
// two; `source` is the path from jcr_root/ on (run-mode folder included), " + " the
// customizer's. The customizer is looked for in the provider's folder, then in the plain
// "config" folder next to it (AEM applies that to every run mode), then by client id. No
// customizer: ClientSecret Required (detail the customizer's file stem). A customizer alone:
// a result of its own with Document Required (detail the provider's file stem). A file that
// does not parse: MalformedJson (detail "line L, column C", .config files too).
std::vector<FoundConfiguration> importOsgiFiles(const std::vector<ZipEntry> &files);

// aio CLI config (ims.contexts.*): JWT and OAuth contexts. It stores secrets in plain text — the
// import takes them into the keychain and the wizard never writes them back.
std::vector<FoundConfiguration> importAioConfig(std::string_view json);

// Any file a user may bring: .zip (content package with OSGi configs, or config.zip), .cfg.json,
// .config, aio config, Developer Console JSON, service credential, JWT payload.
// `problems` of a single unrecognised file say why (UnknownShape, MalformedJson…).
std::vector<FoundConfiguration> importAnyFile(const std::string &fileName, std::string_view bytes);

// Export for AEM: the .cfg.json pair for one configuration (OAuth: grants client_credentials,
// auth.access.token.request {server}/ims/token/v3, org id, scopes; JWT: the exchange URL,
// keypair alias and metascope claims). The secret is written as "$[secret:NAME]" unless clear
// text is asked for (the ui warns first). NAME defaults from the title (lower-case, [a-z0-9-]).
// Details: a leading "Adobe " is dropped ("Adobe Target" → "target"); the placeholder name is a
// valid Cloud Manager variable (upper case, '_', no reserved ADOBE_/INTERNAL_/CONST_/AEM_
// prefix, at most 100 characters). JWT claims: iss, sub, one per metascope, aud (as the
// Developer Console's payload). ClearText with an empty secret writes the placeholder.
enum class SecretInExport { Placeholder, ClearText };
std::string osgiFactoryName(const Configuration &config);
std::string osgiSecretPlaceholderName(const Configuration &config); // e.g. "TARGET_IMS_CLIENT_SECRET"
std::vector<ZipEntry> exportOsgi(const Configuration &config, SecretInExport mode, const Secret &clientSecret = Secret());

} // namespace ims
