#include "testutil.h"

#include <imscore/secret.h>

#include <QTest>

using ims::Secret;

class TestSecret : public QObject
{
    Q_OBJECT
private slots:
    void holdsAndCompares()
    {
        Secret a("value");
        QCOMPARE(std::string(a.reveal()), std::string("value"));
        QCOMPARE(a.size(), std::size_t(5));
        QVERIFY(a == Secret("value"));
        QVERIFY(!(a == Secret("other")));
    }
    void moveLeavesSourceEmpty()
    {
        Secret a("value-that-is-longer-than-the-small-string-buffer");
        Secret b(std::move(a));
        QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): the point of the test
        QCOMPARE(std::string(b.reveal()), std::string("value-that-is-longer-than-the-small-string-buffer"));
        Secret c;
        c = std::move(b);
        QVERIFY(b.empty()); // NOLINT(bugprone-use-after-move)
        QVERIFY(!c.empty());
    }
    // A string handed over by move is wiped where it was: no second copy stays in its buffer
    // (heap for long values, the small-string buffer for short ones).
    void constructorWipesTheStringItWasGiven_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("short") << QByteArray("p8e-short");
        QTest::newRow("long") << QByteArray("p8e-a-client-secret-long-enough-to-live-on-the-heap-0123456789");
    }
    void constructorWipesTheStringItWasGiven()
    {
        QFETCH(QByteArray, value);
        std::string source = value.toStdString();
        const char *buffer = source.data();
        const std::size_t length = source.size();
        Secret secret(std::move(source));
        QCOMPARE(std::string(secret.reveal()), value.toStdString());
        QVERIFY(source.empty()); // NOLINT(bugprone-use-after-move): the point of the test
        QCOMPARE(source.data(), buffer); // the same buffer, still owned by source
        for (std::size_t i = 0; i < length; ++i)
            QCOMPARE(int(buffer[i]), 0);
    }
    void clearWipesTheBuffer()
    {
        Secret a("p8e-a-client-secret-long-enough-to-live-on-the-heap-0123456789");
        const char *buffer = a.reveal().data();
        const std::size_t length = a.size();
        a.clear();
        QVERIFY(a.empty());
        QCOMPARE(a.reveal().data(), buffer); // clear keeps the allocation, so it can be checked
        for (std::size_t i = 0; i < length; ++i)
            QCOMPARE(int(buffer[i]), 0);
    }
    void clearWipes()
    {
        Secret a("value");
        a.clear();
        QVERIFY(a.empty());
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "test_secret.moc"
