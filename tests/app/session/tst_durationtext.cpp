#include "core/DurationText.h"
#include "core/Translations.h"

#include <QTest>

// Durations and rates in words, as the send confirmation and the progress panel show them.
class TestDurationText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QCoreApplication::instance()); }

    void inWords_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing") << qint64(0) << QStringLiteral("less than a minute");
        QTest::newRow("59 seconds") << qint64(59'999) << QStringLiteral("less than a minute");
        QTest::newRow("one minute") << qint64(60'000) << QStringLiteral("about 1 minute");
        QTest::newRow("54 minutes 29 seconds") << qint64(3'269'000) << QStringLiteral("about 54 minutes");
        QTest::newRow("55 minutes rounds to an hour") << qint64(3'300'000) << QStringLiteral("about 1 hour");
        QTest::newRow("90 minutes rounds to hours") << qint64(5'400'000) << QStringLiteral("about 2 hours");
        QTest::newRow("one hour") << qint64(3'600'000) << QStringLiteral("about 1 hour");
        QTest::newRow("47 hours") << qint64(47 * 3'600'000LL) << QStringLiteral("about 47 hours");
        QTest::newRow("two days") << qint64(48 * 3'600'000LL) << QStringLiteral("about 2 days");
    }

    void inWords()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(DurationText::inWords(ms), text);
    }

    void rate_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("clerk's limit") << 50 << 3600 << QStringLiteral("50 calls per hour");
        QTest::newRow("one a minute") << 1 << 60 << QStringLiteral("1 call per minute");
        QTest::newRow("odd window") << 7 << 100 << QStringLiteral("7 calls per 100 seconds");
    }

    void rate()
    {
        QFETCH(int, calls);
        QFETCH(int, seconds);
        QFETCH(QString, text);
        QCOMPARE(DurationText::rate(calls, seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestDurationText)
#include "tst_durationtext.moc"
