#include "imscore/error.h"

namespace ims {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return "none";
    case ErrorCode::InvalidClientId: return "invalid_client_id";
    case ErrorCode::InvalidClientSecret: return "invalid_client_secret";
    case ErrorCode::InvalidClient: return "invalid_client";
    case ErrorCode::InvalidScope: return "invalid_scope";
    case ErrorCode::InvalidToken: return "invalid_token";
    case ErrorCode::JwtSignatureMismatch: return "jwt_signature_mismatch";
    case ErrorCode::InvalidSignature: return "invalid_signature";
    case ErrorCode::BadRequest: return "bad_request";
    case ErrorCode::ServerError: return "server_error";
    case ErrorCode::Throttled: return "throttled";
    case ErrorCode::UnknownImsError: return "unknown_ims_error";
    case ErrorCode::UnexpectedStatus: return "unexpected_status";
    case ErrorCode::MalformedTokenResponse: return "malformed_token_response";
    case ErrorCode::Timeout: return "timeout";
    case ErrorCode::TlsFailure: return "tls_failure";
    case ErrorCode::HostNotFound: return "host_not_found";
    case ErrorCode::ConnectionRefused: return "connection_refused";
    case ErrorCode::ConnectionClosed: return "connection_closed";
    case ErrorCode::NotJson: return "not_json";
    case ErrorCode::BodyTooLarge: return "body_too_large";
    case ErrorCode::Redirected: return "redirected";
    case ErrorCode::NetworkFailure: return "network_failure";
    case ErrorCode::StoreNewerSchema: return "store_newer_schema";
    case ErrorCode::StoreCorrupt: return "store_corrupt";
    case ErrorCode::StoreIo: return "store_io";
    case ErrorCode::StoreLocked: return "store_locked";
    case ErrorCode::SecretMissing: return "secret_missing";
    case ErrorCode::KeychainUnavailable: return "keychain_unavailable";
    case ErrorCode::KeychainLocked: return "keychain_locked";
    case ErrorCode::KeychainDenied: return "keychain_denied";
    case ErrorCode::KeychainFailure: return "keychain_failure";
    case ErrorCode::CryptoFailure: return "crypto_failure";
    case ErrorCode::WrongPassphrase: return "wrong_passphrase";
    case ErrorCode::KeyCertificateMismatch: return "key_certificate_mismatch";
    case ErrorCode::UnsupportedKey: return "unsupported_key";
    case ErrorCode::MalformedInput: return "malformed_input";
    case ErrorCode::JwtEndOfLife: return "jwt_end_of_life";
    case ErrorCode::TlsUntrustedCertificate: return "tls_untrusted_certificate";
    case ErrorCode::TlsHostNameMismatch: return "tls_host_name_mismatch";
    case ErrorCode::TlsCertificateExpired: return "tls_certificate_expired";
    case ErrorCode::ResponseInterrupted: return "response_interrupted";
    case ErrorCode::SlowResponse: return "slow_response";
    case ErrorCode::InvalidRequest: return "invalid_request";
    case ErrorCode::UnsupportedGrantType: return "unsupported_grant_type";
    case ErrorCode::ClockSkew: return "clock_skew";
    case ErrorCode::ProxyAuthenticationFailed: return "proxy_authentication_failed";
    case ErrorCode::ProxyUnreachable: return "proxy_unreachable";
    }
    return "unknown";
}

} // namespace ims
