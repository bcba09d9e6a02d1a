#include "delivery/OutcomeMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(ApiExchange)

// OutcomeMapper turns one bulk call's answer into per-row outcomes and the rows to resend, split or look up,
// exactly as ARCHITECTURE.md's outcome mapping says; no network involved.
class TestOutcomeMapper : public QObject
{
    Q_OBJECT

    static ApiExchange answer(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
    {
        ApiExchange exchange;
        exchange.method = "POST";
        exchange.url = QUrl(QStringLiteral("https://api.clerk.com/v1/organizations/org_1/invitations/bulk"));
        exchange.status = status;
        exchange.responseHeaders.append(qMakePair(QByteArray("Content-Type"), contentType));
        exchange.responseBody = body;
        return exchange;
    }

    static QByteArray invitations(const QList<QPair<QString, QString>> &idAndEmail)
    {
        QJsonArray data;
        for (const auto &[id, email] : idAndEmail) {
            data.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("object"), QStringLiteral("organization_invitation")},
                                    {QStringLiteral("email_address"), email},
                                    {QStringLiteral("status"), QStringLiteral("pending")}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("total_count"), data.size()}})
            .toJson(QJsonDocument::Compact);
    }

    static QByteArray clerkError(const QString &code, const QString &longMessage, const QJsonObject &meta = {})
    {
        const QJsonObject error{{QStringLiteral("message"), QStringLiteral("error")},
                                {QStringLiteral("long_message"), longMessage},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("meta"), meta}};
        return QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}},
                                         {QStringLiteral("clerk_trace_id"), QStringLiteral("trace_1")}})
            .toJson(QJsonDocument::Compact);
    }

    // "invited:inv_1", "already_invited", "failed", ... per decided row; undecided rows are absent.
    static QStringList describe(const QList<int> &rows, const CallOutcome &outcome)
    {
        QStringList described;
        for (int row : rows) {
            if (!outcome.decided.contains(row)) {
                described.append(QStringLiteral("-"));
                continue;
            }
            const RowOutcome &decided = outcome.decided.value(row);
            QString text = RowStatus::key(decided.status);
            if (!decided.invitationId.isEmpty()) {
                text += u':' + decided.invitationId;
            }
            described.append(text);
        }
        return described;
    }

    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList strings;
        for (const char *item : items) {
            strings.append(QString::fromLatin1(item));
        }
        return strings;
    }

private slots:
    void map_data()
    {
        QTest::addColumn<ApiExchange>("exchange");
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QStringList>("decided");
        QTest::addColumn<QList<int>>("resend");
        QTest::addColumn<QList<int>>("split");
        QTest::addColumn<QList<int>>("unknown");
        QTest::addColumn<int>("next");
        QTest::addColumn<qint64>("retryAfterMs");

        const QStringList three{QStringLiteral("ann@example.org"), QStringLiteral("Bob@Example.org"),
                                QStringLiteral("cy@example.org")};
        const auto cont = int(CallOutcome::Next::Continue);
        const QJsonObject dupMeta{{QStringLiteral("email_addresses"), QJsonArray{QStringLiteral("BOB@example.org")}}};

        QTest::newRow("200 every row matched by email, case-insensitive")
            << answer(200, invitations({{QStringLiteral("inv_c"), QStringLiteral("cy@example.org")},
                                        {QStringLiteral("inv_a"), QStringLiteral("ANN@example.org")},
                                        {QStringLiteral("inv_b"), QStringLiteral("bob@example.org")}}))
            << three << list({"invited:inv_a", "invited:inv_b", "invited:inv_c"}) << QList<int>{} << QList<int>{}
            << QList<int>{} << cont << qint64(0);
        QTest::newRow("200 missing one row -> that row is unknown")
            << answer(200, invitations({{QStringLiteral("inv_a"), QStringLiteral("ann@example.org")},
                                        {QStringLiteral("inv_c"), QStringLiteral("cy@example.org")}}))
            << three << list({"invited:inv_a", "-", "invited:inv_c"}) << QList<int>{} << QList<int>{} << QList<int>{11}
            << cont << qint64(0);
        QTest::newRow("200 with an unreadable body -> all unknown")
            << answer(200, "<html>ok</html>", "text/html") << three << list({"-", "-", "-"}) << QList<int>{}
            << QList<int>{} << QList<int>{10, 11, 12} << cont << qint64(0);
        QTest::newRow("400 duplicate_record -> named row already invited, rest resent")
            << answer(400, clerkError(QStringLiteral("duplicate_record"), QStringLiteral("duplicate"), dupMeta))
            << three << list({"-", "already_invited", "-"}) << QList<int>{10, 12} << QList<int>{} << QList<int>{}
            << cont << qint64(0);
        QTest::newRow("400 duplicate_record naming none of the rows -> split")
            << answer(400, clerkError(QStringLiteral("duplicate_record"), QStringLiteral("duplicate"))) << three
            << list({"-", "-", "-"}) << QList<int>{} << QList<int>{10, 11, 12} << QList<int>{} << cont << qint64(0);
        QTest::newRow("400 already member named in long_message")
            << answer(400, clerkError(QStringLiteral("already_a_member_in_organization"),
                                      QStringLiteral("cy@example.org is already a member of the organization.")))
            << three << list({"-", "-", "already_member"}) << QList<int>{10, 11} << QList<int>{} << QList<int>{} << cont
            << qint64(0);
        QTest::newRow("400 already member unidentified among many -> split")
            << answer(400, clerkError(QStringLiteral("already_a_member_in_organization"),
                                      QStringLiteral("The user is already a member.")))
            << three << list({"-", "-", "-"}) << QList<int>{} << QList<int>{10, 11, 12} << QList<int>{} << cont
            << qint64(0);
        QTest::newRow("400 already member unidentified, single row -> that row")
            << answer(400, clerkError(QStringLiteral("already_a_member_in_organization"),
                                      QStringLiteral("The user is already a member.")))
            << QStringList{QStringLiteral("ann@example.org")} << list({"already_member"}) << QList<int>{}
            << QList<int>{} << QList<int>{} << cont << qint64(0);
        QTest::newRow("422 form_param among three -> split")
            << answer(422, clerkError(QStringLiteral("form_param_format_invalid"), QStringLiteral("bad redirect")))
            << three << list({"-", "-", "-"}) << QList<int>{} << QList<int>{10, 11, 12} << QList<int>{} << cont
            << qint64(0);
        QTest::newRow("422 form_param on one row -> failed")
            << answer(422, clerkError(QStringLiteral("form_param_value_invalid"), QStringLiteral("bad redirect")))
            << QStringList{QStringLiteral("ann@example.org")} << list({"failed"}) << QList<int>{} << QList<int>{}
            << QList<int>{} << cont << qint64(0);

        ApiExchange limited = answer(429, clerkError(QStringLiteral("too_many_requests"), QStringLiteral("slow")));
        limited.responseHeaders.append(qMakePair(QByteArray("Retry-After"), QByteArray("7")));
        QTest::newRow("429 with Retry-After -> defer and resend all")
            << limited << three << list({"-", "-", "-"}) << QList<int>{10, 11, 12} << QList<int>{} << QList<int>{}
            << int(CallOutcome::Next::Defer) << qint64(7000);
        QTest::newRow("429 without Retry-After -> default wait")
            << answer(429, clerkError(QStringLiteral("too_many_requests"), QStringLiteral("slow"))) << three
            << list({"-", "-", "-"}) << QList<int>{10, 11, 12} << QList<int>{} << QList<int>{}
            << int(CallOutcome::Next::Defer) << OutcomeMapper::DefaultRetryAfterMs;
        QTest::newRow("500 -> unknown") << answer(500, clerkError(QStringLiteral("internal_clerk_error"),
                                                                  QStringLiteral("oops")))
                                        << three << list({"-", "-", "-"}) << QList<int>{} << QList<int>{}
                                        << QList<int>{10, 11, 12} << cont << qint64(0);
        QTest::newRow("502 html from a proxy -> unknown")
            << answer(502, "<html>Bad Gateway</html>", "text/html") << three << list({"-", "-", "-"}) << QList<int>{}
            << QList<int>{} << QList<int>{10, 11, 12} << cont << qint64(0);
        ApiExchange reset = answer(0, {});
        reset.networkError = QStringLiteral("Connection closed");
        QTest::newRow("connection reset -> unknown") << reset << three << list({"-", "-", "-"}) << QList<int>{}
                                                     << QList<int>{} << QList<int>{10, 11, 12} << cont << qint64(0);
        QTest::newRow("403 quota -> rows failed, stop")
            << answer(403, clerkError(QStringLiteral("organization_membership_quota_exceeded"),
                                      QStringLiteral("The organization is full.")))
            << three << list({"failed", "failed", "failed"}) << QList<int>{} << QList<int>{} << QList<int>{}
            << int(CallOutcome::Next::StopQuota) << qint64(0);
        QTest::newRow("401 -> stop, rows untouched")
            << answer(401, clerkError(QStringLiteral("authentication_invalid"), QStringLiteral("bad key"))) << three
            << list({"-", "-", "-"}) << QList<int>{10, 11, 12} << QList<int>{} << QList<int>{}
            << int(CallOutcome::Next::StopRun) << qint64(0);
        QTest::newRow("404 -> stop, rows untouched")
            << answer(404, clerkError(QStringLiteral("resource_not_found"), QStringLiteral("no such org"))) << three
            << list({"-", "-", "-"}) << QList<int>{10, 11, 12} << QList<int>{} << QList<int>{}
            << int(CallOutcome::Next::StopRun) << qint64(0);
        QTest::newRow("403 not a quota -> stop")
            << answer(403, clerkError(QStringLiteral("authorization_invalid"), QStringLiteral("no"))) << three
            << list({"-", "-", "-"}) << QList<int>{10, 11, 12} << QList<int>{} << QList<int>{}
            << int(CallOutcome::Next::StopRun) << qint64(0);
    }

    void map()
    {
        QFETCH(ApiExchange, exchange);
        QFETCH(QStringList, emails);
        QFETCH(QStringList, decided);
        QFETCH(QList<int>, resend);
        QFETCH(QList<int>, split);
        QFETCH(QList<int>, unknown);
        QFETCH(int, next);
        QFETCH(qint64, retryAfterMs);

        QList<int> rows;
        for (int i = 0; i < emails.size(); ++i) {
            rows.append(10 + i);
        }
        const CallOutcome outcome = OutcomeMapper::map(rows, emails, exchange);
        QCOMPARE(describe(rows, outcome), decided);
        QCOMPARE(outcome.resend, resend);
        QCOMPARE(outcome.split, split);
        QCOMPARE(outcome.unknown, unknown);
        QCOMPARE(int(outcome.next), next);
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
        for (const RowOutcome &row : outcome.decided) {
            if (row.status != RowStatus::Invited) {
                QVERIFY2(!row.errorMessage.isEmpty(), "a row decided by an error carries Clerk's message");
                QCOMPARE(row.traceId, QStringLiteral("trace_1"));
            }
        }
    }

    void failedRowCarriesClerksMessage()
    {
        const CallOutcome outcome =
            OutcomeMapper::map({3}, {QStringLiteral("ann@example.org")},
                               answer(422, clerkError(QStringLiteral("form_param_format_invalid"),
                                                      QStringLiteral("redirect_url must be a valid URL"))));
        const RowOutcome row = outcome.decided.value(3);
        QCOMPARE(row.status, RowStatus::Failed);
        QCOMPARE(row.httpStatus, 422);
        QCOMPARE(row.errorCode, QStringLiteral("form_param_format_invalid"));
        QCOMPARE(row.errorMessage, QStringLiteral("redirect_url must be a valid URL"));
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("expected");
        QTest::newRow("at the start, sentence dot after")
            << QStringLiteral("a@x.org is already a member.") << QStringLiteral("a@x.org") << true;
        QTest::newRow("at the end with a full stop")
            << QStringLiteral("Already a member: A@X.org.") << QStringLiteral("a@x.org") << true;
        QTest::newRow("inside a longer address is not a mention")
            << QStringLiteral("ba@x.org is already a member") << QStringLiteral("a@x.org") << false;
        QTest::newRow("a longer domain is not a mention")
            << QStringLiteral("a@x.org.uk is already a member") << QStringLiteral("a@x.org") << false;
        QTest::newRow("quoted") << QStringLiteral("\"a@x.org\" is a member") << QStringLiteral("a@x.org") << true;
        QTest::newRow("second occurrence counts")
            << QStringLiteral("ba@x.org and a@x.org") << QStringLiteral("a@x.org") << true;
        QTest::newRow("empty email never matches") << QStringLiteral("anything") << QString() << false;
    }

    void mentions()
    {
        QFETCH(QString, text);
        QFETCH(QString, email);
        QFETCH(bool, expected);
        QCOMPARE(OutcomeMapper::mentions(text, email), expected);
    }

    void stopMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401 names the variable")
            << 401 << QStringLiteral("Clerk refused the secret key (401): check CLERK_SECRET_KEY");
        QTest::newRow("404 names the organization")
            << 404 << QStringLiteral("organization org_x not found (404): check --org");
    }

    void stopMessage()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        const ClerkError error =
            ClerkError::fromExchange(answer(status, clerkError(QStringLiteral("x"), QStringLiteral("y"))));
        QVERIFY(OutcomeMapper::stopsRun(error));
        QCOMPARE(OutcomeMapper::stopMessage(error, QStringLiteral("org_x")), expected);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeMapper)
#include "tst_outcomemapper.moc"
