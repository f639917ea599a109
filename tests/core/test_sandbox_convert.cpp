// The sandbox's stand-in for the Developer Console's "add an OAuth credential to the project":
// POST /sandbox/clients/{client_id}/convert-to-oauth, after which the JWT exchange refuses the
// client as IMS does, while its OAuth token requests keep working.

#include "testutil.h"

#include <QTest>
#include <imscore/form.h>
#include <imscore/jwt_credentials.h>
#include <imscore/sandbox.h>
#include <imscore/token.h>
#include <nlohmann/json.hpp>

using namespace ims;
using json = nlohmann::json;

namespace {

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

HttpRequest convertRequest(const std::string &clientId, std::string method = "POST")
{
    HttpRequest request;
    request.method = std::move(method);
    request.url = kServer + "/sandbox/clients/" + clientId + "/convert-to-oauth";
    return request;
}

json bodyOf(const HttpResponse &response)
{
    return json::parse(response.body, nullptr, false);
}

} // namespace

class TestSandboxConvert : public QObject
{
    Q_OBJECT

    PrivateKey m_signingKey;
    KeyAndCertificate m_pair;
    std::unique_ptr<SandboxIms> m_ims;

    HttpResponse exchange(const SandboxClient &c)
    {
        Configuration config;
        config.authType = AuthType::Jwt;
        config.authorizationServer = kServer;
        config.clientId = c.clientId;
        config.orgId = c.orgId;
        config.technicalAccountId = c.technicalAccountId;
        config.metascopes = c.metascopes;
        auto request = buildJwtExchange(config, Secret(c.clientSecret), m_pair.key, kNow);
        if (!request)
            return {};
        return m_ims->handle(request.value(), kNow);
    }

    HttpResponse oauthToken(const SandboxClient &c)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = kServer + "/ims/token/v3";
        request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        request.body = encodeForm({{"grant_type", "client_credentials"}, {"client_id", c.clientId},
            {"client_secret", c.clientSecret}});
        return m_ims->handle(request, kNow);
    }

private slots:
    void initTestCase()
    {
        auto signing = PrivateKey::generateRsa(2048);
        auto pair = makeCertificateAuthority("convert-binding", 365);
        QVERIFY(signing.ok() && pair.ok());
        m_signingKey = signing.value();
        m_pair = pair.value();
    }

    void init()
    {
        m_ims = std::make_unique<SandboxIms>(m_signingKey);
        for (const SandboxClient &c : sandboxOrganisation())
            QVERIFY(!m_ims->bindCertificate(c.clientId, m_pair.certificate));
    }

    void convertOverHttpRefusesJwtExchange()
    {
        const SandboxClient &target = client("target");
        QCOMPARE(exchange(target).status, 200);

        const HttpResponse converted = m_ims->handle(convertRequest(target.clientId), kNow);
        QCOMPARE(converted.status, 200);
        QCOMPARE(
            headerValue(converted.headers, "Content-Type").substr(0, 16), std::string("application/json"));
        const json body = bodyOf(converted);
        QCOMPARE(body.value("client_id", std::string()), target.clientId);
        QVERIFY(body.value("converted", false));
        QVERIFY(converted.body.find(target.clientSecret) == std::string::npos);

        const HttpResponse refused = exchange(target);
        QCOMPARE(refused.status, 500);
        QCOMPARE(bodyOf(refused).value("error", std::string()), std::string("internal_error"));
        const HealthReport report = interpretTokenResponse(refused, TokenEndpoint::JwtExchange, kNow);
        QCOMPARE(report.error.code, ErrorCode::ServerError);

        // The OAuth credential that replaced it works; another client is untouched.
        QCOMPARE(oauthToken(target).status, 200);
        QCOMPARE(exchange(client("stock")).status, 200);
    }

    void convertIsIdempotent()
    {
        const SandboxClient &stock = client("stock");
        QCOMPARE(m_ims->handle(convertRequest(stock.clientId), kNow).status, 200);
        HttpRequest trailingSlash = convertRequest(stock.clientId);
        trailingSlash.url += "/";
        QCOMPARE(m_ims->handle(trailingSlash, kNow).status, 200);
        QCOMPARE(exchange(stock).status, 500);
    }

    void unknownClientIs404()
    {
        const HttpResponse response = m_ims->handle(convertRequest("no-such-client"), kNow);
        QCOMPARE(response.status, 404);
        QCOMPARE(bodyOf(response).value("error", std::string()), std::string("not_found"));
        // Nothing else changed: every sample client still exchanges.
        QCOMPARE(exchange(client("target")).status, 200);
    }

    void otherMethodsAre405()
    {
        const SandboxClient &target = client("target");
        const HttpResponse response = m_ims->handle(convertRequest(target.clientId, "GET"), kNow);
        QCOMPARE(response.status, 405);
        QCOMPARE(headerValue(response.headers, "Allow"), std::string("POST"));
        QCOMPARE(exchange(target).status, 200); // a GET converts nothing
    }

    void malformedPathsAre404()
    {
        const SandboxClient &target = client("target");
        for (const std::string &url : {kServer + "/sandbox/clients//convert-to-oauth",
                 kServer + "/sandbox/clients/a/" + target.clientId + "/convert-to-oauth",
                 kServer + "/sandbox/clients/" + target.clientId + "/convert-to-oauthx"}) {
            HttpRequest request;
            request.method = "POST";
            request.url = url;
            QCOMPARE(m_ims->handle(request, kNow).status, 404);
        }
        QCOMPARE(exchange(target).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConvert)
#include "test_sandbox_convert.moc"
