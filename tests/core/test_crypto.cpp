// OpenSSL behind ims::crypto: the self-test (generate, sign, verify), certificates for the
// training sandbox, PEM round trips and the error paths.

#include "testutil.h"

#include <QTest>
#include <imscore/crypto.h>
#include <memory>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace ims;

namespace {

const std::vector<std::string> kSandboxHosts = {"127.0.0.1", "::1", "localhost"};

// X509_verify_cert against a store holding only ca: what a TLS client trusting only ca does.
int verifyAgainst(
    const Certificate &ca, const Certificate &leaf, const char *host = nullptr, bool asServer = true)
{
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(
        X509_STORE_CTX_new(), X509_STORE_CTX_free);
    if (!store || !ctx || X509_STORE_add_cert(store.get(), ca.get()) != 1
        || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), nullptr) != 1)
        return -1;
    if (asServer)
        X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
    if (host)
        X509_VERIFY_PARAM_set1_host(X509_STORE_CTX_get0_param(ctx.get()), host, 0);
    if (X509_verify_cert(ctx.get()) == 1)
        return X509_V_OK;
    const int error = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    return error;
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private:
    // Key generation is the slow part: make the fixtures once.
    PrivateKey m_key;
    KeyAndCertificate m_ca;
    KeyAndCertificate m_server;

private slots:
    void initTestCase()
    {
        auto key = PrivateKey::generateRsa(2048);
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().detail.c_str());
        m_key = key.value();
        auto ca = makeCertificateAuthority("ims-wizard training sandbox CA", 3650);
        QVERIFY2(ca.ok(), ca.ok() ? "" : ca.error().detail.c_str());
        m_ca = ca.value();
        auto server = makeServerCertificate(m_ca, kSandboxHosts, 365);
        QVERIFY2(server.ok(), server.ok() ? "" : server.error().detail.c_str());
        m_server = server.value();
    }

    void generatedKeyIsRsa2048()
    {
        QVERIFY(!m_key.isNull());
        QVERIFY(m_key.isRsa());
        QCOMPARE(m_key.bits(), 2048);
        QVERIFY(PrivateKey().isNull());
        QCOMPARE(PrivateKey().bits(), 0);
    }

    void keySizeOutOfRangeIsRefused()
    {
        auto tooSmall = PrivateKey::generateRsa(512);
        QVERIFY(!tooSmall.ok());
        QCOMPARE(tooSmall.error().code, ErrorCode::CryptoFailure);
        QVERIFY(!tooSmall.error().detail.empty());
    }

    void signThenVerify()
    {
        const std::string data = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0";
        auto signature = signRs256(m_key, data);
        QVERIFY(signature.ok());
        QCOMPARE(signature.value().size(), std::size_t(256)); // RSA 2048 → 256-byte signature
        QVERIFY(verifyRs256(m_key, data, signature.value()));
        // PKCS#1 v1.5 is deterministic: the same input gives the same signature.
        QCOMPARE(signRs256(m_key, data).value(), signature.value());
    }

    void tamperedDataOrSignatureFails()
    {
        const std::string data = "header.payload";
        const std::string signature = signRs256(m_key, data).value();
        QVERIFY(!verifyRs256(m_key, "header.payloaD", signature));
        std::string flipped = signature;
        flipped[10] = static_cast<char>(flipped[10] ^ 0x01);
        QVERIFY(!verifyRs256(m_key, data, flipped));
        QVERIFY(!verifyRs256(m_key, data, signature.substr(0, 100)));
        QVERIFY(!verifyRs256(m_key, data, {}));
        QVERIFY(!verifyRs256(m_ca.key, data, signature)); // another key
        // A failed verification leaves nothing behind in the error queue.
        QCOMPARE(takeOpenSslErrors(), std::string());
    }

    void signingWithoutKeyIsAnError()
    {
        auto signature = signRs256(PrivateKey(), "data");
        QVERIFY(!signature.ok());
        QCOMPARE(signature.error().code, ErrorCode::CryptoFailure);
        QVERIFY(!verifyRs256(PrivateKey(), "data", "sig"));
    }

    void privateKeyPemRoundTrip()
    {
        auto pem = m_key.toPkcs8Pem();
        QVERIFY(pem.ok());
        const std::string_view text = pem.value().reveal();
        QVERIFY(text.starts_with("-----BEGIN PRIVATE KEY-----\n"));
        auto back = PrivateKey::fromPem(text);
        QVERIFY(back.ok());
        const std::string data = "round trip";
        QVERIFY(verifyRs256(m_key, data, signRs256(back.value(), data).value()));
        QCOMPARE(back.value().publicKeyPem().value(), m_key.publicKeyPem().value());
    }

    void pkcs1PemIsAccepted()
    {
        // A PKCS#1 ("RSA PRIVATE KEY") key, as `openssl genrsa -traditional` writes it.
        std::unique_ptr<BIO, decltype(&BIO_free_all)> bio(BIO_new(BIO_s_mem()), BIO_free_all);
        QVERIFY(PEM_write_bio_PrivateKey_traditional(
                    bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            == 1);
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio.get(), &data);
        const std::string pkcs1(data, static_cast<std::size_t>(length));
        QVERIFY(pkcs1.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"));
        auto key = PrivateKey::fromPem(pkcs1);
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().detail.c_str());
        QVERIFY(key.value().isRsa());
        QCOMPARE(key.value().bits(), 2048);
        QCOMPARE(key.value().publicKeyPem().value(), m_key.publicKeyPem().value());
        // Written back as PKCS#8, whatever came in.
        QVERIFY(key.value().toPkcs8Pem().value().reveal().starts_with("-----BEGIN PRIVATE KEY-----"));
    }

    void brokenKeyPemIsCryptoFailureWithDetail_data()
    {
        QTest::addColumn<QByteArray>("pem");
        const std::string good = std::string(m_key.toPkcs8Pem().value().reveal());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a key at all");
        QTest::newRow("truncated") << QByteArray::fromStdString(good.substr(0, good.size() / 2));
        QTest::newRow("certificate instead of key")
            << QByteArray::fromStdString(m_ca.certificate.toPem().value());
        std::string corrupt = good;
        corrupt[std::string_view("-----BEGIN PRIVATE KEY-----\nMII").size()] = '/'; // DER length
        QTest::newRow("corrupt structure") << QByteArray::fromStdString(corrupt);
        QTest::newRow("encrypted") << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                                                 "MIIBvTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI\n"
                                                 "-----END ENCRYPTED PRIVATE KEY-----\n");
    }

    void brokenKeyPemIsCryptoFailureWithDetail()
    {
        QFETCH(QByteArray, pem);
        auto key = PrivateKey::fromPem(std::string_view(pem.constData(), pem.size()));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::CryptoFailure);
        QVERIFY(!key.error().detail.empty());
        QCOMPARE(takeOpenSslErrors(), std::string()); // drained into the error
    }

    void brokenCertificatePemIsCryptoFailureWithDetail()
    {
        const std::string good = m_ca.certificate.toPem().value();
        for (const std::string &bad : {std::string(), std::string("garbage"),
                 good.substr(0, good.size() - 40), std::string(m_key.publicKeyPem().value())}) {
            auto cert = Certificate::fromPem(bad);
            QVERIFY(!cert.ok());
            QCOMPARE(cert.error().code, ErrorCode::CryptoFailure);
            QVERIFY(!cert.error().detail.empty());
        }
        QVERIFY(Certificate().toPem().error().code == ErrorCode::CryptoFailure);
    }

    void takeOpenSslErrorsDrainsTheQueue()
    {
        QCOMPARE(takeOpenSslErrors(), std::string());
        ERR_raise(ERR_LIB_X509, X509_R_CERT_ALREADY_IN_HASH_TABLE);
        const std::string text = takeOpenSslErrors();
        QVERIFY(text.starts_with("error:"));
        QCOMPARE(takeOpenSslErrors(), std::string());
    }

    void certificatePemRoundTrip()
    {
        const std::string pem = m_server.certificate.toPem().value();
        QVERIFY(pem.starts_with("-----BEGIN CERTIFICATE-----\n"));
        auto back = Certificate::fromPem(pem);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toPem().value(), pem);
        QCOMPARE(back.value().sha256Fingerprint(), m_server.certificate.sha256Fingerprint());
        QCOMPARE(back.value().sha256Fingerprint().size(), std::size_t(32 * 3 - 1));
        QVERIFY(back.value().matches(m_server.key));
    }

    void certificateAuthorityShape()
    {
        X509 *ca = m_ca.certificate.get();
        QCOMPARE(m_ca.certificate.subjectCommonName(), std::string("ims-wizard training sandbox CA"));
        QVERIFY(m_ca.certificate.matches(m_ca.key));
        QVERIFY(m_ca.certificate.isIssuedBy(m_ca.certificate)); // self-signed
        QCOMPARE(X509_get_version(ca), long(X509_VERSION_3));
        QVERIFY(X509_check_ca(ca) >= 1);
        int critical = -1;
        auto *constraints = static_cast<BASIC_CONSTRAINTS *>(
            X509_get_ext_d2i(ca, NID_basic_constraints, &critical, nullptr));
        QVERIFY(constraints);
        QVERIFY(constraints->ca);
        BASIC_CONSTRAINTS_free(constraints);
        QCOMPARE(critical, 1);
        QVERIFY(X509_get_key_usage(ca) & KU_KEY_CERT_SIGN);
        QVERIFY(X509_get_key_usage(ca) & KU_CRL_SIGN);
        QVERIFY(X509_get0_subject_key_id(ca) != nullptr);
        QCOMPARE(X509_get_signature_nid(ca), NID_sha256WithRSAEncryption);
        const auto days = std::chrono::duration_cast<std::chrono::hours>(
                              m_ca.certificate.notAfter() - m_ca.certificate.notBefore())
                              .count()
            / 24;
        QCOMPARE(days, 3650);
        QVERIFY(m_ca.certificate.notBefore() <= std::chrono::system_clock::now());
        QCOMPARE(verifyAgainst(m_ca.certificate, m_ca.certificate, nullptr, false), X509_V_OK);
        // The CA is not a TLS server certificate.
        QCOMPARE(verifyAgainst(m_ca.certificate, m_ca.certificate), X509_V_ERR_INVALID_PURPOSE);
    }

    void serialsAreRandom()
    {
        auto other = makeCertificateAuthority("second", 1);
        QVERIFY(other.ok());
        QVERIFY(ASN1_INTEGER_cmp(X509_get0_serialNumber(other.value().certificate.get()),
                    X509_get0_serialNumber(m_ca.certificate.get()))
            != 0);
        QVERIFY(!m_ca.certificate.matches(other.value().key));
        QCOMPARE(verifyAgainst(m_ca.certificate, other.value().certificate),
            X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);
    }

    void serverCertificateVerifiesAgainstCa()
    {
        const Certificate &server = m_server.certificate;
        QVERIFY(server.isIssuedBy(m_ca.certificate));
        QVERIFY(!m_ca.certificate.isIssuedBy(server));
        QCOMPARE(server.subjectCommonName(), std::string("127.0.0.1"));
        QCOMPARE(verifyAgainst(m_ca.certificate, server), X509_V_OK);
        QCOMPARE(verifyAgainst(m_ca.certificate, server, "localhost"), X509_V_OK);
        QCOMPARE(verifyAgainst(m_ca.certificate, server, "example.com"), X509_V_ERR_HOSTNAME_MISMATCH);
        QVERIFY(X509_check_ca(server.get()) == 0);
        QVERIFY(X509_get_extended_key_usage(server.get()) & XKU_SSL_SERVER);
        QVERIFY(X509_get0_authority_key_id(server.get()) != nullptr);
        QCOMPARE(ASN1_OCTET_STRING_cmp(X509_get0_authority_key_id(server.get()),
                     X509_get0_subject_key_id(m_ca.certificate.get())),
            0);
        const auto days
            = std::chrono::duration_cast<std::chrono::hours>(server.notAfter() - server.notBefore()).count()
            / 24;
        QCOMPARE(days, 365);
    }

    void serverCertificateCarriesSubjectAltNames()
    {
        X509 *server = m_server.certificate.get();
        QCOMPARE(X509_check_ip_asc(server, "127.0.0.1", 0), 1);
        QCOMPARE(X509_check_ip_asc(server, "::1", 0), 1);
        QCOMPARE(X509_check_host(server, "localhost", 0, 0, nullptr), 1);
        QCOMPARE(X509_check_ip_asc(server, "127.0.0.2", 0), 0);
        QCOMPARE(X509_check_host(server, "127.0.0.1", 0, 0, nullptr), 0); // an IP entry, not DNS

        auto *names
            = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(server, NID_subject_alt_name, nullptr, nullptr));
        QVERIFY(names);
        int ip = 0, dns = 0;
        for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
            ip += name->type == GEN_IPADD;
            dns += name->type == GEN_DNS;
        }
        GENERAL_NAMES_free(names);
        QCOMPARE(ip, 2);
        QCOMPARE(dns, 1);
    }

    void serverCertificateRefusesBadInput()
    {
        QCOMPARE(makeServerCertificate(m_ca, {}, 365).error().code, ErrorCode::CryptoFailure);
        QCOMPARE(makeServerCertificate(m_ca, {"bad,name"}, 365).error().code, ErrorCode::CryptoFailure);
        QCOMPARE(makeServerCertificate(m_ca, {"localhost"}, 0).error().code, ErrorCode::CryptoFailure);
        KeyAndCertificate mismatched {m_key, m_ca.certificate};
        auto result = makeServerCertificate(mismatched, kSandboxHosts, 365);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::CryptoFailure);
        QVERIFY(!result.error().detail.empty());
    }

    void keyCertificateMismatchIsDetected()
    {
        QVERIFY(m_server.certificate.matches(m_server.key));
        QVERIFY(!m_server.certificate.matches(m_ca.key));
        QVERIFY(!m_server.certificate.matches(m_key));
        QVERIFY(!m_server.certificate.matches(PrivateKey()));
        QVERIFY(!Certificate().matches(m_key));
        QCOMPARE(takeOpenSslErrors(), std::string());
    }

    void randomHexHasTheRightShape()
    {
        const std::string a = randomHex(16);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(a.find_first_not_of("0123456789abcdef") == std::string::npos);
        QVERIFY(a != randomHex(16));
        QCOMPARE(randomHex(0), std::string());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "test_crypto.moc"
