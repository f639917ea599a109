#pragma once
// Errors cross the core boundary as values: a code plus structured detail. The ui layer
// turns each code into a translated sentence and a remedy (ui/messages.cpp).

#include <cstdint>
#include <string>
#include <vector>

namespace ims {

enum class ErrorCode {
    None,
    // IMS answered with an error document.
    InvalidClientId,      // 400 invalid_client "invalid client_id parameter"
    InvalidClientSecret,  // 400 invalid_client "invalid client_secret parameter"
    InvalidClient,        // invalid_client, other description (e.g. 401 on the JWT endpoint)
    InvalidScope,         // 400 invalid_scope
    InvalidToken,         // 400 invalid_token (JWT undecodable, expired)
    JwtSignatureMismatch, // invalid_token "Could not match JWT signature to any of the bindings"
    InvalidSignature,     // 400 invalid_signature
    BadRequest,           // 400 bad_request
    ServerError,          // 500 internal_error "Please try again later"
    Throttled,            // 429, see Error::retryAfterSeconds
    UnknownImsError,      // an error document with a code we do not know (Error::imsCode)
    UnexpectedStatus,     // non-2xx without an error document
    MalformedTokenResponse, // 200 but no access_token / wrong shapes
    // Transport: what happened on the wire.
    Timeout,
    TlsFailure,
    HostNotFound,
    ConnectionRefused,
    ConnectionClosed,
    NotJson,
    BodyTooLarge,
    Redirected,
    NetworkFailure,
    // Local storage and keychain.
    StoreNewerSchema,
    StoreCorrupt,
    StoreIo,
    StoreLocked,
    SecretMissing,
    KeychainUnavailable,
    KeychainLocked,
    KeychainDenied,
    KeychainFailure,
    // Crypto (OpenSSL) and input files.
    CryptoFailure,
    WrongPassphrase,        // encrypted PKCS#8 / PKCS#12 and a wrong (or missing) passphrase
    KeyCertificateMismatch, // the private key does not belong to the certificate
    UnsupportedKey,         // not RSA, or weaker than 2048 bits
    MalformedInput,
    // JWT (Service Account) credentials, deprecated.
    JwtEndOfLife,           // a new JWT configuration against real Adobe IMS is refused
    // Transport and protocol, finer than TlsFailure / ConnectionClosed / UnknownImsError.
    TlsUntrustedCertificate, // the chain ends in a CA nobody here trusts (TLS-inspecting proxy)
    TlsHostNameMismatch,     // the certificate is for another host name
    TlsCertificateExpired,   // the server's certificate is outside its validity period
    ResponseInterrupted,     // the answer had begun (status line arrived) when the connection broke
    SlowResponse,            // the answer had begun but did not complete in time
    InvalidRequest,          // 400 invalid_request
    UnsupportedGrantType,    // 400 unsupported_grant_type
    ClockSkew,               // the server's Date differs from our clock, see Error::clockSkewSeconds
    // Proxies and corporate TLS.
    ProxyAuthenticationFailed, // the proxy wants credentials: none configured, or it rejected them
    ProxyUnreachable,          // the configured (or system) proxy refused, timed out or was not found
};

// The last code, for loops over every code in tests and lookups.
constexpr ErrorCode kLastErrorCode = ErrorCode::ProxyUnreachable;

// One certificate as a server (or a TLS-inspecting proxy) presented it, for the "Details" box.
struct CertificateSummary
{
    std::string subject;   // distinguished name, e.g. "CN=Proxy CA,O=Example"
    std::string issuer;
    std::string sha256;    // "AB:CD:…"
    std::string notBefore; // ISO 8601, UTC
    std::string notAfter;
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    int httpStatus = 0;
    std::string imsCode;         // IMS "error" as sent, e.g. "invalid_client"
    std::string imsDescription;  // IMS "error_description" as sent (English, from the server)
    std::int64_t retryAfterSeconds = -1;
    std::int64_t clockSkewSeconds = 0; // ClockSkew: server clock minus ours
    std::string detail;          // technical detail for the "Details" box: never a secret value
    // TLS verification failed: the chain the peer presented, leaf first, so an admin can see who
    // intercepts (a corporate proxy's CA names itself here).
    std::vector<CertificateSummary> presentedChain;

    explicit operator bool() const { return code != ErrorCode::None; }
};

inline Error makeError(ErrorCode code, std::string detail = {})
{
    Error e;
    e.code = code;
    e.detail = std::move(detail);
    return e;
}

// Stable identifier of a code, for logs, JSON output and tests ("invalid_client_id").
std::string_view errorCodeName(ErrorCode code);

} // namespace ims
