#pragma once
// Private to core: the RAII owners and small helpers that crypto.cpp and certificates.cpp
// share. Definitions live in crypto.cpp.

#include "imscore/crypto.h"
#include "imscore/error.h"
#include "imscore/result.h"

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ims::detail {

// One deleter template for every OpenSSL free function, so each owner is a one-line alias.
template<auto FreeFunction> struct OpenSslDeleter
{
    template<class T> void operator()(T *p) const { FreeFunction(p); }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, OpenSslDeleter<X509_SIG_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, OpenSslDeleter<ASN1_TIME_free>>;
using Asn1OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<ASN1_OCTET_STRING_free>>;
using Asn1Ia5StringPtr = std::unique_ptr<ASN1_IA5STRING, OpenSslDeleter<ASN1_IA5STRING_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslDeleter<GENERAL_NAME_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12_free>>;
inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeX509Stack>>;

// Keeps OpenSSL's error queue as it was: for checks whose "no" is an answer, not a failure.
class ErrorQueueMark
{
public:
    ErrorQueueMark() { ERR_set_mark(); }
    ~ErrorQueueMark() { ERR_pop_to_mark(); }
    ErrorQueueMark(const ErrorQueueMark &) = delete;
    ErrorQueueMark &operator=(const ErrorQueueMark &) = delete;
};

// takeOpenSslErrors(), also handing back the raw codes (when codes is not null) so a caller can
// classify a failure by its reasons.
std::string drainOpenSslErrors(std::vector<unsigned long> *codes);
// what, then ": " and the drained error queue when it holds anything.
Error openSslError(ErrorCode code, std::string_view what);
// openSslError(ErrorCode::CryptoFailure, what).
Error cryptoError(std::string_view what);

// Everything written to a memory BIO, as one string.
std::string bioContents(BIO *bio);
std::chrono::system_clock::time_point toTimePoint(const ASN1_TIME *time);
// "AB:CD:…" upper-case hex of bytes, the way fingerprints are shown everywhere.
std::string hexWithColons(const unsigned char *bytes, std::size_t length);
// Digest of the DER certificate in hexWithColons form; empty (queue cleared) on failure.
std::string certificateFingerprint(const X509 *cert, const EVP_MD *digest);

// A random positive 128-bit serial.
Result<bool> setRandomSerial(X509 *cert);
// Version 3, random serial, subject CN, validity [now + notBeforeOffsetSeconds, now + days],
// public key: what every certificate here starts with.
Result<X509Ptr> newCertificate(
    const PrivateKey &key, const std::string &commonName, int days, std::int64_t notBeforeOffsetSeconds);
Result<bool> addExtensions(
    X509 *cert, X509 *issuer, std::initializer_list<std::pair<int, const char *>> list);
Result<bool> signCertificate(X509 *cert, const PrivateKey &issuerKey);

} // namespace ims::detail
