#include "delivery/RatePacer.h"
#include "support/FakeClock.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Hour = 3600 * Second;

// Sends `count` calls as fast as the pacer allows, waiting through the fake clock; returns their send times.
QList<qint64> sendPaced(RatePacer &pacer, FakeClock &clock, int count)
{
    QList<qint64> sent;
    for (int i = 0; i < count; ++i) {
        clock.advance(pacer.delayBeforeNextCall(clock.nowMs()));
        pacer.recordCall(clock.nowMs());
        sent.append(clock.nowMs());
    }
    return sent;
}

// Largest number of calls inside any window of windowMs (half-open: (t - window, t]).
int busiestWindow(const QList<qint64> &sent, qint64 windowMs)
{
    int busiest = 0;
    for (qsizetype end = 0; end < sent.size(); ++end) {
        int inWindow = 0;
        for (qsizetype k = 0; k <= end; ++k) {
            inWindow += sent.at(k) > sent.at(end) - windowMs ? 1 : 0;
        }
        busiest = qMax(busiest, inWindow);
    }
    return busiest;
}

} // namespace

// RatePacer: never more than N bulk calls in any S seconds, bursts of N first, exact waits, Retry-After deferral,
// ETA, restoring history from the journal, and the --rate parser.
class TestRatePacer : public QObject
{
    Q_OBJECT

private slots:
    void burstThenWaitForTheWindow_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("seconds");
        QTest::newRow("default 50/3600") << 50 << 3600;
        QTest::newRow("1/1") << 1 << 1;
        QTest::newRow("10/60") << 10 << 60;
        QTest::newRow("100/86400") << 100 << 86400;
    }

    void burstThenWaitForTheWindow()
    {
        QFETCH(int, calls);
        QFETCH(int, seconds);
        FakeClock clock;
        const qint64 start = clock.nowMs();
        RatePacer pacer(calls, seconds);
        for (int i = 0; i < calls; ++i) {
            QCOMPARE(pacer.delayBeforeNextCall(clock.nowMs()), qint64(0));
            pacer.recordCall(clock.nowMs());
        }
        // The (N+1)th call waits exactly until the first call of the burst is S seconds old.
        QCOMPARE(pacer.delayBeforeNextCall(clock.nowMs()), seconds * Second);
        clock.advance(seconds * Second - 1);
        QCOMPARE(pacer.delayBeforeNextCall(clock.nowMs()), qint64(1));
        clock.advance(1);
        QCOMPARE(pacer.delayBeforeNextCall(clock.nowMs()), qint64(0));
        QCOMPARE(pacer.nextCallAtMs(clock.nowMs()), start + seconds * Second);
    }

    void slidingWindow_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QList<qint64>>("sentAt"); // seconds after the start
        QTest::addColumn<qint64>("now");           // seconds after the start
        QTest::addColumn<qint64>("nextAt");        // seconds after the start
        QTest::newRow("window not full") << 3 << 60 << QList<qint64>{0, 10} << qint64(11) << qint64(11);
        QTest::newRow("full: wait for the oldest") << 3 << 60 << QList<qint64>{0, 10, 20} << qint64(21) << qint64(60);
        QTest::newRow("oldest already out of the window")
            << 3 << 60 << QList<qint64>{0, 10, 20} << qint64(65) << qint64(65);
        QTest::newRow("only the last N count") << 3 << 60 << QList<qint64>{0, 10, 20, 60} << qint64(61) << qint64(70);
        QTest::newRow("spread calls free one at a time")
            << 2 << 100 << QList<qint64>{0, 50, 100, 150} << qint64(151) << qint64(200);
    }

    void slidingWindow()
    {
        QFETCH(int, calls);
        QFETCH(int, seconds);
        QFETCH(QList<qint64>, sentAt);
        QFETCH(qint64, now);
        QFETCH(qint64, nextAt);
        const qint64 start = 1'000'000;
        RatePacer pacer(calls, seconds);
        for (const qint64 at : sentAt) {
            pacer.recordCall(start + at * Second);
        }
        QCOMPARE(pacer.nextCallAtMs(start + now * Second), start + nextAt * Second);
        QCOMPARE(pacer.delayBeforeNextCall(start + now * Second), (nextAt - now) * Second);
    }

    void neverMoreThanNInAnyWindow_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("total");
        QTest::newRow("250 calls at 50/3600") << 50 << 3600 << 250;
        QTest::newRow("40 calls at 3/10") << 3 << 10 << 40;
        QTest::newRow("15 calls at 1/1") << 1 << 1 << 15;
    }

    void neverMoreThanNInAnyWindow()
    {
        QFETCH(int, calls);
        QFETCH(int, seconds);
        QFETCH(int, total);
        FakeClock clock;
        RatePacer pacer(calls, seconds);
        const QList<qint64> sent = sendPaced(pacer, clock, total);
        QCOMPARE(busiestWindow(sent, seconds * Second), calls);
        // Paced as fast as allowed, the last call goes exactly where estimateFinishMs() said it would.
        QCOMPARE(sent.constLast(), RatePacer(calls, seconds).estimateFinishMs(total, sent.constFirst()));
    }

    void deferUntil_data()
    {
        QTest::addColumn<int>("alreadySent");
        QTest::addColumn<QList<qint64>>("deferrals"); // seconds after the start, in the order given
        QTest::addColumn<qint64>("nextAt");           // seconds after the start
        QTest::newRow("Retry-After inside the burst") << 0 << QList<qint64>{30} << qint64(30);
        QTest::newRow("Retry-After shorter than the window wait") << 50 << QList<qint64>{30} << qint64(3600);
        QTest::newRow("Retry-After longer than the window wait") << 50 << QList<qint64>{4000} << qint64(4000);
        QTest::newRow("an earlier deferral does not shorten a later one") << 0 << QList<qint64>{90, 20} << qint64(90);
        QTest::newRow("a deferral in the past changes nothing") << 0 << QList<qint64>{-10} << qint64(0);
    }

    void deferUntil()
    {
        QFETCH(int, alreadySent);
        QFETCH(QList<qint64>, deferrals);
        QFETCH(qint64, nextAt);
        FakeClock clock;
        const qint64 start = clock.nowMs();
        RatePacer pacer;
        for (int i = 0; i < alreadySent; ++i) {
            pacer.recordCall(start);
        }
        for (const qint64 at : deferrals) {
            pacer.deferUntil(start + at * Second);
        }
        QCOMPARE(pacer.nextCallAtMs(start), start + nextAt * Second);
        clock.advanceTo(start + nextAt * Second);
        QCOMPARE(pacer.delayBeforeNextCall(clock.nowMs()), qint64(0));
    }

    void estimate_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QList<qint64>>("history"); // seconds after now (negative: in the past)
        QTest::addColumn<qint64>("deferUntil");     // seconds after now; 0 for none
        QTest::addColumn<int>("remaining");
        QTest::addColumn<qint64>("finishAfter"); // seconds after now
        // 1,000 invitees are 100 calls of ten: 50 go at once, the next 50 once the first are an hour old. The last
        // call leaves exactly 3600 s after the first; the run ends that call's round trip later.
        QTest::newRow("1000 invitees at 50/3600 from fresh: exactly 3600 s")
            << 50 << 3600 << QList<qint64>{} << qint64(0) << 100 << qint64(3600);
        QTest::newRow("nothing to send") << 50 << 3600 << QList<qint64>{} << qint64(0) << 0 << qint64(0);
        QTest::newRow("one call") << 50 << 3600 << QList<qint64>{} << qint64(0) << 1 << qint64(0);
        QTest::newRow("a full burst goes now") << 50 << 3600 << QList<qint64>{} << qint64(0) << 50 << qint64(0);
        QTest::newRow("one more than a burst") << 50 << 3600 << QList<qint64>{} << qint64(0) << 51 << qint64(3600);
        QTest::newRow("10000 invitees at 50/3600")
            << 50 << 3600 << QList<qint64>{} << qint64(0) << 1000 << qint64(19 * 3600);
        QTest::newRow("window full since 30 minutes")
            << 50 << 3600 << QList<qint64>(50, -1800) << qint64(0) << 10 << qint64(1800);
        QTest::newRow("half the window used") << 4 << 100 << QList<qint64>{-50, -40} << qint64(0) << 4 << qint64(60);
        QTest::newRow("after a Retry-After") << 50 << 3600 << QList<qint64>{} << qint64(120) << 100 << qint64(3720);
        QTest::newRow("history newer than now (clock stepped back)")
            << 2 << 10 << QList<qint64>{5} << qint64(0) << 3 << qint64(15);
    }

    void estimate()
    {
        QFETCH(int, calls);
        QFETCH(int, seconds);
        QFETCH(QList<qint64>, history);
        QFETCH(qint64, deferUntil);
        QFETCH(int, remaining);
        QFETCH(qint64, finishAfter);
        const qint64 now = 1'700'000'000'000;
        RatePacer pacer(calls, seconds);
        for (const qint64 at : history) {
            pacer.recordCall(now + at * Second);
        }
        if (deferUntil > 0) {
            pacer.deferUntil(now + deferUntil * Second);
        }
        QCOMPARE(pacer.estimateFinishMs(remaining, now), now + finishAfter * Second);
    }

    void restoringHistoryInAnyOrder()
    {
        // The journal hands back send times; the order they are recorded in must not matter.
        QList<qint64> times;
        for (int i = 0; i < 120; ++i) {
            times.append(1'000'000 + qint64(i) * 37 * Second);
        }
        RatePacer sorted(50, 3600);
        for (const qint64 at : times) {
            sorted.recordCall(at);
        }
        QList<qint64> shuffled = times;
        std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
        RatePacer restored(50, 3600);
        for (const qint64 at : shuffled) {
            restored.recordCall(at);
        }
        QCOMPARE(restored.recentCalls(), sorted.recentCalls());
        QCOMPARE(restored.recentCalls().size(), 50);
        QCOMPARE(restored.nextCallAtMs(times.constLast()), sorted.nextCallAtMs(times.constLast()));
        QCOMPARE(restored.nextCallAtMs(times.constLast()), times.at(70) + Hour);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("calls");   // 0 when parsing must fail
        QTest::addColumn<int>("seconds"); // 0 when parsing must fail
        QTest::addColumn<QString>("error");
        const QString shape = QStringLiteral("rate must look like N/SECONDS, e.g. 50/3600 (got \"%1\")");
        QTest::newRow("the default") << QStringLiteral("50/3600") << 50 << 3600 << QString();
        QTest::newRow("one per second") << QStringLiteral("1/1") << 1 << 1 << QString();
        QTest::newRow("spaces around") << QStringLiteral(" 10 / 60 ") << 10 << 60 << QString();
        QTest::newRow("the largest accepted") << QStringLiteral("100000/31622400") << 100000 << 31622400 << QString();
        QTest::newRow("empty") << QString() << 0 << 0 << shape.arg(QString());
        QTest::newRow("no slash") << QStringLiteral("50") << 0 << 0 << shape.arg(u"50");
        QTest::newRow("no seconds") << QStringLiteral("50/") << 0 << 0 << shape.arg(u"50/");
        QTest::newRow("no calls") << QStringLiteral("/3600") << 0 << 0 << shape.arg(u"/3600");
        QTest::newRow("two slashes") << QStringLiteral("50/60/60") << 0 << 0 << shape.arg(u"50/60/60");
        QTest::newRow("words") << QStringLiteral("fifty/hour") << 0 << 0 << shape.arg(u"fifty/hour");
        QTest::newRow("a unit") << QStringLiteral("50/1h") << 0 << 0 << shape.arg(u"50/1h");
        QTest::newRow("a decimal") << QStringLiteral("2.5/60") << 0 << 0 << shape.arg(u"2.5/60");
        QTest::newRow("negative") << QStringLiteral("-5/60") << 0 << 0 << shape.arg(u"-5/60");
        QTest::newRow("plus sign") << QStringLiteral("+5/60") << 0 << 0 << shape.arg(u"+5/60");
        QTest::newRow("colon instead of slash") << QStringLiteral("50:3600") << 0 << 0 << shape.arg(u"50:3600");
        QTest::newRow("zero calls") << QStringLiteral("0/3600") << 0 << 0
                                    << QStringLiteral("rate must allow at least 1 call per window (got \"0/3600\")");
        QTest::newRow("zero seconds") << QStringLiteral("50/0") << 0 << 0
                                      << QStringLiteral("rate window must be at least 1 second (got \"50/0\")");
        QTest::newRow("too many calls")
            << QStringLiteral("100001/3600") << 0 << 0
            << QStringLiteral(
                   "rate \"100001/3600\" is too large: at most 100000 calls per window of at most 31622400 seconds");
        QTest::newRow("absurdly long number")
            << QStringLiteral("99999999999999999999/1") << 0 << 0 << shape.arg(u"99999999999999999999/1");
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, calls);
        QFETCH(int, seconds);
        QFETCH(QString, error);
        QString message = QStringLiteral("stale");
        const std::optional<RatePacer> pacer = RatePacer::parse(text, &message);
        if (calls == 0) {
            QVERIFY(!pacer);
            QCOMPARE(message, error);
            return;
        }
        QVERIFY2(pacer, qPrintable(message));
        QVERIFY(message.isEmpty());
        QCOMPARE(pacer->calls(), calls);
        QCOMPARE(pacer->seconds(), seconds);
        QCOMPARE(RatePacer::parse(pacer->toString())->toString(), pacer->toString());
    }

    void constructorClamps()
    {
        QCOMPARE(RatePacer(0, 0).toString(), QStringLiteral("1/1"));
        QCOMPARE(RatePacer().toString(), QStringLiteral("50/3600"));
    }
};

QTEST_GUILESS_MAIN(TestRatePacer)
#include "tst_ratepacer.moc"
