// Form bodies as IMS receives them: urlencoded and multipart, strict about malformed input.

#include "testutil.h"

#include <QTest>
#include <imscore/form.h>

using namespace ims;

namespace {

std::string fieldsText(const std::optional<FormFields> &fields)
{
    if (!fields)
        return "<nullopt>";
    std::string out;
    for (const auto &[name, value] : *fields)
        out += "[" + name + "=" + value + "]";
    return out;
}

} // namespace

class TestForm : public QObject
{
    Q_OBJECT

private slots:
    void urlEncodeKeepsOnlyUnreserved()
    {
        QCOMPARE(urlEncode("AZaz09-._~"), std::string("AZaz09-._~"));
        QCOMPARE(urlEncode("a b+c&d=e,f/g"), std::string("a%20b%2Bc%26d%3De%2Cf%2Fg"));
        QCOMPARE(urlEncode("\xC3\xA9"), std::string("%C3%A9"));
        QCOMPARE(urlEncode(std::string_view("\0", 1)), std::string("%00"));
        QCOMPARE(urlEncode(""), std::string());
    }

    void urlDecodeHandlesPlusAndPercent()
    {
        QCOMPARE(urlDecode("a+b"), std::optional<std::string>("a b"));
        QCOMPARE(urlDecode("a%20b%2bc%2C"), std::optional<std::string>("a b+c,"));
        QCOMPARE(urlDecode("%C3%A9"), std::optional<std::string>("\xC3\xA9"));
        QCOMPARE(urlDecode(""), std::optional<std::string>(""));
    }

    void urlDecodeRejectsMalformedPercent_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("lone %") << QByteArray("abc%");
        QTest::newRow("one digit at end") << QByteArray("abc%4");
        QTest::newRow("non-hex") << QByteArray("%zz");
        QTest::newRow("half hex") << QByteArray("%4g");
        QTest::newRow("percent percent") << QByteArray("%%41");
    }

    void urlDecodeRejectsMalformedPercent()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!urlDecode(text.toStdString()).has_value());
    }

    void encodeThenParseRoundTrips()
    {
        const FormFields fields = {{"grant_type", "client_credentials"},
            {"client_secret", "p8e-a+b/c=d&e%f g"}, {"scope", "openid,AdobeID,read_organizations"}};
        const std::string body = encodeForm(fields);
        QCOMPARE(body,
            std::string("grant_type=client_credentials&client_secret=p8e-a%2Bb%2Fc%3Dd%26e%25f%20g"
                        "&scope=openid%2CAdobeID%2Cread_organizations"));
        QCOMPARE(parseUrlEncoded(body), std::optional<FormFields>(fields));
    }

    void parseUrlEncodedIsLiberalWhereHarmless()
    {
        QCOMPARE(fieldsText(parseUrlEncoded("a=1&b=x+y&c=%41")), std::string("[a=1][b=x y][c=A]"));
        QCOMPARE(fieldsText(parseUrlEncoded("scope=openid,AdobeID")), std::string("[scope=openid,AdobeID]"));
        QCOMPARE(fieldsText(parseUrlEncoded("a=1&&b=2&")), std::string("[a=1][b=2]"));
        QCOMPARE(fieldsText(parseUrlEncoded("flag&a=")), std::string("[flag=][a=]"));
        QCOMPARE(fieldsText(parseUrlEncoded("a=1=2")), std::string("[a=1=2]"));
        QCOMPARE(fieldsText(parseUrlEncoded("a=1\r\n")), std::string("[a=1]"));
        QCOMPARE(fieldsText(parseUrlEncoded("")), std::string());
    }

    void parseUrlEncodedRejectsMalformed()
    {
        QVERIFY(!parseUrlEncoded("a=%zz").has_value());
        QVERIFY(!parseUrlEncoded("a%=1").has_value());
        QVERIFY(!parseUrlEncoded("a=1&=2").has_value()); // a value without a name
        QVERIFY(!parseUrlEncoded(std::string(2 * 1024 * 1024, 'a')).has_value());
    }

    void formValueFindsTheFirst()
    {
        const FormFields fields = {{"a", "1"}, {"b", "2"}, {"a", "3"}};
        QCOMPARE(formValue(fields, "a"), std::optional<std::string>("1"));
        QCOMPARE(formValue(fields, "b"), std::optional<std::string>("2"));
        QVERIFY(!formValue(fields, "A").has_value());
        QVERIFY(!formValue(fields, "c").has_value());
    }

    void multipartWithQuotedBoundaryAndCrlf()
    {
        const std::string body = "--X-BOUNDARY 1\r\n"
                                 "Content-Disposition: form-data; name=\"client_id\"\r\n"
                                 "\r\n"
                                 "abc\r\n"
                                 "--X-BOUNDARY 1\r\n"
                                 "content-disposition: form-data; name=client_secret\r\n"
                                 "Content-Type: text/plain; charset=utf-8\r\n"
                                 "\r\n"
                                 "line1\r\nline2\r\n"
                                 "--X-BOUNDARY 1\r\n"
                                 "Content-Disposition: form-data; name=\"empty\"\r\n"
                                 "\r\n"
                                 "\r\n"
                                 "--X-BOUNDARY 1--\r\n"
                                 "epilogue is ignored\r\n";
        const auto fields
            = parseMultipart(body, "multipart/form-data; charset=utf-8; boundary=\"X-BOUNDARY 1\"");
        QCOMPARE(fieldsText(fields), std::string("[client_id=abc][client_secret=line1\r\nline2][empty=]"));
    }

    void multipartAsCurlAndNodeSendIt()
    {
        // curl -F: a preamble-free body, unquoted boundary of dashes; Node's form-data: LF endings.
        const std::string curl = "------------------------d74496d66958873e\r\n"
                                 "Content-Disposition: form-data; name=\"grant_type\"\r\n\r\n"
                                 "client_credentials\r\n"
                                 "------------------------d74496d66958873e\r\n"
                                 "Content-Disposition: form-data; name=\"scope\"\r\n\r\n"
                                 "openid,AdobeID\r\n"
                                 "------------------------d74496d66958873e--\r\n";
        QCOMPARE(fieldsText(parseFormBody(
                     curl, "multipart/form-data; boundary=----------------------d74496d66958873e")),
            std::string("[grant_type=client_credentials][scope=openid,AdobeID]"));

        const std::string lfOnly = "preamble\n--b\nContent-Disposition: form-data; name=\"a\"\n\n1\n--b--";
        QCOMPARE(fieldsText(parseMultipart(lfOnly, "multipart/form-data;boundary=b")), std::string("[a=1]"));
    }

    void multipartValueMayContainBoundaryLikeText()
    {
        // "--b" inside a value only counts when it starts a line and ends the delimiter properly.
        const std::string body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                                 "x--b\r\n--bc\r\n--b-\r\n"
                                 "--b--";
        QCOMPARE(fieldsText(parseMultipart(body, "multipart/form-data; boundary=b")),
            std::string("[a=x--b\r\n--bc\r\n--b-]"));
    }

    void multipartEmptyValueWithoutLineBreak()
    {
        const std::string body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n--b--\r\n";
        QCOMPARE(fieldsText(parseMultipart(body, "multipart/form-data; boundary=b")), std::string("[a=]"));
    }

    void multipartFoldedHeaderAndEscapedQuote()
    {
        const std::string body
            = "--b\r\nContent-Disposition: form-data;\r\n name=\"a\\\"q\"\r\n\r\n1\r\n--b--";
        QCOMPARE(
            fieldsText(parseMultipart(body, "multipart/form-data; boundary=b")), std::string("[a\"q=1]"));
    }

    void multipartRejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n";
        QTest::newRow("missing boundary") << QByteArray("multipart/form-data") << good;
        QTest::newRow("empty boundary") << QByteArray("multipart/form-data; boundary=") << good;
        QTest::newRow("empty quoted boundary") << QByteArray("multipart/form-data; boundary=\"\"") << good;
        QTest::newRow("unterminated quote") << QByteArray("multipart/form-data; boundary=\"b") << good;
        QTest::newRow("boundary too long")
            << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'b')) << good;
        QTest::newRow("not multipart") << QByteArray("text/plain; boundary=b") << good;
        QTest::newRow("wrong boundary") << QByteArray("multipart/form-data; boundary=c") << good;
        const QByteArray ct = "multipart/form-data; boundary=b";
        QTest::newRow("no closing delimiter")
            << ct << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n");
        QTest::newRow("truncated headers")
            << ct << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"");
        QTest::newRow("no name") << ct
                                 << QByteArray("--b\r\nContent-Disposition: form-data\r\n\r\n1\r\n--b--");
        QTest::newRow("empty name")
            << ct << QByteArray("--b\r\nContent-Disposition: form-data; name=\"\"\r\n\r\n1\r\n--b--");
        QTest::newRow("no disposition")
            << ct << QByteArray("--b\r\nContent-Type: text/plain\r\n\r\n1\r\n--b--");
        QTest::newRow("attachment")
            << ct << QByteArray("--b\r\nContent-Disposition: attachment; name=a\r\n\r\n1\r\n--b--");
        QTest::newRow("header without colon")
            << ct << QByteArray("--b\r\nContent-Disposition: form-data; name=a\r\nbroken\r\n\r\n1\r\n--b--");
        QTest::newRow("empty body") << ct << QByteArray();
    }

    void multipartRejectsMalformed()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        const auto fields = parseMultipart(body.toStdString(), contentType.toStdString());
        QVERIFY2(!fields.has_value(), fieldsText(fields).c_str());
    }

    void multipartWithoutFieldsIsEmpty()
    {
        const auto fields = parseMultipart("--b--\r\n", "multipart/form-data; boundary=b");
        QVERIFY(fields.has_value());
        QVERIFY(fields->empty());
        // "--bx" is not a delimiter: everything before the real one is preamble (RFC 2046).
        const auto preamble
            = parseMultipart("--bx\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--b--",
                "multipart/form-data; boundary=b");
        QCOMPARE(fieldsText(preamble), std::string());
    }

    void manyBoundaryLookalikesStayLinear()
    {
        // A value full of near-delimiters: must finish promptly (a quadratic scan would not).
        std::string value;
        for (int i = 0; i < 12000; ++i) // just under the 1 MiB limit
            value += "\n--bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb!";
        const std::string boundary(70, 'b');
        const std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=a\r\n\r\n"
            + value + "\r\n--" + boundary + "--";
        const auto fields = parseMultipart(body, "multipart/form-data; boundary=" + boundary);
        QVERIFY(fields.has_value());
        QCOMPARE(fields->front().second.size(), value.size());
    }

    void parseFormBodyChoosesByContentType()
    {
        QCOMPARE(fieldsText(parseFormBody("a=1", "application/x-www-form-urlencoded")), std::string("[a=1]"));
        QCOMPARE(fieldsText(parseFormBody("a=1", "Application/X-WWW-Form-Urlencoded ; charset=UTF-8")),
            std::string("[a=1]"));
        QCOMPARE(fieldsText(parseFormBody("--b\nContent-Disposition: form-data; name=a\n\n1\n--b--",
                     "Multipart/Form-Data; Boundary=\"b\"")),
            std::string("[a=1]"));
        QVERIFY(!parseFormBody("a=1", "").has_value());
        QVERIFY(!parseFormBody("{\"a\":1}", "application/json").has_value());
        QVERIFY(!parseFormBody("a=1", "text/plain").has_value());
        QVERIFY(!parseFormBody("a=%", "application/x-www-form-urlencoded").has_value());
    }
};

QTEST_GUILESS_MAIN(TestForm)
#include "test_form.moc"
