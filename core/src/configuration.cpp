#include "imscore/configuration.h"

#include <array>
#include <cstdio>
#include <openssl/rand.h>
#include <stdexcept>

namespace ims {

std::string_view authTypeName(AuthType type)
{
    switch (type) {
    case AuthType::OAuthServerToServer:
        return "oauth_server_to_server";
    case AuthType::Jwt:
        return "jwt";
    }
    return "oauth_server_to_server";
}

bool parseAuthType(std::string_view name, AuthType &out)
{
    for (AuthType type : {AuthType::OAuthServerToServer, AuthType::Jwt}) {
        if (authTypeName(type) == name) {
            out = type;
            return true;
        }
    }
    return false;
}

std::string_view aemVersionName(AemVersion version)
{
    switch (version) {
    case AemVersion::Unknown:
        return "unknown";
    case AemVersion::Aem63OrEarlier:
        return "6.3";
    case AemVersion::Aem64To65BeforeSp20:
        return "6.4-6.5";
    case AemVersion::Aem65Sp20OrHotfix:
        return "6.5-sp20";
    case AemVersion::CloudService:
        return "cloud-service";
    }
    return "unknown";
}

bool parseAemVersion(std::string_view name, AemVersion &out)
{
    for (AemVersion version : {AemVersion::Unknown, AemVersion::Aem63OrEarlier, AemVersion::Aem64To65BeforeSp20,
             AemVersion::Aem65Sp20OrHotfix, AemVersion::CloudService}) {
        if (aemVersionName(version) == name) {
            out = version;
            return true;
        }
    }
    return false;
}

const std::string *CloudServiceSettings::field(std::string_view name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

void CloudServiceSettings::setField(const std::string &name, std::string value)
{
    for (auto &[key, existing] : fields) {
        if (key == name) {
            existing = std::move(value);
            return;
        }
    }
    fields.emplace_back(name, std::move(value));
}

void Configuration::recordHealth(const HealthRecord &record)
{
    health.push_back(record);
    // Only the recent past matters for the console; an unbounded history would grow the
    // store file forever for configurations checked by a cron job.
    if (health.size() > kHealthHistory)
        health.erase(
            health.begin(), health.begin() + static_cast<std::ptrdiff_t>(health.size() - kHealthHistory));
}

std::string clientSecretKey(const std::string &configurationId)
{
    return configurationId + "/client_secret";
}

std::string privateKeyKey(const std::string &configurationId)
{
    return configurationId + "/private_key";
}

std::string newConfigurationId()
{
    std::array<unsigned char, 16> bytes {};
    // RAND_bytes only fails when the RNG cannot be seeded; an id built from zeros would
    // collide, so failing loudly is the only safe answer.
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant

    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    id.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            id.push_back('-');
        id.push_back(kHex[bytes[i] >> 4]);
        id.push_back(kHex[bytes[i] & 0x0f]);
    }
    return id;
}

std::string joinScopes(const std::vector<std::string> &scopes)
{
    std::string joined;
    for (const auto &scope : scopes) {
        if (scope.empty())
            continue;
        if (!joined.empty())
            joined.push_back(',');
        joined += scope;
    }
    return joined;
}

} // namespace ims
