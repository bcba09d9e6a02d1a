#include "CliSandbox.h"
#include "cli/CommandLineApp.h"
#include "cli/DryRunPrinter.h"
#include "cli/LiveKeyConfirmation.h"
#include "cli/SendProgressPrinter.h"
#include "core/DurationText.h"
#include "core/Translations.h"

#include <QBuffer>
#include <QTest>

// The pieces of `send` tested in this process: durations, row ranges, the live-key question (answered through the
// input stream CliContext carries) and the progress line.
class TestSendParts : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Minute = 60'000;
    static constexpr qint64 Hour = 60 * Minute;

    static DeliveryProgress progress(int done, int total, int calls, qint64 waitMs = 0, const QString &reason = {},
                                     qint64 etaMs = -1)
    {
        DeliveryProgress value;
        value.rowsTotal = total;
        value.rowsDone = done;
        value.counts[RowStatus::Pending] = total - done;
        value.counts[RowStatus::Invited] = done;
        value.callsMade = calls;
        value.waitMs = waitMs;
        value.waitReason = reason;
        value.etaMs = etaMs;
        return value;
    }

private slots:
    // Messages are checked in English as users read them: with the plural forms of the English translation.
    void initTestCase() { Translations::install(QCoreApplication::instance()); }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("approximate");
        QTest::addColumn<QString>("elapsed");
        QTest::addColumn<QString>("countdown");

        QTest::newRow("nothing") << qint64(0) << QStringLiteral("less than a minute") << QStringLiteral("0 s")
                                 << QStringLiteral("0:00");
        QTest::newRow("a part of a second counts down as a second")
            << qint64(300) << QStringLiteral("less than a minute") << QStringLiteral("0 s") << QStringLiteral("0:01");
        QTest::newRow("just under a minute") << qint64(59'400) << QStringLiteral("less than a minute")
                                             << QStringLiteral("59 s") << QStringLiteral("1:00");
        QTest::newRow("twelve and a half minutes") << qint64(12 * Minute + 30'000) << QStringLiteral("about 13 min")
                                                   << QStringLiteral("12 min 30 s") << QStringLiteral("12:30");
        QTest::newRow("an hour less a few seconds: about an hour")
            << qint64(Hour - 8'000) << QStringLiteral("about 1 h") << QStringLiteral("59 min 52 s")
            << QStringLiteral("59:52");
        QTest::newRow("two hours and five minutes")
            << qint64(2 * Hour + 5 * Minute) << QStringLiteral("about 2 h 5 min") << QStringLiteral("2 h 5 min")
            << QStringLiteral("2:05:00");
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, approximate);
        QFETCH(QString, elapsed);
        QFETCH(QString, countdown);
        QCOMPARE(DurationText::approximate(ms), approximate);
        QCOMPARE(DurationText::elapsed(ms), elapsed);
        QCOMPARE(DurationText::countdown(ms), countdown);
    }

    void rowRanges_data()
    {
        QTest::addColumn<QList<int>>("numbers");
        QTest::addColumn<QString>("ranges");

        QTest::newRow("one row") << QList<int>{7} << QStringLiteral("7");
        QTest::newRow("one run") << QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << QStringLiteral("2\u201311");
        QTest::newRow("runs and single rows around invalid ones")
            << QList<int>{2, 3, 4, 5, 7, 9, 10, 11, 12} << QStringLiteral("2\u20135, 7, 9\u201312");
    }

    void rowRanges()
    {
        QFETCH(QList<int>, numbers);
        QFETCH(QString, ranges);
        QCOMPARE(DryRunPrinter::ranges(numbers), ranges);
    }

    void liveKeyRule_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("needed");

        QTest::newRow("live key, eleven rows") << QStringLiteral("sk_live_abc") << 11 << true;
        QTest::newRow("live key, ten rows") << QStringLiteral("sk_live_abc") << 10 << false;
        QTest::newRow("test key, a thousand rows") << QStringLiteral("sk_test_abc") << 1000 << false;
    }

    void liveKeyRule()
    {
        QFETCH(QString, key);
        QFETCH(int, rows);
        QFETCH(bool, needed);
        QCOMPARE(LiveKeyConfirmation::isNeeded(key, rows), needed);
    }

    void liveKeyQuestion_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("question");

        QTest::newRow("fits in the first window")
            << 15 << QStringLiteral("50/3600")
            << QStringLiteral("Send 15 invitations to org_x with a LIVE key? This takes less than a minute at 50 "
                              "calls per hour. [y/N] ");
        QTest::newRow("a thousand rows at the default rate: about an hour")
            << 1000 << QStringLiteral("50/3600")
            << QStringLiteral("Send 1000 invitations to org_x with a LIVE key? This takes about 1 h at 50 calls per "
                              "hour. [y/N] ");
        QTest::newRow("one call a minute") << 45 << QStringLiteral("1/60")
                                           << QStringLiteral("Send 45 invitations to org_x with a LIVE key? This "
                                                             "takes about 4 min at 1 call per minute. [y/N] ");
    }

    void liveKeyQuestion()
    {
        QFETCH(int, rows);
        QFETCH(QString, rate);
        QFETCH(QString, question);
        const auto pacer = RatePacer::parse(rate);
        QVERIFY(pacer);
        QCOMPARE(LiveKeyConfirmation::question(rows, QStringLiteral("org_x"), *pacer, 1'700'000'000'000), question);
    }

    void liveKeyAnswer_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("interactive");
        QTest::addColumn<int>("answer");

        using Answer = LiveKeyConfirmation::Answer;
        QTest::newRow("y") << QByteArray("y\n") << true << int(Answer::Yes);
        QTest::newRow("YES with spaces") << QByteArray("  YES \n") << true << int(Answer::Yes);
        QTest::newRow("n") << QByteArray("n\n") << true << int(Answer::No);
        QTest::newRow("just Enter") << QByteArray("\n") << true << int(Answer::No);
        QTest::newRow("end of input") << QByteArray() << true << int(Answer::No);
        QTest::newRow("yes typed ahead without a terminal") << QByteArray("y\n") << false << int(Answer::CannotAsk);
    }

    void liveKeyAnswer()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, interactive);
        QFETCH(int, answer);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QTextStream inStream(&input);
        CliContext context{outStream, errStream};
        context.interactive = interactive;
        context.in = &inStream;
        QCOMPARE(int(LiveKeyConfirmation::ask(context, QStringLiteral("Send? [y/N] "))), answer);
        errStream.flush();
        QCOMPARE(err, interactive ? QStringLiteral("Send? [y/N] ") : QString());
        QVERIFY(out.isEmpty());
    }

    void sendAsksBeforeALiveRun_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("created");

        QTest::newRow("answered yes") << QByteArray("y\n") << 0 << 11;
        QTest::newRow("answered no") << QByteArray("n\n") << 2 << 0;
    }

    void sendAsksBeforeALiveRun()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        QFETCH(int, created);
        CliSandbox env;
        QVERIFY(env.init());
        const QString file = env.writePeople(QStringLiteral("people.csv"), 11);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QTextStream inStream(&answer);
        CliContext context{outStream, errStream, env.environment(QStringLiteral("sk_live_in0process"))};
        context.interactive = true;
        context.in = &inStream;

        QStringList arguments = env.sendArguments(file);
        arguments.prepend(QStringLiteral("invitedesk-cli"));
        QCOMPARE(CommandLineApp().run(arguments, context), exitCode);
        outStream.flush();
        errStream.flush();
        QVERIFY2(err.contains(QStringLiteral("Send 11 invitations to org_sandbox_demo with a LIVE key? This takes less "
                                             "than a minute at 50 calls per hour. [y/N] ")),
                 qPrintable(err));
        QCOMPARE(env.sandbox->createdCount(), created);
        if (created == 0) {
            QVERIFY(err.contains(QStringLiteral("Nothing was sent.")));
            QCOMPARE(env.requests, 0);
        }
    }

    void progressLine_data()
    {
        QTest::addColumn<DeliveryProgress>("progress");
        QTest::addColumn<QString>("line");

        QTest::newRow("sending") << progress(120, 1000, 12, 0, {}, 59 * Minute + 40'000)
                                 << QStringLiteral("rows done: 120/1000, calls: 12, about 1 h left");
        QTest::newRow("waiting for the pacer")
            << progress(500, 1000, 50, 59 * Minute + 58'000, QStringLiteral("rate limit: ..."), Hour)
            << QStringLiteral("rows done: 500/1000, calls: 50, about 1 h left, waiting 59:58 (rate limit: ...)");
        QTest::newRow("before the first call, no estimate yet")
            << progress(0, 10, 0) << QStringLiteral("rows done: 0/10, calls: 0");
        QTest::newRow("all done") << progress(10, 10, 1, 0, {}, 0) << QStringLiteral("rows done: 10/10, calls: 1");
    }

    void progressLine()
    {
        QFETCH(DeliveryProgress, progress);
        QFETCH(QString, line);
        QCOMPARE(SendProgressPrinter::describe(progress), line);
    }

    void progressLineFitsTheTerminal_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("fitted");

        QTest::newRow("width unknown") << 0 << QStringLiteral("rows done: 120/1000, calls: 12");
        QTest::newRow("room enough") << 80 << QStringLiteral("rows done: 120/1000, calls: 12");
        QTest::newRow("exactly one column to spare") << 31 << QStringLiteral("rows done: 120/1000, calls: 12");
        QTest::newRow("cut, last column left free") << 21 << QStringLiteral("rows done: 120/10...");
        QTest::newRow("a tiny terminal") << 3 << QStringLiteral("ro");
    }

    void progressLineFitsTheTerminal()
    {
        QFETCH(int, columns);
        QFETCH(QString, fitted);
        QCOMPARE(SendProgressPrinter::fit(QStringLiteral("rows done: 120/1000, calls: 12"), columns), fitted);
    }

    void plainProgressIsOneLinePerCallOrWait()
    {
        QString text;
        QTextStream stream(&text);
        SendProgressPrinter printer(stream, false, [] { return DeliveryProgress(); });
        const QString wait = QStringLiteral("rate limit: 1 call per hour used, next call at 14:05:00");
        printer.update(progress(0, 20, 0));                           // nothing to tell yet
        printer.update(progress(0, 20, 1, 0, {}, Hour));              // first call: a line
        printer.update(progress(10, 20, 1, 0, {}, Hour));             // its answer: no line
        printer.update(progress(10, 20, 1, Hour, wait, Hour));        // the wait begins: a line
        printer.update(progress(10, 20, 1, Hour - 1000, wait, Hour)); // the same wait: no line
        printer.update(progress(10, 20, 2, 0, {}, 0));                // second call: a line
        printer.finish();
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(1).contains(QStringLiteral("waiting 1:00:00 (") + wait), qPrintable(lines.at(1)));
        QVERIFY(!text.contains(u'\r'));
    }

    void terminalProgressRewritesOneLine()
    {
        QString text;
        QTextStream stream(&text);
        int reads = 0;
        SendProgressPrinter printer(stream, true, [&reads] {
            ++reads;
            return progress(reads, 1000, reads, 0, {}, Hour);
        });
        for (int call = 1; call <= 100; ++call) {
            printer.update(progress(call, 1000, call)); // a burst of updates draws nothing by itself
        }
        QVERIFY(text.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reads >= 2, 10'000);
        printer.finish();
        QVERIFY(!text.contains(u'\n'));
        QVERIFY2(text.startsWith(QStringLiteral("\rrows done: 1/1000, calls: 1, about 1 h left")), qPrintable(text));
        QCOMPARE(text.count(u'\r'), reads + 2); // every redraw, then the line wiped
        QVERIFY(text.endsWith(u'\r'));
    }
};

QTEST_GUILESS_MAIN(TestSendParts)
#include "tst_sendparts.moc"
