// The OAuth token request builder and the interpretation of every answer IMS gives.

#include "testutil.h"

#include <imscore/form.h>
#include <imscore/jwt.h>
#include <imscore/token.h>

#include <QTest>

using namespace ims;

namespace {
const TimePoint kNow = TimePoint(std::chrono::seconds(1'800'000'000));

Configuration sampleConfig()
{
    Configuration c;
    c.authorizationServer = "https://ims-na1.adobelogin.com/";
    c.clientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
    c.orgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
    c.scopes = {"openid", "AdobeID", "read_organizations"};
    return c;
}

HttpResponse response(int status, std::string body, Headers headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
}

std::string fakeAccessToken(const std::string &payload)
{
    return base64UrlEncode(R"({"alg":"RS256"})") + "." + base64UrlEncode(payload) + "." + base64UrlEncode("sig");
}
} // namespace

class TestToken : public QObject
{
    Q_OBJECT
private slots:
    void requestIsUrlEncodedPostWithSecretInBody()
    {
        const HttpRequest r = buildOAuthRequest(sampleConfig(), Secret("s3cr&t+value"));
        QCOMPARE(r.method, std::string("POST"));
        QCOMPARE(r.url, std::string("https://ims-na1.adobelogin.com/ims/token/v3"));
        QCOMPARE(headerValue(r.headers, "content-type"), std::string("application/x-www-form-urlencoded"));
        QVERIFY(r.url.find('?') == std::string::npos); // never in the query string
        const auto fields = parseUrlEncoded(r.body);
        QVERIFY(fields);
        QCOMPARE(formValue(*fields, "grant_type").value_or(""), std::string("client_credentials"));
        QCOMPARE(formValue(*fields, "client_id").value_or(""), sampleConfig().clientId);
        QCOMPARE(formValue(*fields, "client_secret").value_or(""), std::string("s3cr&t+value"));
        QCOMPARE(formValue(*fields, "scope").value_or(""), std::string("openid,AdobeID,read_organizations"));
    }

    void successInSecondsWithDecodedClaims()
    {
        const std::string token = fakeAccessToken(
            R"({"client_id":"abc","type":"access_token","created_at":"1800000000000","expires_in":"86400000","scope":"openid,AdobeID"})");
        const auto report = interpretTokenResponse(
            response(200, R"({"access_token":")" + token + R"(","token_type":"bearer","expires_in":86399})"),
            TokenEndpoint::OAuthV3, kNow);
        QVERIFY(report.ok);
        QCOMPARE(report.expiresInSeconds, std::int64_t(86399));
        QVERIFY(report.expiresAt == kNow + std::chrono::seconds(86399));
        QCOMPARE(std::string(report.accessToken.reveal()), token);
        QCOMPARE(report.tokenType, std::string("bearer"));
        QCOMPARE(report.tokenClientId, std::string("abc"));
        QCOMPARE(report.grantedScopes, (std::vector<std::string>{"openid", "AdobeID"}));
        QVERIFY(report.claimsJson.find("\"created_at\": \"1800000000000\"") != std::string::npos);
        const HealthRecord record = toHealthRecord(report);
        QVERIFY(record.ok);
        QCOMPARE(record.checkedAt, std::int64_t(1'800'000'000));
    }

    void jwtExchangeAnswersInMilliseconds()
    {
        const auto report = interpretTokenResponse(
            response(200, R"({"access_token":"opaque","token_type":"bearer","expires_in":86399999})"),
            TokenEndpoint::JwtExchange, kNow);
        QVERIFY(report.ok);
        QCOMPARE(report.expiresInSeconds, std::int64_t(86399));
        QVERIFY(report.claimsJson.empty()); // an opaque token has nothing to decode
    }

    void expiresInAsStringIsAccepted()
    {
        const auto report = interpretTokenResponse(response(200, R"({"access_token":"x","expires_in":"3600"})"),
                                                   TokenEndpoint::OAuthV3, kNow);
        QVERIFY(report.ok);
        QCOMPARE(report.expiresInSeconds, std::int64_t(3600));
    }

    void imsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("code");
        auto row = [](const char *name, int status, const char *body, ErrorCode code) {
            QTest::newRow(name) << status << QString::fromUtf8(body) << int(code);
        };
        row("unknown client", 400, R"({"error":"invalid_client","error_description":"invalid client_id parameter"})",
            ErrorCode::InvalidClientId);
        row("wrong secret", 400, R"({"error":"invalid_client","error_description":"invalid client_secret parameter"})",
            ErrorCode::InvalidClientSecret);
        row("client other", 401, R"({"error":"invalid_client","error_description":"Client lacks scope"})",
            ErrorCode::InvalidClient);
        row("scope", 400, R"({"error":"invalid_scope","error_description":"invalid_scope"})", ErrorCode::InvalidScope);
        row("token", 400, R"({"error":"invalid_token","error_description":"JWT expired"})", ErrorCode::InvalidToken);
        row("binding", 400,
            R"({"error":"invalid_token","error_description":"Could not match JWT signature to any of the bindings"})",
            ErrorCode::JwtSignatureMismatch);
        row("signature", 400, R"({"error":"invalid_signature"})", ErrorCode::InvalidSignature);
        row("bad request", 400, R"({"error":"bad_request","error_description":"sub"})", ErrorCode::BadRequest);
        row("internal", 500, R"({"error":"internal_error","error_description":"Please try again later"})",
            ErrorCode::ServerError);
        row("throttled", 429, R"({"error":"too_many_requests"})", ErrorCode::Throttled);
        row("throttled plain", 429, "", ErrorCode::Throttled);
        row("grant type", 400, R"({"error":"unsupported_grant_type"})", ErrorCode::UnsupportedGrantType);
        row("invalid request", 400, R"({"error":"invalid_request"})", ErrorCode::InvalidRequest);
        row("unknown code", 400, R"({"error":"something_new"})", ErrorCode::UnknownImsError);
        row("json no error", 403, R"({"message":"forbidden"})", ErrorCode::UnexpectedStatus);
        row("html", 502, "<html>Bad gateway</html>", ErrorCode::NotJson);
        row("empty", 503, "", ErrorCode::UnexpectedStatus);
        row("error in 200", 200, R"({"error":"invalid_scope"})", ErrorCode::InvalidScope);
        row("200 not json", 200, "<html>portal</html>", ErrorCode::NotJson);
        row("200 no token", 200, R"({"token_type":"bearer","expires_in":1})", ErrorCode::MalformedTokenResponse);
        row("200 bad expiry", 200, R"({"access_token":"x","expires_in":"soon"})", ErrorCode::MalformedTokenResponse);
        row("200 array", 200, R"([1,2])", ErrorCode::MalformedTokenResponse);
    }

    void imsErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(int, code);
        const auto report = interpretTokenResponse(response(status, body.toStdString()), TokenEndpoint::OAuthV3, kNow);
        QVERIFY(!report.ok);
        QCOMPARE(int(report.error.code), code);
        QCOMPARE(report.error.httpStatus, status);
        QVERIFY(report.accessToken.empty());
        QCOMPARE(toHealthRecord(report).error, ErrorCode(code));
    }

    void imsErrorKeepsServerWords()
    {
        const auto report = interpretTokenResponse(
            response(400, R"({"error":"invalid_client","error_description":"invalid client_secret parameter"})"),
            TokenEndpoint::OAuthV3, kNow);
        QCOMPARE(report.error.imsCode, std::string("invalid_client"));
        QCOMPARE(report.error.imsDescription, std::string("invalid client_secret parameter"));
    }

    void retryAfterIsRead()
    {
        const auto report
            = interpretTokenResponse(response(429, "{}", {{"Retry-After", "17"}}), TokenEndpoint::OAuthV3, kNow);
        QCOMPARE(report.error.code, ErrorCode::Throttled);
        QCOMPARE(report.error.retryAfterSeconds, std::int64_t(17));
    }

    void transportErrorsPassThrough_data()
    {
        QTest::addColumn<int>("code");
        for (ErrorCode c : {ErrorCode::Timeout, ErrorCode::TlsFailure, ErrorCode::HostNotFound,
                            ErrorCode::ConnectionRefused, ErrorCode::ConnectionClosed, ErrorCode::BodyTooLarge,
                            ErrorCode::Redirected, ErrorCode::NetworkFailure})
            QTest::newRow(errorCodeName(c).data()) << int(c);
    }

    void transportErrorsPassThrough()
    {
        QFETCH(int, code);
        HttpResponse r;
        r.transportError = makeError(ErrorCode(code), "detail");
        const auto report = interpretTokenResponse(r, TokenEndpoint::OAuthV3, kNow);
        QVERIFY(!report.ok);
        QCOMPARE(int(report.error.code), code);
        QCOMPARE(report.error.detail, std::string("detail"));
    }

    void clockSkewFromDateHeader()
    {
        HttpResponse r = response(400, R"({"error":"invalid_token"})");
        r.serverDate = 1'800'000'000 + 600;
        const auto report = interpretTokenResponse(r, TokenEndpoint::JwtExchange, kNow);
        QVERIFY(report.clockSkewSeconds);
        QCOMPARE(*report.clockSkewSeconds, std::int64_t(600));
        // Explained as a warning of its own, beside the error.
        QVERIFY(report.warning);
        QCOMPARE(report.warning->code, ErrorCode::ClockSkew);
        QCOMPARE(report.warning->clockSkewSeconds, std::int64_t(600));
    }

    void smallSkewIsNoWarning()
    {
        HttpResponse r = response(200, R"({"access_token":"x","expires_in":10})");
        r.serverDate = 1'800'000'000 - kClockSkewWarningSeconds;
        auto report = interpretTokenResponse(r, TokenEndpoint::OAuthV3, kNow);
        QVERIFY(report.ok);
        QVERIFY(!report.warning);
        r.serverDate = 1'800'000'000 - kClockSkewWarningSeconds - 1;
        report = interpretTokenResponse(r, TokenEndpoint::OAuthV3, kNow);
        QVERIFY(report.ok);
        QVERIFY(report.warning);
        QCOMPARE(report.warning->clockSkewSeconds, -kClockSkewWarningSeconds - 1);
    }

    void everyCodeHasAName()
    {
        for (int c = int(ErrorCode::None); c <= int(kLastErrorCode); ++c)
            QVERIFY2(errorCodeName(ErrorCode(c)) != "unknown", qPrintable(QString::number(c)));
    }
};

QTEST_GUILESS_MAIN(TestToken)
#include "test_token.moc"
