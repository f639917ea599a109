// The in-memory SecretStore that unit tests use in place of the OS keychain.

#include "imscore/secret_store.h"
#include "testutil.h"

#include <QTest>

using namespace ims;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove();
    void missingIsSecretMissing();
    void overwrite();
    void removeMissingIsFine();
    void failWith();
};

void TestSecretStore::writeReadRemove()
{
    InMemorySecretStore store;
    int calls = 0;
    store.write("a/client_secret", Secret("p8e-one"), [&](std::optional<Error> error) {
        ++calls;
        QVERIFY(!error);
    });
    QCOMPARE(calls, 1); // synchronous, exactly once
    QCOMPARE(store.size(), std::size_t(1));

    store.read("a/client_secret", [&](std::optional<Secret> value, std::optional<Error> error) {
        ++calls;
        QVERIFY(!error);
        QVERIFY(value);
        QCOMPARE(value->reveal(), std::string_view("p8e-one"));
    });
    QCOMPARE(calls, 2);

    store.remove("a/client_secret", [&](std::optional<Error> error) {
        ++calls;
        QVERIFY(!error);
    });
    QCOMPARE(calls, 3);
    QCOMPARE(store.size(), std::size_t(0));
}

void TestSecretStore::missingIsSecretMissing()
{
    InMemorySecretStore store;
    bool called = false;
    store.read("nope", [&](std::optional<Secret> value, std::optional<Error> error) {
        called = true;
        QVERIFY(!value);
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::SecretMissing);
    });
    QVERIFY(called);
}

void TestSecretStore::overwrite()
{
    InMemorySecretStore store;
    store.write("k", Secret("one"), [](std::optional<Error>) {});
    store.write("k", Secret("two"), [](std::optional<Error>) {});
    QCOMPARE(store.size(), std::size_t(1));
    std::string read;
    store.read(
        "k", [&](std::optional<Secret> value, std::optional<Error>) { read = std::string(value->reveal()); });
    QCOMPARE(read, std::string("two"));
}

void TestSecretStore::removeMissingIsFine()
{
    InMemorySecretStore store;
    bool called = false;
    store.remove("nope", [&](std::optional<Error> error) {
        called = true;
        QVERIFY(!error);
    });
    QVERIFY(called);
}

void TestSecretStore::failWith()
{
    InMemorySecretStore store;
    store.write("k", Secret("v"), [](std::optional<Error>) {});
    store.failWith = makeError(ErrorCode::KeychainLocked, "locked");

    int failures = 0;
    store.write("k2", Secret("v2"),
        [&](std::optional<Error> error) { failures += error && error->code == ErrorCode::KeychainLocked; });
    store.read("k", [&](std::optional<Secret> value, std::optional<Error> error) {
        QVERIFY(!value);
        failures += error && error->code == ErrorCode::KeychainLocked;
    });
    store.remove("k",
        [&](std::optional<Error> error) { failures += error && error->code == ErrorCode::KeychainLocked; });
    QCOMPARE(failures, 3);
    QCOMPARE(store.size(), std::size_t(1)); // nothing changed while failing

    store.failWith.reset();
    bool ok = false;
    store.read("k", [&](std::optional<Secret> value, std::optional<Error> error) { ok = value && !error; });
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
