#include "JournalScenario.h"
#include "delivery/Journal.h"
#include "delivery/RatePacer.h"
#include "support/FakeClock.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

enum class Crash {
    Closed,      // the Journal object is dropped mid-run without finishing
    FilesCopied, // the db and its WAL are copied while the journal is open: the files a SIGKILL leaves
    Killed,      // a child process runs the steps and kills itself with SIGKILL
};

QString statusLetters(const QMap<int, RowOutcome> &outcomes)
{
    QString letters;
    for (const RowOutcome &outcome : outcomes) {
        switch (outcome.status) {
        case RowStatus::Pending:
            letters += u'p';
            break;
        case RowStatus::Invited:
            letters += u'i';
            break;
        case RowStatus::AlreadyInvited:
            letters += u'a';
            break;
        case RowStatus::AlreadyMember:
            letters += u'm';
            break;
        case RowStatus::Invalid:
            letters += u'x';
            break;
        case RowStatus::Duplicate:
            letters += u'd';
            break;
        case RowStatus::Failed:
            letters += u'f';
            break;
        }
    }
    return letters;
}

QString describeCalls(const QList<JournalCall> &calls)
{
    QStringList parts;
    for (const JournalCall &call : calls) {
        QStringList rows;
        for (const int row : call.rows) {
            rows.append(QString::number(row));
        }
        parts.append(rows.join(u',') +
                     (call.state == JournalCall::Planned ? QStringLiteral(" planned") : QStringLiteral(" sent")));
    }
    return parts.join(u"; ");
}

} // namespace

// Kills a run at every step of the journal protocol and checks what a resumed run finds: decided rows keep their
// outcomes, rows of calls that were planned or sent but not answered come back as unresolved (never as plainly
// pending, which would resend them unreconciled), and nothing is lost.
class TestJournalCrash : public QObject
{
    Q_OBJECT

private slots:
    void crashAtEveryStep_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("statuses"); // one letter per row: p pending, i invited, a already invited, ...
        QTest::addColumn<QList<int>>("pending");
        QTest::addColumn<QString>("unresolved");
        QTest::addColumn<int>("sentCalls");
        QTest::addColumn<int>("exchanges");
        QTest::addColumn<bool>("finished");

        struct Expected
        {
            int steps;
            const char *statuses;
            QList<int> pending;
            const char *unresolved;
            int sentCalls;
            int exchanges;
            bool finished;
        };
        const QList<int> all = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        const Expected table[] = {
            {0, "", {}, "", 0, 0, false},
            {1, "ppppppppppxd", all, "", 0, 0, false},
            {2, "ppppppppppxd", {4, 5, 6, 7, 8, 9}, "0,1,2,3 planned", 0, 0, false},
            {3, "ppppppppppxd", {4, 5, 6, 7, 8, 9}, "0,1,2,3 sent", 1, 0, false},
            {4, "iiiippppppxd", {4, 5, 6, 7, 8, 9}, "", 1, 1, false},
            {5, "iiiippppppxd", {8, 9}, "4,5,6,7 planned", 1, 1, false},
            {6, "iiiippppppxd", {8, 9}, "4,5,6,7 sent", 2, 1, false},
            {7, "iiiippppppxd", {8, 9}, "4,5,6,7 sent", 2, 2, false},
            {8, "iiiippppppxd", {8, 9}, "4,5,6,7 sent", 2, 3, false},
            {9, "iiiiiippppxd", {6, 7, 8, 9}, "", 2, 3, false},
            {10, "iiiiiippppxd", {}, "6,7,8,9 planned", 2, 3, false},
            {11, "iiiiiippppxd", {}, "6,7,8,9 sent", 3, 3, false},
            {12, "iiiiiippapxd", {6, 7, 9}, "", 3, 4, false},
            {13, "iiiiiippapxd", {}, "6,7,9 planned", 3, 4, false},
            {14, "iiiiiippapxd", {}, "6,7,9 sent", 4, 4, false},
            {15, "iiiiiiiiaixd", {}, "", 4, 5, false},
            {16, "iiiiiiiiaixd", {}, "", 4, 5, true},
        };
        const std::pair<Crash, const char *> modes[] = {
            {Crash::Closed, "closed"}, {Crash::FilesCopied, "files copied"}, {Crash::Killed, "killed"}};
        for (const auto &[mode, modeName] : modes) {
            for (const Expected &e : table) {
                QTest::addRow("%s after %s", modeName, qPrintable(JournalScenario::stepName(e.steps)))
                    << int(mode) << e.steps << QString::fromLatin1(e.statuses) << e.pending
                    << QString::fromLatin1(e.unresolved) << e.sentCalls << e.exchanges << e.finished;
            }
        }
    }

    void crashAtEveryStep()
    {
        QFETCH(int, mode);
        QFETCH(int, steps);
        QFETCH(QString, statuses);
        QFETCH(QList<int>, pending);
        QFETCH(QString, unresolved);
        QFETCH(int, sentCalls);
        QFETCH(int, exchanges);
        QFETCH(bool, finished);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = leaveCrashedJournal(static_cast<Crash>(mode), steps, dir);
        if (QTest::currentTestFailed()) {
            return;
        }

        FakeClock clock(JournalScenario::clockAt(100));
        Journal journal(clock);
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        const std::optional<QList<JournalRun>> runs = journal.listRuns();
        QVERIFY(runs);
        if (steps == 0) {
            QVERIFY(runs->isEmpty());
            return;
        }
        QCOMPARE(runs->size(), 1);
        const JournalRun run = runs->constFirst();
        QCOMPARE(run.isFinished(), finished);

        const auto outcomes = journal.rowOutcomes(run.id);
        const auto pendingRows = journal.pendingRows(run.id);
        const auto openCalls = journal.unresolvedCalls(run.id);
        const auto sent = journal.callTimestamps(run.id);
        const auto stored = journal.exchanges(run.id);
        QVERIFY(outcomes && pendingRows && openCalls && sent && stored);
        QCOMPARE(statusLetters(*outcomes), statuses);
        QCOMPARE(*pendingRows, pending);
        QCOMPARE(describeCalls(*openCalls), unresolved);
        QCOMPARE(sent->size(), sentCalls);
        QCOMPARE(stored->size(), exchanges);

        // Nothing lost: every row is decided, pending, or in exactly one unresolved call.
        QSet<int> accounted;
        for (auto it = outcomes->cbegin(); it != outcomes->cend(); ++it) {
            if (RowStatus::isFinal(it->status)) {
                accounted.insert(it.key());
            }
        }
        for (const int row : *pendingRows) {
            QVERIFY2(!accounted.contains(row), "a pending row is also decided");
            accounted.insert(row);
        }
        for (const JournalCall &call : *openCalls) {
            for (const int row : call.rows) {
                QVERIFY2(!accounted.contains(row), "a row of an unresolved call is also pending or decided");
                accounted.insert(row);
            }
        }
        QCOMPARE(accounted.size(), JournalScenario::rows().size());

        // Re-running with the same input resumes this run, unless it had finished.
        const std::optional<JournalRun> again =
            journal.findOrCreateRun(JournalScenario::wantedRun(), JournalScenario::rows());
        QVERIFY2(again, qPrintable(journal.errorString()));
        QCOMPARE(again->resumed, !finished);
        QCOMPARE(again->id == run.id, !finished);
        if (finished) {
            return;
        }
        // And the resumed run can be completed from here: reconcile (the lookups find nothing), resend, finish.
        for (const JournalCall &call : *openCalls) {
            QVERIFY2(journal.resolveCall(call.id, {}), qPrintable(journal.errorString()));
        }
        const auto toSend = journal.pendingRows(run.id);
        QVERIFY(toSend);
        if (!toSend->isEmpty()) {
            const std::optional<qint64> call = journal.planCall(run.id, *toSend);
            QVERIFY2(call, qPrintable(journal.errorString()));
            QVERIFY(journal.markCallSent(*call));
            QHash<int, RowOutcome> answered;
            for (const int row : *toSend) {
                answered.insert(row, RowOutcome{RowStatus::Invited,
                                                QStringLiteral("orginv_r%1").arg(row),
                                                200,
                                                {},
                                                {},
                                                QStringLiteral("trace")});
            }
            QVERIFY2(journal.recordOutcome(*call, JournalScenario::exchange(200, "[]"), answered),
                     qPrintable(journal.errorString()));
        }
        QVERIFY2(journal.finishRun(run.id), qPrintable(journal.errorString()));
        const auto final = journal.rowOutcomes(run.id);
        QVERIFY(final);
        for (auto it = final->cbegin(); it != final->cend(); ++it) {
            QVERIFY2(RowStatus::isFinal(it->status), qPrintable(QStringLiteral("row %1 still pending").arg(it.key())));
        }
    }

    void pacerHistorySurvivesTheCrash()
    {
        QTemporaryDir dir;
        const QString path = leaveCrashedJournal(Crash::FilesCopied, 14, dir);
        QVERIFY(!QTest::currentTestFailed());

        FakeClock clock(JournalScenario::clockAt(20));
        Journal journal(clock);
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        const auto sent = journal.callTimestamps(journal.listRuns()->constFirst().id);
        QVERIFY(sent);
        const QList<qint64> expected = {JournalScenario::clockAt(3), JournalScenario::clockAt(6),
                                        JournalScenario::clockAt(11), JournalScenario::clockAt(14)};
        QCOMPARE(*sent, expected);

        RatePacer pacer(4, 3600);
        for (const qint64 at : *sent) {
            pacer.recordCall(at);
        }
        QCOMPARE(pacer.nextCallAtMs(clock.nowMs()), JournalScenario::clockAt(3) + 3600 * 1000);
    }

private:
    // Runs `steps` scenario steps and "crashes" as mode says; returns the journal file a resumed run would open.
    static QString leaveCrashedJournal(Crash mode, int steps, const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("run.journal"));
        switch (mode) {
        case Crash::Closed: {
            FakeClock clock(JournalScenario::StartMs);
            Journal journal(clock);
            if (!journal.open(path)) {
                QTest::qFail(qPrintable(journal.errorString()), __FILE__, __LINE__);
                return {};
            }
            runSteps(journal, clock, steps);
            return path;
        }
        case Crash::FilesCopied: {
            FakeClock clock(JournalScenario::StartMs);
            Journal journal(clock);
            if (!journal.open(path)) {
                QTest::qFail(qPrintable(journal.errorString()), __FILE__, __LINE__);
                return {};
            }
            runSteps(journal, clock, steps);
            const QString copy = dir.filePath(QStringLiteral("copy.journal"));
            const QString wal = path + QStringLiteral("-wal");
            if (QFile(wal).size() <= 0 || QFile::exists(path + QStringLiteral("-shm"))) {
                QTest::qFail("expected an open journal to have a non-empty WAL and no shared-memory file", __FILE__,
                             __LINE__);
                return {};
            }
            if (!QFile::copy(path, copy) || !QFile::copy(wal, copy + QStringLiteral("-wal"))) {
                QTest::qFail("could not copy the journal files", __FILE__, __LINE__);
                return {};
            }
            return copy;
        }
        case Crash::Killed: {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QStringLiteral(JOURNAL_CRASH_CHILD), {path, QString::number(steps)});
            if (!child.waitForFinished(60'000) || child.exitStatus() != QProcess::CrashExit) {
                QTest::qFail(
                    qPrintable(QStringLiteral("the child did not die of SIGKILL (exit code %1)").arg(child.exitCode())),
                    __FILE__, __LINE__);
                return {};
            }
            return path;
        }
        }
        return {};
    }

    static void runSteps(Journal &journal, FakeClock &clock, int steps)
    {
        QString error;
        const auto tick = [&clock](int step) { clock.advanceTo(JournalScenario::clockAt(step)); };
        if (!JournalScenario::run(journal, steps, tick, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        }
    }
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journalcrash.moc"
