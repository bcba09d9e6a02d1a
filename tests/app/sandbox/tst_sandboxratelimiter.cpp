#include "sandbox/SandboxRateLimiter.h"

#include <QTest>

// SandboxRateLimiter is a sliding window: a refused call is not counted, and Retry-After says when the oldest call
// in the window leaves it.
class TestSandboxRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void window_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QList<qint64>>("times");    // ms of each attempt
        QTest::addColumn<QList<qint64>>("expected"); // 0: allowed, n: refused with Retry-After n

        QTest::newRow("under the limit") << 3 << 60 << QList<qint64>{0, 1000, 2000} << QList<qint64>{0, 0, 0};
        QTest::newRow("one over the limit")
            << 3 << 60 << QList<qint64>{0, 1000, 2000, 3000} << QList<qint64>{0, 0, 0, 57};
        QTest::newRow("refusals are not counted")
            << 2 << 10 << QList<qint64>{0, 0, 1000, 2000, 10000} << QList<qint64>{0, 0, 9, 8, 0};
        QTest::newRow("window slides one call at a time")
            << 2 << 10 << QList<qint64>{0, 5000, 9000, 10000, 12000, 15000} << QList<qint64>{0, 0, 1, 0, 3, 0};
        QTest::newRow("retry-after rounds up") << 1 << 10 << QList<qint64>{0, 500} << QList<qint64>{0, 10};
        QTest::newRow("retry-after at least one second") << 1 << 10 << QList<qint64>{0, 9999} << QList<qint64>{0, 1};
        QTest::newRow("clerk default") << 50 << 3600 << QList<qint64>(51, 0) << [] {
            QList<qint64> expected(50, 0);
            expected.append(3600);
            return expected;
        }();
    }

    void window()
    {
        QFETCH(int, calls);
        QFETCH(int, seconds);
        QFETCH(QList<qint64>, times);
        QFETCH(QList<qint64>, expected);

        SandboxRateLimiter limiter(calls, seconds);
        for (qsizetype i = 0; i < times.size(); ++i) {
            qint64 retryAfter = 0;
            const bool allowed = limiter.tryAcquire(times.at(i), &retryAfter);
            QCOMPARE(allowed ? 0 : retryAfter, expected.at(i));
        }
    }

    void clearForgetsTheWindow()
    {
        SandboxRateLimiter limiter(1, 3600);
        QVERIFY(limiter.tryAcquire(0, nullptr));
        QVERIFY(!limiter.tryAcquire(1, nullptr));
        limiter.clear();
        QVERIFY(limiter.tryAcquire(2, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRateLimiter)
#include "tst_sandboxratelimiter.moc"
