#include "imscore/crypto.h"

#include "openssl_util.h"

#include <climits>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>

namespace ims {

using namespace detail;

namespace {

// Never prompt on a terminal for a pass phrase: an encrypted key is an error here.
int refusePassword(char *, int, int, void *)
{
    return -1;
}

Result<BioPtr> readOnlyBio(std::string_view bytes)
{
    if (bytes.empty())
        return makeError(ErrorCode::CryptoFailure, "empty PEM input");
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        return makeError(ErrorCode::CryptoFailure, "PEM input too large");
    BioPtr bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
    if (!bio)
        return cryptoError("BIO_new_mem_buf failed");
    return bio;
}

// subjectAltName built from GENERAL_NAMEs rather than a "DNS:a,IP:b" string, so a name can
// never inject another entry; a name that parses as an IPv4/IPv6 address becomes an IP entry.
Result<bool> addSubjectAltNames(X509 *cert, const std::vector<std::string> &hostNames)
{
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return cryptoError("sk_GENERAL_NAME_new_null failed");
    for (const std::string &host : hostNames) {
        if (host.empty() || host.size() > 253
            || host.find_first_of(std::string_view(" \t\r\n,\0", 6)) != std::string::npos)
            return makeError(ErrorCode::CryptoFailure, "invalid host name for subjectAltName");
        GeneralNamePtr entry(GENERAL_NAME_new());
        if (!entry)
            return cryptoError("GENERAL_NAME_new failed");
        Asn1OctetStringPtr address;
        {
            ErrorQueueMark mark; // "not an address" is an answer here
            address.reset(a2i_IPADDRESS(host.c_str()));
        }
        if (address) {
            GENERAL_NAME_set0_value(entry.get(), GEN_IPADD, address.release());
        } else {
            Asn1Ia5StringPtr dns(ASN1_IA5STRING_new());
            if (!dns || ASN1_STRING_set(dns.get(), host.data(), static_cast<int>(host.size())) != 1)
                return cryptoError("could not encode a DNS name");
            GENERAL_NAME_set0_value(entry.get(), GEN_DNS, dns.release());
        }
        if (sk_GENERAL_NAME_push(names.get(), entry.get()) <= 0)
            return cryptoError("sk_GENERAL_NAME_push failed");
        entry.release(); // now owned by names
    }
    if (X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return cryptoError("could not add subjectAltName");
    return true;
}

} // namespace

// --- Helpers shared with certificates.cpp (openssl_util.h) --------------------------------------

namespace detail {

Error openSslError(ErrorCode code, std::string_view what)
{
    std::string detail(what);
    const std::string queue = takeOpenSslErrors();
    if (!queue.empty())
        detail += ": " + queue;
    return makeError(code, std::move(detail));
}

Error cryptoError(std::string_view what)
{
    return openSslError(ErrorCode::CryptoFailure, what);
}

std::string bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return std::string(data, static_cast<std::size_t>(length));
}

std::chrono::system_clock::time_point toTimePoint(const ASN1_TIME *time)
{
    if (!time)
        return {};
    Asn1TimePtr epoch(ASN1_TIME_set(nullptr, 0));
    int days = 0;
    int seconds = 0;
    if (!epoch || ASN1_TIME_diff(&days, &seconds, epoch.get(), time) != 1) {
        ERR_clear_error();
        return {};
    }
    return std::chrono::system_clock::time_point(std::chrono::seconds(std::int64_t(days) * 86400 + seconds));
}

std::string hexWithColons(const unsigned char *bytes, std::size_t length)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = 0; i < length; ++i) {
        if (i)
            out += ':';
        out += kHex[bytes[i] >> 4];
        out += kHex[bytes[i] & 15];
    }
    return out;
}

std::string certificateFingerprint(const X509 *cert, const EVP_MD *digestType)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!cert || X509_digest(cert, digestType, digest, &length) != 1) {
        ERR_clear_error();
        return {};
    }
    return hexWithColons(digest, length);
}

Result<bool> setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return cryptoError("RAND_bytes failed");
    bytes[0] &= 0x7f; // serial numbers are positive
    bytes[0] |= 0x40; // and keep their full length
    BignumPtr serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)))
        return cryptoError("could not set the serial number");
    return true;
}

Result<X509Ptr> newCertificate(
    const PrivateKey &key, const std::string &commonName, int days, std::int64_t notBeforeOffsetSeconds)
{
    if (days <= 0)
        return makeError(ErrorCode::CryptoFailure, "certificate validity must be at least one day");
    if (commonName.empty() || commonName.size() > 64)
        return makeError(ErrorCode::CryptoFailure, "common name must have 1 to 64 characters");
    X509Ptr cert(X509_new());
    if (!cert)
        return cryptoError("X509_new failed");
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return cryptoError("X509_set_version failed");
    if (auto serial = setRandomSerial(cert.get()); !serial)
        return serial.error();

    X509NamePtr name(X509_NAME_new());
    if (!name
        || X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(commonName.data()),
               static_cast<int>(commonName.size()), -1, 0)
            != 1
        || X509_set_subject_name(cert.get(), name.get()) != 1)
        return cryptoError("could not set the subject name");

    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), static_cast<long>(notBeforeOffsetSeconds))
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, nullptr))
        return cryptoError("could not set the validity period");
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return cryptoError("X509_set_pubkey failed");
    return cert;
}

static Result<bool> addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
    if (!extension || X509_add_ext(cert, extension.get(), -1) != 1)
        return cryptoError(std::string("could not add extension ") + OBJ_nid2sn(nid));
    return true;
}

Result<bool> addExtensions(X509 *cert, X509 *issuer, std::initializer_list<std::pair<int, const char *>> list)
{
    for (const auto &[nid, value] : list) {
        if (auto added = addExtension(cert, issuer, nid, value); !added)
            return added;
    }
    return true;
}

Result<bool> signCertificate(X509 *cert, const PrivateKey &issuerKey)
{
    if (X509_sign(cert, issuerKey.get(), EVP_sha256()) <= 0)
        return cryptoError("X509_sign failed");
    return true;
}

std::string drainOpenSslErrors(std::vector<unsigned long> *codes)
{
    constexpr int kMaxEntries = 16;
    std::string out;
    int count = 0;
    const char *data = nullptr;
    int flags = 0;
    // Drain the whole queue even past kMaxEntries, so old errors never leak into a later report.
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        if (codes)
            codes->push_back(code);
        if (++count > kMaxEntries)
            continue;
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        if (!out.empty())
            out += "; ";
        out += text;
        if (data && *data && (flags & ERR_TXT_STRING)) {
            out += " (";
            out += data;
            out += ')';
        }
    }
    return out;
}

} // namespace detail

std::string takeOpenSslErrors()
{
    return drainOpenSslErrors(nullptr);
}

// --- PrivateKey --------------------------------------------------------------------------------

PrivateKey::PrivateKey(EVP_PKEY *owned)
    : m_key(owned, EVP_PKEY_free)
{ }

Result<PrivateKey> PrivateKey::generateRsa(int bits)
{
    if (bits < 2048 || bits > 16384)
        return makeError(ErrorCode::CryptoFailure, "RSA key size must be between 2048 and 16384 bits");
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
    if (!key)
        return cryptoError("RSA key generation failed");
    return PrivateKey(key);
}

Result<PrivateKey> PrivateKey::fromPem(std::string_view pem)
{
    auto bio = readOnlyBio(pem);
    if (!bio)
        return bio.error();
    // OpenSSL 3's decoders read both "RSA PRIVATE KEY" (PKCS#1) and "PRIVATE KEY" (PKCS#8).
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.value().get(), nullptr, refusePassword, nullptr);
    if (!key)
        return cryptoError("not an unencrypted PEM private key");
    return PrivateKey(key);
}

Result<Secret> PrivateKey::toPkcs8Pem() const
{
    if (isNull())
        return makeError(ErrorCode::CryptoFailure, "no private key");
    // Secure-memory BIO: its buffer is wiped when freed, like the Secret we hand back.
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        return cryptoError("BIO_new failed");
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return cryptoError("could not encode the private key");
    return Secret(bioContents(bio.get()));
}

Result<std::string> PrivateKey::publicKeyPem() const
{
    if (isNull())
        return makeError(ErrorCode::CryptoFailure, "no private key");
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return cryptoError("BIO_new failed");
    if (PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return cryptoError("could not encode the public key");
    return bioContents(bio.get());
}

bool PrivateKey::isRsa() const
{
    return m_key && EVP_PKEY_is_a(m_key.get(), "RSA") == 1;
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

// --- Certificate -------------------------------------------------------------------------------

Certificate::Certificate(X509 *owned)
    : m_cert(owned, X509_free)
{ }

Result<Certificate> Certificate::fromPem(std::string_view pem)
{
    auto bio = readOnlyBio(pem);
    if (!bio)
        return bio.error();
    X509 *cert = PEM_read_bio_X509(bio.value().get(), nullptr, refusePassword, nullptr);
    if (!cert)
        return cryptoError("not a PEM certificate");
    return Certificate(cert);
}

Result<std::string> Certificate::toPem() const
{
    if (isNull())
        return makeError(ErrorCode::CryptoFailure, "no certificate");
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return cryptoError("BIO_new failed");
    if (PEM_write_bio_X509(bio.get(), m_cert.get()) != 1)
        return cryptoError("could not encode the certificate");
    return bioContents(bio.get());
}

std::string Certificate::subjectCommonName() const
{
    if (isNull())
        return {};
    const X509_NAME *subject = X509_get_subject_name(m_cert.get());
    const int index = subject ? X509_NAME_get_index_by_NID(subject, NID_commonName, -1) : -1;
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
    unsigned char *utf8 = nullptr;
    const int length = value ? ASN1_STRING_to_UTF8(&utf8, value) : -1;
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    std::string name(reinterpret_cast<const char *>(utf8), static_cast<std::size_t>(length));
    OPENSSL_free(utf8);
    return name;
}

bool Certificate::matches(const PrivateKey &key) const
{
    if (isNull() || key.isNull())
        return false;
    ErrorQueueMark mark; // a mismatch is an answer, not an error to report later
    const EVP_PKEY *publicKey = X509_get0_pubkey(m_cert.get());
    return publicKey && EVP_PKEY_eq(publicKey, key.get()) == 1;
}

bool Certificate::isIssuedBy(const Certificate &issuer) const
{
    if (isNull() || issuer.isNull())
        return false;
    ErrorQueueMark mark;
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer.get());
    return X509_check_issued(issuer.get(), m_cert.get()) == X509_V_OK && issuerKey
        && X509_verify(m_cert.get(), issuerKey) == 1;
}

std::chrono::system_clock::time_point Certificate::notBefore() const
{
    return m_cert ? toTimePoint(X509_get0_notBefore(m_cert.get())) : std::chrono::system_clock::time_point {};
}

std::chrono::system_clock::time_point Certificate::notAfter() const
{
    return m_cert ? toTimePoint(X509_get0_notAfter(m_cert.get())) : std::chrono::system_clock::time_point {};
}

std::string Certificate::sha256Fingerprint() const
{
    if (isNull())
        return {};
    return certificateFingerprint(m_cert.get(), EVP_sha256());
}

// --- RS256 -------------------------------------------------------------------------------------

Result<std::string> signRs256(const PrivateKey &key, std::string_view data)
{
    if (!key.isRsa())
        return makeError(ErrorCode::CryptoFailure, "RS256 needs an RSA private key");
    MdCtxPtr context(EVP_MD_CTX_new());
    if (!context)
        return cryptoError("EVP_MD_CTX_new failed");
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return cryptoError("EVP_DigestSignInit failed");
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    std::size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, bytes, data.size()) != 1)
        return cryptoError("EVP_DigestSign (length) failed");
    std::string signature(length, '\0');
    if (EVP_DigestSign(
            context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes, data.size())
        != 1)
        return cryptoError("EVP_DigestSign failed");
    signature.resize(length);
    return signature;
}

bool verifyRs256(const PrivateKey &key, std::string_view data, std::string_view signature)
{
    if (!key.isRsa())
        return false;
    ErrorQueueMark mark; // a bad signature is an answer, not an error to report later
    MdCtxPtr context(EVP_MD_CTX_new());
    return context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
               signature.size(), reinterpret_cast<const unsigned char *>(data.data()), data.size())
        == 1;
}

bool verifyRs256(const Certificate &certificate, std::string_view data, std::string_view signature)
{
    if (certificate.isNull())
        return false;
    ErrorQueueMark mark;
    EVP_PKEY *publicKey = X509_get0_pubkey(certificate.get());
    if (!publicKey || EVP_PKEY_is_a(publicKey, "RSA") != 1)
        return false;
    MdCtxPtr context(EVP_MD_CTX_new());
    return context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, publicKey) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
               signature.size(), reinterpret_cast<const unsigned char *>(data.data()), data.size())
        == 1;
}

// --- Certificates for the training sandbox -----------------------------------------------------

Result<KeyAndCertificate> makeCertificateAuthority(const std::string &commonName, int days, int bits)
{
    auto key = PrivateKey::generateRsa(bits);
    if (!key)
        return key.error();
    // A few minutes back so a peer whose clock lags slightly still accepts a fresh certificate.
    auto cert = newCertificate(key.value(), commonName, days, -300);
    if (!cert)
        return cert.error();
    X509 *x = cert.value().get();
    if (X509_set_issuer_name(x, X509_get_subject_name(x)) != 1)
        return cryptoError("X509_set_issuer_name failed");
    // Self-signed: the certificate is its own issuer (SKI first, AKI copies it).
    auto extensions = addExtensions(x, x,
        {{NID_basic_constraints, "critical,CA:TRUE"}, {NID_key_usage, "critical,keyCertSign,cRLSign"},
            {NID_subject_key_identifier, "hash"}, {NID_authority_key_identifier, "keyid:always"}});
    if (!extensions)
        return extensions.error();
    if (auto signedOk = signCertificate(x, key.value()); !signedOk)
        return signedOk.error();
    return KeyAndCertificate {std::move(key.value()), Certificate(cert.value().release())};
}

namespace {

// Makes x a server certificate issued by ca: issuer name, server extensions, the host names as
// subjectAltName, signed with the CA key.
Result<bool> issueServerCertificate(X509 *x, const KeyAndCertificate &ca, const std::vector<std::string> &hostNames)
{
    if (X509_set_issuer_name(x, X509_get_subject_name(ca.certificate.get())) != 1)
        return cryptoError("X509_set_issuer_name failed");
    auto extensions = addExtensions(x, ca.certificate.get(),
        {{NID_basic_constraints, "critical,CA:FALSE"},
            {NID_key_usage, "critical,digitalSignature,keyEncipherment"}, {NID_ext_key_usage, "serverAuth"},
            {NID_subject_key_identifier, "hash"}, {NID_authority_key_identifier, "keyid:always"}});
    if (!extensions)
        return extensions.error();
    if (auto names = addSubjectAltNames(x, hostNames); !names)
        return names.error();
    return signCertificate(x, ca.key);
}

} // namespace

Result<KeyAndCertificate> makeServerCertificate(
    const KeyAndCertificate &ca, const std::vector<std::string> &hostNames, int days, int bits)
{
    if (!ca.certificate.matches(ca.key))
        return makeError(ErrorCode::CryptoFailure, "CA certificate and CA key do not match");
    if (hostNames.empty())
        return makeError(ErrorCode::CryptoFailure, "a server certificate needs at least one host name");
    auto key = PrivateKey::generateRsa(bits);
    if (!key)
        return key.error();
    auto cert = newCertificate(key.value(), hostNames.front(), days, -300);
    if (!cert)
        return cert.error();
    X509 *x = cert.value().get();
    if (auto issued = issueServerCertificate(x, ca, hostNames); !issued)
        return issued.error();
    return KeyAndCertificate {std::move(key.value()), Certificate(cert.value().release())};
}

Result<Certificate> makeServerCertificate(const KeyAndCertificate &ca, const PrivateKey &key,
    const std::vector<std::string> &hostNames, std::chrono::system_clock::time_point notBefore,
    std::chrono::system_clock::time_point notAfter)
{
    if (!ca.certificate.matches(ca.key))
        return makeError(ErrorCode::CryptoFailure, "CA certificate and CA key do not match");
    if (hostNames.empty() || notAfter <= notBefore)
        return makeError(ErrorCode::CryptoFailure, "a server certificate needs a host name and a validity period");
    auto cert = newCertificate(key, hostNames.front(), 1, 0);
    if (!cert)
        return cert.error();
    X509 *x = cert.value().get();
    if (!ASN1_TIME_set(X509_getm_notBefore(x), std::chrono::system_clock::to_time_t(notBefore))
        || !ASN1_TIME_set(X509_getm_notAfter(x), std::chrono::system_clock::to_time_t(notAfter)))
        return cryptoError("could not set the validity period");
    if (auto issued = issueServerCertificate(x, ca, hostNames); !issued)
        return issued.error();
    return Certificate(cert.value().release());
}

std::string randomHex(std::size_t bytes)
{
    std::string raw(bytes, '\0');
    if (bytes > static_cast<std::size_t>(INT_MAX)
        || RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), static_cast<int>(bytes)) != 1) {
        // No randomness means no safe ids or serials: this is not a recoverable condition.
        throw std::runtime_error("RAND_bytes failed: " + takeOpenSslErrors());
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes * 2);
    for (unsigned char c : raw) {
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    return out;
}

} // namespace ims
