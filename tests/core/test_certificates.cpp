// ims certificates: Adobe's recipe (self-signed, RSA, SHA-256, 365 days), the exports AEM and
// the Developer Console take, and the imports users bring — each checked against what the
// openssl and keytool command-line tools make of the same bytes, and every error path with an
// empty OpenSSL error queue afterwards.

#include "testutil.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <imscore/certificates.h>
#include <imscore/zip.h>
#include <memory>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace ims;
using namespace std::chrono_literals;

namespace {

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QString out; // stdout and stderr together
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    ToolRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    run.finished = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAll());
    return run;
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

bool writeFile(const QString &path, std::string_view bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The value after "=" on the line that starts with prefix, in any case (OpenSSL 3.0 prints
// "sha1 Fingerprint=AB:…", other versions "SHA1 Fingerprint=").
QString valueAfter(const QString &output, const QString &prefix)
{
    for (const QString &line : output.split('\n')) {
        if (line.startsWith(prefix, Qt::CaseInsensitive))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

// A stored-only ZIP writer, enough for config.zip fixtures (the deflated ones come from Python).
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &files)
{
    const auto put16 = [](QByteArray &out, quint32 v) {
        out.append(char(v & 0xff));
        out.append(char((v >> 8) & 0xff));
    };
    const auto put32 = [&](QByteArray &out, quint32 v) {
        put16(out, v & 0xffff);
        put16(out, v >> 16);
    };
    const auto crc32Of = [](const QByteArray &data) {
        quint32 crc = 0xffffffffu;
        for (const char c : data) {
            crc ^= static_cast<quint8>(c);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    };
    QByteArray archive;
    QByteArray directory;
    for (const auto &[name, data] : files) {
        const quint32 offset = quint32(archive.size());
        const quint32 crc = crc32Of(data);
        for (QByteArray *out : {&archive, &directory}) {
            const bool central = out == &directory;
            put32(*out, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(*out, 20);
            put16(*out, 20);
            put16(*out, 0); // flags
            put16(*out, 0); // stored
            put16(*out, 0);
            put16(*out, 0x21);
            put32(*out, crc);
            put32(*out, quint32(data.size()));
            put32(*out, quint32(data.size()));
            put16(*out, quint32(name.size()));
            put16(*out, 0);
            if (central) {
                put16(*out, 0);
                put16(*out, 0);
                put16(*out, 0);
                put32(*out, 0);
                put32(*out, offset);
            }
            *out += name;
        }
        archive += data;
    }
    const quint32 directoryOffset = quint32(archive.size());
    archive += directory;
    put32(archive, 0x06054b50);
    put32(archive, 0);
    put16(archive, quint32(files.size()));
    put16(archive, quint32(files.size()));
    put32(archive, quint32(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

const char *detailOf(const Error &error)
{
    return error.detail.c_str();
}

} // namespace

// A failed Result with code, a non-empty detail, and nothing left in OpenSSL's error queue.
#define EXPECT_ERROR(result, expectedCode)                                                                   \
    do {                                                                                                     \
        const auto &result_ = (result);                                                                      \
        QVERIFY2(!result_.ok(), "unexpectedly succeeded");                                                   \
        QVERIFY2(result_.error().code == (expectedCode), detailOf(result_.error()));                         \
        QVERIFY(!result_.error().detail.empty());                                                            \
        QCOMPARE(ERR_peek_error(), 0ul);                                                                     \
    } while (false)

#define EXPECT_OK(result) QVERIFY2((result).ok(), (result).ok() ? "" : detailOf((result).error()))

class TestCertificates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_keytool;
    QString m_python;
    KeyAndCertificate m_pair; // CN=aem-ims, 2048 bits, 365 days
    std::chrono::system_clock::time_point m_madeAt;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // openssl with arguments; fails the calling test when it does not exit 0.
    bool openssl(const QStringList &arguments, QString *output = nullptr)
    {
        const ToolRun run = runTool(m_openssl, arguments);
        if (output)
            *output = run.out;
        if (!run.finished || run.exitCode != 0) {
            qWarning().noquote() << "openssl" << arguments.join(' ') << "failed:" << run.out;
            return false;
        }
        return true;
    }

    // The pair's key as PKCS#8 PEM in a file, for the openssl conversions.
    QString keyFile()
    {
        const QString file = path("key.pem");
        if (!QFile::exists(file))
            writeFile(file, m_pair.key.toPkcs8Pem().value().reveal());
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_openssl = QStandardPaths::findExecutable("openssl");
        QVERIFY2(!m_openssl.isEmpty(), "the openssl command-line tool is needed");
        m_keytool = QFile::exists("/usr/bin/keytool") ? QString("/usr/bin/keytool")
                                                      : QStandardPaths::findExecutable("keytool");
        m_python = QStandardPaths::findExecutable("python3");
        m_madeAt = std::chrono::system_clock::now();
        auto pair = makeSelfSignedCertificate({"aem-ims", 2048, 365});
        EXPECT_OK(pair);
        m_pair = pair.value();
    }

    void selfTestPasses()
    {
        auto result = cryptoSelfTest();
        EXPECT_OK(result);
        QVERIFY(result.value());
        QCOMPARE(ERR_peek_error(), 0ul);
    }

    void everyKeySize_data()
    {
        QTest::addColumn<int>("bits");
        QTest::newRow("2048") << 2048;
        QTest::newRow("3072") << 3072;
        QTest::newRow("4096") << 4096;
    }

    void everyKeySize()
    {
        QFETCH(int, bits);
        auto pair = makeSelfSignedCertificate({"size-" + std::to_string(bits), bits, 30});
        EXPECT_OK(pair);
        QCOMPARE(pair.value().key.bits(), bits);
        QVERIFY(pair.value().key.isRsa());
        QCOMPARE(certificateInfo(pair.value().certificate).keyBits, bits);
        QVERIFY(pair.value().certificate.matches(pair.value().key));
        // And the JWT signature made with it verifies against the certificate's key.
        const std::string data = "header.claims";
        auto signature = signRs256(pair.value().key, data);
        EXPECT_OK(signature);
        QCOMPARE(signature.value().size(), std::size_t(bits / 8));
    }

    void refusedRequests()
    {
        for (int bits : {0, 1024, 2047, 2049, 8192, 16384})
            EXPECT_ERROR(makeSelfSignedCertificate({"x", bits, 365}), ErrorCode::UnsupportedKey);
        EXPECT_ERROR(makeSelfSignedCertificate({"", 2048, 365}), ErrorCode::MalformedInput);
        EXPECT_ERROR(makeSelfSignedCertificate({std::string(65, 'c'), 2048, 365}), ErrorCode::MalformedInput);
        EXPECT_ERROR(makeSelfSignedCertificate({"x", 2048, 0}), ErrorCode::MalformedInput);
        EXPECT_ERROR(makeSelfSignedCertificate({"x", 2048, -1}), ErrorCode::MalformedInput);
    }

    void certificateFields()
    {
        const X509 *cert = m_pair.certificate.get();
        const CertificateInfo info = certificateInfo(m_pair.certificate);
        QCOMPARE(info.commonName, std::string("aem-ims"));
        QCOMPARE(info.subject, std::string("CN=aem-ims"));
        QCOMPARE(info.issuer, std::string("CN=aem-ims")); // self-signed
        QCOMPARE(X509_get_version(cert), long(X509_VERSION_3));

        // Validity: from now, 365 days (a minute of slack for a slow machine).
        const std::int64_t madeAt
            = std::chrono::duration_cast<std::chrono::seconds>(m_madeAt.time_since_epoch()).count();
        QVERIFY2(
            std::llabs(info.notBefore - madeAt) <= 60, qPrintable(QString::number(info.notBefore - madeAt)));
        QVERIFY(std::llabs(info.notAfter - info.notBefore - 365 * 86400) <= 60);

        // SHA-256 with RSA, and the certificate's own signature verifies.
        QCOMPARE(X509_get_signature_nid(cert), NID_sha256WithRSAEncryption);
        QCOMPARE(X509_verify(const_cast<X509 *>(cert), X509_get0_pubkey(cert)), 1);

        // Serial: positive, 128 bits of randomness (top bit cleared for the sign).
        const ASN1_INTEGER *serial = X509_get0_serialNumber(cert);
        QCOMPARE(ASN1_STRING_type(serial), V_ASN1_INTEGER); // V_ASN1_NEG_INTEGER when negative
        std::unique_ptr<BIGNUM, decltype(&BN_free)> serialNumber(
            ASN1_INTEGER_to_BN(serial, nullptr), BN_free);
        QVERIFY(serialNumber);
        QVERIFY(!BN_is_negative(serialNumber.get()));
        QVERIFY(BN_num_bits(serialNumber.get()) > 120 && BN_num_bits(serialNumber.get()) <= 128);
        QCOMPARE(info.serialHex.size(), std::size_t(32));
        auto other = makeSelfSignedCertificate({"aem-ims", 2048, 365});
        EXPECT_OK(other);
        QVERIFY(certificateInfo(other.value().certificate).serialHex != info.serialHex);
        QVERIFY(certificateInfo(other.value().certificate).sha256Fingerprint != info.sha256Fingerprint);

        // Extensions: an end-entity signing certificate with a subject key identifier.
        X509 *mutableCert = const_cast<X509 *>(cert);
        const uint32_t flags = X509_get_extension_flags(mutableCert);
        QVERIFY(flags & EXFLAG_BCONS);
        QVERIFY(!(flags & EXFLAG_CA));
        QVERIFY(flags & EXFLAG_KUSAGE);
        QCOMPARE(X509_get_key_usage(mutableCert), uint32_t(KU_DIGITAL_SIGNATURE));
        QVERIFY(X509_get0_subject_key_id(mutableCert) != nullptr);
        int critical = -1;
        std::unique_ptr<BASIC_CONSTRAINTS, decltype(&BASIC_CONSTRAINTS_free)> constraints(
            static_cast<BASIC_CONSTRAINTS *>(
                X509_get_ext_d2i(cert, NID_basic_constraints, &critical, nullptr)),
            BASIC_CONSTRAINTS_free);
        QVERIFY(constraints);
        QVERIFY(!constraints->ca);
        QCOMPARE(info.keyBits, 2048);
        QCOMPARE(ERR_peek_error(), 0ul);
        QCOMPARE(certificateInfo(Certificate()).sha256Fingerprint, std::string());
    }

    void infoMatchesTheOpenSslTool()
    {
        const QString pemFile = path(QString::fromUtf8(
            kPublicCertificateFileName.data(), qsizetype(kPublicCertificateFileName.size())));
        QVERIFY(writeFile(pemFile, m_pair.certificate.toPem().value()));
        const CertificateInfo info = certificateInfo(m_pair.certificate);
        QString out;
        QVERIFY(openssl({"x509", "-noout", "-fingerprint", "-sha1", "-in", pemFile}, &out));
        QCOMPARE(valueAfter(out, "SHA1 Fingerprint=").toStdString(), info.sha1Fingerprint);
        QVERIFY(openssl({"x509", "-noout", "-fingerprint", "-sha256", "-in", pemFile}, &out));
        QCOMPARE(valueAfter(out, "SHA256 Fingerprint=").toStdString(), info.sha256Fingerprint);
        QCOMPARE(info.sha256Fingerprint, m_pair.certificate.sha256Fingerprint());
        QCOMPARE(info.sha1Fingerprint.size(), std::size_t(20 * 3 - 1));
        QVERIFY(openssl({"x509", "-noout", "-serial", "-in", pemFile}, &out));
        QCOMPARE(valueAfter(out, "serial=").toStdString(), info.serialHex);
        // The exported PEM is read by the tool, subject as we show it.
        QVERIFY(openssl({"x509", "-noout", "-subject", "-nameopt", "RFC2253", "-in", pemFile}, &out));
        QCOMPARE(valueAfter(out, "subject=").toStdString(), info.subject);
        QVERIFY(openssl({"x509", "-noout", "-subject", "-in", pemFile}, &out));
        QVERIFY2(out.contains("aem-ims"), qPrintable(out));
        // Dates: openssl's "-dates" against our epoch seconds.
        QVERIFY(openssl({"x509", "-noout", "-enddate", "-in", pemFile}, &out));
        const QString endDate = valueAfter(out, "notAfter=").simplified();
        const QDateTime parsed = QDateTime::fromString(endDate.chopped(4), "MMM d HH:mm:ss yyyy");
        QVERIFY2(parsed.isValid(), qPrintable(endDate));
        QCOMPARE(QDateTime(parsed.date(), parsed.time(), Qt::UTC).toSecsSinceEpoch(), info.notAfter);
    }

    void daysLeftCountsWholeDays()
    {
        const auto notAfter = m_pair.certificate.notAfter();
        QCOMPARE(daysLeft(m_pair.certificate, m_pair.certificate.notBefore()), std::int64_t(365));
        QCOMPARE(daysLeft(m_pair.certificate, std::chrono::system_clock::now()), std::int64_t(364));
        QCOMPARE(daysLeft(m_pair.certificate, notAfter - std::chrono::days(30)), std::int64_t(30));
        QCOMPARE(daysLeft(m_pair.certificate, notAfter - std::chrono::days(30) + 1s), std::int64_t(29));
        QCOMPARE(daysLeft(m_pair.certificate, notAfter - 1s), std::int64_t(0));
        QCOMPARE(daysLeft(m_pair.certificate, notAfter), std::int64_t(0));
        QCOMPARE(daysLeft(m_pair.certificate, notAfter + 1h), std::int64_t(-1));
        QCOMPARE(daysLeft(m_pair.certificate, notAfter + std::chrono::days(3)), std::int64_t(-3));
    }

    void pkcs12ForKeytoolAndBack()
    {
        const Secret password("keystore-pass-1");
        auto p12 = exportPkcs12(m_pair, "aem-ims-alias", password);
        EXPECT_OK(p12);
        const QString file = path("store.p12");
        QVERIFY(writeFile(file, p12.value()));

        // The algorithms promised: AES-256-CBC with PBKDF2/HMAC-SHA-256 and a SHA-256 MAC.
        QString info;
        QVERIFY(
            openssl({"pkcs12", "-info", "-noout", "-in", file, "-passin", "pass:keystore-pass-1"}, &info));
        QVERIFY2(info.contains("MAC: sha256, Iteration 10000"), qPrintable(info));
        QVERIFY2(
            info.contains("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256"),
            qPrintable(info));
        QVERIFY2(info.contains(
                     "PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256"),
            qPrintable(info));

        if (m_keytool.isEmpty()) {
            qWarning("keytool not found: the Java side of the PKCS#12 check is skipped");
        } else {
            const ToolRun list = runTool(m_keytool,
                {"-list", "-storetype", "PKCS12", "-keystore", file, "-storepass", "keystore-pass-1"});
            QVERIFY2(list.finished && list.exitCode == 0, qPrintable(list.out));
            QVERIFY2(list.out.contains("aem-ims-alias, "), qPrintable(list.out));
            QVERIFY2(list.out.contains("PrivateKeyEntry"), qPrintable(list.out));
            const ToolRun wrong = runTool(
                m_keytool, {"-list", "-storetype", "PKCS12", "-keystore", file, "-storepass", "wrong-pass"});
            QVERIFY(wrong.exitCode != 0);
        }

        auto back = importPkcs12(p12.value(), password);
        EXPECT_OK(back);
        QVERIFY(back.value().certificate.matches(m_pair.key));
        QCOMPARE(back.value().certificate.sha256Fingerprint(), m_pair.certificate.sha256Fingerprint());
        QCOMPARE(back.value().key.publicKeyPem().value(), m_pair.key.publicKeyPem().value());

        EXPECT_ERROR(importPkcs12(p12.value(), Secret("keystore-pass-2")), ErrorCode::WrongPassphrase);
        EXPECT_ERROR(importPkcs12(p12.value(), Secret()), ErrorCode::WrongPassphrase);
    }

    void pkcs12ExportRefusals()
    {
        EXPECT_ERROR(exportPkcs12(m_pair, "alias", Secret()), ErrorCode::MalformedInput);
        EXPECT_ERROR(exportPkcs12(m_pair, "", Secret("password")), ErrorCode::MalformedInput);
        EXPECT_ERROR(
            exportPkcs12(KeyAndCertificate(), "alias", Secret("password")), ErrorCode::MalformedInput);
        auto other = PrivateKey::generateRsa(2048);
        EXPECT_OK(other);
        EXPECT_ERROR(exportPkcs12({other.value(), m_pair.certificate}, "alias", Secret("password")),
            ErrorCode::KeyCertificateMismatch);
    }

    void pkcs12FromTheOpenSslTool()
    {
        const QString certFile = path("tool-cert.pem");
        QVERIFY(writeFile(certFile, m_pair.certificate.toPem().value()));
        const QString modern = path("tool-modern.p12");
        QVERIFY(openssl({"pkcs12", "-export", "-inkey", keyFile(), "-in", certFile, "-name", "from-tool",
            "-passout", "pass:tool-pass", "-out", modern}));
        auto imported = importPkcs12(view(readFile(modern)), Secret("tool-pass"));
        EXPECT_OK(imported);
        QCOMPARE(imported.value().certificate.sha256Fingerprint(), m_pair.certificate.sha256Fingerprint());
        EXPECT_ERROR(importPkcs12(view(readFile(modern)), Secret("tool-pasS")), ErrorCode::WrongPassphrase);

        // A keystore with no password at all ("-passout pass:"): the empty password opens it.
        const QString empty = path("tool-empty.p12");
        QVERIFY(openssl(
            {"pkcs12", "-export", "-inkey", keyFile(), "-in", certFile, "-passout", "pass:", "-out", empty}));
        EXPECT_OK(importPkcs12(view(readFile(empty)), Secret()));

        // Legacy RC2-40 (old Java and OpenSSL 1.x defaults) needs OpenSSL's legacy provider,
        // which core does not load: a clean CryptoFailure naming the algorithm, not a crash.
        const QString legacy = path("tool-legacy.p12");
        if (openssl({"pkcs12", "-export", "-legacy", "-inkey", keyFile(), "-in", certFile, "-passout",
                "pass:old", "-out", legacy})) {
            auto result = importPkcs12(view(readFile(legacy)), Secret("old"));
            EXPECT_ERROR(result, ErrorCode::CryptoFailure);
            QVERIFY2(result.error().detail.find("RC2-40-CBC") != std::string::npos, detailOf(result.error()));
            // The MAC (SHA-1 there) is still checked first: a wrong password stays WrongPassphrase.
            EXPECT_ERROR(importPkcs12(view(readFile(legacy)), Secret("new")), ErrorCode::WrongPassphrase);
        } else {
            qWarning("openssl pkcs12 -legacy unavailable: the legacy PKCS#12 check is skipped");
        }

        // A certificate that is not the key's own.
        auto other = makeSelfSignedCertificate({"other", 2048, 10});
        EXPECT_OK(other);
        const QString otherCert = path("other-cert.pem");
        QVERIFY(writeFile(otherCert, other.value().certificate.toPem().value()));
        const QString mismatched = path("tool-mismatch.p12");
        // openssl refuses to pair them itself, so the certificate goes in as a chain certificate.
        QVERIFY(openssl({"pkcs12", "-export", "-inkey", keyFile(), "-nocerts", "-certfile", otherCert,
            "-passout", "pass:p", "-out", mismatched}));
        EXPECT_ERROR(
            importPkcs12(view(readFile(mismatched)), Secret("p")), ErrorCode::KeyCertificateMismatch);

        const QByteArray bytes = readFile(modern);
        EXPECT_ERROR(
            importPkcs12(view(bytes.left(bytes.size() / 2)), Secret("tool-pass")), ErrorCode::MalformedInput);
        EXPECT_ERROR(importPkcs12("garbage", Secret("tool-pass")), ErrorCode::MalformedInput);
        EXPECT_ERROR(importPkcs12("", Secret("tool-pass")), ErrorCode::MalformedInput);
    }

    void pkcs8DerRoundTrip()
    {
        auto der = exportPkcs8Der(m_pair.key);
        EXPECT_OK(der);
        QVERIFY(!der.value().empty());
        QCOMPARE(static_cast<unsigned char>(der.value().reveal()[0]),
            static_cast<unsigned char>(0x30)); // SEQUENCE
        const QString file = path("key.der");
        QVERIFY(writeFile(file, der.value().reveal()));
        QVERIFY(openssl({"pkey", "-inform", "DER", "-noout", "-in", file}));
        // Unencrypted PKCS#8: openssl can turn it back into the same PEM we hold.
        QString pem;
        QVERIFY(openssl({"pkey", "-inform", "DER", "-in", file}, &pem));
        QCOMPARE(pem.toStdString(), std::string(m_pair.key.toPkcs8Pem().value().reveal()));

        auto back = importPrivateKey(der.value().reveal());
        EXPECT_OK(back);
        QVERIFY(m_pair.certificate.matches(back.value()));
        EXPECT_ERROR(exportPkcs8Der(PrivateKey()), ErrorCode::MalformedInput);
    }

    void encryptedPkcs8()
    {
        const QString pemFile = path("enc.pem");
        const QString derFile = path("enc.der");
        QVERIFY(openssl({"pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:right horse", "-in",
            keyFile(), "-out", pemFile}));
        QVERIFY(openssl({"pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:right horse", "-in",
            keyFile(), "-outform", "DER", "-out", derFile}));
        const QByteArray pem = readFile(pemFile);
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        for (const QByteArray &bytes : {pem, readFile(derFile)}) {
            auto key = importPrivateKey(view(bytes), Secret("right horse"));
            EXPECT_OK(key);
            QVERIFY(m_pair.certificate.matches(key.value()));
            EXPECT_ERROR(importPrivateKey(view(bytes), Secret("wrong horse")), ErrorCode::WrongPassphrase);
            EXPECT_ERROR(importPrivateKey(view(bytes), Secret()), ErrorCode::WrongPassphrase);
            EXPECT_ERROR(importPrivateKey(view(bytes), Secret("right horse!")), ErrorCode::WrongPassphrase);
        }
        // Traditional PEM encryption (Proc-Type/DEK-Info) behaves the same.
        const QString traditional = path("enc-traditional.pem");
        QVERIFY(openssl({"rsa", "-traditional", "-aes256", "-passout", "pass:right horse", "-in", keyFile(),
            "-out", traditional}));
        const QByteArray bytes = readFile(traditional);
        QVERIFY(bytes.contains("Proc-Type: 4,ENCRYPTED"));
        EXPECT_OK(importPrivateKey(view(bytes), Secret("right horse")));
        EXPECT_ERROR(importPrivateKey(view(bytes), Secret("wrong horse")), ErrorCode::WrongPassphrase);
        EXPECT_ERROR(importPrivateKey(view(bytes), Secret()), ErrorCode::WrongPassphrase);
    }

    void pkcs1AndUnencryptedForms()
    {
        const QString pkcs1Pem = path("pkcs1.pem");
        const QString pkcs1Der = path("pkcs1.der");
        QVERIFY(openssl({"rsa", "-traditional", "-in", keyFile(), "-out", pkcs1Pem}));
        QVERIFY(openssl({"rsa", "-traditional", "-in", keyFile(), "-outform", "DER", "-out", pkcs1Der}));
        QVERIFY(readFile(pkcs1Pem).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        for (const QString &file : {pkcs1Pem, pkcs1Der, keyFile()}) {
            // A passphrase given for an unencrypted key is simply not needed.
            for (const Secret &passphrase : {Secret(), Secret("unused")}) {
                auto key = importPrivateKey(view(readFile(file)), passphrase);
                EXPECT_OK(key);
                QVERIFY(m_pair.certificate.matches(key.value()));
            }
        }
    }

    void unsupportedKeys()
    {
        const QString small = path("rsa1024.pem");
        QVERIFY(openssl({"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", small}));
        auto result = importPrivateKey(view(readFile(small)));
        EXPECT_ERROR(result, ErrorCode::UnsupportedKey);
        QVERIFY(result.error().detail.find("1024") != std::string::npos);

        const QString ec = path("ec.pem");
        QVERIFY(openssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", ec}));
        result = importPrivateKey(view(readFile(ec)));
        EXPECT_ERROR(result, ErrorCode::UnsupportedKey);
        QVERIFY2(result.error().detail.find("EC") != std::string::npos, detailOf(result.error()));

        const QString ed = path("ed25519.der");
        QVERIFY(openssl({"genpkey", "-algorithm", "ED25519", "-outform", "DER", "-out", ed}));
        EXPECT_ERROR(importPrivateKey(view(readFile(ed))), ErrorCode::UnsupportedKey);

        // Inside a PKCS#12 too.
        const QString smallCert = path("rsa1024.crt");
        const QString smallP12 = path("rsa1024.p12");
        QVERIFY(
            openssl({"req", "-x509", "-key", small, "-subj", "/CN=small", "-days", "1", "-out", smallCert}));
        QVERIFY(openssl({"pkcs12", "-export", "-inkey", small, "-in", smallCert, "-passout", "pass:p", "-out",
            smallP12}));
        EXPECT_ERROR(importPkcs12(view(readFile(smallP12)), Secret("p")), ErrorCode::UnsupportedKey);
        // And when pairing up by hand (crypto.h's reader takes any key type).
        auto ecKey = PrivateKey::fromPem(view(readFile(ec)));
        EXPECT_OK(ecKey);
        EXPECT_ERROR(pairUp(ecKey.value(), m_pair.certificate), ErrorCode::UnsupportedKey);
    }

    void brokenKeyInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const std::string pem(m_pair.key.toPkcs8Pem().value().reveal());
        const std::string der(exportPkcs8Der(m_pair.key).value().reveal());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a key at all");
        QTest::newRow("binary garbage") << QByteArray(300, '\x5a');
        QTest::newRow("PEM header only")
            << QByteArray("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n");
        QTest::newRow("truncated PEM") << QByteArray::fromStdString(pem.substr(0, pem.size() / 2));
        QTest::newRow("truncated DER") << QByteArray::fromStdString(der.substr(0, der.size() / 2));
        QTest::newRow("DER with one byte missing")
            << QByteArray::fromStdString(der.substr(0, der.size() - 1));
        QTest::newRow("certificate instead") << QByteArray::fromStdString(m_pair.certificate.toPem().value());
        QTest::newRow("public key instead") << QByteArray::fromStdString(m_pair.key.publicKeyPem().value());
    }

    void brokenKeyInput()
    {
        QFETCH(QByteArray, bytes);
        auto result = importPrivateKey(view(bytes), Secret("whatever"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().code == ErrorCode::MalformedInput
                || result.error().code == ErrorCode::CryptoFailure,
            detailOf(result.error()));
        QVERIFY(!result.error().detail.empty());
        QCOMPARE(ERR_peek_error(), 0ul);
    }

    void certificateImport()
    {
        const std::string pem = m_pair.certificate.toPem().value();
        auto fromPem = importCertificate(pem);
        EXPECT_OK(fromPem);
        QCOMPARE(fromPem.value().sha256Fingerprint(), m_pair.certificate.sha256Fingerprint());

        const QString pemFile = path("cert-for-der.pem");
        const QString derFile = path("cert.der");
        QVERIFY(writeFile(pemFile, pem));
        QVERIFY(openssl({"x509", "-in", pemFile, "-outform", "DER", "-out", derFile}));
        const QByteArray der = readFile(derFile);
        auto fromDer = importCertificate(view(der));
        EXPECT_OK(fromDer);
        QCOMPARE(fromDer.value().sha256Fingerprint(), m_pair.certificate.sha256Fingerprint());

        for (const QByteArray &bad : {QByteArray(), QByteArray("garbage"), der.left(der.size() / 2),
                 QByteArray::fromStdString(pem.substr(0, pem.size() - 40)),
                 QByteArray::fromStdString(std::string(m_pair.key.toPkcs8Pem().value().reveal()))}) {
            auto result = importCertificate(view(bad));
            QVERIFY(!result.ok());
            QVERIFY(result.error().code == ErrorCode::MalformedInput
                || result.error().code == ErrorCode::CryptoFailure);
            QVERIFY(!result.error().detail.empty());
            QCOMPARE(ERR_peek_error(), 0ul);
        }
    }

    void mismatchedKeyAndCertificate()
    {
        auto other = PrivateKey::generateRsa(2048);
        EXPECT_OK(other);
        EXPECT_ERROR(pairUp(other.value(), m_pair.certificate), ErrorCode::KeyCertificateMismatch);
        EXPECT_OK(pairUp(m_pair.key, m_pair.certificate));
        EXPECT_ERROR(pairUp(PrivateKey(), m_pair.certificate), ErrorCode::MalformedInput);
        EXPECT_ERROR(pairUp(m_pair.key, Certificate()), ErrorCode::MalformedInput);
    }

    void configZip()
    {
        const QByteArray keyPem
            = QByteArray::fromStdString(std::string(m_pair.key.toPkcs8Pem().value().reveal()));
        const QByteArray certPem = QByteArray::fromStdString(m_pair.certificate.toPem().value());

        // As the Developer Console makes it: both files at the top.
        auto top
            = importConfigZip(view(storedZip({{"certificate_pub.crt", certPem}, {"private.key", keyPem}})));
        EXPECT_OK(top);
        QCOMPARE(top.value().certificate.sha256Fingerprint(), m_pair.certificate.sha256Fingerprint());
        QVERIFY(top.value().certificate.matches(top.value().key));

        // Re-zipped inside a folder, with other files around.
        auto nested = importConfigZip(view(storedZip({{"config/", ""}, {"config/README.txt", "hello"},
            {"config/private.key", keyPem}, {"config/certificate_pub.crt", certPem}})));
        EXPECT_OK(nested);

        // Deflated, written by Python's zipfile.
        if (!m_python.isEmpty()) {
            QVERIFY(writeFile(path("private.key"), view(keyPem)));
            QVERIFY(writeFile(path("certificate_pub.crt"), view(certPem)));
            const QString zipFile = path("config.zip");
            const ToolRun python = runTool(m_python,
                {"-c",
                    "import sys, zipfile\n"
                    "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                    "    z.write(sys.argv[2], 'dl/private.key')\n"
                    "    z.write(sys.argv[3], 'dl/certificate_pub.crt')\n",
                    zipFile, path("private.key"), path("certificate_pub.crt")});
            QVERIFY2(python.finished && python.exitCode == 0, qPrintable(python.out));
            auto deflated = importConfigZip(view(readFile(zipFile)));
            EXPECT_OK(deflated);
            QCOMPARE(
                deflated.value().certificate.sha256Fingerprint(), m_pair.certificate.sha256Fingerprint());
        }

        auto noKey = importConfigZip(view(storedZip({{"certificate_pub.crt", certPem}})));
        EXPECT_ERROR(noKey, ErrorCode::MalformedInput);
        QCOMPARE(noKey.error().detail, std::string("private.key missing"));
        auto noCert
            = importConfigZip(view(storedZip({{"private.key", keyPem}, {"private.key.bak", certPem}})));
        EXPECT_ERROR(noCert, ErrorCode::MalformedInput);
        QCOMPARE(noCert.error().detail, std::string("certificate_pub.crt missing"));
        EXPECT_ERROR(importConfigZip(view(storedZip({{"a/private.key", keyPem}, {"b/private.key", keyPem},
                         {"certificate_pub.crt", certPem}}))),
            ErrorCode::MalformedInput);

        // A key from another pair.
        auto other = makeSelfSignedCertificate({"other", 2048, 10});
        EXPECT_OK(other);
        const QByteArray otherCert = QByteArray::fromStdString(other.value().certificate.toPem().value());
        EXPECT_ERROR(
            importConfigZip(view(storedZip({{"private.key", keyPem}, {"certificate_pub.crt", otherCert}}))),
            ErrorCode::KeyCertificateMismatch);

        // Broken archive, broken members.
        EXPECT_ERROR(importConfigZip("not a zip"), ErrorCode::MalformedInput);
        EXPECT_ERROR(
            importConfigZip(view(storedZip({{"private.key", "garbage"}, {"certificate_pub.crt", certPem}}))),
            ErrorCode::MalformedInput);
        EXPECT_ERROR(
            importConfigZip(view(storedZip({{"private.key", keyPem}, {"certificate_pub.crt", "garbage"}}))),
            ErrorCode::MalformedInput);
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "test_certificates.moc"
