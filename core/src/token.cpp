#include "imscore/token.h"

#include "imscore/form.h"
#include "imscore/jwt.h"
#include "imscore/validation.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <sstream>

namespace ims {

using nlohmann::json;

namespace {

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

std::optional<std::int64_t> parseInteger(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// expires_in arrives as a number, or (inside access tokens) as a string of digits.
std::optional<std::int64_t> jsonInteger(const json &value)
{
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    if (value.is_number_float())
        return static_cast<std::int64_t>(value.get<double>());
    if (value.is_string())
        return parseInteger(value.get_ref<const std::string &>());
    return std::nullopt;
}

void decodeAccessTokenClaims(HealthReport &report)
{
    const auto jwt = decodeJwt(report.accessToken.reveal());
    if (!jwt)
        return;
    const json claims = json::parse(jwt->payloadJson, nullptr, false);
    if (!claims.is_object())
        return;
    report.claimsJson = claims.dump(2);
    if (auto it = claims.find("scope"); it != claims.end() && it->is_string())
        report.grantedScopes = parseScopes(it->get_ref<const std::string &>());
    if (auto it = claims.find("client_id"); it != claims.end() && it->is_string())
        report.tokenClientId = it->get<std::string>();
}

} // namespace

HttpRequest buildOAuthRequest(const Configuration &config, const Secret &clientSecret)
{
    HttpRequest request;
    request.method = "POST";
    request.url = normalizeAuthorizationServer(config.authorizationServer) + "/ims/token/v3";
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = encodeForm({{"grant_type", "client_credentials"},
                               {"client_id", config.clientId},
                               {"client_secret", std::string(clientSecret.reveal())},
                               {"scope", joinScopes(config.scopes)}});
    return request;
}

Error classifyImsError(int httpStatus, std::string_view body, const Headers &headers)
{
    Error error;
    error.httpStatus = httpStatus;
    if (auto retry = parseInteger(headerValue(headers, "Retry-After")))
        error.retryAfterSeconds = *retry;

    const json doc = json::parse(body, nullptr, false);
    if (doc.is_object()) {
        if (auto it = doc.find("error"); it != doc.end() && it->is_string())
            error.imsCode = it->get<std::string>();
        if (auto it = doc.find("error_description"); it != doc.end() && it->is_string())
            error.imsDescription = it->get<std::string>();
    }

    const std::string_view code = error.imsCode;
    const std::string_view description = error.imsDescription;
    if (httpStatus == 429)
        error.code = ErrorCode::Throttled;
    else if (code == "invalid_client") {
        if (contains(description, "client_secret"))
            error.code = ErrorCode::InvalidClientSecret;
        else if (contains(description, "client_id"))
            error.code = ErrorCode::InvalidClientId;
        else
            error.code = ErrorCode::InvalidClient;
    } else if (code == "invalid_scope")
        error.code = ErrorCode::InvalidScope;
    else if (code == "invalid_token")
        error.code = contains(description, "Could not match JWT signature") ? ErrorCode::JwtSignatureMismatch
                                                                            : ErrorCode::InvalidToken;
    else if (code == "invalid_signature")
        error.code = ErrorCode::InvalidSignature;
    else if (code == "bad_request")
        error.code = ErrorCode::BadRequest;
    else if (code == "invalid_request")
        error.code = ErrorCode::InvalidRequest;
    else if (code == "unsupported_grant_type")
        error.code = ErrorCode::UnsupportedGrantType;
    else if (code == "internal_error" || code == "server_error")
        error.code = ErrorCode::ServerError;
    else if (!code.empty())
        error.code = ErrorCode::UnknownImsError;
    else if (!doc.is_discarded())
        error.code = ErrorCode::UnexpectedStatus;
    else
        error.code = body.empty() ? ErrorCode::UnexpectedStatus : ErrorCode::NotJson;
    return error;
}

HealthReport interpretTokenResponse(const HttpResponse &response, TokenEndpoint endpoint, TimePoint now)
{
    HealthReport report;
    report.checkedAt = now;
    if (response.serverDate) {
        const auto ours = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
        report.clockSkewSeconds = *response.serverDate - ours;
        if (*report.clockSkewSeconds > kClockSkewWarningSeconds || *report.clockSkewSeconds < -kClockSkewWarningSeconds) {
            Error warning = makeError(ErrorCode::ClockSkew, "Date " + std::to_string(*response.serverDate));
            warning.clockSkewSeconds = *report.clockSkewSeconds;
            report.warning = warning;
        }
    }
    if (response.transportError) {
        report.error = *response.transportError;
        if (report.error.httpStatus == 0)
            report.error.httpStatus = response.status;
        return report;
    }
    if (response.status < 200 || response.status >= 300) {
        report.error = classifyImsError(response.status, response.body, response.headers);
        return report;
    }

    const json doc = json::parse(response.body, nullptr, false);
    if (doc.is_discarded()) {
        report.error = makeError(ErrorCode::NotJson);
        report.error.httpStatus = response.status;
        return report;
    }
    auto malformed = [&](std::string what) {
        report.error = makeError(ErrorCode::MalformedTokenResponse, std::move(what));
        report.error.httpStatus = response.status;
        return report;
    };
    if (!doc.is_object())
        return malformed("not an object");
    if (doc.contains("error"))
        return (report.error = classifyImsError(response.status, response.body, response.headers), report);
    const auto token = doc.find("access_token");
    if (token == doc.end() || !token->is_string() || token->get_ref<const std::string &>().empty())
        return malformed("access_token");
    const auto expires = doc.find("expires_in");
    const std::optional<std::int64_t> expiresIn = expires == doc.end() ? std::nullopt : jsonInteger(*expires);
    if (!expiresIn || *expiresIn <= 0)
        return malformed("expires_in");

    report.ok = true;
    report.accessToken = Secret(token->get<std::string>());
    if (auto type = doc.find("token_type"); type != doc.end() && type->is_string())
        report.tokenType = type->get<std::string>();
    // The JWT exchange answers in milliseconds, the OAuth endpoint in seconds.
    report.expiresInSeconds = endpoint == TokenEndpoint::JwtExchange ? *expiresIn / 1000 : *expiresIn;
    report.expiresAt = now + std::chrono::seconds(report.expiresInSeconds);
    decodeAccessTokenClaims(report);
    return report;
}

HealthRecord toHealthRecord(const HealthReport &report)
{
    HealthRecord record;
    record.checkedAt = std::chrono::duration_cast<std::chrono::seconds>(report.checkedAt.time_since_epoch()).count();
    record.ok = report.ok;
    record.error = report.ok ? ErrorCode::None : report.error.code;
    record.expiresInSeconds = report.expiresInSeconds;
    return record;
}

} // namespace ims
