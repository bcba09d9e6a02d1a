#include "ResultsFixture.h"
#include "results/RunRevoker.h"

#include <QTest>

Q_DECLARE_METATYPE(RunRevoker::Result)

namespace {

ApiExchange answer(int status, const QByteArray &body, const QString &networkError = QString())
{
    ApiExchange exchange;
    exchange.method = "POST";
    exchange.status = status;
    exchange.responseBody = body;
    exchange.responseHeaders.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    exchange.networkError = networkError;
    return exchange;
}

QByteArray clerkError(const char *code)
{
    return QByteArrayLiteral(R"({"errors":[{"message":"m","long_message":"Long message.","code":")") + code +
           QByteArrayLiteral(R"("}],"clerk_trace_id":"t1"})");
}

} // namespace

// "Revoke invitations of this run": every invitation the run created, one request each, against the sandbox Clerk.
class TestRunRevoker : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<ApiExchange>("exchange");
        QTest::addColumn<RunRevoker::Result>("expected");

        QTest::newRow("200 revoked") << answer(200, R"({"id":"orginv_1","status":"revoked"})")
                                     << RunRevoker::Result::Revoked;
        QTest::newRow("404 gone") << answer(404, clerkError("resource_not_found")) << RunRevoker::Result::AlreadyGone;
        QTest::newRow("400 not pending (accepted, revoked, expired)")
            << answer(400, clerkError("organization_invitation_not_pending")) << RunRevoker::Result::AlreadyGone;
        QTest::newRow("400 another code")
            << answer(400, clerkError("form_param_missing")) << RunRevoker::Result::Failed;
        QTest::newRow("403 not an admin")
            << answer(403, clerkError("not_an_admin_in_organization")) << RunRevoker::Result::Failed;
        QTest::newRow("500") << answer(500, clerkError("internal_clerk_error")) << RunRevoker::Result::Failed;
        QTest::newRow("connection refused")
            << answer(0, QByteArray(), QStringLiteral("Connection refused")) << RunRevoker::Result::Failed;
    }

    void classify()
    {
        QFETCH(ApiExchange, exchange);
        QFETCH(RunRevoker::Result, expected);
        QCOMPARE(RunRevoker::classify(exchange), expected);
    }

    void onlyInvitationsTheRunCreatedAreRevoked()
    {
        auto row = [](RowStatus::Value status, const QString &id) {
            JournalRow journalRow;
            journalRow.outcome.status = status;
            journalRow.outcome.invitationId = id;
            return journalRow;
        };
        const QList<JournalRow> rows{row(RowStatus::Invited, QStringLiteral("orginv_a")),
                                     row(RowStatus::AlreadyInvited, QStringLiteral("orginv_older")),
                                     row(RowStatus::Invited, QString()),
                                     row(RowStatus::Failed, QString()),
                                     row(RowStatus::Invited, QStringLiteral("orginv_b")),
                                     row(RowStatus::Invited, QStringLiteral("orginv_a"))};
        QCOMPARE(RunRevoker::invitationIds(rows),
                 (QStringList{QStringLiteral("orginv_a"), QStringLiteral("orginv_b")}));
    }

    void revokesEveryInvitationOfTheRunThenFindsThemGone()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        const QSet<QString> ids = fixture.invitedIds();
        QCOMPARE(ids.size(), ResultsFixture::InvitedCount);
        const QString olderInvitation = fixture.journal().rows(fixture.runId)->at(2).outcome.invitationId;
        QVERIFY(!olderInvitation.isEmpty());
        const qsizetype exchangesBefore = fixture.journal().exchanges(fixture.runId)->size();

        RunRevoker revoker(&fixture.client());
        revoker.setJournal(&fixture.journal(), fixture.runId);
        QSignalSpy progress(&revoker, &RunRevoker::progress);
        QSignalSpy finished(&revoker, &RunRevoker::finished);
        QVERIFY(revoker.start(ResultsFixture::organization(),
                              RunRevoker::invitationIds(*fixture.journal().rows(fixture.runId)),
                              QStringLiteral("user_sandbox_admin1")));
        QVERIFY(revoker.isRunning());
        QVERIFY(!revoker.start(ResultsFixture::organization(), {}));
        QVERIFY(finished.wait(10'000));
        QVERIFY(!revoker.isRunning());

        const auto summary = finished.constFirst().constFirst().value<RevokeSummary>();
        QCOMPARE(summary.total, ResultsFixture::InvitedCount);
        QCOMPARE(summary.revoked, ResultsFixture::InvitedCount);
        QCOMPARE(summary.alreadyGone, 0);
        QCOMPARE(summary.failed, 0);
        QVERIFY(!summary.stopped);
        QCOMPARE(summary.text(), QStringLiteral("Revoked: 9. Already gone: 0. Failed: 0."));
        QCOMPARE(progress.size(), ResultsFixture::InvitedCount);
        QCOMPARE(progress.constLast(), (QList<QVariant>{ResultsFixture::InvitedCount, ResultsFixture::InvitedCount}));
        QCOMPARE(fixture.sandboxStatuses(ids), QStringList(ResultsFixture::InvitedCount, QStringLiteral("revoked")));
        // The invitation that existed before the run is not the run's to revoke.
        QCOMPARE(fixture.sandboxStatuses({olderInvitation}), QStringList{QStringLiteral("pending")});
        // Each revoke is on the run's record.
        QCOMPARE(fixture.journal().exchanges(fixture.runId)->size(), exchangesBefore + ResultsFixture::InvitedCount);
        QVERIFY(fixture.journal().exchanges(fixture.runId)->constLast().url.path().endsWith(u"/revoke"));

        QSignalSpy again(&revoker, &RunRevoker::finished);
        QVERIFY(revoker.start(ResultsFixture::organization(), QStringList(ids.cbegin(), ids.cend())));
        QVERIFY(again.wait(10'000));
        const auto second = again.constFirst().constFirst().value<RevokeSummary>();
        QCOMPARE(second.revoked, 0);
        QCOMPARE(second.alreadyGone, ResultsFixture::InvitedCount);
    }

    void failuresNameTheInvitation()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        RunRevoker revoker(&fixture.client());
        QSignalSpy finished(&revoker, &RunRevoker::finished);
        const QString id = *fixture.invitedIds().cbegin();
        // user_sandbox_nobody is no admin of the organization: Clerk answers 403.
        QVERIFY(revoker.start(ResultsFixture::organization(), {id}, QStringLiteral("user_sandbox_nobody")));
        QVERIFY(finished.wait(10'000));
        const auto summary = finished.constFirst().constFirst().value<RevokeSummary>();
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY2(summary.failures.constFirst().startsWith(id + u": "), qPrintable(summary.failures.constFirst()));
        QVERIFY(summary.failures.constFirst().contains(u"only admins can revoke"));
        QCOMPARE(fixture.sandboxStatuses({id}), QStringList{QStringLiteral("pending")});
    }

    void stopLeavesTheRestAlone()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        const QSet<QString> ids = fixture.invitedIds();
        RunRevoker revoker(&fixture.client());
        QSignalSpy finished(&revoker, &RunRevoker::finished);
        connect(&revoker, &RunRevoker::progress, &revoker, [&revoker](int done) {
            if (done == 2) {
                revoker.stop();
            }
        });
        QVERIFY(revoker.start(ResultsFixture::organization(), QStringList(ids.cbegin(), ids.cend())));
        QVERIFY(finished.wait(10'000));
        const auto summary = finished.constFirst().constFirst().value<RevokeSummary>();
        QVERIFY(summary.stopped);
        QCOMPARE(summary.revoked, 2);
        QCOMPARE(summary.text(), QStringLiteral("Revoked: 2. Already gone: 0. Failed: 0. Stopped after 2 of 9."));
        QCOMPARE(fixture.sandboxStatuses(ids).count(QStringLiteral("revoked")), 2);
    }

    void nothingToRevokeFinishesAtOnce()
    {
        ClerkClient client{ClerkConfig()};
        RunRevoker revoker(&client);
        QSignalSpy finished(&revoker, &RunRevoker::finished);
        QVERIFY(revoker.start(QStringLiteral("org_1"), {}));
        QVERIFY(finished.isEmpty()); // never from inside start()
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.constFirst().constFirst().value<RevokeSummary>(), RevokeSummary());
    }
};

QTEST_GUILESS_MAIN(TestRunRevoker)
#include "tst_runrevoker.moc"
