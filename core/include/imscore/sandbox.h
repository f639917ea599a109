#pragma once
// The training sandbox's rules: which clients exist, which secrets and scopes they have, and
// what IMS answers each request. Pure: the Qt HTTPS server (ui/sandboxserver) only feeds it.

#include "imscore/crypto.h"
#include "imscore/http.h"
#include "imscore/token.h"

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace ims {

struct SandboxClient
{
    std::string solutionId;
    std::string title;
    std::string clientId;
    std::string clientSecret; // deterministic training values, documented, not secrets of anyone
    std::string orgId;
    std::string technicalAccountId;
    std::string technicalAccountEmail;
    std::vector<std::string> scopes;
};

// The sample organisation: deterministic credentials for several solutions.
const std::vector<SandboxClient> &sandboxOrganisation();
const SandboxClient *findSandboxClient(std::string_view clientId);

// A Developer Console "Download JSON" (flat credential) for a sandbox client, to paste in demos.
std::string sandboxCredentialJson(const SandboxClient &client);

class SandboxIms
{
public:
    explicit SandboxIms(PrivateKey signingKey);

    // Token requests per client within kRateWindow before 429 with Retry-After.
    static constexpr int kRateLimit = 30;
    static constexpr std::chrono::seconds kRateWindow {60};

    // Routes on method and path: POST /ims/token/v3 and /ims/token/v2 (OAuth client
    // credentials); anything else 404 / 405 as IMS would. Token errors, checked in this order:
    // unreadable body or no grant_type → 400 invalid_request; another grant type → 400
    // unsupported_grant_type; unknown or missing client_id → 400 invalid_client "invalid client_id
    // parameter"; over kRateLimit → 429 + Retry-After (wrong secrets count too); wrong or missing
    // secret → 400 invalid_client "invalid client_secret parameter"; a scope the client lacks →
    // 400 invalid_scope. Every answer is JSON with a Date header; nothing sent is echoed back.
    HttpResponse handle(const HttpRequest &request, TimePoint now);

    const PrivateKey &signingKey() const { return m_signingKey; }

private:
    HttpResponse tokenRequest(const HttpRequest &request, TimePoint now);
    bool throttled(const std::string &clientId, TimePoint now, std::int64_t &retryAfter);

    PrivateKey m_signingKey;
    std::map<std::string, std::vector<TimePoint>> m_requests;
};

} // namespace ims
