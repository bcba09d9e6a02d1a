#include "core/InviteeTable.h"
#include "core/Translations.h"
#include "delivery/Journal.h"
#include "delivery/SystemClock.h"
#include "sandbox/SandboxServer.h"
#include "session/Connection.h"
#include "session/RunController.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Sending the window's table to the embedded sandbox: statuses in the table follow the run live, progress and the
// end are signalled, a stopped run resumes from the journal in a new controller, and the plan for the confirmation.
class TestRunController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Invitee invitee(const QString &email)
    {
        Invitee person;
        person.setValue(Invitee::Email, email);
        return person;
    }

    static QList<Invitee> invitees(int count, int first = 0)
    {
        QList<Invitee> list;
        for (int row = first; row < first + count; ++row) {
            list.append(invitee(QStringLiteral("person%1@example.org").arg(row)));
        }
        return list;
    }

    QString journalPath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static DeliverySummary summaryOf(const QSignalSpy &finished)
    {
        return finished.constLast().constFirst().value<DeliverySummary>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(QCoreApplication::instance());
    }

    void sendsASmallTableAndTheRowStatusesFollowLive()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        QList<Invitee> rows = invitees(5);
        rows.append(invitee(QStringLiteral("not an address")));
        rows.append(invitee(QStringLiteral("person1@example.org"))); // a duplicate of row 1
        table.setInvitees(rows);
        RunController controller(&connection, &table, journalPath("small.sqlite"));
        QSignalSpy started(&controller, &RunController::started);
        QSignalSpy running(&controller, &RunController::runningChanged);
        QSignalSpy rowChanged(&controller, &RunController::rowChanged);
        QSignalSpy progress(&controller, &RunController::progressChanged);
        QSignalSpy finished(&controller, &RunController::finished);
        QSignalSpy exchanges(&controller, &RunController::exchangeRecorded);
        QSignalSpy statuses(&table, &QAbstractItemModel::dataChanged);

        QSignalSpy opened(&controller, &RunController::runOpened);
        QVERIFY2(controller.start(), qPrintable(controller.errorString()));
        QCOMPARE(started.size(), 1);
        QVERIFY(controller.isRunning());
        // The verdicts show once the run is open; the sendable rows stay pending until Clerk has answered.
        QVERIFY(opened.wait());
        QVERIFY(!opened.at(0).at(1).toBool());
        QCOMPARE(table.rowStatus(5), RowStatus::Invalid);
        QCOMPARE(table.rowStatus(6), RowStatus::Duplicate);
        QCOMPARE(table.rowStatus(0), RowStatus::Pending);

        QTRY_COMPARE(table.rowStatus(0), RowStatus::Invited);
        QTRY_COMPARE(table.rowStatus(4), RowStatus::Invited);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!controller.isRunning());
        QCOMPARE(running.size(), 2);
        QCOMPARE(running.at(1).at(0).toBool(), false);

        const DeliverySummary summary = summaryOf(finished);
        QCOMPARE(summary.count(RowStatus::Invited), 5);
        QCOMPARE(summary.count(RowStatus::Invalid), 1);
        QCOMPARE(summary.count(RowStatus::Duplicate), 1);
        QCOMPARE(summary.callsMade, 1);
        QCOMPARE(summary.exitCode(), ExitCode::RowProblems);
        QCOMPARE(connection.sandbox()->createdCount(), 5);
        QCOMPARE(rowChanged.size(), 5);
        QVERIFY(statuses.size() >= 7);
        const auto last = progress.constLast().constFirst().value<DeliveryProgress>();
        QCOMPARE(last.rowsTotal, 7);
        QCOMPARE(last.rowsDone, 7);
        QCOMPARE(last.etaMs, qint64(0));
        QVERIFY(exchanges.size() >= 3); // pre-flight listings and the bulk call
        QCOMPARE(controller.outcomes().size(), 7);
        QVERIFY(controller.outcomes().at(2).invitationId.startsWith(QStringLiteral("orginv_")));
        // The journal is closed again: anyone may read it now, and it says the run is finished.
        SystemClock clock;
        Journal journal(clock);
        QVERIFY2(journal.open(controller.journalPath()), qPrintable(journal.errorString()));
        QVERIFY(journal.run(controller.runId())->isFinished());
    }

    void stopWhileWaitingThenANewControllerResumes()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        table.setInvitees(invitees(15));
        const QString path = journalPath("resume.sqlite");
        qint64 firstRunId = 0;
        {
            RunController controller(&connection, &table, path);
            controller.setPacer(RatePacer(1, 3600)); // one call now, the next in an hour
            QSignalSpy progress(&controller, &RunController::progressChanged);
            QSignalSpy finished(&controller, &RunController::finished);
            QVERIFY(controller.start());

            // The wait is reported in words, with the time it leaves.
            QTRY_VERIFY(!progress.isEmpty() &&
                        !progress.constLast().constFirst().value<DeliveryProgress>().waitReason.isEmpty());
            const auto waiting = progress.constLast().constFirst().value<DeliveryProgress>();
            QVERIFY2(waiting.waitReason.contains(QStringLiteral("rate limit")), qPrintable(waiting.waitReason));
            QCOMPARE(waiting.rowsDone, 10);
            QCOMPARE(waiting.rowsTotal, 15);
            QCOMPARE(waiting.callsMade, 1);
            QVERIFY(waiting.waitMs > 3'500'000 && waiting.waitMs <= 3'600'000);
            QVERIFY(waiting.etaMs > 3'500'000 && waiting.etaMs <= 3'600'000);
            QCOMPARE(table.rowStatus(9), RowStatus::Invited);
            QCOMPARE(table.rowStatus(10), RowStatus::Pending);

            controller.stop();
            QTRY_COMPARE(finished.size(), 1);
            const DeliverySummary stopped = summaryOf(finished);
            QVERIFY(stopped.interrupted);
            QCOMPARE(stopped.count(RowStatus::Pending), 5);
            QVERIFY(!controller.isRunning());
            firstRunId = controller.runId();
        }

        RunController resumed(&connection, &table, path);
        resumed.setPacer(RatePacer(100, 3600));
        QSignalSpy opened(&resumed, &RunController::runOpened);
        QSignalSpy finished(&resumed, &RunController::finished);
        QVERIFY(resumed.start());
        QVERIFY(opened.wait());
        QVERIFY(resumed.isResumed());
        QCOMPARE(resumed.runId(), firstRunId);
        QCOMPARE(opened.at(0).at(1).toBool(), true);
        QTRY_COMPARE(finished.size(), 1);
        const DeliverySummary done = summaryOf(finished);
        QCOMPARE(done.count(RowStatus::Invited), 15);
        QCOMPARE(done.callsMade, 1);
        QCOMPARE(done.exitCode(), ExitCode::Success);
        QCOMPARE(connection.sandbox()->createdCount(), 15); // nobody invited twice
        for (int row = 0; row < 15; ++row) {
            QCOMPARE(table.rowStatus(row), RowStatus::Invited);
        }
    }

    void stopIsHarmlessWithoutARun()
    {
        Connection connection;
        InviteeTable table;
        RunController controller(&connection, &table, journalPath("idle.sqlite"));
        controller.stop();
        QVERIFY(!controller.isRunning());
        QCOMPARE(controller.progress(), DeliveryProgress());
        QCOMPARE(controller.runId(), qint64(0));
    }

    void refusesToStart_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no organization") << QStringLiteral("no organization") << QStringLiteral("organization");
        QTest::newRow("empty table") << QStringLiteral("empty") << QStringLiteral("table is empty");
        QTest::newRow("already running") << QStringLiteral("running") << QStringLiteral("already");
    }

    void refusesToStart()
    {
        QFETCH(QString, situation);
        QFETCH(QString, problem);
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        table.setInvitees(invitees(3));
        const QString path = journalPath("refusals.sqlite");
        if (situation == u"no organization") {
            connection.clearOrganization();
        } else if (situation == u"empty") {
            table.setInvitees({});
        }
        RunController controller(&connection, &table, path);
        controller.setPacer(RatePacer(1, 3600));
        if (situation == u"running") {
            table.setInvitees(invitees(11, 100));
            QVERIFY(controller.start());
        }
        QSignalSpy started(&controller, &RunController::started);
        QVERIFY(!controller.start());
        QVERIFY2(controller.errorString().contains(problem), qPrintable(controller.errorString()));
        QCOMPARE(started.size(), 0);
        if (situation == u"running") {
            QSignalSpy finished(&controller, &RunController::finished);
            controller.stop();
            QTRY_COMPARE(finished.size(), 1);
        }
    }

    void theRunFailsAtOnce_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("problem");
        QTest::newRow("nothing valid") << QStringLiteral("invalid") << QStringLiteral("invalid or a duplicate");
        QTest::newRow("journal in a missing folder") << QStringLiteral("journal") << QStringLiteral("journal");
    }

    void theRunFailsAtOnce()
    {
        QFETCH(QString, situation);
        QFETCH(QString, problem);
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        table.setInvitees(invitees(3));
        QString path = journalPath("fails.sqlite");
        if (situation == u"invalid") {
            table.setInvitees({invitee(QStringLiteral("nobody")), invitee(QStringLiteral("@example.org"))});
        } else {
            path = m_dir.filePath(QStringLiteral("missing/folder/j.sqlite"));
        }
        RunController controller(&connection, &table, path);
        QSignalSpy failed(&controller, &RunController::runFailed);
        QSignalSpy running(&controller, &RunController::runningChanged);
        QVERIFY(controller.start());
        QVERIFY(failed.wait());
        QVERIFY2(failed.at(0).at(0).toString().contains(problem), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(controller.errorString(), failed.at(0).at(0).toString());
        QVERIFY(!controller.isRunning());
        QCOMPARE(running.size(), 2);
        QCOMPARE(connection.sandbox()->bulkCallCount(), 0);
    }

    void theWindowThreadNeverTouchesTheJournalWhileARunGoes()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        table.setInvitees(invitees(15));
        RunController controller(&connection, &table, journalPath("thread.sqlite"));
        controller.setPacer(RatePacer(1, 3600));
        QSignalSpy opened(&controller, &RunController::runOpened);
        QVERIFY(controller.start());
        QVERIFY(opened.wait());
        // The run's thread holds the journal; planning meanwhile neither waits for it nor fails.
        QCOMPARE(controller.plan().sendableRows, 15);
        QTRY_VERIFY(!controller.progress().waitReason.isEmpty());
        const qint64 wait = controller.progress().waitMs;
        QVERIFY(wait > 0 && wait <= 3'600'000);
        QSignalSpy finished(&controller, &RunController::finished);
        controller.stop();
        QVERIFY(finished.wait());
        QVERIFY(finished.at(0).at(0).value<DeliverySummary>().interrupted);
    }

    void destroyingTheControllerMidRunLeavesItResumable()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        table.setInvitees(invitees(15, 300));
        const QString path = journalPath("abandoned.sqlite");
        {
            RunController controller(&connection, &table, path);
            controller.setPacer(RatePacer(1, 3600));
            QVERIFY(controller.start());
            QTRY_COMPARE(controller.progress().rowsDone, 10);
        } // window closed while waiting an hour
        RunController next(&connection, &table, path);
        QSignalSpy opened(&next, &RunController::runOpened);
        QSignalSpy finished(&next, &RunController::finished);
        QVERIFY(next.start());
        QVERIFY(opened.wait());
        QVERIFY(next.isResumed());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<DeliverySummary>().count(RowStatus::Invited), 15);
        QCOMPARE(connection.sandbox()->createdCount(), 15);
    }

    void planForAThousandRowsAtFiftyAnHour()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        QList<Invitee> rows = invitees(1000);
        rows.append(invitee(QStringLiteral("broken")));
        table.setInvitees(rows);
        RunController controller(&connection, &table, journalPath("plan.sqlite"));
        controller.setPacer(RatePacer(50, 3600));
        const SendPlan plan = controller.plan();
        QCOMPARE(plan.tableRows, 1001);
        QCOMPARE(plan.sendableRows, 1000);
        QCOMPARE(plan.skippedRows, 1);
        QCOMPARE(plan.calls, 100);
        QCOMPARE(plan.rateCalls, 50);
        QCOMPARE(plan.rateSeconds, 3600);
        QCOMPARE(plan.durationMs, qint64(3'600'000)); // 50 calls now, the other 50 an hour later
        QCOMPARE(plan.organizationId, SandboxServer::DemoOrganizationId);
        QCOMPARE(plan.environment, Connection::Environment::Sandbox);
        QVERIFY(!plan.isLive());
        QVERIFY(!plan.needsConfirmation());
        QVERIFY(!controller.isRunning()); // planning sends nothing
        QCOMPARE(connection.sandbox()->bulkCallCount(), 0);
    }

    void planCountsCallsAlreadyMadeInTheWindow()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        table.setInvitees(invitees(20));
        RunController controller(&connection, &table, journalPath("window.sqlite"));
        controller.setPacer(RatePacer(2, 3600));
        QCOMPARE(controller.plan().durationMs, qint64(0)); // two calls, both allowed now
        QSignalSpy finished(&controller, &RunController::finished);
        QVERIFY(controller.start());
        QTRY_COMPARE(finished.size(), 1); // two calls went out
        table.setInvitees(invitees(10, 50));
        const qint64 duration = controller.plan().durationMs; // the window is full for about an hour
        QVERIFY2(duration > 3'500'000 && duration <= 3'600'000, qPrintable(QString::number(duration)));
    }

    void needsConfirmation_data()
    {
        QTest::addColumn<Connection::Environment>("environment");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("confirm");
        QTest::newRow("live, 11 rows") << Connection::Environment::Live << 11 << true;
        QTest::newRow("live, 10 rows") << Connection::Environment::Live << 10 << false;
        QTest::newRow("test, 1000 rows") << Connection::Environment::Test << 1000 << false;
        QTest::newRow("sandbox, 1000 rows") << Connection::Environment::Sandbox << 1000 << false;
    }

    void needsConfirmation()
    {
        QFETCH(Connection::Environment, environment);
        QFETCH(int, rows);
        QFETCH(bool, confirm);
        SendPlan plan = SendPlan::forRows(rows, rows, 10, RatePacer(), 0);
        plan.environment = environment;
        QCOMPARE(plan.needsConfirmation(), confirm);
    }
};

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
