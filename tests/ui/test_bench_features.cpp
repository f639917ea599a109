// What the benchmarks need from the app, tested for behaviour (bench_smoke only checks that the
// benchmarks run): HealthRunner writes results in batches but each one is in the store before it
// is reported, and allDone comes once; the sandbox's rate limit can be raised; `check
// --concurrency` refuses nonsense; `ims-wizard --exit-after-first-paint` exits 0 after painting.

#include "appcontext.h"
#include "healthrunner.h"
#include "sandboxserver.h"
#include "testutil.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <imscore/crypto.h>
#include <imscore/sandbox.h>
#include <imscore/secret_store.h>
#include <imscore/store.h>
#include <imscore/token.h>
#include <set>

namespace {

const QString kBinary = QStringLiteral(IMS_BINARY_DIR "/app/ims-wizard");

const ims::SandboxClient &targetClient()
{
    for (const auto &c : ims::sandboxOrganisation())
        if (c.solutionId == "target")
            return c;
    return ims::sandboxOrganisation().front();
}

ims::Configuration sampleConfiguration(int i)
{
    ims::Configuration config = ims::sandboxClientConfiguration(targetClient());
    config.title = "Runner " + std::to_string(i);
    return config;
}

} // namespace

class TestBenchFeatures : public QObject
{
    Q_OBJECT
private slots:
    void healthRunnerBatchesButRecordsBeforeReporting()
    {
        QTemporaryDir sandboxDir;
        QTemporaryDir configDir;
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(sandboxDir.path(), 0, &error), qPrintable(error));
        server.rules().setRateLimit(1000);
        ims::InMemorySecretStore secrets;
        AppContext context(configDir.path(), &secrets);
        context.useSandbox(server.url(), {server.caCertificate()});

        constexpr int kCount = 24;
        std::vector<ims::Configuration> configs;
        for (int i = 0; i < kCount; ++i) {
            configs.push_back(sampleConfiguration(i));
            // Every fourth one has a wrong secret: failures are recorded too.
            const std::string secret = i % 4 == 3 ? "wrong" : targetClient().clientSecret;
            bool written = false;
            secrets.write(configs.back().clientSecretRef, ims::Secret(secret), [&](auto) { written = true; });
            QTRY_VERIFY(written);
        }
        // One more, deleted from the store while the checks run: not brought back.
        ims::Configuration deleted = sampleConfiguration(99);
        configs.push_back(deleted);
        QVERIFY(!context.store().save(configs));

        HealthRunner runner(&context, 4);
        QSignalSpy allDone(&runner, &HealthRunner::allDone);
        std::set<std::string> reported;
        int failures = 0;
        int storedWhenReported = 0;
        connect(&runner, &HealthRunner::finished, this,
                [&](const ims::Configuration &updated, const ims::HealthReport &report) {
                    QVERIFY(reported.insert(updated.id).second); // once each
                    if (!report.ok)
                        ++failures;
                    QVERIFY(updated.lastHealth() && updated.lastHealth()->ok == report.ok);
                    const auto stored = context.store().load();
                    QVERIFY(stored);
                    for (const auto &c : stored.value())
                        if (c.id == updated.id && c.lastHealth() && c.lastHealth()->ok == report.ok)
                            ++storedWhenReported;
                });
        for (const auto &config : configs)
            runner.enqueue(config);
        QVERIFY(!context.store().remove(deleted.id));
        QTRY_COMPARE_WITH_TIMEOUT(allDone.count(), 1, 60000);
        QCOMPARE(int(reported.size()), kCount + 1);
        QCOMPARE(failures, kCount / 4 + 1); // the deleted one has no secret at all
        QCOMPARE(storedWhenReported, kCount); // every one still stored had its result on disk first
        QVERIFY(!runner.busy());
        QTest::qWait(2 * HealthRunner::kBatchDelayMs);
        QCOMPARE(allDone.count(), 1);

        const auto stored = context.store().load();
        QVERIFY(stored);
        QCOMPARE(int(stored.value().size()), kCount);
        for (const auto &c : stored.value()) {
            QVERIFY(c.id != deleted.id);
            QCOMPARE(int(c.health.size()), 1);
        }
    }

    void sandboxRateLimitCanBeRaised()
    {
        auto key = ims::PrivateKey::generateRsa(2048);
        QVERIFY(key);
        ims::SandboxIms ims(std::move(key).value());
        QCOMPARE(ims.rateLimit(), ims::SandboxIms::kRateLimit);
        ims::Configuration config = sampleConfiguration(0);
        config.authorizationServer = "https://127.0.0.1:1";
        ims::HttpRequest request = ims::buildOAuthRequest(config, ims::Secret(targetClient().clientSecret));
        request.url = "/ims/token/v3";
        const auto now = std::chrono::system_clock::now();
        ims.setRateLimit(3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ims.handle(request, now).status, 200);
        QCOMPARE(ims.handle(request, now).status, 429);
        ims.setRateLimit(100);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(ims.handle(request, now).status, 200);
        ims.setRateLimit(0);
        QCOMPARE(ims.rateLimit(), 1);
    }

    void checkConcurrencyRefusesNonsense()
    {
        QTemporaryDir configDir;
        for (const char *value : {"0", "65", "many"}) {
            QProcess process;
            process.start(kBinary, {QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--concurrency"),
                                    QLatin1String(value), QStringLiteral("--config-dir"), configDir.path()});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(process.readAllStandardError().contains("--concurrency"));
        }
    }

    void exitsAfterFirstPaint()
    {
        QTemporaryDir configDir;
        QProcess process;
        process.start(kBinary, {QStringLiteral("--exit-after-first-paint"), QStringLiteral("--config-dir"),
                                configDir.path()});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("first-paint"));
    }
};

QTEST_MAIN(TestBenchFeatures)
#include "test_bench_features.moc"
