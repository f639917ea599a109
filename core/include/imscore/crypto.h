#pragma once
// OpenSSL 3 behind RAII: keys, RS256, self-signed certificates. Every OpenSSL failure comes
// back as an Error with ErrorCode::CryptoFailure and the drained error queue in detail.

#include "imscore/result.h"
#include "imscore/secret.h"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;

namespace ims {

// Drains ERR_get_error() into one line ("error:…; error:…"); empty when the queue is empty.
std::string takeOpenSslErrors();

class PrivateKey
{
public:
    PrivateKey() = default;
    explicit PrivateKey(EVP_PKEY *owned);
    bool isNull() const { return !m_key; }
    EVP_PKEY *get() const { return m_key.get(); }

    static Result<PrivateKey> generateRsa(int bits);
    static Result<PrivateKey> fromPem(std::string_view pem); // PKCS#1 or PKCS#8, unencrypted
    Result<Secret> toPkcs8Pem() const;
    Result<std::string> publicKeyPem() const;
    bool isRsa() const;
    int bits() const; // 0 when null

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

class Certificate
{
public:
    Certificate() = default;
    explicit Certificate(X509 *owned);
    bool isNull() const { return !m_cert; }
    X509 *get() const { return m_cert.get(); }

    static Result<Certificate> fromPem(std::string_view pem);
    Result<std::string> toPem() const;
    std::string subjectCommonName() const;
    bool matches(const PrivateKey &key) const;
    // True when issuer's subject is this certificate's issuer and issuer's key signed it.
    bool isIssuedBy(const Certificate &issuer) const;
    std::chrono::system_clock::time_point notBefore() const;
    std::chrono::system_clock::time_point notAfter() const;
    std::string sha256Fingerprint() const; // "AB:CD:…", empty when null

private:
    std::shared_ptr<X509> m_cert;
};

Result<std::string> signRs256(const PrivateKey &key, std::string_view data);
// Verifies with the public half of key.
bool verifyRs256(const PrivateKey &key, std::string_view data, std::string_view signature);
// Verifies with the certificate's public key (the JWT exchange checks against uploaded certificates).
bool verifyRs256(const Certificate &certificate, std::string_view data, std::string_view signature);

struct KeyAndCertificate
{
    PrivateKey key;
    Certificate certificate;
};

// A CA certificate (basicConstraints CA:TRUE, keyCertSign) for the training sandbox.
Result<KeyAndCertificate> makeCertificateAuthority(const std::string &commonName, int days, int bits = 2048);
// A TLS server certificate signed by ca, with subjectAltName for every name (DNS or IP).
Result<KeyAndCertificate> makeServerCertificate(
    const KeyAndCertificate &ca, const std::vector<std::string> &hostNames, int days, int bits = 2048);

// The same for an existing key, valid exactly from notBefore to notAfter (the training sandbox's
// fault modes: an expired certificate, one for another host name).
Result<Certificate> makeServerCertificate(const KeyAndCertificate &ca, const PrivateKey &key,
    const std::vector<std::string> &hostNames, std::chrono::system_clock::time_point notBefore,
    std::chrono::system_clock::time_point notAfter);

// Random bytes from OpenSSL's RNG, as lower-case hex.
std::string randomHex(std::size_t bytes);

} // namespace ims
