#include "testutil.h"

#include <imscore/secret_store.h>

#include <QTest>

using namespace ims;

namespace {
std::optional<Secret> readNow(SecretStore &store, const std::string &key, std::optional<Error> *error = nullptr)
{
    std::optional<Secret> out;
    store.read(key, [&](std::optional<Secret> v, std::optional<Error> e) {
        out = std::move(v);
        if (error)
            *error = e;
    });
    return out;
}
} // namespace

class TestChunkingSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void shortValuesAreStoredUnchanged()
    {
        InMemorySecretStore inner;
        ChunkingSecretStore store(inner, 100);
        store.write("k", Secret("short"), [](auto e) { QVERIFY(!e); });
        QCOMPARE(inner.size(), std::size_t(1));
        QCOMPARE(std::string(readNow(inner, "k")->reveal()), std::string("short"));
        QCOMPARE(std::string(readNow(store, "k")->reveal()), std::string("short"));
    }

    void longValuesAreSplitAndJoined()
    {
        InMemorySecretStore inner;
        ChunkingSecretStore store(inner, 100);
        std::string big;
        for (int i = 0; i < 350; ++i)
            big += char('a' + i % 26);
        store.write("k", Secret(big), [](auto e) { QVERIFY(!e); });
        QCOMPARE(inner.size(), std::size_t(4)); // 100 + 100 + 100 + 50
        for (std::size_t part = 2; part <= 4; ++part)
            QVERIFY(readNow(inner, ChunkingSecretStore::partKey("k", part)));
        QVERIFY(readNow(inner, "k")->size() <= 100 + 20);
        QCOMPARE(std::string(readNow(store, "k")->reveal()), big);
    }

    void shrinkingRemovesOrphanParts()
    {
        InMemorySecretStore inner;
        ChunkingSecretStore store(inner, 100);
        store.write("k", Secret(std::string(450, 'x')), [](auto e) { QVERIFY(!e); });
        QCOMPARE(inner.size(), std::size_t(5));
        store.write("k", Secret(std::string(150, 'y')), [](auto e) { QVERIFY(!e); });
        QCOMPARE(inner.size(), std::size_t(2));
        QCOMPARE(std::string(readNow(store, "k")->reveal()), std::string(150, 'y'));
        store.write("k", Secret("z"), [](auto e) { QVERIFY(!e); });
        QCOMPARE(inner.size(), std::size_t(1));
    }

    void removeTakesEveryPart()
    {
        InMemorySecretStore inner;
        ChunkingSecretStore store(inner, 100);
        store.write("k", Secret(std::string(300, 'x')), [](auto) {});
        bool removed = false;
        store.remove("k", [&](auto e) { removed = !e; });
        QVERIFY(removed);
        QCOMPARE(inner.size(), std::size_t(0));
    }

    void missingPartIsSecretMissing()
    {
        InMemorySecretStore inner;
        ChunkingSecretStore store(inner, 100);
        store.write("k", Secret(std::string(300, 'x')), [](auto) {});
        inner.remove(ChunkingSecretStore::partKey("k", 2), [](auto) {});
        std::optional<Error> error;
        QVERIFY(!readNow(store, "k", &error));
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::SecretMissing);
    }

    void failuresPassThrough()
    {
        InMemorySecretStore inner;
        ChunkingSecretStore store(inner, 100);
        inner.failWith = makeError(ErrorCode::KeychainLocked);
        std::optional<Error> error;
        store.write("k", Secret(std::string(300, 'x')), [&](auto e) { error = e; });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::KeychainLocked);
    }
};

QTEST_GUILESS_MAIN(TestChunkingSecretStore)
#include "test_chunking_secret_store.moc"
