// The sandbox's fault modes without sockets: the list, per-request and global selection, and that
// every HTTP-level fault's answer is interpreted as its own specific ErrorCode.

#include "testutil.h"

#include <QTest>
#include <imscore/configuration.h>
#include <imscore/form.h>
#include <imscore/sandbox.h>
#include <imscore/sandbox_faults.h>
#include <imscore/token.h>
#include <imscore/validation.h>
#include <set>

using namespace ims;

namespace {

const TimePoint kNow = TimePoint(std::chrono::seconds(1700000000));

HttpRequest tokenRequest(const std::string &clientId, const std::string &secret)
{
    Configuration config;
    config.authorizationServer = "https://127.0.0.1:8443";
    config.clientId = clientId;
    config.scopes = {"openid"};
    HttpRequest request = buildOAuthRequest(config, Secret(secret));
    request.url = "/ims/token/v3"; // server side: the path only
    return request;
}

std::optional<std::int64_t> dateOf(const HttpResponse &response)
{
    // The rules' Date header, parsed the way the client does: compare with the known formats.
    const std::string date = headerValue(response.headers, "Date");
    if (date == "Tue, 14 Nov 2023 22:13:20 GMT")
        return 1700000000;
    if (date == "Tue, 14 Nov 2023 22:23:20 GMT")
        return 1700000600;
    return std::nullopt;
}

HealthReport interpret(HttpResponse response)
{
    response.serverDate = dateOf(response);
    return interpretTokenResponse(response, TokenEndpoint::OAuthV3, kNow);
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private slots:
    void listIsCompleteAndSpecific()
    {
        const auto &faults = sandboxFaults();
        QVERIFY(faults.size() >= 24);
        std::set<std::string_view> names;
        std::set<ErrorCode> codes;
        for (const SandboxFault &fault : faults) {
            QVERIFY2(names.insert(fault.name).second, fault.name.data());
            // Each fault teaches one specific message: no two share an ErrorCode.
            QVERIFY2(codes.insert(fault.expected).second, fault.name.data());
            QVERIFY(fault.expected != ErrorCode::NetworkFailure && fault.expected != ErrorCode::TlsFailure
                    && fault.expected != ErrorCode::UnknownImsError);
            QCOMPARE(findSandboxFault(fault.name), &fault);
            // The client id that selects it passes the wizard's own client id rule.
            QVERIFY2(!validateClientId(faultClientId(fault)), fault.name.data());
            QCOMPARE(faultForClientId(faultClientId(fault)), &fault);
        }
        for (const char *name : {"timeout", "refused", "reset", "slow-drip", "tls-untrusted", "tls-wrong-host",
                 "tls-expired", "invalid-client-id", "invalid-client-secret", "invalid-scope", "invalid-token",
                 "invalid-signature", "bad-request", "invalid-request", "unsupported-grant-type",
                 "unauthorized-401", "throttled-429", "server-error-500", "not-json", "huge-body",
                 "redirect-other-host", "clock-skew"})
            QVERIFY2(findSandboxFault(name), name);
        QVERIFY(!findSandboxFault("no-such-fault"));
        QVERIFY(!faultForClientId("sandbox-fault-no-such-fault"));
        QVERIFY(!faultForClientId("timeout"));
    }

    void tlsAndRefusedAreGlobalOnly()
    {
        for (const char *name : {"refused", "tls-untrusted", "tls-wrong-host", "tls-expired"})
            QVERIFY(!selectablePerRequest(*findSandboxFault(name)));
        for (const char *name : {"timeout", "reset", "slow-drip", "invalid-scope", "huge-body", "clock-skew"})
            QVERIFY(selectablePerRequest(*findSandboxFault(name)));
        QVERIFY(!isWireAction(FaultAction::Answer));
        QVERIFY(!isWireAction(FaultAction::ClockSkew));
        QVERIFY(isWireAction(FaultAction::Silence));
    }

    // Through the rules, selected by client id: each HTTP-level fault ends in its own code.
    void perRequestAnswersClassifyAsExpected_data()
    {
        QTest::addColumn<QString>("name");
        for (const SandboxFault &fault : sandboxFaults()) {
            if (fault.action == FaultAction::Answer)
                QTest::newRow(fault.name.data()) << QString::fromUtf8(fault.name.data());
        }
    }
    void perRequestAnswersClassifyAsExpected()
    {
        QFETCH(QString, name);
        const SandboxFault *fault = findSandboxFault(name.toStdString());
        QVERIFY(fault);
        SandboxIms rules {PrivateKey()};
        const HttpRequest request = tokenRequest(faultClientId(*fault), "anything");
        QCOMPARE(rules.faultFor(request), fault);
        const HttpResponse response = rules.handle(request, kNow);
        QCOMPARE(response.status, fault->status);
        const HealthReport report = interpret(response);
        QVERIFY(!report.ok);
        QCOMPARE(errorCodeName(report.error.code), errorCodeName(fault->expected));
        if (fault->expected == ErrorCode::Throttled)
            QCOMPARE(report.error.retryAfterSeconds, kFaultRetryAfterSeconds);
    }

    void globalFaultAppliesToRealClients()
    {
        SandboxIms rules {PrivateKey()};
        const SandboxClient &client = sandboxOrganisation().front();
        const HttpRequest request = tokenRequest(client.clientId, client.clientSecret);
        QVERIFY(!rules.faultFor(request));
        rules.setFault(findSandboxFault("invalid-scope"));
        QCOMPARE(interpret(rules.handle(request, kNow)).error.code, ErrorCode::InvalidScope);
        // Helper endpoints and other methods are not affected.
        HttpRequest get = request;
        get.method = "GET";
        QVERIFY(!rules.faultFor(get));
        QCOMPARE(rules.handle(get, kNow).status, 405);
        rules.setFault(findSandboxFault("timeout"));
        QCOMPARE(rules.faultFor(request), findSandboxFault("timeout"));
        rules.setFault(nullptr);
        QVERIFY(!rules.faultFor(request));
    }

    void clockSkewAnswersWithATokenAndAShiftedDate()
    {
        auto signingKey = PrivateKey::generateRsa(2048);
        QVERIFY(signingKey);
        SandboxIms rules {signingKey.value()};
        // Per request: the fault client gets a token.
        HealthReport report = interpret(rules.handle(tokenRequest("sandbox-fault-clock-skew", "x"), kNow));
        QVERIFY(report.ok);
        QVERIFY(report.warning);
        QCOMPARE(report.warning->code, ErrorCode::ClockSkew);
        QCOMPARE(report.warning->clockSkewSeconds, std::int64_t(600));
        QCOMPARE(report.tokenClientId, std::string("sandbox-fault-clock-skew"));
        // Globally: a real client's own token, with the server's clock ten minutes ahead.
        rules.setFault(findSandboxFault("clock-skew"));
        const SandboxClient &client = sandboxOrganisation().front();
        report = interpret(rules.handle(tokenRequest(client.clientId, client.clientSecret), kNow));
        QVERIFY(report.ok);
        QVERIFY(report.warning);
        QCOMPARE(report.warning->clockSkewSeconds, std::int64_t(600));
        QCOMPARE(report.tokenClientId, client.clientId);
        // Without the fault: in step, no warning.
        rules.setFault(nullptr);
        report = interpret(rules.handle(tokenRequest(client.clientId, client.clientSecret), kNow));
        QVERIFY(report.ok);
        QVERIFY(!report.warning);
        QCOMPARE(*report.clockSkewSeconds, std::int64_t(0));
    }

    void faultAnswersEchoNothing()
    {
        for (const SandboxFault &fault : sandboxFaults()) {
            if (fault.action != FaultAction::Answer)
                continue;
            const HttpResponse response = faultAnswer(fault);
            QVERIFY(response.body.find("anything") == std::string::npos);
            QVERIFY(!headerValue(response.headers, "Content-Type").empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "test_sandbox_faults.moc"
