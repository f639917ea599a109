#pragma once
// The training sandbox's rules: which clients exist, which secrets and scopes they have, and
// what IMS answers each request. Pure: the Qt HTTPS server (ui/sandboxserver) only feeds it.

#include "imscore/configuration.h"
#include "imscore/crypto.h"
#include "imscore/http.h"
#include "imscore/sandbox_faults.h"
#include "imscore/token.h"

#include <chrono>
#include <map>
#include <optional>
#include <set>
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
    std::vector<std::string> metascopes; // JWT exchange: the metascopes bound to the credential
};

// The sample organisation: deterministic credentials for several solutions.
const std::vector<SandboxClient> &sandboxOrganisation();
// An OAuth Server-to-Server configuration of one of those clients as the wizard saves it: a new
// id, the client's title, ids and scopes, the client secret's keychain reference, marked sandbox,
// talking to `server` (empty: whichever sandbox runs). What benchmarks and tests start from.
Configuration sandboxClientConfiguration(const SandboxClient &client, std::string server = {});
// AEM as a Cloud Service's service credential of the sample program: JWT exchange only (no
// OAuth scopes), metascope ent_aem_cloud_api, same organisation. Not in sandboxOrganisation()
// (that is the Developer Console's list); findSandboxClient finds it.
const SandboxClient &sandboxServiceCredentialClient();
// Any sandbox client: the organisation's and the service credential's.
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
    // Requests per client within kRateWindow (default kRateLimit); benchmarks raise it so
    // 1,000 checks of one sample client are not throttled.
    void setRateLimit(int requestsPerWindow) { m_rateLimit = requestsPerWindow < 1 ? 1 : requestsPerWindow; }
    int rateLimit() const { return m_rateLimit; }

    // Routes on method and path: POST /ims/token/v3 and /ims/token/v2 (OAuth client
    // credentials), POST /ims/exchange/jwt and the /sandbox/… helpers (both below); anything else
    // 404 / 405 as IMS would. Token errors, checked in this order:
    // unreadable body or no grant_type → 400 invalid_request; another grant type → 400
    // unsupported_grant_type; unknown or missing client_id → 400 invalid_client "invalid client_id
    // parameter"; over kRateLimit → 429 + Retry-After (wrong secrets count too); wrong or missing
    // secret → 400 invalid_client "invalid client_secret parameter"; a scope the client lacks →
    // 400 invalid_scope. Every answer is JSON with a Date header; nothing sent is echoed back.
    HttpResponse handle(const HttpRequest &request, TimePoint now);

    const PrivateKey &signingKey() const { return m_signingKey; }

    // --- Fault modes (sandbox_faults.h), for trainers and the fault-matrix tests ---
    // A fault for every token and JWT request (nullptr: none). Otherwise a request selects one
    // through its client id "sandbox-fault-NAME" (any secret and scope accepted).
    void setFault(const SandboxFault *fault) { m_fault = fault; }
    const SandboxFault *fault() const { return m_fault; }
    // The fault that applies to this request: only POSTs to the token and JWT endpoints have one.
    // The server acts out wire actions itself; handle() answers Answer and ClockSkew faults.
    const SandboxFault *faultFor(const HttpRequest &request) const;

    // --- JWT (Service Account) exchange, for training the legacy flow ---
    // POST /ims/exchange/jwt (also with a trailing slash), urlencoded or multipart client_id,
    // client_secret, jwt_token. Verifies, as IMS does: the client exists (400 invalid_client),
    // the secret (401 invalid_client), the JWT decodes (400 invalid_token), aud is
    // {server}/c/{client_id} (400 invalid_client), iss/sub match the org and technical account
    // (400 bad_request), exp is ahead within 30 s of tolerance (400 invalid_token "JWT expired"),
    // the RS256 signature verifies against a certificate bound to the client (400 invalid_token
    // "Could not match JWT signature to any of the bindings"), the metascopes are a subset of the
    // client's (400 invalid_scope "The metascopes in the JWT are not a subset of the metascopes in
    // the binding."). Success: expires_in in milliseconds. A client converted to OAuth answers 500
    // internal_error "Please try again later", as IMS does.
    // Beyond that list: a header alg other than RS256 → 400 invalid_signature; no metascope claim →
    // 400 invalid_scope; malformed iat (not a number) or jti (not a string) → 400 bad_request; a
    // binding whose certificate has expired no longer matches. Exact texts: sandbox.cpp's constants,
    // pinned by tests/core/test_sandbox_jwt.cpp. Throttled like the token endpoint (per client).

    // Stands in for the Developer Console's "Upload public key": also reachable over HTTP as
    // POST /sandbox/clients/{client_id}/certificates with a PEM certificate body (201), and
    // GET of the same path (the bound certificates' SHA-256 fingerprints as JSON).
    std::optional<Error> bindCertificate(const std::string &clientId, const Certificate &certificate);
    std::size_t bindingCount(const std::string &clientId) const;
    // After a JWT → OAuth migration the JWT endpoint refuses the client (500 internal_error).
    // Over HTTP (standing in for the Developer Console's "add an OAuth credential to the
    // project"): POST /sandbox/clients/{client_id}/convert-to-oauth → 200
    // {"client_id":…,"converted":true}; 404 for an unknown client, 405 for other methods.
    void markConvertedToOAuth(const std::string &clientId);

    // AEM as a Cloud Service: a service credential of the sample program
    // (technicalAccount.clientId "cm-p12345-e67890-integration-0") with a fresh key pair whose
    // certificate is bound to it, as the AEM Developer Console's JSON. Also over HTTP as
    // POST /sandbox/service-credential (200, the JSON).
    Result<std::string> issueServiceCredential(TimePoint now);
    // The same with imsEndpoint set to where this sandbox listens ("127.0.0.1:8443", no scheme,
    // as the AEM Developer Console writes "ims-na1.adobelogin.com", the default above).
    Result<std::string> issueServiceCredential(TimePoint now, std::string_view imsEndpoint);

    // --- Adobe Target Admin API, for "Connect to Target" ---
    // GET /{tenant}/target/activities with "Authorization: Bearer <token>" and "X-Api-Key": the
    // token must be one this sandbox signed, unexpired, issued to the X-Api-Key client (else 401
    // {"errorCode":"401013","message":…}); the tenant must be kSandboxTargetTenant (else 404); the
    // client's technical account must have the Target product role Editor (else 403
    // {"errorCode":"Forbidden","message":…Editor…Observer…}). Success: 200 {"total","offset","limit",
    // "activities":[…]}. Every client starts as Observer, as a new product profile does.
    // Standing in for the Admin Console: POST /sandbox/clients/{client_id}/target-role with an
    // optional body {"role":"editor"|"observer"} (default editor) → 200 {"client_id","role"}.
    void setTargetEditor(const std::string &clientId, bool editor);
    bool isTargetEditor(const std::string &clientId) const;

    // Certificates per client; the oldest binding goes when a client would get more.
    static constexpr std::size_t kMaxBindingsPerClient = 16;
    // IMS tolerates this much clock skew on exp.
    static constexpr std::chrono::seconds kJwtClockTolerance {30};

private:
    HttpResponse tokenRequest(const HttpRequest &request, TimePoint now);
    HttpResponse jwtExchange(const HttpRequest &request, TimePoint now);
    HttpResponse certificatesRequest(const HttpRequest &request, const std::string &clientId, TimePoint now);
    HttpResponse serviceCredentialRequest(const HttpRequest &request, TimePoint now);
    HttpResponse convertToOAuthRequest(const std::string &clientId);
    // A token for the client id "sandbox-fault-clock-skew" (a stand-in of the first sample client).
    HttpResponse faultClientToken(const HttpRequest &request, bool jwtEndpoint, TimePoint now) const;
    HttpResponse targetRoleRequest(const HttpRequest &request, const std::string &clientId);
    HttpResponse targetActivitiesRequest(const HttpRequest &request, const std::string &tenant, TimePoint now);
    // The RS256 access token both endpoints hand out.
    Result<std::string> accessToken(
        const SandboxClient &client, const std::string &scope, TimePoint now) const;
    bool throttled(const std::string &clientId, TimePoint now, std::int64_t &retryAfter);

    PrivateKey m_signingKey;
    std::map<std::string, std::vector<TimePoint>> m_requests;
    std::map<std::string, std::vector<Certificate>> m_bindings;
    std::set<std::string> m_convertedToOAuth;
    const SandboxFault *m_fault = nullptr;
    int m_rateLimit = kRateLimit;
    std::set<std::string> m_targetEditors;
};

} // namespace ims
