// The training sandbox's rules without sockets: every answer SandboxIms gives, and the sample
// organisation it knows.

#include "testutil.h"

#include <QTest>
#include <imscore/catalog.h>
#include <imscore/configuration.h>
#include <imscore/form.h>
#include <imscore/jwt.h>
#include <imscore/sandbox.h>
#include <nlohmann/json.hpp>
#include <set>

using namespace ims;
using json = nlohmann::json;
using namespace std::chrono_literals;

namespace {

// A fixed instant: Tue, 14 Nov 2023 22:13:20 GMT.
const TimePoint kNow = TimePoint(std::chrono::seconds(1700000000));

const SandboxClient &client(std::string_view solutionId)
{
    for (const SandboxClient &c : sandboxOrganisation()) {
        if (c.solutionId == solutionId)
            return c;
    }
    throw std::logic_error("no sandbox client for " + std::string(solutionId));
}

FormFields credentials(const SandboxClient &c, std::string scope = {})
{
    FormFields fields = {
        {"grant_type", "client_credentials"}, {"client_id", c.clientId}, {"client_secret", c.clientSecret}};
    if (!scope.empty())
        fields.emplace_back("scope", std::move(scope));
    return fields;
}

HttpRequest urlencodedPost(const FormFields &fields, std::string path = "/ims/token/v3")
{
    HttpRequest request;
    request.method = "POST";
    request.url = std::move(path);
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = encodeForm(fields);
    return request;
}

HttpRequest multipartPost(const FormFields &fields)
{
    HttpRequest request;
    request.url = "/ims/token/v3";
    request.headers = {{"content-type", "multipart/form-data; boundary=\"sandbox-test\""}};
    for (const auto &[name, value] : fields)
        request.body += "--sandbox-test\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
            + value + "\r\n";
    request.body += "--sandbox-test--\r\n";
    return request;
}

json bodyOf(const HttpResponse &response)
{
    return json::parse(response.body, nullptr, false);
}

void verifyImsError(
    const HttpResponse &response, int status, const char *code, const char *description = nullptr)
{
    QCOMPARE(response.status, status);
    const json body = bodyOf(response);
    QVERIFY2(body.is_object(), response.body.c_str());
    QCOMPARE(body.value("error", std::string()), std::string(code));
    if (description)
        QCOMPARE(body.value("error_description", std::string()), std::string(description));
    QCOMPARE(headerValue(response.headers, "Content-Type"), std::string("application/json;charset=utf-8"));
}

} // namespace

class TestSandboxRules : public QObject
{
    Q_OBJECT

private:
    PrivateKey m_key;
    std::unique_ptr<SandboxIms> m_ims;

    // The token's claims after checking its shape and its signature with the sandbox key.
    json verifiedClaims(const HttpResponse &response)
    {
        const json body = bodyOf(response);
        if (response.status != 200 || !body.is_object() || !body.contains("access_token"))
            return {};
        const std::string token = body["access_token"].get<std::string>();
        const auto jwt = decodeJwt(token);
        if (!jwt || !verifyRs256(m_key, jwt->signingInput, jwt->signature))
            return {};
        const json header = json::parse(jwt->headerJson, nullptr, false);
        if (header != json {{"alg", "RS256"}, {"typ", "JWT"}, {"kid", "sandbox-1"}, {"x5u", "sandbox"}})
            return {};
        return json::parse(jwt->payloadJson, nullptr, false);
    }

private slots:
    void initTestCase()
    {
        auto key = PrivateKey::generateRsa(2048);
        QVERIFY(key.ok());
        m_key = key.value();
    }

    void init() { m_ims = std::make_unique<SandboxIms>(m_key); }

    void organisationHasTheSampleClients()
    {
        const std::set<std::string> wanted
            = {"target", "analytics", "brand-portal", "stock", "tags", "io-events", "smart-content"};
        std::set<std::string> solutions, clientIds;
        for (const SandboxClient &c : sandboxOrganisation()) {
            solutions.insert(c.solutionId);
            clientIds.insert(c.clientId);
            const CloudSolution *solution = findSolution(c.solutionId);
            QVERIFY2(solution, c.solutionId.c_str());
            QCOMPARE(c.scopes, solution->scopes);
            // The JWT exchange binds each sample credential to its catalog metascope.
            QCOMPARE(c.metascopes, std::vector<std::string> {solution->metascope});
            QCOMPARE(c.title, solution->name);
            QCOMPARE(c.orgId, std::string("5A1D8B0C7E2F4A3B9C6D0E1F@AdobeOrg"));
            QCOMPARE(c.clientId.size(), std::size_t(32));
            QVERIFY(c.clientId.find_first_not_of("0123456789abcdef") == std::string::npos);
            QVERIFY(c.clientSecret.starts_with("p8e-SANDBOX-" + c.solutionId + "-"));
            QCOMPARE(c.technicalAccountId.size(), std::size_t(24 + 19));
            QVERIFY(c.technicalAccountId.find_first_not_of("0123456789ABCDEF") == 24);
            QVERIFY(c.technicalAccountId.ends_with("@techacct.adobe.com"));
            QCOMPARE(c.technicalAccountEmail.size(), std::size_t(36 + 19));
            QCOMPARE(c.technicalAccountEmail[14], '4'); // UUID version 4 shape
            QVERIFY(c.technicalAccountEmail.ends_with("@techacct.adobe.com"));
            QCOMPARE(findSandboxClient(c.clientId), &c);
        }
        for (const std::string &id : wanted)
            QVERIFY2(solutions.count(id), id.c_str());
        QCOMPARE(clientIds.size(), sandboxOrganisation().size());
        QVERIFY(findSandboxClient("") == nullptr);
        QVERIFY(findSandboxClient("0123456789abcdef0123456789abcdef") == nullptr);
        const auto &targetScopes = client("target").scopes;
        QVERIFY(std::find(targetScopes.begin(), targetScopes.end(), "target_sdk") != targetScopes.end());
    }

    void sampleValuesAreStable()
    {
        // Published in the documentation and in tutorials: a change here is a visible change.
        const SandboxClient &target = client("target");
        QCOMPARE(target.clientId, std::string("d0beb65e30950c1a34f777e71a6c73da"));
        QCOMPARE(target.clientSecret, std::string("p8e-SANDBOX-target-a87cd38522a4ea57"));
        QCOMPARE(target.technicalAccountId, std::string("FEB38531A902FB0BB9834D8A@techacct.adobe.com"));
        QCOMPARE(target.technicalAccountEmail,
            std::string("79bdd6ea-33ac-4861-bc47-2fb38a166166@techacct.adobe.com"));
        QCOMPARE(sandboxOrganisation().front().clientId, target.clientId);
        QCOMPARE(&sandboxOrganisation(), &sandboxOrganisation());
    }

    void credentialJsonIsTheFlatDownload()
    {
        const SandboxClient &c = client("smart-content");
        const json credential = json::parse(sandboxCredentialJson(c));
        QCOMPARE(credential["ORG_ID"].get<std::string>(), c.orgId);
        QCOMPARE(credential["CLIENT_ID"].get<std::string>(), c.clientId);
        QVERIFY(credential["CLIENT_SECRETS"] == json::array({c.clientSecret}));
        QCOMPARE(credential["TECHNICAL_ACCOUNT_ID"].get<std::string>(), c.technicalAccountId);
        QCOMPARE(credential["TECHNICAL_ACCOUNT_EMAIL"].get<std::string>(), c.technicalAccountEmail);
        QCOMPARE(credential["SCOPES"].get<std::vector<std::string>>(), c.scopes);
        QCOMPARE(credential.size(), std::size_t(6));
    }

    void urlencodedRequestGetsAToken()
    {
        const SandboxClient &c = client("target");
        const HttpResponse response = m_ims->handle(urlencodedPost(credentials(c)), kNow);
        QCOMPARE(response.status, 200);
        QCOMPARE(
            headerValue(response.headers, "Content-Type"), std::string("application/json;charset=utf-8"));
        QCOMPARE(headerValue(response.headers, "Date"), std::string("Tue, 14 Nov 2023 22:13:20 GMT"));
        QCOMPARE(headerValue(response.headers, "Cache-Control"), std::string("no-store"));
        const json body = bodyOf(response);
        QCOMPARE(body["token_type"].get<std::string>(), std::string("bearer"));
        QCOMPARE(body["expires_in"].get<long>(), 86399L); // seconds on this endpoint
        QVERIFY(body["expires_in"].is_number_integer());

        const json claims = verifiedClaims(response);
        QVERIFY2(claims.is_object(), response.body.c_str());
        QCOMPARE(claims["type"].get<std::string>(), std::string("access_token"));
        QCOMPARE(claims["client_id"].get<std::string>(), c.clientId);
        QCOMPARE(claims["user_id"].get<std::string>(), c.technicalAccountId);
        QCOMPARE(claims["aa_id"].get<std::string>(), c.technicalAccountId);
        QCOMPARE(claims["as"].get<std::string>(), std::string("ims-na1-sandbox"));
        QCOMPARE(claims["pba"].get<std::string>(), std::string("MED_SEC_CUST_AUTH"));
        QCOMPARE(claims["ctp"].get<int>(), 0);
        QVERIFY(claims["id"].is_string() && !claims["id"].get<std::string>().empty());
        QVERIFY(claims["fg"].is_string());
        QVERIFY(claims["moi"].is_string());
        // Milliseconds, as strings, as IMS writes them.
        QVERIFY(claims["created_at"].is_string());
        QCOMPARE(claims["created_at"].get<std::string>(), std::string("1700000000000"));
        QVERIFY(claims["expires_in"].is_string());
        QCOMPARE(claims["expires_in"].get<std::string>(), std::string("86400000"));
        QCOMPARE(claims["scope"].get<std::string>(), joinScopes(c.scopes)); // empty scope: all granted
    }

    void tokenIdsDiffer()
    {
        const auto first = verifiedClaims(m_ims->handle(urlencodedPost(credentials(client("stock"))), kNow));
        const auto second = verifiedClaims(m_ims->handle(urlencodedPost(credentials(client("stock"))), kNow));
        QVERIFY(first["id"] != second["id"]);
    }

    void multipartRequestGetsAToken()
    {
        const SandboxClient &c = client("smart-content");
        const HttpResponse response = m_ims->handle(multipartPost(credentials(c, "openid,AdobeID")), kNow);
        const json claims = verifiedClaims(response);
        QVERIFY2(claims.is_object(), response.body.c_str());
        QCOMPARE(claims["client_id"].get<std::string>(), c.clientId);
        QCOMPARE(claims["scope"].get<std::string>(), std::string("openid,AdobeID"));
    }

    void pathVariantsAreAccepted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("v3") << QStringLiteral("/ims/token/v3");
        QTest::newRow("v2") << QStringLiteral("/ims/token/v2");
        QTest::newRow("trailing slash") << QStringLiteral("/ims/token/v3/");
        QTest::newRow("query string") << QStringLiteral("/ims/token/v3?locale=en_US");
        QTest::newRow("absolute") << QStringLiteral("https://127.0.0.1:8443/ims/token/v2?x=1");
    }

    void pathVariantsAreAccepted()
    {
        QFETCH(QString, path);
        const HttpResponse response
            = m_ims->handle(urlencodedPost(credentials(client("tags")), path.toStdString()), kNow);
        QCOMPARE(response.status, 200);
        QVERIFY(verifiedClaims(response).is_object());
    }

    void requestedScopesAreGrantedInOrder()
    {
        const SandboxClient &c = client("target");
        const HttpResponse response
            = m_ims->handle(urlencodedPost(credentials(c, "target_sdk, openid,target_sdk ,AdobeID")), kNow);
        QCOMPARE(
            verifiedClaims(response)["scope"].get<std::string>(), std::string("target_sdk,openid,AdobeID"));
    }

    void unknownClientId()
    {
        FormFields fields = credentials(client("target"));
        fields[1].second = "0123456789abcdef0123456789abcdef";
        verifyImsError(m_ims->handle(urlencodedPost(fields), kNow), 400, "invalid_client",
            "invalid client_id parameter");
        fields.erase(fields.begin() + 1);
        verifyImsError(m_ims->handle(urlencodedPost(fields), kNow), 400, "invalid_client",
            "invalid client_id parameter");
    }

    void wrongSecret()
    {
        const SandboxClient &c = client("analytics");
        FormFields fields = credentials(c);
        fields[2].second = "p8e-wrong";
        const HttpResponse response = m_ims->handle(urlencodedPost(fields), kNow);
        verifyImsError(response, 400, "invalid_client", "invalid client_secret parameter");
        // Neither the sent secret nor the right one comes back.
        QVERIFY(response.body.find("p8e-") == std::string::npos);
        // Another client's secret is wrong too; so is none at all.
        fields[2].second = client("target").clientSecret;
        verifyImsError(m_ims->handle(urlencodedPost(fields), kNow), 400, "invalid_client",
            "invalid client_secret parameter");
        fields.pop_back();
        verifyImsError(m_ims->handle(urlencodedPost(fields), kNow), 400, "invalid_client",
            "invalid client_secret parameter");
    }

    void scopeNotGranted()
    {
        // Analytics has no target_sdk; Target does.
        verifyImsError(
            m_ims->handle(urlencodedPost(credentials(client("analytics"), "openid,target_sdk")), kNow), 400,
            "invalid_scope", "invalid_scope");
        QCOMPARE(
            m_ims->handle(urlencodedPost(credentials(client("target"), "openid,target_sdk")), kNow).status,
            200);
    }

    void grantTypeMissingOrUnsupported()
    {
        FormFields fields = credentials(client("target"));
        fields[0].second = "authorization_code";
        verifyImsError(m_ims->handle(urlencodedPost(fields), kNow), 400, "unsupported_grant_type");
        fields.erase(fields.begin());
        verifyImsError(m_ims->handle(urlencodedPost(fields), kNow), 400, "invalid_request");
    }

    void unreadableBody()
    {
        HttpRequest json = urlencodedPost(credentials(client("target")));
        json.headers = {{"Content-Type", "application/json"}};
        verifyImsError(m_ims->handle(json, kNow), 400, "invalid_request");
        HttpRequest broken = urlencodedPost(credentials(client("target")));
        broken.body += "&x=%zz";
        verifyImsError(m_ims->handle(broken, kNow), 400, "invalid_request");
        HttpRequest noBoundary = multipartPost(credentials(client("target")));
        noBoundary.headers = {{"Content-Type", "multipart/form-data"}};
        verifyImsError(m_ims->handle(noBoundary, kNow), 400, "invalid_request");
    }

    void throttledAfterTheLimitThenRecovers()
    {
        const HttpRequest request = urlencodedPost(credentials(client("io-events")));
        for (int i = 0; i < SandboxIms::kRateLimit; ++i)
            QCOMPARE(m_ims->handle(request, kNow + std::chrono::milliseconds(i * 100)).status, 200);

        const TimePoint later = kNow + 10s;
        const HttpResponse throttled = m_ims->handle(request, later);
        verifyImsError(throttled, 429, "too_many_requests");
        // The oldest request leaves the window 60 s after kNow, i.e. 50 s from now.
        QCOMPARE(headerValue(throttled.headers, "Retry-After"), std::string("50"));

        // Other clients are not affected.
        QCOMPARE(m_ims->handle(urlencodedPost(credentials(client("stock"))), later).status, 200);
        // Wrong secrets count too, so guessing is throttled.
        FormFields wrong = credentials(client("io-events"));
        wrong[2].second = "guess";
        QCOMPARE(m_ims->handle(urlencodedPost(wrong), later).status, 429);

        // After the window, requests go through again.
        const TimePoint afterWindow = kNow + SandboxIms::kRateWindow;
        QCOMPARE(m_ims->handle(request, afterWindow).status, 200);
        QCOMPARE(m_ims->handle(request, afterWindow + std::chrono::milliseconds(100)).status, 200);
    }

    void retryAfterIsAtLeastOneSecond()
    {
        const HttpRequest request = urlencodedPost(credentials(client("tags")));
        for (int i = 0; i < SandboxIms::kRateLimit; ++i)
            QCOMPARE(m_ims->handle(request, kNow).status, 200);
        const HttpResponse response = m_ims->handle(request, kNow + SandboxIms::kRateWindow - 1ms);
        QCOMPARE(response.status, 429);
        QCOMPARE(headerValue(response.headers, "Retry-After"), std::string("1"));
    }

    void wrongMethodIs405()
    {
        HttpRequest request = urlencodedPost(credentials(client("target")));
        for (const char *method : {"GET", "PUT", "DELETE", "HEAD"}) {
            request.method = method;
            const HttpResponse response = m_ims->handle(request, kNow);
            verifyImsError(response, 405, "method_not_allowed");
            QCOMPARE(headerValue(response.headers, "Allow"), std::string("POST"));
        }
    }

    void otherPathsAre404()
    {
        // /ims/exchange/jwt is a route since the JWT exchange (test_sandbox_jwt covers it).
        for (const char *path :
            {"/", "/ims/token/v1", "/ims/token/v33", "/ims/exchange", "/ims/exchange/jwt2", "/ims/token",
                "/sandbox/clients", "/sandbox/clients/x/certificates/y"}) {
            HttpRequest request = urlencodedPost(credentials(client("target")), path);
            const HttpResponse response = m_ims->handle(request, kNow);
            verifyImsError(response, 404, "not_found");
            QVERIFY(!headerValue(response.headers, "Date").empty());
        }
    }

    void serviceCredentialIsNoOAuthClient()
    {
        // AEM as a Cloud Service service credentials only know the JWT exchange.
        const SandboxClient &service = sandboxServiceCredentialClient();
        QCOMPARE(findSandboxClient(service.clientId), &service);
        FormFields fields = {{"grant_type", "client_credentials"}, {"client_id", service.clientId},
            {"client_secret", service.clientSecret}};
        verifyImsError(m_ims->handle(urlencodedPost(fields), kNow), 400, "invalid_client",
            "invalid client_id parameter");
    }

    void missingSigningKeyIsAServerError()
    {
        SandboxIms broken {PrivateKey()};
        verifyImsError(
            broken.handle(urlencodedPost(credentials(client("target"))), kNow), 500, "internal_error");
    }
};

QTEST_GUILESS_MAIN(TestSandboxRules)
#include "test_sandbox_rules.moc"
