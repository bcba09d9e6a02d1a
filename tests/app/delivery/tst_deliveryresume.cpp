#include "DeliveryHarness.h"

#include <QTest>

// A run stopped on purpose or killed at any step of the journal protocol resumes with no row lost and none sent
// twice: the sandbox's invitation count and ids prove it. Crashes are simulated by driving the journal to each state
// directly (and, where the lost call did reach Clerk, by creating its invitations in the sandbox), then running.
class TestDeliveryResume : public QObject
{
    Q_OBJECT

    enum Crash {
        Planned,         // planCall written, nothing sent
        SentNotArrived,  // markCallSent written, the bytes never reached Clerk
        SentCreated,     // markCallSent written, Clerk created the invitations, the answer was lost
        UnresolvedLost,  // a 502 recorded as unresolved, Clerk created nothing
        UnresolvedFound, // a reset recorded as unresolved, Clerk had created them
        DoneThenKilled,  // the first call's outcome recorded, killed before the next call
        TwoOpenCalls,    // two calls open, the first reached Clerk, the second did not
    };

private slots:
    void stopWhileWaitingThenResume()
    {
        DeliveryHarness harness;
        QVERIFY(harness.init());
        DeliveryOptions options = DeliveryHarness::options();
        options.pacer = RatePacer(10, 3600);
        options.maxRowsPerCall = 1;
        const DeliveryInput input = DeliveryHarness::input(25);
        const qint64 start = harness.clock.nowMs();

        DeliveryRun first(input, options, &harness.client, &harness.journal, &harness.clock);
        QSignalSpy firstFinished(&first, &DeliveryRun::finished);
        QVERIFY(harness.drive(first, [&] { first.stop(); })); // stop at the first wait: 10 calls made
        const auto stopped = firstFinished.constFirst().constFirst().value<DeliverySummary>();
        QVERIFY(stopped.interrupted);
        QCOMPARE(stopped.exitCode(), ExitCode::Interrupted);
        QCOMPARE(stopped.count(RowStatus::Invited), 10);
        QCOMPARE(stopped.count(RowStatus::Pending), 15);
        QCOMPARE(harness.sandbox.createdCount(), 10);

        DeliveryRun second(input, options, &harness.client, &harness.journal, &harness.clock);
        QSignalSpy secondFinished(&second, &DeliveryRun::finished);
        QVERIFY(harness.drive(second));
        QVERIFY(second.isResumed());
        QCOMPARE(second.runId(), first.runId());
        const auto done = secondFinished.constFirst().constFirst().value<DeliverySummary>();
        QCOMPARE(done.count(RowStatus::Invited), 25);
        QCOMPARE(done.exitCode(), ExitCode::Success);
        QCOMPARE(harness.sandbox.createdCount(), 25);
        QVERIFY(harness.invitedOnceWithSandboxIds(second, SandboxServer::DemoOrganizationId));
        // The pacer was restored from the journal: the 11th call waited for the window.
        QCOMPARE(harness.bulkCallTimes.at(10) - start, qint64(3'600'000));
        QVERIFY(harness.journal.run(first.runId())->isFinished());
    }

    void stopWhileCallInFlight()
    {
        DeliveryHarness harness;
        QVERIFY(harness.init());
        harness.sandbox.injectFault(SandboxFault::slowReply(200));
        DeliveryOptions options = DeliveryHarness::options();
        options.maxRowsPerCall = 5;
        DeliveryRun run(DeliveryHarness::input(10), options, &harness.client, &harness.journal, &harness.clock);
        connect(&run, &DeliveryRun::progress, this, [&](const DeliveryProgress &progress) {
            if (progress.callsMade == 1) {
                run.stop(); // the first call is on its way
            }
        });
        QSignalSpy finished(&run, &DeliveryRun::finished);
        QVERIFY(harness.drive(run));
        const auto summary = finished.constFirst().constFirst().value<DeliverySummary>();
        QVERIFY(summary.interrupted);
        QCOMPARE(summary.count(RowStatus::Invited), 5); // the call in flight finished and was recorded
        QCOMPARE(summary.count(RowStatus::Pending), 5);
        QCOMPARE(harness.sandbox.bulkCallCount(), 1);
        QCOMPARE(harness.journal.rowOutcomes(run.runId())->value(4).status, RowStatus::Invited);
    }

    void resumeAfterCrash_data()
    {
        QTest::addColumn<int>("crash");
        QTest::newRow("planned, never sent") << int(Planned);
        QTest::newRow("marked sent, never arrived") << int(SentNotArrived);
        QTest::newRow("marked sent, created, answer lost") << int(SentCreated);
        QTest::newRow("unresolved 502, nothing created") << int(UnresolvedLost);
        QTest::newRow("unresolved reset, created") << int(UnresolvedFound);
        QTest::newRow("outcome recorded, killed before the next call") << int(DoneThenKilled);
        QTest::newRow("two open calls, the first created") << int(TwoOpenCalls);
    }

    void resumeAfterCrash()
    {
        QFETCH(int, crash);
        DeliveryHarness harness;
        QVERIFY(harness.init());
        const QString org = SandboxServer::DemoOrganizationId;
        DeliveryOptions options = DeliveryHarness::options();
        options.maxRowsPerCall = 5;
        const DeliveryInput input = DeliveryHarness::input(15);
        const QList<int> firstCall{0, 1, 2, 3, 4};
        const QList<int> secondCall{5, 6, 7, 8, 9};

        // The dead process's journal.
        const std::optional<JournalRun> dead = harness.journalRun(input, options);
        QVERIFY(dead);
        const std::optional<qint64> callId = harness.journal.planCall(dead->id, firstCall);
        QVERIFY(callId);
        if (crash != Planned) {
            QVERIFY(harness.journal.markCallSent(*callId));
        }
        ApiExchange lost;
        if (crash == SentCreated || crash == UnresolvedFound || crash == DoneThenKilled || crash == TwoOpenCalls) {
            lost = harness.sendDirectly(input, firstCall, org);
            QCOMPARE(lost.status, 200);
        }
        if (crash == UnresolvedLost || crash == UnresolvedFound) {
            ApiExchange unanswered = lost;
            unanswered.status = crash == UnresolvedLost ? 502 : 0;
            unanswered.responseBody = crash == UnresolvedLost ? QByteArray("<html>Bad Gateway</html>") : QByteArray();
            unanswered.networkError = crash == UnresolvedLost ? QString() : QStringLiteral("Connection reset");
            QVERIFY(harness.journal.recordUnresolved(*callId, unanswered));
        }
        if (crash == DoneThenKilled) {
            QHash<int, RowOutcome> outcomes;
            QHash<QString, QString> idOfEmail;
            for (const SandboxInvitation &invitation : harness.sandbox.pendingInvitations(org)) {
                idOfEmail.insert(invitation.emailAddress, invitation.id);
            }
            for (int row : firstCall) {
                RowOutcome outcome;
                outcome.status = RowStatus::Invited;
                outcome.invitationId = idOfEmail.value(DeliveryHarness::email(row));
                outcome.httpStatus = 200;
                outcomes.insert(row, outcome);
            }
            QVERIFY(harness.journal.recordOutcome(*callId, lost, outcomes));
        }
        if (crash == TwoOpenCalls) {
            const std::optional<qint64> second = harness.journal.planCall(dead->id, secondCall);
            QVERIFY(second && harness.journal.markCallSent(*second));
        }
        const int wasCreated = harness.sandbox.createdCount();
        const int callsBefore = harness.sandbox.bulkCallCount();

        DeliveryRun run(input, options, &harness.client, &harness.journal, &harness.clock);
        QSignalSpy finished(&run, &DeliveryRun::finished);
        QVERIFY(harness.drive(run));
        QVERIFY(run.isResumed());
        QCOMPARE(run.runId(), dead->id);
        const auto summary = finished.constFirst().constFirst().value<DeliverySummary>();
        QCOMPARE(summary.count(RowStatus::Invited), 15);
        QCOMPARE(summary.exitCode(), ExitCode::Success);
        // Every address was created exactly once, whoever sent it; nothing already created was sent again.
        QCOMPARE(harness.sandbox.createdCount(), 15);
        QCOMPARE(harness.sandbox.bulkCallCount() - callsBefore, (15 - wasCreated + 4) / 5);
        QVERIFY(harness.invitedOnceWithSandboxIds(run, org));
        QVERIFY(harness.journal.unresolvedCalls(run.runId())->isEmpty());
        QVERIFY(harness.journal.run(run.runId())->isFinished());
    }
};

QTEST_GUILESS_MAIN(TestDeliveryResume)
#include "tst_deliveryresume.moc"
