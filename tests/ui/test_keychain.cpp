// KeychainSecretStore against the real Secret Service (gnome-keyring in the test's D-Bus session).

#include "keychainsecretstore.h"
#include "testutil.h"

#include <QTest>
#include <QUuid>

namespace {
struct Outcome
{
    bool done = false;
    std::optional<ims::Error> error;
    std::optional<ims::Secret> value;
};

Outcome writeAndWait(KeychainSecretStore &store, const std::string &key, const ims::Secret &value)
{
    Outcome o;
    store.write(key, value, [&](std::optional<ims::Error> e) {
        o.error = e;
        o.done = true;
    });
    QTest::qWaitFor([&] { return o.done; }, 15000); // callers check done
    return o;
}

Outcome readAndWait(KeychainSecretStore &store, const std::string &key)
{
    Outcome o;
    store.read(key, [&](std::optional<ims::Secret> v, std::optional<ims::Error> e) {
        o.value = std::move(v);
        o.error = e;
        o.done = true;
    });
    QTest::qWaitFor([&] { return o.done; }, 15000); // callers check done
    return o;
}

Outcome removeAndWait(KeychainSecretStore &store, const std::string &key)
{
    Outcome o;
    store.remove(key, [&](std::optional<ims::Error> e) {
        o.error = e;
        o.done = true;
    });
    QTest::qWaitFor([&] { return o.done; }, 15000); // callers check done
    return o;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void writeReadRemove()
    {
        KeychainSecretStore store(QStringLiteral("io.imswizard.ImsWizard.test"));
        const std::string key = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() + "/client_secret";
        const ims::Secret secret("p8e-keychain-test-ünïcødé-" + key);

        auto w = writeAndWait(store, key, secret);
        QVERIFY(w.done);
        QVERIFY2(!w.error, w.error ? w.error->detail.c_str() : "");
        auto r = readAndWait(store, key);
        QVERIFY(r.done);
        QVERIFY2(!r.error, r.error ? r.error->detail.c_str() : "");
        QVERIFY(r.value && *r.value == secret);

        // Overwrite replaces.
        QVERIFY(!writeAndWait(store, key, ims::Secret("second")).error);
        r = readAndWait(store, key);
        QVERIFY(r.value && *r.value == ims::Secret("second"));

        QVERIFY(!removeAndWait(store, key).error);
        r = readAndWait(store, key);
        QVERIFY(!r.value);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ims::ErrorCode::SecretMissing);
        // Removing what is gone is fine.
        QVERIFY(!removeAndWait(store, key).error);
    }

    void missingEntryIsSecretMissing()
    {
        KeychainSecretStore store(QStringLiteral("io.imswizard.ImsWizard.test"));
        auto r = readAndWait(store, "no-such-configuration/client_secret");
        QVERIFY(r.done);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ims::ErrorCode::SecretMissing);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
