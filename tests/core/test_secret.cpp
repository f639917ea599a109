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
    void clearWipes()
    {
        Secret a("value");
        a.clear();
        QVERIFY(a.empty());
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "test_secret.moc"
