#pragma once
// The IMS certificate work of the JWT flow: Adobe's recipe (self-signed X.509, RSA, SHA-256,
// 365 days), the exports AEM and the Developer Console take, and the imports users bring.
// Builds on crypto.h; every failure is an Error (CryptoFailure, WrongPassphrase,
// KeyCertificateMismatch, UnsupportedKey, MalformedInput) with OpenSSL's queue in detail.

#include "imscore/crypto.h"
#include "imscore/result.h"
#include "imscore/secret.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace ims {

constexpr int kDefaultKeyBits = 2048;        // 3072 and 4096 offered too
constexpr int kDefaultCertificateDays = 365;

struct CertificateRequest
{
    std::string commonName;      // from the alias, editable
    int bits = kDefaultKeyBits;
    int days = kDefaultCertificateDays;
};

// RSA key pair + self-signed certificate: SHA-256, CN, random 128-bit serial, validity from now.
// Slow (hundreds of ms for 4096 bits): call it off the UI thread.
Result<KeyAndCertificate> makeSelfSignedCertificate(const CertificateRequest &request);

struct CertificateInfo
{
    std::string subject;            // one line, RFC 2253 ("CN=aem-ims")
    std::string commonName;
    std::string issuer;
    std::string serialHex;
    std::int64_t notBefore = 0;     // epoch seconds
    std::int64_t notAfter = 0;
    std::string sha1Fingerprint;    // "AB:CD:…", as the Developer Console shows it
    std::string sha256Fingerprint;
    int keyBits = 0;
};
CertificateInfo certificateInfo(const Certificate &certificate);
// Whole days until notAfter (negative when expired).
std::int64_t daysLeft(const Certificate &certificate, std::chrono::system_clock::time_point now);

// Exports.
// The certificate for the Developer Console upload (AEM calls the file AEM-Adobe-IMS.crt).
constexpr std::string_view kPublicCertificateFileName = "AEM-Adobe-IMS.crt";
// PKCS#12 (AES-256-CBC, PBKDF2, SHA-256 MAC) with the key and certificate under alias (friendly
// name) and password: what AEM's "Add Private Key from KeyStore file" and Java's keytool read.
Result<std::string> exportPkcs12(const KeyAndCertificate &pair, const std::string &alias, const Secret &password);
// The private key as unencrypted PKCS#8 DER ("Add Private Key from DER File"); the ui warns first.
Result<Secret> exportPkcs8Der(const PrivateKey &key);

// Imports.
// PEM private key: PKCS#1 ("RSA PRIVATE KEY"), PKCS#8 ("PRIVATE KEY"), or encrypted PKCS#8
// ("ENCRYPTED PRIVATE KEY", needs passphrase: WrongPassphrase when it is wrong or empty).
// Also DER PKCS#8. Rejects non-RSA and < 2048 bits with UnsupportedKey.
Result<PrivateKey> importPrivateKey(std::string_view data, const Secret &passphrase = Secret());
// PEM or DER certificate.
Result<Certificate> importCertificate(std::string_view data);
// PKCS#12 with password (WrongPassphrase when wrong); the key must match the certificate.
Result<KeyAndCertificate> importPkcs12(std::string_view data, const Secret &password);
// The Developer Console's "Generate a key pair" download: config.zip with private.key and
// certificate_pub.crt (at any depth in the archive); checks that they belong together.
Result<KeyAndCertificate> importConfigZip(std::string_view zipBytes);
// A key and a certificate chosen separately: KeyCertificateMismatch when they do not belong.
Result<KeyAndCertificate> pairUp(PrivateKey key, Certificate certificate);

// Generate, sign, verify with a fresh key: false (with detail) when this OpenSSL cannot do it.
Result<bool> cryptoSelfTest();

} // namespace ims
