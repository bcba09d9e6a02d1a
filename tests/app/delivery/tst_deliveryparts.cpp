#include "delivery/CallQueue.h"
#include "delivery/DeliveryInput.h"
#include "delivery/DeliverySummary.h"
#include "delivery/Preflight.h"
#include "delivery/Reconciler.h"
#include "delivery/RetryPolicy.h"
#include "delivery/WaitReason.h"

#include <QTest>

// The pure pieces DeliveryRun is made of: backoff arithmetic, the call queue, the exit-status contract, lookups
// matched to rows, the role check and the wait explanations.
class TestDeliveryParts : public QObject
{
    Q_OBJECT

private slots:
    void backoff_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first retry, no jitter: half of base") << 1 << 0.0 << qint64(500);
        QTest::newRow("first retry, full jitter: nearly base") << 1 << 0.999 << qint64(999);
        QTest::newRow("third retry doubles twice") << 3 << 0.0 << qint64(2000);
        QTest::newRow("capped") << 10 << 0.0 << qint64(4000);
        QTest::newRow("capped, half jitter") << 10 << 0.5 << qint64(6000);
        QTest::newRow("absurd retry number stays capped") << 1000 << 0.0 << qint64(4000);
    }

    void backoff()
    {
        QFETCH(int, retry);
        QFETCH(double, jitter);
        QFETCH(qint64, expected);
        RetryPolicy policy;
        policy.baseDelayMs = 1000;
        policy.capDelayMs = 8000;
        QCOMPARE(policy.backoffMs(retry, jitter), expected);
    }

    void exitCode_data()
    {
        QTest::addColumn<QList<int>>("counts"); // indexed by RowStatus::Value
        QTest::addColumn<bool>("interrupted");
        QTest::addColumn<QString>("fatal");
        QTest::addColumn<int>("expected");
        QTest::newRow("all invited or known") << QList<int>{0, 5, 1, 1, 0, 0, 0} << false << QString() << 0;
        QTest::newRow("an invalid row") << QList<int>{0, 5, 0, 0, 1, 0, 0} << false << QString() << 1;
        QTest::newRow("a duplicate row") << QList<int>{0, 5, 0, 0, 0, 1, 0} << false << QString() << 1;
        QTest::newRow("a failed row") << QList<int>{0, 5, 0, 0, 0, 0, 1} << false << QString() << 1;
        QTest::newRow("interrupted") << QList<int>{3, 2, 0, 0, 0, 0, 1} << true << QString() << 3;
        QTest::newRow("fatal error wins") << QList<int>{5, 0, 0, 0, 0, 0, 0} << false << QStringLiteral("401") << 2;
    }

    void exitCode()
    {
        QFETCH(QList<int>, counts);
        QFETCH(bool, interrupted);
        QFETCH(QString, fatal);
        QFETCH(int, expected);
        DeliverySummary summary;
        for (int status = 0; status < RowStatus::Count; ++status) {
            summary.counts[size_t(status)] = counts.value(status);
        }
        summary.interrupted = interrupted;
        summary.fatalError = fatal;
        QCOMPARE(int(summary.exitCode()), expected);
    }

    void callQueue()
    {
        CallQueue queue;
        queue.plan({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 5);
        QCOMPARE(queue.size(), 3);
        CallQueue::Entry first = queue.takeFront();
        QCOMPARE(first.rows, (QList<int>{0, 1, 2, 3, 4}));

        CallOutcome split;
        split.split = first.rows;
        queue.requeue(first, split);
        QCOMPARE(queue.takeFront().rows, (QList<int>{0, 1, 2}));
        QCOMPARE(queue.takeFront().rows, (QList<int>{3, 4}));

        CallOutcome partly;
        first.attempt = 2;
        first.notBeforeMs = 99;
        partly.resend = {1, 4};
        queue.requeue(first, partly);
        const CallQueue::Entry rest = queue.takeFront();
        QCOMPARE(rest.rows, (QList<int>{1, 4}));
        QCOMPARE(rest.attempt, 2);
        QCOMPARE(rest.notBeforeMs, qint64(0));
        QCOMPARE(queue.takeFront().rows, (QList<int>{5, 6, 7, 8, 9}));
    }

    void reconcilerMatch()
    {
        ClerkInvitation found;
        found.id = QStringLiteral("orginv_1");
        found.email = QStringLiteral("Ann@Example.org");
        found.status = QStringLiteral("pending");
        ClerkInvitation revoked = found;
        revoked.id = QStringLiteral("orginv_old");
        revoked.email = QStringLiteral("bob@example.org");
        revoked.status = QStringLiteral("revoked");
        const Reconciler::Result result = Reconciler::match(
            {4, 7}, {QStringLiteral("ann@example.org"), QStringLiteral("bob@example.org")}, {found, revoked});
        QCOMPARE(result.found.value(4).status, RowStatus::Invited);
        QCOMPARE(result.found.value(4).invitationId, QStringLiteral("orginv_1"));
        QCOMPARE(result.notFound, QList<int>{7});
    }

    void roleCheck()
    {
        DeliveryInput input =
            DeliveryInput::fromCheck({RowStatus::Pending, RowStatus::Invalid, RowStatus::Pending},
                                     {QByteArray(R"({"email_address":"a@x.org","role":"org:member"})"),
                                      QByteArray(R"({"email_address":"c@x.org","role":"org:boss"})")},
                                     {0, 2});
        input.sourceRows = {2, 3, 4};
        const QHash<int, RowOutcome> invalid =
            Preflight::checkRoles(input, {0, 2}, {QStringLiteral("org:admin"), QStringLiteral("org:member")});
        QCOMPARE(invalid.keys(), QList<int>{2});
        QCOMPARE(invalid.value(2).status, RowStatus::Invalid);
        QCOMPARE(invalid.value(2).errorMessage,
                 QStringLiteral("row 4, column role: \"org:boss\" is not a role of this Clerk instance (valid: "
                                "org:admin, org:member)"));
        QVERIFY(Preflight::checkRoles(input, {0, 2}, {}).isEmpty()); // no roles listed: Clerk judges
    }

    void defaultInviterOnlyFillsEmptyCells()
    {
        DeliveryInput input =
            DeliveryInput::fromCheck({RowStatus::Pending, RowStatus::Pending},
                                     {QByteArray(R"({"email_address":"a@x.org"})"),
                                      QByteArray(R"({"email_address":"b@x.org","inviter_user_id":"user_own"})")},
                                     {0, 1});
        input.applyDefaultInviter(QStringLiteral("user_default"));
        QCOMPARE(input.payloads.at(0).value(u"inviter_user_id").toString(), QStringLiteral("user_default"));
        QCOMPARE(input.payloads.at(1).value(u"inviter_user_id").toString(), QStringLiteral("user_own"));
    }

    void waitWindow_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hour") << 3600 << QStringLiteral("hour");
        QTest::newRow("minute") << 60 << QStringLiteral("minute");
        QTest::newRow("other") << 10 << QStringLiteral("10 seconds");
    }

    void waitWindow()
    {
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        QCOMPARE(WaitReason::window(seconds), expected);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryParts)
#include "tst_deliveryparts.moc"
