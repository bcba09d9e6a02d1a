#include "DeliveryHarness.h"
#include "core/Translations.h"

#include <QTest>

Q_DECLARE_METATYPE(SandboxFault)

// DeliveryRun against the sandbox Clerk on 127.0.0.1, one outcome path per row: pre-flight findings, splitting,
// rate limits, unknown outcomes reconciled before any resend, stops and the member quota. The fake clock makes every
// wait instant; the sandbox's counters prove what was created and how often it was asked.
class TestDeliveryRun : public QObject
{
    Q_OBJECT

    enum Setup {
        Nothing,
        PendingInvitation,   // user2 already has a pending invitation before the run
        Member,              // user2 is already a member before the run
        MemberDuringRun,     // user2 becomes a member after the pre-flight, so the bulk call says so (400)
        UnknownRole,         // row 1 names a role the instance does not have
        BadRow,              // row 6 asks for 400 days of validity: Clerk answers 422 for the whole call
        WrongKey,            // the sandbox wants another secret key
        KeyRevokedDuringRun, // the key stops working after the pre-flight, so the bulk call gets 401
        ShortTimeout,        // the client gives up after 300 ms, so a silent sandbox is a timeout
        DefaultInviter,      // rows have no inviter; the run gives them the default one
    };

    static inline const QString SmallOrganization = QStringLiteral("org_sandbox_small"); // 5 seats, 2 members

    static QList<int> counts(int invited, int alreadyInvited, int alreadyMember, int invalid, int failed, int pending)
    {
        return {pending, invited, alreadyInvited, alreadyMember, invalid, 0, failed};
    }

private slots:
    // Messages are checked in English as users read them: with the plural forms of the English translation.
    void initTestCase() { Translations::install(QCoreApplication::instance()); }

    void deliver_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("perCall");
        QTest::addColumn<QString>("org");
        QTest::addColumn<int>("setup");
        QTest::addColumn<QList<SandboxFault>>("faults");
        QTest::addColumn<QList<int>>("expectedCounts"); // indexed by RowStatus::Value
        QTest::addColumn<int>("maxBulkCalls");          // bulk calls the sandbox may see (QNAM resends a reset once)
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("fatal");

        const QString demo = SandboxServer::DemoOrganizationId;
        using Kind = SandboxFault::Kind;
        const QList<SandboxFault> none;
        QTest::newRow("25 rows, all invited in 3 calls")
            << 25 << 10 << demo << int(Nothing) << none << counts(25, 0, 0, 0, 0, 0) << 3 << 25 << 0 << QString();
        QTest::newRow("pending invitation found by the pre-flight")
            << 5 << 10 << demo << int(PendingInvitation) << none << counts(4, 1, 0, 0, 0, 0) << 1 << 4 << 0
            << QString();
        QTest::newRow("member found by the pre-flight")
            << 5 << 10 << demo << int(Member) << none << counts(4, 0, 1, 0, 0, 0) << 1 << 4 << 0 << QString();
        QTest::newRow("member named by the bulk call's 400, the rest resent")
            << 5 << 10 << demo << int(MemberDuringRun) << none << counts(4, 0, 1, 0, 0, 0) << 2 << 4 << 0 << QString();
        QTest::newRow("unknown role made invalid without a call")
            << 5 << 10 << demo << int(UnknownRole) << none << counts(4, 0, 0, 1, 0, 0) << 1 << 4 << 1 << QString();
        QTest::newRow("bad row among 10 isolated by splitting")
            << 10 << 10 << demo << int(BadRow) << none << counts(9, 0, 0, 0, 1, 0) << 9 << 9 << 1 << QString();
        QTest::newRow("default inviter applied")
            << 3 << 10 << demo << int(DefaultInviter) << none << counts(3, 0, 0, 0, 0, 0) << 1 << 3 << 0 << QString();
        QTest::newRow("429 waits, then the same rows go")
            << 5 << 10 << demo << int(Nothing) << QList<SandboxFault>{SandboxFault::rateLimited(30)}
            << counts(5, 0, 0, 0, 0, 0) << 2 << 5 << 0 << QString();
        QTest::newRow("500: looked up, not found, sent again once")
            << 5 << 10 << demo << int(Nothing) << QList<SandboxFault>{SandboxFault::of(Kind::ServerError)}
            << counts(5, 0, 0, 0, 0, 0) << 2 << 5 << 0 << QString();
        QTest::newRow("html 502: looked up, not found, sent again once")
            << 5 << 10 << demo << int(Nothing) << QList<SandboxFault>{SandboxFault::of(Kind::BadGateway)}
            << counts(5, 0, 0, 0, 0, 0) << 2 << 5 << 0 << QString();
        QTest::newRow("reset before commit: looked up, sent again once")
            << 5 << 10 << demo << int(Nothing) << QList<SandboxFault>{SandboxFault::of(Kind::ResetBeforeCommit, 2)}
            << counts(5, 0, 0, 0, 0, 0) << 3 << 5 << 0 << QString();
        QTest::newRow("reset after commit: found by the lookup, not sent again")
            << 5 << 10 << demo << int(Nothing) << QList<SandboxFault>{SandboxFault::of(Kind::ResetAfterCommit, 2)}
            << counts(5, 0, 0, 0, 0, 0) << 2 << 5 << 0 << QString();
        QTest::newRow("timeout: looked up, not found, sent again once")
            << 5 << 10 << demo << int(ShortTimeout) << QList<SandboxFault>{SandboxFault::of(Kind::NoReply)}
            << counts(5, 0, 0, 0, 0, 0) << 2 << 5 << 0 << QString();
        QTest::newRow("500 on every attempt: failed after 3")
            << 5 << 10 << demo << int(Nothing) << QList<SandboxFault>{SandboxFault::of(Kind::ServerError, 3)}
            << counts(0, 0, 0, 0, 5, 0) << 3 << 0 << 1 << QString();
        QTest::newRow("401 stops before any call")
            << 5 << 10 << demo << int(WrongKey) << none << counts(0, 0, 0, 0, 0, 5) << 0 << 0 << 2
            << QStringLiteral("Clerk refused the secret key (401): check CLERK_SECRET_KEY");
        QTest::newRow("401 on a bulk call stops, rows stay pending")
            << 5 << 10 << demo << int(KeyRevokedDuringRun) << none << counts(0, 0, 0, 0, 0, 5) << 0 << 0 << 2
            << QStringLiteral("Clerk refused the secret key (401): check CLERK_SECRET_KEY");
        QTest::newRow("404 stops before any call")
            << 5 << 10 << QStringLiteral("org_missing") << int(Nothing) << none << counts(0, 0, 0, 0, 0, 5) << 0 << 0
            << 2 << QStringLiteral("organization org_missing not found (404): check --org");
        QTest::newRow("member quota: the call's rows and all after it fail")
            << 10 << 2 << SmallOrganization << int(Nothing) << none << counts(2, 0, 0, 0, 8, 0) << 2 << 2 << 1
            << QString();
    }

    void deliver()
    {
        QFETCH(int, rows);
        QFETCH(int, perCall);
        QFETCH(QString, org);
        QFETCH(int, setup);
        QFETCH(QList<SandboxFault>, faults);
        QFETCH(QList<int>, expectedCounts);
        QFETCH(int, maxBulkCalls);
        QFETCH(int, created);
        QFETCH(int, exitCode);
        QFETCH(QString, fatal);

        DeliveryHarness harness;
        QVERIFY(harness.init());
        DeliveryInput input = DeliveryHarness::input(rows);
        DeliveryOptions options = DeliveryHarness::options(org);
        options.maxRowsPerCall = perCall;
        QString preInvitedId;
        switch (Setup(setup)) {
        case PendingInvitation:
            QCOMPARE(harness.sendDirectly(input, {2}, org).status, 200);
            preInvitedId = harness.sandbox.pendingInvitations(org).constLast().id;
            break;
        case Member:
            harness.sandbox.addMember(org, DeliveryHarness::email(2), QStringLiteral("org:member"));
            break;
        case UnknownRole:
            input.payloads[1].insert(QStringLiteral("role"), QStringLiteral("org:owner"));
            break;
        case BadRow:
            input.payloads[6].insert(QStringLiteral("expires_in_days"), 400);
            break;
        case WrongKey:
            harness.sandbox.setRequiredKey("sk_test_another_key");
            break;
        case DefaultInviter:
            options.defaultInviterUserId = QStringLiteral("user_sandbox_admin1");
            break;
        case ShortTimeout: {
            ClerkConfig config = harness.client.config();
            config.setTransferTimeoutMs(300);
            harness.client.setConfig(config);
            break;
        }
        case Nothing:
        case MemberDuringRun:
        case KeyRevokedDuringRun:
            break;
        }
        const int callsBefore = harness.sandbox.bulkCallCount();
        const int createdBefore = harness.sandbox.createdCount();
        for (const SandboxFault &fault : faults) {
            harness.sandbox.injectFault(fault);
        }

        DeliveryRun run(input, options, &harness.client, &harness.journal, &harness.clock);
        connect(&run, &DeliveryRun::exchangeRecorded, this, [&](const ApiExchange &exchange) {
            if (!exchange.url.path().endsWith(u"/memberships")) {
                return; // the last pre-flight step
            }
            if (setup == MemberDuringRun) {
                harness.sandbox.addMember(org, DeliveryHarness::email(2), QStringLiteral("org:member"));
            } else if (setup == KeyRevokedDuringRun) {
                harness.sandbox.setRequiredKey("sk_test_rotated");
            }
        });
        QSignalSpy finished(&run, &DeliveryRun::finished);
        QVERIFY(harness.drive(run));

        const auto summary = finished.constFirst().constFirst().value<DeliverySummary>();
        for (int status = 0; status < RowStatus::Count; ++status) {
            QCOMPARE(summary.count(RowStatus::Value(status)), expectedCounts.value(status));
        }
        QCOMPARE(summary.fatalError, fatal);
        QCOMPARE(int(summary.exitCode()), exitCode);
        QVERIFY2(harness.sandbox.bulkCallCount() - callsBefore <= maxBulkCalls,
                 qPrintable(QString::number(harness.sandbox.bulkCallCount() - callsBefore)));
        QCOMPARE(harness.sandbox.createdCount() - createdBefore, created);
        QVERIFY(harness.invitedOnceWithSandboxIds(run, org));
        QVERIFY(!harness.bulkCallStatuses.contains(429) || !faults.isEmpty());

        if (setup == PendingInvitation) {
            QCOMPARE(run.outcomes().at(2).status, RowStatus::AlreadyInvited);
            QCOMPARE(run.outcomes().at(2).invitationId, preInvitedId);
        } else if (setup == UnknownRole) {
            const QString message = run.outcomes().at(1).errorMessage;
            QVERIFY2(message.contains(u"org:owner") && message.contains(u"org:admin, org:member, org:viewer"),
                     qPrintable(message));
        } else if (setup == BadRow) {
            QCOMPARE(run.outcomes().at(6).errorMessage, QStringLiteral("expires_in_days must be between 1 and 365."));
            QCOMPARE(run.outcomes().at(6).httpStatus, 422);
        } else if (setup == DefaultInviter) {
            for (const SandboxInvitation &invitation : harness.sandbox.invitations(org)) {
                QCOMPARE(invitation.inviterId, QStringLiteral("user_sandbox_admin1"));
            }
        }
        if (org == SmallOrganization) {
            QCOMPARE(run.outcomes().constLast().errorCode, QStringLiteral("organization_membership_quota_exceeded"));
        }
        // The journal agrees with the run, row by row, and holds every exchange.
        const auto journaled = harness.journal.rowOutcomes(run.runId());
        QVERIFY(journaled);
        for (int row = 0; row < rows; ++row) {
            QCOMPARE(journaled->value(row).status, run.outcomes().at(row).status);
        }
        QVERIFY(harness.journal.exchanges(run.runId())->size() >= harness.sandbox.bulkCallCount() - callsBefore);
    }

    void retryAfterIsWaitedExactly()
    {
        DeliveryHarness harness;
        QVERIFY(harness.init());
        harness.sandbox.injectFault(SandboxFault::rateLimited(30));
        DeliveryRun run(DeliveryHarness::input(5), DeliveryHarness::options(), &harness.client, &harness.journal,
                        &harness.clock);
        QStringList reasons;
        connect(&run, &DeliveryRun::progress, this, [&](const DeliveryProgress &progress) {
            if (!progress.waitReason.isEmpty()) {
                reasons.append(progress.waitReason);
            }
        });
        QVERIFY(harness.drive(run));
        QCOMPARE(harness.bulkCallStatuses, (QList<int>{429, 200}));
        QCOMPARE(harness.bulkCallTimes.at(1) - harness.bulkCallTimes.at(0), qint64(30'000));
        QVERIFY(!reasons.isEmpty() && reasons.constFirst().startsWith(u"Clerk asked to wait (429)"));
        QCOMPARE(run.summary().count(RowStatus::Invited), 5);
    }

    void pacingFollowsTheWindow()
    {
        DeliveryHarness harness;
        QVERIFY(harness.init());
        harness.sandbox.setBulkRateLimit(10, 3600);
        DeliveryOptions options = DeliveryHarness::options();
        options.pacer = RatePacer(10, 3600);
        options.maxRowsPerCall = 1;
        DeliveryRun run(DeliveryHarness::input(25), options, &harness.client, &harness.journal, &harness.clock);
        QString firstReason;
        qint64 firstEta = -1;
        connect(&run, &DeliveryRun::progress, this, [&](const DeliveryProgress &progress) {
            if (firstReason.isEmpty() && !progress.waitReason.isEmpty()) {
                firstReason = progress.waitReason;
                firstEta = progress.etaMs;
            }
        });
        const qint64 start = harness.clock.nowMs();
        QVERIFY(harness.drive(run));

        QCOMPARE(harness.bulkCallTimes.size(), 25);
        QVERIFY(!harness.bulkCallStatuses.contains(429));
        for (int call = 0; call < 25; ++call) {
            QCOMPARE(harness.bulkCallTimes.at(call) - start, qint64(call / 10) * 3'600'000);
        }
        QVERIFY2(firstReason.startsWith(u"rate limit: 10 calls per hour used, next call at "), qPrintable(firstReason));
        QCOMPARE(firstEta, qint64(2 * 3'600'000)); // the 25th call goes two windows after the first
        QCOMPARE(run.summary().count(RowStatus::Invited), 25);
        QCOMPARE(harness.sandbox.createdCount(), 25);
    }

    void etaLeavesOutTheCallInFlight()
    {
        DeliveryHarness harness;
        QVERIFY(harness.init());
        DeliveryOptions options = DeliveryHarness::options();
        options.pacer = RatePacer(1, 3600);
        DeliveryRun run(DeliveryHarness::input(20), options, &harness.client, &harness.journal, &harness.clock);
        QList<qint64> etaAtCall; // etaMs as each call goes out
        connect(&run, &DeliveryRun::progress, this, [&](const DeliveryProgress &progress) {
            if (progress.callsMade > etaAtCall.size()) {
                etaAtCall.append(progress.etaMs);
            }
        });
        QVERIFY(harness.drive(run));
        // As the first call goes, one call is left and goes a window later; the rows in flight are not a call to
        // come. As the last goes, nothing is left to wait for.
        QCOMPARE(etaAtCall, (QList<qint64>{3'600'000, 0}));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryRun)
#include "tst_deliveryrun.moc"
