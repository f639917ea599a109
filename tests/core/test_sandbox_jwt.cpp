// The training sandbox's JWT (Service Account) exchange without sockets: bindings, every error
// IMS gives on /ims/exchange/jwt, service credentials, and how the client classifies the answers.

#include "testutil.h"

#include <QTest>
#include <imscore/form.h>
#include <imscore/jwt.h>
#include <imscore/jwt_credentials.h>
#include <imscore/sandbox.h>
#include <imscore/token.h>
#include <nlohmann/json.hpp>

using namespace ims;
using json = nlohmann::json;
using namespace std::chrono_literals;

namespace {

// A fixed instant: Tue, 14 Nov 2023 22:13:20 GMT.
const TimePoint kNow = TimePoint(std::chrono::seconds(1700000000));
const std::string kServer = "https://127.0.0.1:8443";

const SandboxClient &client(std::string_view solutionId)
{
    for (const SandboxClient &c : sandboxOrganisation()) {
        if (c.solutionId == solutionId)
            return c;
    }
    throw std::logic_error("no sandbox client for " + std::string(solutionId));
}

Configuration configurationFor(const SandboxClient &c)
{
    Configuration config;
    config.authType = AuthType::Jwt;
    config.authorizationServer = kServer;
    config.clientId = c.clientId;
    config.orgId = c.orgId;
    config.technicalAccountId = c.technicalAccountId;
    config.metascopes = c.metascopes;
    return config;
}

// The claims buildJwtClaims makes, as JSON to tamper with.
json claimsFor(const SandboxClient &c, TimePoint now = kNow)
{
    return json::parse(buildJwtClaims(configurationFor(c), now));
}

std::string signedToken(const json &claims, const PrivateKey &key)
{
    auto token = signJwt(claims.dump(), key);
    return token.ok() ? token.value() : std::string();
}

HttpRequest exchangeRequest(
    const SandboxClient &c, const std::string &jwt, std::string path = "/ims/exchange/jwt")
{
    HttpRequest request;
    request.method = "POST";
    request.url = std::move(path);
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body
        = encodeForm({{"client_id", c.clientId}, {"client_secret", c.clientSecret}, {"jwt_token", jwt}});
    return request;
}

HttpRequest withFields(const FormFields &fields)
{
    HttpRequest request;
    request.url = "/ims/exchange/jwt";
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = encodeForm(fields);
    return request;
}

json bodyOf(const HttpResponse &response)
{
    return json::parse(response.body, nullptr, false);
}

// The IMS error document, and the ErrorCode the health check makes of it.
void verifyImsError(const HttpResponse &response, int status, const char *code, std::string_view description,
    ErrorCode classified)
{
    QCOMPARE(response.status, status);
    const json body = bodyOf(response);
    QVERIFY2(body.is_object(), response.body.c_str());
    QCOMPARE(body.value("error", std::string()), std::string(code));
    QCOMPARE(body.value("error_description", std::string()), std::string(description));
    QCOMPARE(headerValue(response.headers, "Content-Type"), std::string("application/json;charset=utf-8"));
    QVERIFY(!headerValue(response.headers, "Date").empty());
    const HealthReport report = interpretTokenResponse(response, TokenEndpoint::JwtExchange, kNow);
    QVERIFY(!report.ok);
    QCOMPARE(errorCodeName(report.error.code), errorCodeName(classified));
    QCOMPARE(report.error.httpStatus, status);
}

HttpRequest certificateUpload(const std::string &clientId, std::string pem, std::string method = "POST")
{
    HttpRequest request;
    request.method = std::move(method);
    request.url = "/sandbox/clients/" + clientId + "/certificates";
    request.headers = {{"Content-Type", "application/x-pem-file"}};
    request.body = std::move(pem);
    return request;
}

} // namespace

class TestSandboxJwt : public QObject
{
    Q_OBJECT

private:
    PrivateKey m_signingKey;
    KeyAndCertificate m_pair; // bound to the sample clients in init()
    KeyAndCertificate m_other; // never bound
    std::unique_ptr<SandboxIms> m_ims;

    // The access token's claims after checking its signature with the sandbox's key.
    json verifiedClaims(const HttpResponse &response)
    {
        const json body = bodyOf(response);
        if (response.status != 200 || !body.is_object() || !body.contains("access_token"))
            return {};
        const auto jwt = decodeJwt(body["access_token"].get<std::string>());
        if (!jwt || !verifyRs256(m_signingKey, jwt->signingInput, jwt->signature))
            return {};
        return json::parse(jwt->payloadJson, nullptr, false);
    }

    HttpResponse exchangeWith(const SandboxClient &c, const json &claims, const PrivateKey &key)
    {
        return m_ims->handle(exchangeRequest(c, signedToken(claims, key)), kNow);
    }

private slots:
    void initTestCase()
    {
        auto signing = PrivateKey::generateRsa(2048);
        auto pair = makeCertificateAuthority("jwt-binding", 365);
        auto other = makeCertificateAuthority("jwt-other", 365);
        QVERIFY(signing.ok() && pair.ok() && other.ok());
        m_signingKey = signing.value();
        m_pair = pair.value();
        m_other = other.value();
    }

    void init()
    {
        m_ims = std::make_unique<SandboxIms>(m_signingKey);
        for (const SandboxClient &c : sandboxOrganisation())
            QVERIFY(!m_ims->bindCertificate(c.clientId, m_pair.certificate));
    }

    void sampleClientsHaveTheirMetascopes()
    {
        QCOMPARE(client("target").metascopes, std::vector<std::string> {"ent_marketing_sdk"});
        QCOMPARE(client("smart-content").metascopes, std::vector<std::string> {"ent_smartcontent_sdk"});
        const SandboxClient &service = sandboxServiceCredentialClient();
        QCOMPARE(service.clientId, std::string("cm-p12345-e67890-integration-0"));
        QCOMPARE(service.metascopes, std::vector<std::string> {"ent_aem_cloud_api"});
        QVERIFY(service.scopes.empty());
        QCOMPARE(service.orgId, client("target").orgId);
        QVERIFY(service.technicalAccountId.ends_with("@techacct.adobe.com"));
        QVERIFY(service.technicalAccountEmail.ends_with("@techacct.adobe.com"));
        // Published training values, like the organisation's: a change here is a visible change.
        QCOMPARE(service.clientSecret, std::string("p8e-SANDBOX-service-credential-0ffe57ff7b05379a"));
        QCOMPARE(service.technicalAccountId, std::string("869F262C80CBEBD6D146B3CE@techacct.adobe.com"));
        QCOMPARE(service.technicalAccountEmail,
            std::string("c9bc09b0-c26b-401d-98a3-48eac0485221@techacct.adobe.com"));
        QCOMPARE(findSandboxClient(service.clientId), &service);
        QCOMPARE(&sandboxServiceCredentialClient(), &service);
        for (const SandboxClient &c : sandboxOrganisation())
            QVERIFY(c.clientSecret != service.clientSecret);
    }

    void exchangeWithABoundCertificate()
    {
        const SandboxClient &c = client("target");
        const auto request = buildJwtExchange(configurationFor(c), Secret(c.clientSecret), m_pair.key, kNow);
        QVERIFY(request.ok());
        const HttpResponse response = m_ims->handle(request.value(), kNow); // absolute URL, as a client sends
        QCOMPARE(response.status, 200);
        QCOMPARE(headerValue(response.headers, "Cache-Control"), std::string("no-store"));
        QCOMPARE(headerValue(response.headers, "Date"), std::string("Tue, 14 Nov 2023 22:13:20 GMT"));
        const json body = bodyOf(response);
        QCOMPARE(body["token_type"].get<std::string>(), std::string("bearer"));
        QVERIFY(body["expires_in"].is_number_integer());
        QCOMPARE(body["expires_in"].get<std::int64_t>(), std::int64_t(86399999)); // milliseconds here
        QCOMPARE(body.size(), std::size_t(3));

        const json claims = verifiedClaims(response);
        QVERIFY2(claims.is_object(), response.body.c_str());
        QCOMPARE(claims["type"].get<std::string>(), std::string("access_token"));
        QCOMPARE(claims["client_id"].get<std::string>(), c.clientId);
        QCOMPARE(claims["user_id"].get<std::string>(), c.technicalAccountId);
        QCOMPARE(claims["scope"].get<std::string>(), std::string("ent_marketing_sdk"));
        QCOMPARE(claims["expires_in"].get<std::string>(), std::string("86400000"));

        const HealthReport report = interpretTokenResponse(response, TokenEndpoint::JwtExchange, kNow);
        QVERIFY(report.ok);
        QCOMPARE(report.expiresInSeconds, std::int64_t(86399));
        QCOMPARE(report.tokenClientId, c.clientId);
        QCOMPARE(report.tokenType, std::string("bearer"));
    }

    void trailingSlashAndMultipart()
    {
        const SandboxClient &c = client("stock");
        const std::string jwt = signedToken(claimsFor(c), m_pair.key);
        QCOMPARE(m_ims->handle(exchangeRequest(c, jwt, "/ims/exchange/jwt/"), kNow).status, 200);
        QCOMPARE(m_ims->handle(exchangeRequest(c, jwt, "https://127.0.0.1:8443/ims/exchange/jwt/?x=1"), kNow)
                     .status,
            200);

        HttpRequest multipart;
        multipart.url = "/ims/exchange/jwt";
        multipart.headers = {{"Content-Type", "multipart/form-data; boundary=jwt-test"}};
        for (const auto &[name, value] :
            FormFields {{"client_id", c.clientId}, {"client_secret", c.clientSecret}, {"jwt_token", jwt}})
            multipart.body += "--jwt-test\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n";
        multipart.body += "--jwt-test--\r\n";
        const HttpResponse response = m_ims->handle(multipart, kNow);
        QCOMPARE(response.status, 200);
        QVERIFY(verifiedClaims(response).is_object());
    }

    void onlyPost()
    {
        HttpRequest request
            = exchangeRequest(client("target"), signedToken(claimsFor(client("target")), m_pair.key));
        request.method = "GET";
        const HttpResponse response = m_ims->handle(request, kNow);
        QCOMPARE(response.status, 405);
        QCOMPARE(headerValue(response.headers, "Allow"), std::string("POST"));
    }

    void unreadableBody()
    {
        HttpRequest request = exchangeRequest(client("target"), "x");
        request.headers = {{"Content-Type", "application/json"}};
        verifyImsError(m_ims->handle(request, kNow), 400, "invalid_request",
            "unsupported or malformed request body", ErrorCode::InvalidRequest);
    }

    void unknownClient()
    {
        const SandboxClient &c = client("target");
        const std::string jwt = signedToken(claimsFor(c), m_pair.key);
        verifyImsError(m_ims->handle(withFields({{"client_id", "0123456789abcdef0123456789abcdef"},
                                         {"client_secret", c.clientSecret}, {"jwt_token", jwt}}),
                           kNow),
            400, "invalid_client", "invalid client_id parameter", ErrorCode::InvalidClientId);
        verifyImsError(
            m_ims->handle(withFields({{"client_secret", c.clientSecret}, {"jwt_token", jwt}}), kNow), 400,
            "invalid_client", "invalid client_id parameter", ErrorCode::InvalidClientId);
    }

    void wrongSecretIs401()
    {
        const SandboxClient &c = client("analytics");
        const std::string jwt = signedToken(claimsFor(c), m_pair.key);
        const HttpResponse response = m_ims->handle(
            withFields({{"client_id", c.clientId}, {"client_secret", "p8e-wrong"}, {"jwt_token", jwt}}),
            kNow);
        verifyImsError(response, 401, "invalid_client", "invalid client_secret parameter",
            ErrorCode::InvalidClientSecret);
        QVERIFY(response.body.find("p8e-") == std::string::npos);
        verifyImsError(m_ims->handle(withFields({{"client_id", c.clientId}, {"jwt_token", jwt}}), kNow), 401,
            "invalid_client", "invalid client_secret parameter", ErrorCode::InvalidClientSecret);
    }

    void undecodableJwt_data()
    {
        QTest::addColumn<QString>("jwt");
        QTest::addColumn<QString>("description");
        QTest::newRow("missing") << QString() << QStringLiteral("missing jwt_token parameter");
        QTest::newRow("not a JWT") << QStringLiteral("not-a-jwt")
                                   << QStringLiteral("Could not decode the JWT");
        QTest::newRow("four parts") << QStringLiteral("a.b.c.d")
                                    << QStringLiteral("Could not decode the JWT");
        QTest::newRow("bad base64") << QStringLiteral("e30.e30!.c2ln")
                                    << QStringLiteral("Could not decode the JWT");
        const QString header = QString::fromStdString(base64UrlEncode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"));
        QTest::newRow("payload not JSON") << (header + QLatin1Char('.')
            + QString::fromStdString(base64UrlEncode("{x")) + QStringLiteral(".c2ln"))
                                          << QStringLiteral("Could not decode the JWT");
        QTest::newRow("payload an array") << (header + QLatin1Char('.')
            + QString::fromStdString(base64UrlEncode("[]")) + QStringLiteral(".c2ln"))
                                          << QStringLiteral("Could not decode the JWT");
    }

    void undecodableJwt()
    {
        QFETCH(QString, jwt);
        QFETCH(QString, description);
        verifyImsError(m_ims->handle(exchangeRequest(client("target"), jwt.toStdString()), kNow), 400,
            "invalid_token", description.toStdString(), ErrorCode::InvalidToken);
    }

    void onlyRs256()
    {
        const SandboxClient &c = client("target");
        const std::string payload = base64UrlEncode(claimsFor(c).dump());
        for (const char *header :
            {"{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"alg\":\"none\"}", "{\"typ\":\"JWT\"}"}) {
            const std::string jwt = base64UrlEncode(header) + "." + payload + ".c2ln";
            verifyImsError(m_ims->handle(exchangeRequest(c, jwt), kNow), 400, "invalid_signature",
                "The JWT must be signed with RS256", ErrorCode::InvalidSignature);
        }
    }

    void audienceMustNameTheClient()
    {
        const SandboxClient &target = client("target");
        json claims = claimsFor(target);
        claims["aud"] = kServer + "/c/" + client("stock").clientId;
        verifyImsError(exchangeWith(target, claims, m_pair.key), 400, "invalid_client",
            "The aud claim of the JWT does not match the client", ErrorCode::InvalidClient);
        claims["aud"] = "/c/" + target.clientId; // no server
        verifyImsError(exchangeWith(target, claims, m_pair.key), 400, "invalid_client",
            "The aud claim of the JWT does not match the client", ErrorCode::InvalidClient);
        claims.erase("aud");
        verifyImsError(exchangeWith(target, claims, m_pair.key), 400, "invalid_client",
            "The aud claim of the JWT does not match the client", ErrorCode::InvalidClient);
    }

    void malformedClaimsAreBadRequests_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QString>("valueJson"); // empty: the claim is removed
        QTest::addColumn<QString>("description");
        const QString iss = QStringLiteral("The iss claim of the JWT does not match the organization");
        const QString sub = QStringLiteral("The sub claim of the JWT does not match the technical account");
        const QString exp = QStringLiteral("The exp claim of the JWT is missing or not a number");
        QTest::newRow("iss other org")
            << QStringLiteral("iss") << QStringLiteral("\"8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg\"") << iss;
        QTest::newRow("iss missing") << QStringLiteral("iss") << QString() << iss;
        QTest::newRow("iss number") << QStringLiteral("iss") << QStringLiteral("5") << iss;
        QTest::newRow("sub other account")
            << QStringLiteral("sub") << QStringLiteral("\"9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com\"")
            << sub;
        QTest::newRow("sub missing") << QStringLiteral("sub") << QString() << sub;
        QTest::newRow("exp missing") << QStringLiteral("exp") << QString() << exp;
        QTest::newRow("exp string") << QStringLiteral("exp") << QStringLiteral("\"1700000300\"") << exp;
        QTest::newRow("iat string") << QStringLiteral("iat") << QStringLiteral("\"now\"")
                                    << QStringLiteral("The iat claim of the JWT is not a number");
        QTest::newRow("jti number") << QStringLiteral("jti") << QStringLiteral("42")
                                    << QStringLiteral("The jti claim of the JWT is not a string");
    }

    void malformedClaimsAreBadRequests()
    {
        QFETCH(QString, claim);
        QFETCH(QString, valueJson);
        QFETCH(QString, description);
        const SandboxClient &c = client("target");
        json claims = claimsFor(c);
        if (valueJson.isEmpty())
            claims.erase(claim.toStdString());
        else
            claims[claim.toStdString()] = json::parse(valueJson.toStdString());
        verifyImsError(exchangeWith(c, claims, m_pair.key), 400, "bad_request", description.toStdString(),
            ErrorCode::BadRequest);
    }

    void optionalClaimsAreAccepted()
    {
        const SandboxClient &c = client("target");
        json claims = claimsFor(c);
        claims.erase("iat");
        QCOMPARE(exchangeWith(c, claims, m_pair.key).status, 200);
        claims["jti"] = "4f1c0e2a";
        claims["exp"] = 1700000300.5; // a number, even with a fraction
        QCOMPARE(exchangeWith(c, claims, m_pair.key).status, 200);
    }

    void expiryHasThirtySecondsOfTolerance()
    {
        const SandboxClient &c = client("target");
        json claims = claimsFor(c);
        for (const int secondsAgo : {0, 29, 30}) {
            claims["exp"] = 1700000000 - secondsAgo;
            QCOMPARE(exchangeWith(c, claims, m_pair.key).status, 200);
        }
        for (const int secondsAgo : {31, 300, 86400}) {
            claims["exp"] = 1700000000 - secondsAgo;
            verifyImsError(exchangeWith(c, claims, m_pair.key), 400, "invalid_token", "JWT expired",
                ErrorCode::InvalidToken);
        }
        // A JWT made by a client whose clock is ten minutes slow.
        verifyImsError(exchangeWith(c, claimsFor(c, kNow - 10min), m_pair.key), 400, "invalid_token",
            "JWT expired", ErrorCode::InvalidToken);
    }

    void signatureMustMatchABinding()
    {
        const SandboxClient &c = client("target");
        // A key whose certificate was never uploaded.
        verifyImsError(exchangeWith(c, claimsFor(c), m_other.key), 400, "invalid_token",
            "Could not match JWT signature to any of the bindings", ErrorCode::JwtSignatureMismatch);
        // A tampered payload under a valid signature.
        const std::string jwt = signedToken(claimsFor(c), m_pair.key);
        const std::size_t dot = jwt.find('.');
        json changed = claimsFor(c);
        changed["exp"] = 1700000299;
        const std::string tampered
            = jwt.substr(0, dot + 1) + base64UrlEncode(changed.dump()) + jwt.substr(jwt.rfind('.'));
        verifyImsError(m_ims->handle(exchangeRequest(c, tampered), kNow), 400, "invalid_token",
            "Could not match JWT signature to any of the bindings", ErrorCode::JwtSignatureMismatch);
        // Once the other certificate is uploaded too, its key works as well.
        QVERIFY(!m_ims->bindCertificate(c.clientId, m_other.certificate));
        QCOMPARE(exchangeWith(c, claimsFor(c), m_other.key).status, 200);
        QCOMPARE(exchangeWith(c, claimsFor(c), m_pair.key).status, 200);
    }

    void noBindingNoExchange()
    {
        SandboxIms fresh {m_signingKey};
        const SandboxClient &c = client("target");
        verifyImsError(fresh.handle(exchangeRequest(c, signedToken(claimsFor(c), m_pair.key)), kNow), 400,
            "invalid_token", "Could not match JWT signature to any of the bindings",
            ErrorCode::JwtSignatureMismatch);
    }

    void metascopesMustBeBound()
    {
        const SandboxClient &target = client("target");
        const std::string description
            = "The metascopes in the JWT are not a subset of the metascopes in the binding.";
        // Analytics' metascope on the Target credential.
        json claims = claimsFor(target);
        claims[kServer + "/s/ent_analytics_bulk_ingest_sdk"] = true;
        verifyImsError(exchangeWith(target, claims, m_pair.key), 400, "invalid_scope", description,
            ErrorCode::InvalidScope);
        // The right metascope under another server than aud's.
        claims = claimsFor(target);
        claims.erase(kServer + "/s/ent_marketing_sdk");
        claims["https://ims-na1.adobelogin.com/s/ent_marketing_sdk"] = true;
        verifyImsError(exchangeWith(target, claims, m_pair.key), 400, "invalid_scope", description,
            ErrorCode::InvalidScope);
        // A metascope claim must be true.
        claims = claimsFor(target);
        claims[kServer + "/s/ent_marketing_sdk"] = "yes";
        verifyImsError(exchangeWith(target, claims, m_pair.key), 400, "invalid_scope", description,
            ErrorCode::InvalidScope);
        // None at all.
        claims = claimsFor(target);
        claims.erase(kServer + "/s/ent_marketing_sdk");
        verifyImsError(exchangeWith(target, claims, m_pair.key), 400, "invalid_scope",
            "The JWT does not request any metascope", ErrorCode::InvalidScope);
        // false asks for nothing and is no error.
        claims = claimsFor(target);
        claims[kServer + "/s/ent_analytics_bulk_ingest_sdk"] = false;
        QCOMPARE(exchangeWith(target, claims, m_pair.key).status, 200);
    }

    void convertedClientAnswersServerError()
    {
        const SandboxClient &c = client("tags");
        QCOMPARE(exchangeWith(c, claimsFor(c), m_pair.key).status, 200);
        m_ims->markConvertedToOAuth(c.clientId);
        verifyImsError(exchangeWith(c, claimsFor(c), m_pair.key), 500, "internal_error",
            "Please try again later", ErrorCode::ServerError);
        // The OAuth credential that replaced it works; other clients are untouched.
        HttpRequest oauth = withFields({{"grant_type", "client_credentials"}, {"client_id", c.clientId},
            {"client_secret", c.clientSecret}});
        oauth.url = "/ims/token/v3";
        QCOMPARE(m_ims->handle(oauth, kNow).status, 200);
        QCOMPARE(exchangeWith(client("stock"), claimsFor(client("stock")), m_pair.key).status, 200);
    }

    void throttledLikeOAuth()
    {
        const SandboxClient &c = client("io-events");
        const HttpRequest request = exchangeRequest(c, signedToken(claimsFor(c), m_pair.key));
        for (int i = 0; i < SandboxIms::kRateLimit; ++i)
            QCOMPARE(m_ims->handle(request, kNow).status, 200);
        const HttpResponse throttled = m_ims->handle(request, kNow + 10s);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(headerValue(throttled.headers, "Retry-After"), std::string("50"));
        const HealthReport report = interpretTokenResponse(throttled, TokenEndpoint::JwtExchange, kNow);
        QCOMPARE(report.error.code, ErrorCode::Throttled);
        QCOMPARE(report.error.retryAfterSeconds, std::int64_t(50));
    }

    void bindings()
    {
        SandboxIms ims {m_signingKey};
        const std::string target = client("target").clientId;
        QCOMPARE(ims.bindingCount(target), std::size_t(0));
        QVERIFY(!ims.bindCertificate(target, m_pair.certificate));
        QVERIFY(!ims.bindCertificate(target, m_pair.certificate)); // the same upload again changes nothing
        QCOMPARE(ims.bindingCount(target), std::size_t(1));
        QVERIFY(!ims.bindCertificate(target, m_other.certificate));
        QCOMPARE(ims.bindingCount(target), std::size_t(2));
        QCOMPARE(ims.bindingCount(client("stock").clientId), std::size_t(0));
        QCOMPARE(ims.bindingCount("nobody"), std::size_t(0));

        const auto unknown = ims.bindCertificate("nobody", m_pair.certificate);
        QVERIFY(unknown);
        QCOMPARE(unknown->code, ErrorCode::InvalidClientId);
        const auto empty = ims.bindCertificate(target, Certificate());
        QVERIFY(empty);
        QCOMPARE(empty->code, ErrorCode::MalformedInput);
    }

    void bindingsOverHttp()
    {
        SandboxIms ims {m_signingKey};
        const SandboxClient &c = client("brand-portal");
        const auto pem = m_pair.certificate.toPem();
        QVERIFY(pem.ok());

        const HttpResponse created = ims.handle(certificateUpload(c.clientId, pem.value()), kNow);
        QCOMPARE(created.status, 201);
        QCOMPARE(headerValue(created.headers, "Content-Type"), std::string("application/json;charset=utf-8"));
        const json createdBody = bodyOf(created);
        QCOMPARE(createdBody["client_id"].get<std::string>(), c.clientId);
        QCOMPARE(createdBody["fingerprint"].get<std::string>(), m_pair.certificate.sha256Fingerprint());
        QCOMPARE(createdBody["bindings"].get<int>(), 1);
        QCOMPARE(ims.bindingCount(c.clientId), std::size_t(1));

        const HttpResponse listed = ims.handle(certificateUpload(c.clientId, {}, "GET"), kNow);
        QCOMPARE(listed.status, 200);
        QVERIFY(bodyOf(listed)
            == json({{"client_id", c.clientId}, {"fingerprints", {m_pair.certificate.sha256Fingerprint()}}}));

        // The binding is used by the exchange.
        QCOMPARE(ims.handle(exchangeRequest(c, signedToken(claimsFor(c), m_pair.key)), kNow).status, 200);

        // Trailing slash and percent-encoded id reach the same client.
        static constexpr char kHex[] = "0123456789ABCDEF";
        const auto first = static_cast<unsigned char>(c.clientId[0]);
        const std::string percentEncoded
            = std::string("%") + kHex[first >> 4] + kHex[first & 15] + c.clientId.substr(1);
        HttpRequest encoded = certificateUpload(percentEncoded, {}, "GET");
        encoded.url += "/";
        const HttpResponse encodedListing = ims.handle(encoded, kNow);
        QCOMPARE(encodedListing.status, 200);
        QCOMPARE(bodyOf(encodedListing)["client_id"].get<std::string>(), c.clientId);

        // Not a certificate: a private key, garbage, nothing.
        const auto keyPem = m_pair.key.toPkcs8Pem();
        for (const std::string &body :
            {std::string(keyPem.value().reveal()), std::string("hello"), std::string()}) {
            const HttpResponse refused = ims.handle(certificateUpload(c.clientId, body), kNow);
            QCOMPARE(refused.status, 400);
            QCOMPARE(bodyOf(refused)["error_description"].get<std::string>(),
                std::string("the body is not a PEM certificate"));
            QVERIFY(refused.body.find("PRIVATE") == std::string::npos);
        }
        QCOMPARE(ims.bindingCount(c.clientId), std::size_t(1));

        // Unknown client, both methods; other methods.
        QCOMPARE(ims.handle(certificateUpload("nobody", pem.value()), kNow).status, 404);
        QCOMPARE(ims.handle(certificateUpload("nobody", {}, "GET"), kNow).status, 404);
        const HttpResponse put = ims.handle(certificateUpload(c.clientId, pem.value(), "PUT"), kNow);
        QCOMPARE(put.status, 405);
        QCOMPARE(headerValue(put.headers, "Allow"), std::string("GET, POST"));
        // The service credential's client takes uploads too.
        QCOMPARE(ims.handle(certificateUpload(sandboxServiceCredentialClient().clientId, pem.value()), kNow)
                     .status,
            201);
    }

    void serviceCredentialExchanges()
    {
        SandboxIms ims {m_signingKey};
        const SandboxClient &service = sandboxServiceCredentialClient();
        const auto issued = ims.issueServiceCredential(kNow);
        QVERIFY2(issued.ok(), issued.ok() ? "" : issued.error().detail.c_str());
        QCOMPARE(ims.bindingCount(service.clientId), std::size_t(1));

        // The AEM Developer Console's shape, "\r\n" in the PEMs included.
        const json document = json::parse(issued.value());
        QCOMPARE(document["ok"].get<bool>(), true);
        QCOMPARE(document["statusCode"].get<int>(), 200);
        QCOMPARE(
            document["integration"]["imsEndpoint"].get<std::string>(), std::string("ims-na1.adobelogin.com"));
        QCOMPARE(document["integration"]["metascopes"].get<std::string>(), std::string("ent_aem_cloud_api"));
        QVERIFY(document["integration"]["privateKey"].get<std::string>().find("\r\n") != std::string::npos);
        QVERIFY(document["integration"]["publicKey"].get<std::string>().starts_with(
            "-----BEGIN CERTIFICATE-----\r\n"));

        const ServiceCredentialImport imported = importServiceCredential(issued.value());
        QVERIFY(imported.result.recognised);
        QCOMPARE(imported.result.problems.size(), std::size_t(0));
        Configuration config = imported.result.config;
        QCOMPARE(config.clientId, service.clientId);
        QCOMPARE(config.orgId, service.orgId);
        QCOMPARE(config.technicalAccountId, service.technicalAccountId);
        QCOMPARE(config.technicalAccountEmail, service.technicalAccountEmail);
        QCOMPARE(config.metascopes, service.metascopes);
        QCOMPARE(imported.result.clientSecrets.at(0).reveal(), std::string_view(service.clientSecret));
        const auto key = PrivateKey::fromPem(imported.privateKeyPem.reveal());
        const auto certificate = Certificate::fromPem(imported.certificatePem);
        QVERIFY(key.ok() && certificate.ok());
        QCOMPARE(key.value().bits(), 2048);
        QVERIFY(certificate.value().matches(key.value()));
        QVERIFY(certificate.value().notBefore() <= kNow);
        QVERIFY(certificate.value().notAfter() >= kNow + std::chrono::hours(24 * 364));

        // Its key exchanges successfully (the sandbox is reached under another name than the default).
        config.authorizationServer = kServer;
        const auto request = buildJwtExchange(config, imported.result.clientSecrets.at(0), key.value(), kNow);
        QVERIFY(request.ok());
        const HttpResponse response = ims.handle(request.value(), kNow);
        QCOMPARE(response.status, 200);
        QCOMPARE(verifiedClaims(response)["scope"].get<std::string>(), std::string("ent_aem_cloud_api"));

        // A second issue adds a binding; the first key keeps working.
        QVERIFY(ims.issueServiceCredential(kNow).ok());
        QCOMPARE(ims.bindingCount(service.clientId), std::size_t(2));
        QCOMPARE(ims.handle(request.value(), kNow).status, 200);
    }

    void expiredCertificateNoLongerMatches()
    {
        // Issued 400 days ago: its certificate expired 35 days ago.
        SandboxIms ims {m_signingKey};
        const auto issued = ims.issueServiceCredential(kNow - std::chrono::hours(24 * 400));
        QVERIFY(issued.ok());
        const ServiceCredentialImport imported = importServiceCredential(issued.value());
        const auto key = PrivateKey::fromPem(imported.privateKeyPem.reveal());
        QVERIFY(key.ok());
        Configuration config = imported.result.config;
        const auto request = buildJwtExchange(config, imported.result.clientSecrets.at(0), key.value(), kNow);
        QVERIFY(request.ok());
        verifyImsError(ims.handle(request.value(), kNow), 400, "invalid_token",
            "Could not match JWT signature to any of the bindings", ErrorCode::JwtSignatureMismatch);
    }

    void serviceCredentialOverHttp()
    {
        SandboxIms ims {m_signingKey};
        HttpRequest request;
        request.method = "POST";
        request.url = "/sandbox/service-credential";
        request.headers = {{"Host", "127.0.0.1:8443"}};
        const HttpResponse response = ims.handle(request, kNow);
        QCOMPARE(response.status, 200);
        QCOMPARE(headerValue(response.headers, "Cache-Control"), std::string("no-store"));
        const ServiceCredentialImport imported = importServiceCredential(response.body);
        QCOMPARE(imported.result.problems.size(), std::size_t(0));
        QCOMPARE(imported.result.config.authorizationServer, kServer); // where the sandbox was reached
        QCOMPARE(ims.bindingCount(sandboxServiceCredentialClient().clientId), std::size_t(1));

        // A Host header that is not a plain host falls back to Adobe's.
        request.headers = {{"Host", "evil\"host/x"}};
        const HttpResponse fallback = ims.handle(request, kNow);
        QCOMPARE(fallback.status, 200);
        QCOMPARE(importServiceCredential(fallback.body).result.config.authorizationServer,
            std::string("https://ims-na1.adobelogin.com"));

        request.method = "GET";
        const HttpResponse get = ims.handle(request, kNow);
        QCOMPARE(get.status, 405);
        QCOMPARE(headerValue(get.headers, "Allow"), std::string("POST"));
    }

    void serviceCredentialNeedsItsOwnSecret()
    {
        SandboxIms ims {m_signingKey};
        QVERIFY(ims.issueServiceCredential(kNow).ok());
        const SandboxClient &service = sandboxServiceCredentialClient();
        const HttpResponse response
            = ims.handle(withFields({{"client_id", service.clientId},
                             {"client_secret", client("target").clientSecret}, {"jwt_token", "x.y.z"}}),
                kNow);
        verifyImsError(response, 401, "invalid_client", "invalid client_secret parameter",
            ErrorCode::InvalidClientSecret);
    }

    void nothingSentIsEchoed()
    {
        // Every answer on the exchange is a fixed text: neither secrets nor the JWT come back.
        const SandboxClient &c = client("target");
        json claims = claimsFor(c);
        claims["sub"] = "p8e-TOPSECRET@techacct.adobe.com";
        const HttpResponse response = exchangeWith(c, claims, m_pair.key);
        QCOMPARE(response.status, 400);
        QVERIFY(response.body.find("TOPSECRET") == std::string::npos);
        QVERIFY(response.body.find(c.clientSecret) == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSandboxJwt)
#include "test_sandbox_jwt.moc"
