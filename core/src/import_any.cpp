// importAnyFile: whatever a user drops on the wizard, recognised by name and content and handed
// to the importer that knows it.

#include "text_util.h"
#include "imscore/certificates.h"
#include "imscore/devconsole_import.h"
#include "imscore/jwt_credentials.h"
#include "imscore/osgi.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>

namespace ims {

namespace {

using detail::asciiLowered;
constexpr auto positionOf = detail::jsonParsePosition;

using json = nlohmann::ordered_json;

constexpr std::string_view kPrivateKeyFile = "private.key";
constexpr std::string_view kCertificateFile = "certificate_pub.crt";

std::string_view baseName(std::string_view path)
{
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view withoutBomAndBlanks(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    while (!text.empty()
        && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n'))
        text.remove_prefix(1);
    return text;
}

// The parsed document may hold clear-text secrets: wipe its strings before it goes.
void wipeStrings(json &value)
{
    if (value.is_string()) {
        std::string &text = value.get_ref<std::string &>();
        OPENSSL_cleanse(text.data(), text.size());
    } else if (value.is_structured()) {
        for (json &child : value)
            wipeStrings(child);
    }
}

struct WipeOnExit
{
    json &document;
    ~WipeOnExit() { wipeStrings(document); }
};

FoundConfiguration unrecognised(const std::string &source, Problem problem, std::string detail = {})
{
    FoundConfiguration found;
    found.source = source;
    found.problems.push_back({Field::Document, problem, std::move(detail)});
    return found;
}

FoundConfiguration fromImport(ImportResult result, const std::string &source)
{
    FoundConfiguration found;
    found.config = std::move(result.config);
    found.clientSecrets = std::move(result.clientSecrets);
    found.problems = std::move(result.problems);
    found.source = source;
    if (found.config.solutionId.empty())
        found.config.solutionId
            = guessSolutionId(found.config.scopes, found.config.metascopes, found.config.title);
    return found;
}

// The Developer Console's "Generate a key pair" download: the key pair and nothing else, so
// everything the credential itself holds is reported missing.
FoundConfiguration importKeyPair(
    std::string_view archive, const std::vector<ZipEntry> &entries, const std::string &source)
{
    FoundConfiguration found;
    found.source = source;
    Configuration &config = found.config;
    config.authType = AuthType::Jwt;
    const ZipEntry *key = nullptr;
    const ZipEntry *certificate = nullptr;
    for (const ZipEntry &entry : entries) {
        const std::string_view name = baseName(entry.name);
        if (name == kPrivateKeyFile && !key)
            key = &entry;
        else if (name == kCertificateFile && !certificate)
            certificate = &entry;
    }
    if (key)
        found.privateKeyPem = Secret(key->data);
    else
        found.problems.push_back({Field::PrivateKey, Problem::Required, std::string(kPrivateKeyFile)});
    if (certificate)
        config.certificatePem = certificate->data;
    else
        found.problems.push_back({Field::Certificate, Problem::Required, std::string(kCertificateFile)});

    // Whether they parse and belong together: certificates.h knows; its error code says why not.
    if (key && certificate) {
        const auto pair = importConfigZip(archive);
        if (!pair)
            found.problems.push_back(
                {Field::PrivateKey, Problem::UnknownShape, std::string(errorCodeName(pair.error().code))});
    }
    for (const auto &[field, detail] :
        {std::pair {Field::ClientId, "client_id"}, std::pair {Field::ClientSecret, "client_secret"},
            std::pair {Field::OrgId, "org_id"}, std::pair {Field::TechnicalAccountId, "technical_account_id"},
            std::pair {Field::Metascopes, "meta_scopes"}})
        found.problems.push_back({field, Problem::Required, detail});
    return found;
}

std::vector<FoundConfiguration> importArchive(const std::string &source, std::string_view bytes)
{
    auto entries = readZip(bytes);
    if (!entries)
        return {unrecognised(source, Problem::UnknownShape, "zip: " + entries.error().detail)};
    // Wipe the archive's copies (a private key, clear-text secrets) on the way out.
    struct WipeEntriesOnExit
    {
        std::vector<ZipEntry> &entries;
        ~WipeEntriesOnExit()
        {
            for (ZipEntry &entry : entries)
                OPENSSL_cleanse(entry.data.data(), entry.data.size());
        }
    } wipe {entries.value()};

    const bool hasKeyPair
        = std::any_of(entries.value().begin(), entries.value().end(), [](const ZipEntry &entry) {
              const std::string_view name = baseName(entry.name);
              return name == kPrivateKeyFile || name == kCertificateFile;
          });
    if (hasKeyPair)
        return {importKeyPair(bytes, entries.value(), source)};

    std::vector<FoundConfiguration> found = importOsgiFiles(entries.value());
    if (found.empty())
        return {unrecognised(source, Problem::UnknownShape, "zip")};
    return found;
}

bool hasKeyStartingWith(const json &root, std::string_view prefix)
{
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (std::string_view(it.key()).starts_with(prefix))
            return true;
    }
    return false;
}

// OSGi properties in a file without the factory file name (renamed, or pasted): a provider has
// auth.token.provider.* / auth.access.token.request, a customizer auth.ims.client.*.
std::vector<FoundConfiguration> importOsgiProperties(
    const json &root, const std::string &fileName, std::string_view bytes)
{
    const bool provider
        = hasKeyStartingWith(root, "auth.token.provider.") || root.contains("auth.access.token.request");
    const bool customizer = hasKeyStartingWith(root, "auth.ims.client.");
    if (!provider && !customizer)
        return {};
    std::string name
        = root.contains("name") && root["name"].is_string() ? root["name"].get<std::string>() : std::string();
    if (name.empty()) {
        name = std::string(baseName(fileName));
        name = name.substr(0, name.find('.'));
    }
    const std::string_view pid = provider ? kAccessTokenProviderPid : kRequestCustomizerPid;
    std::vector<FoundConfiguration> found
        = importOsgiFiles({ZipEntry {std::string(pid) + "~" + name + ".cfg.json", std::string(bytes)}});
    for (FoundConfiguration &configuration : found)
        configuration.source = std::string(baseName(fileName));
    return found;
}

std::vector<FoundConfiguration> importJson(
    const std::string &fileName, std::string_view bytes, bool namedJson)
{
    const std::string source(baseName(fileName));
    const std::string_view text = withoutBomAndBlanks(bytes);
    std::size_t errorByte = 0;
    std::optional<json> parsed = detail::parseJsonText<json>(text, errorByte);
    if (!parsed) {
        // Only what claims to be JSON is reported as malformed JSON.
        if (namedJson || text.starts_with('{') || text.starts_with('['))
            return {unrecognised(source, Problem::MalformedJson, positionOf(text, errorByte))};
        return {unrecognised(source, Problem::UnknownShape)};
    }
    json root = std::move(*parsed);
    const WipeOnExit wipe {root};
    if (!root.is_object())
        return {unrecognised(source, Problem::UnknownShape)};

    if (looksLikeServiceCredential(text)) {
        ServiceCredentialImport credential = importServiceCredential(text);
        if (credential.result.recognised) {
            FoundConfiguration found = fromImport(std::move(credential.result), source);
            found.privateKeyPem = std::move(credential.privateKeyPem);
            found.config.certificatePem = credential.certificatePem;
            return {std::move(found)};
        }
    }

    const bool hasContexts = root.contains("contexts")
        || (root.contains("ims") && root["ims"].is_object() && root["ims"].contains("contexts"));
    // A single aio JWT context looks like a flat Developer Console credential, but only the aio
    // import keeps its private key.
    const bool singleAioJwtContext
        = !root.contains("project") && (root.contains("private_key") || root.contains("meta_scopes"));
    if (!hasContexts && !singleAioJwtContext) {
        ImportResult console = importDeveloperConsoleJson(text);
        if (console.recognised)
            return {fromImport(std::move(console), source)};
    }
    if (hasContexts || singleAioJwtContext) {
        std::vector<FoundConfiguration> contexts = importAioConfig(text);
        for (FoundConfiguration &found : contexts)
            found.source
                = contexts.size() == 1 && found.source.empty() ? source : source + ": " + found.source;
        return contexts;
    }
    if (looksLikeJwtPayload(text)) {
        ImportResult payload = importJwtPayload(text);
        if (payload.recognised)
            return {fromImport(std::move(payload), source)};
    }
    if (auto osgi = importOsgiProperties(root, fileName, bytes); !osgi.empty())
        return osgi;
    return {unrecognised(source, Problem::UnknownShape)};
}

} // namespace

std::vector<FoundConfiguration> importAnyFile(const std::string &fileName, std::string_view bytes)
{
    const std::string lowered = asciiLowered(baseName(fileName));
    const std::string source(baseName(fileName));
    if (lowered.ends_with(".zip") || bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06"))
        return importArchive(source, bytes);

    if (lowered.ends_with(".cfg.json") || lowered.ends_with(".config")) {
        std::vector<FoundConfiguration> found = importOsgiFiles({ZipEntry {source, std::string(bytes)}});
        if (!found.empty())
            return found;
        // Not one of the two factory PIDs by name: its content may still be one.
        if (lowered.ends_with(".config"))
            return {unrecognised(source, Problem::UnknownShape)};
    }
    return importJson(fileName, bytes, lowered.ends_with(".json"));
}

} // namespace ims
