#include "imscore/certificates.h"

#include "imscore/zip.h"
#include "openssl_util.h"

#include <climits>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/proverr.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace ims {

using namespace detail;

namespace {

using Pkcs8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, OpenSslDeleter<PKCS8_PRIV_KEY_INFO_free>>;

// Iterations for the PKCS#12 key derivation and MAC: what current Java keytool writes.
constexpr int kPkcs12Iterations = 10000;
// X.520's upper bound for a common name.
constexpr std::size_t kMaxCommonNameLength = 64;
// A hundred years: beyond that, a typo rather than a wish.
constexpr int kMaxCertificateDays = 36500;

Error malformed(std::string detail)
{
    return makeError(ErrorCode::MalformedInput, std::move(detail));
}

// A memory BIO over bytes (read-only, no copy); MalformedInput when there is nothing to read.
Result<BioPtr> memoryBio(std::string_view bytes, std::string_view what)
{
    if (bytes.empty())
        return malformed("empty " + std::string(what));
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        return malformed(std::string(what) + " too large");
    BioPtr bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
    if (!bio)
        return cryptoError("BIO_new_mem_buf failed");
    return bio;
}

bool looksLikePem(std::string_view data)
{
    return data.find("-----BEGIN ") != std::string_view::npos;
}

// Hands OpenSSL the passphrase we were given, never a terminal prompt: an empty Secret (or one
// longer than OpenSSL's buffer) makes the read fail, which is reported as WrongPassphrase.
int passphraseCallback(char *buffer, int size, int, void *userData)
{
    const auto *passphrase = static_cast<const Secret *>(userData);
    if (!passphrase || passphrase->empty() || size < 0 || passphrase->size() > static_cast<std::size_t>(size))
        return -1;
    std::memcpy(buffer, passphrase->reveal().data(), passphrase->size());
    return static_cast<int>(passphrase->size());
}

bool hasReason(
    const std::vector<unsigned long> &codes, std::initializer_list<std::pair<int, int>> libAndReasons)
{
    for (unsigned long code : codes) {
        for (const auto &[lib, reason] : libAndReasons) {
            // lib 0 means any library (for the ERR_R_* reasons every library shares).
            if ((lib == 0 || ERR_GET_LIB(code) == lib) && ERR_GET_REASON(code) == reason)
                return true;
        }
    }
    return false;
}

// A cipher, KDF or PRF this OpenSSL does not offer (the EVP fetch fails). The decoders' own
// "unsupported" only means that no decoder understood the bytes: malformed input.
bool isUnsupportedAlgorithm(const std::vector<unsigned long> &codes)
{
    return hasReason(codes,
        {{ERR_LIB_EVP, ERR_R_UNSUPPORTED}, {ERR_LIB_EVP, ERR_R_FETCH_FAILED},
            {ERR_LIB_EVP, EVP_R_UNSUPPORTED_CIPHER}, {ERR_LIB_EVP, EVP_R_UNKNOWN_CIPHER},
            {ERR_LIB_EVP, EVP_R_UNSUPPORTED_KEY_DERIVATION_FUNCTION}, {ERR_LIB_EVP, EVP_R_UNSUPPORTED_PRF}});
}

// The reasons OpenSSL gives for a wrong or missing passphrase ("bad decrypt", "maybe wrong
// password", "bad password read").
bool isWrongPassphrase(const std::vector<unsigned long> &codes)
{
    return hasReason(codes,
        {{ERR_LIB_PROV, PROV_R_BAD_DECRYPT}, {ERR_LIB_EVP, EVP_R_BAD_DECRYPT},
            {ERR_LIB_PEM, PEM_R_BAD_DECRYPT}, {ERR_LIB_PEM, PEM_R_BAD_PASSWORD_READ},
            {ERR_LIB_PKCS12, PKCS12_R_PKCS12_CIPHERFINAL_ERROR},
            {ERR_LIB_PKCS12, PKCS12_R_MAC_VERIFY_FAILURE}, {0, ERR_R_INTERRUPTED_OR_CANCELLED}});
}

// A failed read of a key. An algorithm this OpenSSL does not offer (RC2-40 and other legacy
// PBEs) is a CryptoFailure. Otherwise, when the key was encrypted (or OpenSSL says "bad
// decrypt"), WrongPassphrase: a wrong passphrase can also decrypt to garbage that then fails to
// parse. Anything else is MalformedInput. Drains the queue.
Error keyReadError(bool encrypted, std::string_view what)
{
    std::vector<unsigned long> codes;
    const std::string queue = drainOpenSslErrors(&codes);
    std::string detail(what);
    if (!queue.empty())
        detail += ": " + queue;
    if (isUnsupportedAlgorithm(codes) && !isWrongPassphrase(codes))
        return makeError(ErrorCode::CryptoFailure, "unsupported algorithm: " + detail);
    if (encrypted || isWrongPassphrase(codes))
        return makeError(ErrorCode::WrongPassphrase, std::move(detail));
    return makeError(ErrorCode::MalformedInput, std::move(detail));
}

// Adobe and AEM take RSA keys of 2048 bits or more; anything else is refused up front.
Result<bool> checkSupportedKey(const EVP_PKEY *key)
{
    if (!key)
        return malformed("no private key");
    if (EVP_PKEY_is_a(key, "RSA") != 1) {
        const char *type = EVP_PKEY_get0_type_name(key);
        return makeError(
            ErrorCode::UnsupportedKey, std::string("not an RSA key: ") + (type ? type : "unknown type"));
    }
    const int bits = EVP_PKEY_get_bits(key);
    if (bits < 2048)
        return makeError(ErrorCode::UnsupportedKey,
            "RSA key of " + std::to_string(bits) + " bits; at least 2048 are needed");
    return true;
}

Result<PrivateKey> supportedKey(EvpPkeyPtr key)
{
    if (auto supported = checkSupportedKey(key.get()); !supported)
        return supported.error();
    return PrivateKey(key.release());
}

Result<PrivateKey> importPemPrivateKey(std::string_view data, const Secret &passphrase)
{
    // Encrypted PKCS#8, or traditional PKCS#1 with a DEK-Info header.
    const bool encrypted = data.find("-----BEGIN ENCRYPTED PRIVATE KEY-----") != std::string_view::npos
        || data.find("Proc-Type: 4,ENCRYPTED") != std::string_view::npos;
    if (encrypted && passphrase.empty())
        return makeError(
            ErrorCode::WrongPassphrase, "the private key is encrypted and no passphrase was given");
    auto bio = memoryBio(data, "private key");
    if (!bio)
        return bio.error();
    // The callback gets our Secret, so OpenSSL never falls back to prompting on a terminal.
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(
        bio.value().get(), nullptr, passphraseCallback, const_cast<Secret *>(&passphrase)));
    if (!key)
        return keyReadError(encrypted, "could not read the PEM private key");
    return supportedKey(std::move(key));
}

Result<PrivateKey> importDerPrivateKey(std::string_view data, const Secret &passphrase)
{
    if (data.size() > static_cast<std::size_t>(LONG_MAX))
        return malformed("private key too large");
    const auto *begin = reinterpret_cast<const unsigned char *>(data.data());
    const long length = static_cast<long>(data.size());

    // Encrypted PKCS#8 is an X509_SIG (algorithm + encrypted PrivateKeyInfo), decrypted here
    // directly so no callback and no prompt is involved.
    X509SigPtr encrypted;
    {
        ErrorQueueMark mark; // "not encrypted PKCS#8" is an answer, the next attempt follows
        const unsigned char *cursor = begin;
        encrypted.reset(d2i_X509_SIG(nullptr, &cursor, length));
        if (encrypted && cursor != begin + length)
            encrypted.reset(); // trailing bytes: not this structure
    }
    if (encrypted) {
        if (passphrase.empty())
            return makeError(
                ErrorCode::WrongPassphrase, "the private key is encrypted and no passphrase was given");
        if (passphrase.size() > static_cast<std::size_t>(INT_MAX))
            return makeError(ErrorCode::WrongPassphrase, "passphrase too long");
        Pkcs8InfoPtr info(PKCS8_decrypt_ex(encrypted.get(), passphrase.reveal().data(),
            static_cast<int>(passphrase.size()), nullptr, nullptr));
        if (!info)
            return keyReadError(true, "could not decrypt the PKCS#8 private key");
        EvpPkeyPtr key(EVP_PKCS82PKEY_ex(info.get(), nullptr, nullptr));
        if (!key)
            return keyReadError(true, "could not read the decrypted PKCS#8 private key");
        return supportedKey(std::move(key));
    }

    // Unencrypted PKCS#8 PrivateKeyInfo, or a bare PKCS#1 RSAPrivateKey.
    const unsigned char *cursor = begin;
    EvpPkeyPtr key(d2i_AutoPrivateKey_ex(nullptr, &cursor, length, nullptr, nullptr));
    if (!key)
        return keyReadError(false, "not a PEM or DER private key");
    return supportedKey(std::move(key));
}

Result<Certificate> importDerCertificate(std::string_view data)
{
    if (data.size() > static_cast<std::size_t>(LONG_MAX))
        return malformed("certificate too large");
    const auto *cursor = reinterpret_cast<const unsigned char *>(data.data());
    X509Ptr cert(d2i_X509(nullptr, &cursor, static_cast<long>(data.size())));
    if (!cert)
        return openSslError(ErrorCode::MalformedInput, "not a PEM or DER certificate");
    return Certificate(cert.release());
}

std::string nameRfc2253(const X509_NAME *name)
{
    if (!name)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, but UTF-8 left readable instead of \XX escapes.
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

std::string serialHex(const X509 *cert)
{
    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
    char *hex = serial ? BN_bn2hex(serial.get()) : nullptr;
    if (!hex) {
        ERR_clear_error();
        return {};
    }
    std::string out(hex);
    OPENSSL_free(hex);
    return out;
}

std::int64_t epochSeconds(std::chrono::system_clock::time_point time)
{
    return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

// NUL-terminated for the OpenSSL calls that take a C string (the std::string inside Secret
// always is); an embedded NUL would silently shorten the password, so it is refused.
bool usableAsCString(const Secret &secret)
{
    return secret.reveal().find('\0') == std::string_view::npos
        && secret.size() < static_cast<std::size_t>(INT_MAX);
}

} // namespace

// --- Generation --------------------------------------------------------------------------------

Result<KeyAndCertificate> makeSelfSignedCertificate(const CertificateRequest &request)
{
    if (request.bits != 2048 && request.bits != 3072 && request.bits != 4096)
        return makeError(ErrorCode::UnsupportedKey, "RSA key size must be 2048, 3072 or 4096 bits");
    if (request.commonName.empty() || request.commonName.size() > kMaxCommonNameLength)
        return malformed("common name must have 1 to 64 characters");
    if (request.days <= 0 || request.days > kMaxCertificateDays)
        return malformed("validity must be 1 to 36500 days");

    auto key = PrivateKey::generateRsa(request.bits);
    if (!key)
        return key.error();
    // notBefore is now: Adobe's recipe (openssl req -x509 -days 365) does the same.
    auto cert = newCertificate(key.value(), request.commonName, request.days, 0);
    if (!cert)
        return cert.error();
    X509 *x = cert.value().get();
    if (X509_set_issuer_name(x, X509_get_subject_name(x)) != 1)
        return cryptoError("X509_set_issuer_name failed");
    // A signing certificate, not a CA: JWT signatures are all it is for.
    auto extensions = addExtensions(x, x,
        {{NID_basic_constraints, "critical,CA:FALSE"}, {NID_key_usage, "critical,digitalSignature"},
            {NID_subject_key_identifier, "hash"}});
    if (!extensions)
        return extensions.error();
    if (auto signedOk = signCertificate(x, key.value()); !signedOk)
        return signedOk.error();
    return KeyAndCertificate {std::move(key.value()), Certificate(cert.value().release())};
}

// --- Inspection --------------------------------------------------------------------------------

CertificateInfo certificateInfo(const Certificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    const X509 *cert = certificate.get();
    info.subject = nameRfc2253(X509_get_subject_name(cert));
    info.commonName = certificate.subjectCommonName();
    info.issuer = nameRfc2253(X509_get_issuer_name(cert));
    info.serialHex = serialHex(cert);
    info.notBefore = epochSeconds(certificate.notBefore());
    info.notAfter = epochSeconds(certificate.notAfter());
    info.sha1Fingerprint = certificateFingerprint(cert, EVP_sha1());
    info.sha256Fingerprint = certificateFingerprint(cert, EVP_sha256());
    {
        ErrorQueueMark mark; // an unknown key type is just 0 bits here
        const EVP_PKEY *publicKey = X509_get0_pubkey(cert);
        info.keyBits = publicKey ? EVP_PKEY_get_bits(publicKey) : 0;
    }
    return info;
}

std::int64_t daysLeft(const Certificate &certificate, std::chrono::system_clock::time_point now)
{
    // floor, not truncation: one hour past notAfter is already day -1.
    const auto left = std::chrono::floor<std::chrono::days>(certificate.notAfter() - now);
    return left.count();
}

// --- Exports -----------------------------------------------------------------------------------

Result<std::string> exportPkcs12(
    const KeyAndCertificate &pair, const std::string &alias, const Secret &password)
{
    if (pair.key.isNull() || pair.certificate.isNull())
        return malformed("PKCS#12 export needs a key and a certificate");
    if (alias.empty() || alias.find('\0') != std::string::npos)
        return malformed("PKCS#12 export needs an alias");
    // Java's keytool and AEM refuse a keystore without a password.
    if (password.empty())
        return malformed("PKCS#12 export needs a password");
    if (!usableAsCString(password))
        return malformed("PKCS#12 password contains a NUL character");
    if (!pair.certificate.matches(pair.key))
        return makeError(
            ErrorCode::KeyCertificateMismatch, "the private key does not belong to the certificate");

    // PBES2 + AES-256-CBC (PBKDF2 with HMAC-SHA-256) for both bags instead of the legacy
    // defaults; no MAC from PKCS12_create (its default is SHA-1), a SHA-256 one set below.
    Pkcs12Ptr p12(
        PKCS12_create_ex(password.reveal().data(), alias.c_str(), pair.key.get(), pair.certificate.get(),
            nullptr, NID_aes_256_cbc, NID_aes_256_cbc, kPkcs12Iterations, -1, 0, nullptr, nullptr));
    if (!p12)
        return cryptoError("PKCS12_create_ex failed");
    if (PKCS12_set_mac(p12.get(), password.reveal().data(), static_cast<int>(password.size()), nullptr, 0,
            kPkcs12Iterations, EVP_sha256())
        != 1)
        return cryptoError("PKCS12_set_mac failed");
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return cryptoError("BIO_new failed");
    if (i2d_PKCS12_bio(bio.get(), p12.get()) != 1)
        return cryptoError("could not encode the PKCS#12 file");
    return bioContents(bio.get());
}

Result<Secret> exportPkcs8Der(const PrivateKey &key)
{
    if (key.isNull())
        return malformed("no private key");
    // Secure-memory BIO: its buffer is wiped when freed, like the Secret we hand back.
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        return cryptoError("BIO_new failed");
    if (i2d_PKCS8PrivateKey_bio(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return cryptoError("could not encode the private key as PKCS#8");
    return Secret(bioContents(bio.get()));
}

// --- Imports -----------------------------------------------------------------------------------

Result<PrivateKey> importPrivateKey(std::string_view data, const Secret &passphrase)
{
    if (data.empty())
        return malformed("empty private key");
    auto key
        = looksLikePem(data) ? importPemPrivateKey(data, passphrase) : importDerPrivateKey(data, passphrase);
    ERR_clear_error(); // every path above drained or marked already; this is belt and braces
    return key;
}

Result<Certificate> importCertificate(std::string_view data)
{
    if (data.empty())
        return malformed("empty certificate");
    if (!looksLikePem(data))
        return importDerCertificate(data);
    auto bio = memoryBio(data, "certificate");
    if (!bio)
        return bio.error();
    X509Ptr cert(PEM_read_bio_X509(bio.value().get(), nullptr, passphraseCallback, nullptr));
    if (!cert)
        return openSslError(ErrorCode::MalformedInput, "not a PEM certificate");
    return Certificate(cert.release());
}

Result<KeyAndCertificate> importPkcs12(std::string_view data, const Secret &password)
{
    if (!usableAsCString(password))
        return makeError(ErrorCode::WrongPassphrase, "PKCS#12 password contains a NUL character");
    auto bio = memoryBio(data, "PKCS#12 file");
    if (!bio)
        return bio.error();
    Pkcs12Ptr p12(d2i_PKCS12_bio(bio.value().get(), nullptr));
    if (!p12)
        return openSslError(ErrorCode::MalformedInput, "not a PKCS#12 file");

    // Check the MAC first so a wrong password is told apart from a broken file. An empty
    // password may mean "none" (NULL) or "" to the writer: try both, as openssl pkcs12 does.
    const char *pass = password.reveal().data();
    const bool hasMac = PKCS12_mac_present(p12.get()) == 1;
    if (hasMac) {
        bool verified = false;
        if (password.empty()) {
            if (PKCS12_verify_mac(p12.get(), nullptr, 0) == 1) {
                pass = nullptr;
                verified = true;
            } else {
                verified = PKCS12_verify_mac(p12.get(), "", 0) == 1;
            }
        } else {
            verified = PKCS12_verify_mac(p12.get(), pass, static_cast<int>(password.size())) == 1;
        }
        if (!verified)
            return openSslError(ErrorCode::WrongPassphrase, "PKCS#12 MAC verification failed");
    }
    ERR_clear_error(); // a failed first try of the empty-password variants

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    const int parsed = PKCS12_parse(p12.get(), pass, &rawKey, &rawCert, &rawChain);
    EvpPkeyPtr key(rawKey);
    X509Ptr cert(rawCert);
    X509StackPtr chain(rawChain);
    // With a verified MAC the password is right; without one, a wrong password shows here.
    if (parsed != 1)
        return keyReadError(!hasMac, "could not read the PKCS#12 file");
    if (!key)
        return malformed("the PKCS#12 file holds no private key");
    if (auto supported = checkSupportedKey(key.get()); !supported)
        return supported.error();
    // PKCS12_parse pairs key and certificate by localKeyId or by key; a certificate that does
    // not belong to the key lands in the chain instead.
    if (!cert && chain && sk_X509_num(chain.get()) > 0)
        return makeError(
            ErrorCode::KeyCertificateMismatch, "no certificate in the PKCS#12 file belongs to its key");
    if (!cert)
        return malformed("the PKCS#12 file holds no certificate");
    return pairUp(PrivateKey(key.release()), Certificate(cert.release()));
}

Result<KeyAndCertificate> importConfigZip(std::string_view zipBytes)
{
    auto entries = readZip(zipBytes);
    if (!entries)
        return entries.error();
    // The archive's copy of the private key is wiped on every way out, like a Secret.
    struct WipeOnExit
    {
        std::vector<ZipEntry> &entries;
        ~WipeOnExit()
        {
            for (ZipEntry &entry : entries)
                OPENSSL_cleanse(entry.data.data(), entry.data.size());
        }
    } wipe {entries.value()};
    // The Developer Console puts the files at the top; users re-zip them inside a folder.
    const ZipEntry *keyEntry = nullptr;
    const ZipEntry *certificateEntry = nullptr;
    for (const ZipEntry &entry : entries.value()) {
        const std::size_t slash = entry.name.rfind('/');
        const std::string_view baseName = slash == std::string::npos
            ? std::string_view(entry.name)
            : std::string_view(entry.name).substr(slash + 1);
        const ZipEntry **slot = nullptr;
        if (baseName == "private.key")
            slot = &keyEntry;
        else if (baseName == "certificate_pub.crt")
            slot = &certificateEntry;
        else
            continue;
        if (*slot) // two candidates: guessing could pair the wrong key
            return malformed("more than one " + std::string(baseName));
        *slot = &entry;
    }
    if (!keyEntry)
        return malformed("private.key missing");
    if (!certificateEntry)
        return malformed("certificate_pub.crt missing");

    auto key = importPrivateKey(keyEntry->data);
    if (!key)
        return key.error();
    auto certificate = importCertificate(certificateEntry->data);
    if (!certificate)
        return certificate.error();
    return pairUp(std::move(key.value()), std::move(certificate.value()));
}

Result<KeyAndCertificate> pairUp(PrivateKey key, Certificate certificate)
{
    if (key.isNull())
        return malformed("no private key");
    if (certificate.isNull())
        return malformed("no certificate");
    if (auto supported = checkSupportedKey(key.get()); !supported)
        return supported.error();
    if (!certificate.matches(key))
        return makeError(
            ErrorCode::KeyCertificateMismatch, "the private key does not belong to the certificate");
    return KeyAndCertificate {std::move(key), std::move(certificate)};
}

// --- Self-test ---------------------------------------------------------------------------------

Result<bool> cryptoSelfTest()
{
    auto pair = makeSelfSignedCertificate({"ims-wizard self-test", kDefaultKeyBits, 1});
    if (!pair)
        return pair.error();
    const KeyAndCertificate &made = pair.value();
    const X509 *cert = made.certificate.get();
    EVP_PKEY *certificateKey = X509_get0_pubkey(cert);
    if (!certificateKey || !made.certificate.matches(made.key))
        return cryptoError("self-test: the certificate does not carry the generated key");
    if (X509_verify(const_cast<X509 *>(cert), certificateKey) != 1)
        return cryptoError("self-test: the certificate's own signature does not verify");

    // Sign with the private key, verify with the public key taken from the certificate, as
    // Adobe IMS does with the uploaded certificate.
    constexpr std::string_view kMessage = "ims-wizard self-test";
    auto signature = signRs256(made.key, kMessage);
    if (!signature)
        return signature.error();
    if (!verifyRs256(made.certificate, kMessage, signature.value()))
        return cryptoError("self-test: the signature does not verify");
    if (verifyRs256(made.certificate, "ims-wizard self-tesT", signature.value()))
        return cryptoError("self-test: a signature verified for data it does not cover");
    return true;
}

} // namespace ims
