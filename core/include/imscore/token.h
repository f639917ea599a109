#pragma once
// The OAuth server-to-server token request and the interpretation of what IMS answers.

#include "imscore/configuration.h"
#include "imscore/http.h"
#include "imscore/secret.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace ims {

using TimePoint = std::chrono::system_clock::time_point;

// POST {server}/ims/token/v3, urlencoded, secret in the body (never the query string).
HttpRequest buildOAuthRequest(const Configuration &config, const Secret &clientSecret);

// Which endpoint answered: it decides the unit of expires_in (seconds for OAuth,
// milliseconds for the JWT exchange).
enum class TokenEndpoint { OAuthV3, JwtExchange };

struct HealthReport
{
    bool ok = false;
    Error error;                     // when !ok
    Secret accessToken;              // when ok; shown masked, never stored
    std::string tokenType;
    std::int64_t expiresInSeconds = 0;
    TimePoint expiresAt{};
    TimePoint checkedAt{};
    // Decoded access-token claims (the token is itself a JWT), pretty-printed JSON.
    std::string claimsJson;
    std::vector<std::string> grantedScopes;
    std::string tokenClientId;
    // Server clock minus ours, from the Date header, when the server sent one.
    std::optional<std::int64_t> clockSkewSeconds;
    // Set beside a success or an error when something deserves attention: ClockSkew when the
    // server's clock differs from ours by more than kClockSkewWarningSeconds.
    std::optional<Error> warning;
};

// Beyond this, the clock difference is reported: IMS tolerates about 30 s on a JWT's exp.
constexpr std::int64_t kClockSkewWarningSeconds = 30;

HealthReport interpretTokenResponse(const HttpResponse &response, TokenEndpoint endpoint, TimePoint now);

// Maps an IMS error document (or its absence) to an Error. Exposed for the JWT exchange.
Error classifyImsError(int httpStatus, std::string_view body, const Headers &headers);

HealthRecord toHealthRecord(const HealthReport &report);

} // namespace ims
