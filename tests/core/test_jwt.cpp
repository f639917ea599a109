#include "testutil.h"

#include <imscore/jwt.h>

#include <QTest>

using namespace ims;

class TestJwt : public QObject
{
    Q_OBJECT
private slots:
    void base64UrlRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one") << QByteArray("f");
        QTest::newRow("two") << QByteArray("fo");
        QTest::newRow("three") << QByteArray("foo");
        QTest::newRow("binary") << QByteArray::fromHex("fbff00fe7f80");
    }
    void base64UrlRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        const std::string encoded = base64UrlEncode(bytes.toStdString());
        QCOMPARE(QByteArray::fromStdString(encoded), bytes.toBase64(QByteArray::Base64UrlEncoding
                                                                   | QByteArray::OmitTrailingEquals));
        const auto decoded = base64UrlDecode(encoded);
        QVERIFY(decoded);
        QCOMPARE(QByteArray::fromStdString(*decoded), bytes);
    }
    void base64UrlRejectsGarbage()
    {
        QVERIFY(!base64UrlDecode("a$b"));
        QVERIFY(!base64UrlDecode("abcde")); // impossible length
    }
    void decodesCompactJwt()
    {
        const std::string token = base64UrlEncode(R"({"alg":"RS256"})") + "." + base64UrlEncode(R"({"a":1})") + "."
            + base64UrlEncode("sig");
        const auto jwt = decodeJwt(token);
        QVERIFY(jwt);
        QCOMPARE(jwt->headerJson, std::string(R"({"alg":"RS256"})"));
        QCOMPARE(jwt->payloadJson, std::string(R"({"a":1})"));
        QCOMPARE(jwt->signature, std::string("sig"));
        QCOMPARE(jwt->signingInput, token.substr(0, token.rfind('.')));
    }
    void rejectsNonJwt()
    {
        QVERIFY(!decodeJwt("opaque-token"));
        QVERIFY(!decodeJwt("a.b"));
        QVERIFY(!decodeJwt("a.b.c.d"));
        QVERIFY(!decodeJwt("..sig"));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "test_jwt.moc"
