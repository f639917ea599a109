#pragma once
// JWT (Service Account) credentials — deprecated, end of life 30 Jun 2025, still met in old AEM
// configurations and in AEM as a Cloud Service service credentials. Building and signing the
// JWT, the exchange request, and the imports of what users paste.

#include "imscore/configuration.h"
#include "imscore/crypto.h"
#include "imscore/devconsole_import.h"
#include "imscore/http.h"
#include "imscore/result.h"
#include "imscore/token.h"

#include <chrono>
#include <string>
#include <string_view>

namespace ims {

constexpr std::chrono::seconds kJwtLifetime{300};

// The claims as compact JSON: exp (now + lifetime), iss (org id), sub (technical account id),
// aud ({server}/c/{client id}), one "{server}/s/{metascope}": true per metascope, iat.
std::string buildJwtClaims(const Configuration &config, TimePoint now, std::chrono::seconds lifetime = kJwtLifetime);

// Header {"alg":"RS256","typ":"JWT"} + claims, signed RS256: the compact serialisation.
Result<std::string> signJwt(std::string_view claimsJson, const PrivateKey &key);

// POST {server}/ims/exchange/jwt, urlencoded client_id, client_secret, jwt_token.
Result<HttpRequest> buildJwtExchange(const Configuration &config, const Secret &clientSecret, const PrivateKey &key,
                                     TimePoint now);

// AEM's "Payload" field / the Developer Console's "Generate JWT" JSON: iss → org id,
// sub → technical account id, aud → server + client id, "{server}/s/{x}": true → metascopes.
// exp is ignored (it is refreshed on every exchange). Problems for missing or malformed claims.
ImportResult importJwtPayload(std::string_view json);

// AEM as a Cloud Service service credential (integration.{imsEndpoint, org, id, email,
// metascopes, technicalAccount.{clientId, clientSecret}, privateKey, publicKey}).
// clientSecrets[0] is the client secret; privateKeyPem and certificatePem carry the key material.
struct ServiceCredentialImport
{
    ImportResult result;
    Secret privateKeyPem;
    std::string certificatePem;
};
ServiceCredentialImport importServiceCredential(std::string_view json);

bool looksLikeJwtPayload(std::string_view text);
bool looksLikeServiceCredential(std::string_view text);

} // namespace ims
