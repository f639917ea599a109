// Every error code and field problem has a specific, complete, translatable message.

#include "messages.h"
#include "testutil.h"

#include <QSet>
#include <QTest>

class TestMessages : public QObject
{
    Q_OBJECT
private slots:
    void everyErrorHasTitleTextAndRemedy()
    {
        QSet<QString> titles;
        QHash<QString, QString> owner; // message → the code that had it first, to name a duplicate
        for (int c = int(ims::ErrorCode::None) + 1; c <= int(ims::kLastErrorCode); ++c) {
            const UserMessage m = Messages::describe(ims::makeError(ims::ErrorCode(c)));
            const QString name = QString::fromUtf8(ims::errorCodeName(ims::ErrorCode(c)).data());
            QVERIFY2(!m.title.isEmpty(), qPrintable(name));
            QVERIFY2(!m.text.isEmpty(), qPrintable(name));
            QVERIFY2(!m.remedy.isEmpty(), qPrintable(name));
            QVERIFY2(!owner.contains(m.title + m.text),
                     qPrintable(name + QStringLiteral(" repeats the message of ") + owner.value(m.title + m.text)));
            owner.insert(m.title + m.text, name);
            titles << m.title + m.text;
        }
        // Specific: no two codes share a message.
        QCOMPARE(titles.size(), int(ims::kLastErrorCode));
    }

    void detailsCarryServerWords()
    {
        ims::Error e = ims::makeError(ims::ErrorCode::InvalidClientSecret);
        e.httpStatus = 400;
        e.imsCode = "invalid_client";
        e.imsDescription = "invalid client_secret parameter";
        const UserMessage m = Messages::describe(e);
        QVERIFY(m.details.contains(QLatin1String("400")));
        QVERIFY(m.details.contains(QLatin1String("invalid client_secret parameter")));
    }

    void throttledSaysHowLong()
    {
        ims::Error e = ims::makeError(ims::ErrorCode::Throttled);
        e.retryAfterSeconds = 42;
        QVERIFY(Messages::describe(e).text.contains(QLatin1String("42")));
    }

    void everyProblemIsDescribed()
    {
        for (int p = int(ims::Problem::Required); p <= int(ims::kLastProblem); ++p) {
            const QString text = Messages::describe(ims::FieldProblem{ims::Field::ClientId, ims::Problem(p), "x"});
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(p)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "test_messages.moc"
