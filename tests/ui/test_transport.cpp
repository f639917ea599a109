// QtTransport against scripted servers on loopback: every way an answer can go wrong.

#include "fakehttpserver.h"
#include "qttransport.h"
#include "testutil.h"

#include <imscore/form.h>
#include <imscore/token.h>

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {
ims::HttpRequest tokenRequest(const QByteArray &server)
{
    ims::Configuration c;
    c.authorizationServer = server.toStdString();
    c.clientId = "client-1";
    c.scopes = {"openid"};
    return ims::buildOAuthRequest(c, ims::Secret("the-secret"));
}

std::optional<ims::HttpResponse> sendAndWait(QtTransport &transport, const ims::HttpRequest &request)
{
    std::optional<ims::HttpResponse> result;
    transport.send(request, [&](ims::HttpResponse r) { result = std::move(r); });
    QTest::qWaitFor([&] { return result.has_value(); }, 10000); // callers check the result
    return result;
}
} // namespace

class TestTransport : public QObject
{
    Q_OBJECT
private slots:
    void passesStatusBodyAndHeaders()
    {
        FakeHttpServer server([](const ReceivedRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::answer(400, R"({"error":"invalid_scope"})",
                                            "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n"));
            s->disconnectFromHost();
        });
        QtTransport transport;
        const auto r = sendAndWait(transport, tokenRequest(server.url()));
        QVERIFY(r);
        QVERIFY(!r->transportError);
        QCOMPARE(r->status, 400);
        QCOMPARE(r->body, std::string(R"({"error":"invalid_scope"})"));
        QVERIFY(r->serverDate);
        QCOMPARE(*r->serverDate, std::int64_t(784111777));

        // What went over the wire: a POST to the token path with the secret in the body only.
        QCOMPARE(server.requests().size(), 1);
        const ReceivedRequest &sent = server.requests().first();
        QVERIFY(sent.head.startsWith("POST /ims/token/v3 HTTP/1.1"));
        QVERIFY(sent.head.toLower().contains("content-type: application/x-www-form-urlencoded"));
        QVERIFY(!sent.head.contains("the-secret"));
        const auto fields = ims::parseUrlEncoded(sent.body.toStdString());
        QVERIFY(fields);
        QCOMPARE(ims::formValue(*fields, "client_secret").value_or(""), std::string("the-secret"));
    }

    void closedConnection()
    {
        FakeHttpServer server([](const ReceivedRequest &, QTcpSocket *s) { s->abort(); });
        QtTransport transport;
        const auto r = sendAndWait(transport, tokenRequest(server.url()));
        QVERIFY(r);
        QVERIFY(r->transportError);
        QCOMPARE(r->transportError->code, ims::ErrorCode::ConnectionClosed);
    }

    void garbageIsNotAnAnswer()
    {
        FakeHttpServer server([](const ReceivedRequest &, QTcpSocket *s) {
            s->write("this is not HTTP\r\n\r\n");
            s->disconnectFromHost();
        });
        QtTransport transport;
        const auto r = sendAndWait(transport, tokenRequest(server.url()));
        QVERIFY(r);
        QVERIFY(r->transportError);
        QVERIFY(r->transportError->code == ims::ErrorCode::NetworkFailure
                || r->transportError->code == ims::ErrorCode::ConnectionClosed);
    }

    void silenceTimesOut()
    {
        FakeHttpServer server([](const ReceivedRequest &, QTcpSocket *) { /* never answers */ });
        QtTransport transport;
        transport.setTimeout(std::chrono::milliseconds(300));
        const auto r = sendAndWait(transport, tokenRequest(server.url()));
        QVERIFY(r);
        QVERIFY(r->transportError);
        QCOMPARE(r->transportError->code, ims::ErrorCode::Timeout);
        QCOMPARE(transport.pending(), 0);
    }

    void oversizedBodyIsCut()
    {
        FakeHttpServer server([](const ReceivedRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::answer(200, QByteArray(3 * 1024 * 1024, 'x')));
        });
        QtTransport transport;
        const auto r = sendAndWait(transport, tokenRequest(server.url()));
        QVERIFY(r);
        QVERIFY(r->transportError);
        QCOMPARE(r->transportError->code, ims::ErrorCode::BodyTooLarge);
        QVERIFY(r->body.empty());
    }

    void redirectIsNotFollowed()
    {
        FakeHttpServer server([](const ReceivedRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::answer(307, "", "Location: http://127.0.0.1:9/ims/token/v3\r\n"));
            s->disconnectFromHost();
        });
        QtTransport transport;
        const auto r = sendAndWait(transport, tokenRequest(server.url()));
        QVERIFY(r);
        QVERIFY(r->transportError);
        QCOMPARE(r->transportError->code, ims::ErrorCode::Redirected);
        QTest::qWait(200);
        QCOMPARE(server.requests().size(), 1); // the secret went to one place only
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QtTransport transport;
        const auto r
            = sendAndWait(transport, tokenRequest("http://127.0.0.1:" + QByteArray::number(port)));
        QVERIFY(r);
        QVERIFY(r->transportError);
        QCOMPARE(r->transportError->code, ims::ErrorCode::ConnectionRefused);
    }

    void testsNeverLeaveTheMachine()
    {
        // The test environment sets IMS_LOOPBACK_ONLY=1: the real IMS is never contacted from a test.
        QCOMPARE(qgetenv("IMS_LOOPBACK_ONLY"), QByteArray("1"));
        QtTransport transport;
        const auto r = sendAndWait(transport, tokenRequest("https://ims-na1.adobelogin.com"));
        QVERIFY(r);
        QVERIFY(r->transportError);
        QVERIFY(r->transportError->detail.find("loopback only") != std::string::npos);
    }

    void cancelFinishesOnce()
    {
        FakeHttpServer server([](const ReceivedRequest &, QTcpSocket *) {});
        QtTransport transport;
        int calls = 0;
        std::optional<ims::HttpResponse> result;
        const quint64 id = transport.send(tokenRequest(server.url()), [&](ims::HttpResponse r) {
            ++calls;
            result = std::move(r);
        });
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 5000);
        transport.cancel(id);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QTest::qWait(100);
        QCOMPARE(calls, 1);
        QCOMPARE(result->transportError->code, ims::ErrorCode::NetworkFailure);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "test_transport.moc"
