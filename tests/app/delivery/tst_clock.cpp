#include "delivery/JitterSource.h"
#include "delivery/SystemClock.h"
#include "support/FakeClock.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

// The time seam: FakeClock fires due wake-ups synchronously in order when advanced; SystemClock fires them from the
// event loop; both never fire from within wakeAt and drop wake-ups whose context is gone. And the jitter seam.
class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void fakeFiresInDueOrder_data()
    {
        QTest::addColumn<QList<qint64>>("delays"); // scheduling order
        QTest::addColumn<qint64>("advanceBy");
        QTest::addColumn<QList<int>>("fired"); // indices into delays, in firing order
        QTest::newRow("nothing due yet") << QList<qint64>{100, 200} << qint64(99) << QList<int>{};
        QTest::newRow("exactly due") << QList<qint64>{100} << qint64(100) << QList<int>{0};
        QTest::newRow("out of scheduling order") << QList<qint64>{300, 100, 200} << qint64(1000) << QList<int>{1, 2, 0};
        QTest::newRow("same instant keeps scheduling order")
            << QList<qint64>{50, 50, 50} << qint64(50) << QList<int>{0, 1, 2};
        QTest::newRow("only the due ones") << QList<qint64>{10, 5000, 20} << qint64(1000) << QList<int>{0, 2};
        QTest::newRow("already past is fired by advance(0)") << QList<qint64>{-10, 0} << qint64(0) << QList<int>{0, 1};
    }

    void fakeFiresInDueOrder()
    {
        QFETCH(QList<qint64>, delays);
        QFETCH(qint64, advanceBy);
        QFETCH(QList<int>, fired);
        FakeClock clock(1000);
        QList<int> order;
        QList<qint64> firedAt;
        for (int i = 0; i < delays.size(); ++i) {
            clock.wakeAt(clock.nowMs() + delays.at(i), nullptr, [&, i] {
                order.append(i);
                firedAt.append(clock.nowMs());
            });
        }
        QVERIFY2(order.isEmpty(), "a wake-up fired from within wakeAt");
        clock.advance(advanceBy);
        QCOMPARE(order, fired);
        for (int k = 0; k < order.size(); ++k) {
            QCOMPARE(firedAt.at(k), qMax<qint64>(1000, 1000 + delays.at(order.at(k))));
        }
        QCOMPARE(clock.nowMs(), 1000 + advanceBy);
        QCOMPARE(clock.pendingCount(), int(delays.size() - fired.size()));
    }

    void fakeFiresWakeUpsScheduledByCallbacks()
    {
        FakeClock clock(0);
        QList<qint64> ticks;
        std::function<void()> tick = [&] {
            ticks.append(clock.nowMs());
            if (ticks.size() < 5) {
                clock.wakeAfter(1000, nullptr, tick);
            }
        };
        clock.wakeAfter(1000, nullptr, tick);
        clock.advance(3500);
        QCOMPARE(ticks, (QList<qint64>{1000, 2000, 3000}));
        QCOMPARE(clock.nextWakeMs(), qint64(4000));
        QVERIFY(clock.advanceToNextWake());
        QCOMPARE(clock.nowMs(), qint64(4000));
        clock.advance(10'000);
        QCOMPARE(ticks, (QList<qint64>{1000, 2000, 3000, 4000, 5000}));
        QVERIFY(!clock.advanceToNextWake());
    }

    void fakeCancelAndDeadContext()
    {
        FakeClock clock(0);
        auto context = std::make_unique<QObject>();
        int fired = 0;
        const Clock::WakeId cancelled = clock.wakeAfter(10, nullptr, [&] { fired += 1; });
        clock.wakeAfter(20, context.get(), [&] { fired += 10; });
        clock.wakeAfter(30, nullptr, [&] { fired += 100; });
        QVERIFY(cancelled != 0);
        clock.cancel(cancelled);
        clock.cancel(9999); // unknown ids are ignored
        context.reset();
        QCOMPARE(clock.pendingCount(), 1);
        clock.advance(100);
        QCOMPARE(fired, 100);
    }

    void systemClockNowIsUtcWallTime()
    {
        SystemClock clock;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = clock.nowMs();
        QVERIFY(now >= before && now - before < 60'000);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }

    void systemClockFiresFromTheEventLoop_data()
    {
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("already past") << qint64(-5000);
        QTest::newRow("now") << qint64(0);
        QTest::newRow("shortly") << qint64(30);
    }

    void systemClockFiresFromTheEventLoop()
    {
        QFETCH(qint64, delayMs);
        SystemClock clock;
        QObject context;
        const qint64 due = clock.nowMs() + delayMs;
        qint64 firedAt = -1;
        clock.wakeAt(due, &context, [&] { firedAt = clock.nowMs(); });
        QCOMPARE(firedAt, qint64(-1)); // never synchronously
        QCOMPARE(clock.pendingCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(firedAt >= 0, 5000);
        QVERIFY2(firedAt >= due, "fired before it was due");
        QTRY_COMPARE(clock.pendingCount(), 0);
    }

    void systemClockCancelAndDeadContext()
    {
        SystemClock clock;
        auto context = std::make_unique<QObject>();
        int fired = 0;
        const Clock::WakeId cancelled = clock.wakeAfter(5, nullptr, [&] { fired += 1; });
        clock.wakeAfter(5, context.get(), [&] { fired += 10; });
        bool sentinel = false;
        clock.wakeAfter(40, nullptr, [&] { sentinel = true; });
        clock.cancel(cancelled);
        context.reset();
        QTRY_VERIFY_WITH_TIMEOUT(sentinel, 5000);
        QCOMPARE(fired, 0);
    }

    void jitter_data()
    {
        QTest::addColumn<double>("generated");
        QTest::addColumn<double>("expected");
        QTest::newRow("inside the range") << 0.25 << 0.25;
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("negative becomes zero") << -0.5 << 0.0;
        QTest::newRow("one stays below one") << 1.0 << std::nextafter(1.0, 0.0);
        QTest::newRow("not a number becomes zero") << std::numeric_limits<double>::quiet_NaN() << 0.0;
    }

    void jitter()
    {
        QFETCH(double, generated);
        QFETCH(double, expected);
        QCOMPARE(JitterSource::fixed(generated).next(), expected);
    }

    void jitterDefaultStaysInRange()
    {
        const JitterSource jitter;
        for (int i = 0; i < 1000; ++i) {
            const double value = jitter.next();
            QVERIFY(value >= 0.0 && value < 1.0);
        }
    }

    void jitterSequence()
    {
        int calls = 0;
        const JitterSource jitter([&calls] { return 0.1 * ++calls; });
        QCOMPARE(jitter.next(), 0.1);
        QCOMPARE(jitter.next(), 0.2);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
