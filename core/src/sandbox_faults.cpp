#include "imscore/sandbox_faults.h"

namespace ims {

namespace {

SandboxFault wire(std::string_view name, FaultAction action, ErrorCode expected)
{
    SandboxFault fault;
    fault.name = name;
    fault.action = action;
    fault.expected = expected;
    return fault;
}

SandboxFault imsError(std::string_view name, int status, std::string_view code, std::string_view description,
    ErrorCode expected)
{
    SandboxFault fault = wire(name, FaultAction::Answer, expected);
    fault.status = status;
    fault.imsCode = code;
    fault.imsDescription = description;
    return fault;
}

SandboxFault rawAnswer(std::string_view name, int status, std::string_view body, std::string_view contentType,
    ErrorCode expected)
{
    SandboxFault fault = wire(name, FaultAction::Answer, expected);
    fault.status = status;
    fault.rawBody = body;
    fault.contentType = contentType;
    return fault;
}

std::vector<SandboxFault> buildFaults()
{
    return {
        wire("timeout", FaultAction::Silence, ErrorCode::Timeout),
        wire("refused", FaultAction::Refuse, ErrorCode::ConnectionRefused),
        wire("reset", FaultAction::ResetMidResponse, ErrorCode::ResponseInterrupted),
        wire("slow-drip", FaultAction::SlowDrip, ErrorCode::SlowResponse),
        wire("tls-untrusted", FaultAction::TlsUntrusted, ErrorCode::TlsUntrustedCertificate),
        wire("tls-wrong-host", FaultAction::TlsWrongHost, ErrorCode::TlsHostNameMismatch),
        wire("tls-expired", FaultAction::TlsExpired, ErrorCode::TlsCertificateExpired),
        // IMS's own error documents, as Adobe IMS words them.
        imsError("invalid-client-id", 400, "invalid_client", "invalid client_id parameter",
            ErrorCode::InvalidClientId),
        imsError("invalid-client-secret", 400, "invalid_client", "invalid client_secret parameter",
            ErrorCode::InvalidClientSecret),
        imsError("invalid-scope", 400, "invalid_scope", "Invalid scope(s) requested", ErrorCode::InvalidScope),
        imsError("invalid-token", 400, "invalid_token", "JWT expired", ErrorCode::InvalidToken),
        imsError("jwt-signature-mismatch", 400, "invalid_token",
            "Could not match JWT signature to any of the bindings", ErrorCode::JwtSignatureMismatch),
        imsError("invalid-signature", 400, "invalid_signature", "Invalid signature",
            ErrorCode::InvalidSignature),
        imsError("bad-request", 400, "bad_request", "Invalid subject", ErrorCode::BadRequest),
        imsError("invalid-request", 400, "invalid_request", "unsupported or malformed request body",
            ErrorCode::InvalidRequest),
        imsError("unsupported-grant-type", 400, "unsupported_grant_type", "unsupported grant_type",
            ErrorCode::UnsupportedGrantType),
        imsError("unauthorized-401", 401, "invalid_client", "Client does not have the required API",
            ErrorCode::InvalidClient),
        imsError("throttled-429", 429, "too_many_requests", "too many requests, retry later",
            ErrorCode::Throttled),
        imsError("server-error-500", 500, "internal_error", "Please try again later", ErrorCode::ServerError),
        // Answers that did not come from IMS.
        rawAnswer("not-json", 200,
            "<!DOCTYPE html><html><head><title>Sign in to the network</title></head>"
            "<body><p>Please accept the terms of use.</p></body></html>",
            "text/html;charset=UTF-8", ErrorCode::NotJson),
        rawAnswer("malformed-token", 200, R"({"token_type":"bearer","expires_in":86399})",
            "application/json;charset=UTF-8", ErrorCode::MalformedTokenResponse),
        wire("huge-body", FaultAction::HugeBody, ErrorCode::BodyTooLarge),
        wire("redirect-other-host", FaultAction::RedirectOtherHost, ErrorCode::Redirected),
        wire("clock-skew", FaultAction::ClockSkew, ErrorCode::ClockSkew),
    };
}

} // namespace

const std::vector<SandboxFault> &sandboxFaults()
{
    static const std::vector<SandboxFault> faults = buildFaults();
    return faults;
}

const SandboxFault *findSandboxFault(std::string_view name)
{
    for (const SandboxFault &fault : sandboxFaults()) {
        if (fault.name == name)
            return &fault;
    }
    return nullptr;
}

std::string faultClientId(const SandboxFault &fault)
{
    return std::string(kFaultClientIdPrefix) + std::string(fault.name);
}

const SandboxFault *faultForClientId(std::string_view clientId)
{
    if (!clientId.starts_with(kFaultClientIdPrefix))
        return nullptr;
    return findSandboxFault(clientId.substr(kFaultClientIdPrefix.size()));
}

bool selectablePerRequest(const SandboxFault &fault)
{
    switch (fault.action) {
    case FaultAction::Refuse:
    case FaultAction::TlsUntrusted:
    case FaultAction::TlsWrongHost:
    case FaultAction::TlsExpired:
        return false;
    default:
        return true;
    }
}

bool isWireAction(FaultAction action)
{
    return action != FaultAction::Answer && action != FaultAction::ClockSkew;
}

HttpResponse faultAnswer(const SandboxFault &fault)
{
    HttpResponse response;
    response.status = fault.status;
    if (!fault.imsCode.empty()) {
        // Fixed texts only; nothing the client sent is echoed. Both are plain ASCII without quotes.
        response.body = R"({"error":")" + std::string(fault.imsCode) + R"(","error_description":")"
            + std::string(fault.imsDescription) + R"("})";
    } else {
        response.body = std::string(fault.rawBody);
    }
    response.headers.emplace_back("Content-Type", std::string(fault.contentType));
    if (fault.status == 429)
        response.headers.emplace_back("Retry-After", std::to_string(kFaultRetryAfterSeconds));
    return response;
}

} // namespace ims
