#include "JournalScenario.h"

#include "delivery/ExchangeSanitizer.h"
#include "delivery/Journal.h"

namespace {

RowOutcome outcome(RowStatus::Value status, int httpStatus, const QString &invitationId = {},
                   const QString &errorCode = {})
{
    RowOutcome result;
    result.status = status;
    result.httpStatus = httpStatus;
    result.invitationId = invitationId;
    result.errorCode = errorCode;
    result.traceId = QStringLiteral("trace-%1").arg(httpStatus);
    return result;
}

QHash<int, RowOutcome> invited(const QList<int> &rows, int httpStatus)
{
    QHash<int, RowOutcome> outcomes;
    for (const int row : rows) {
        outcomes.insert(row, outcome(RowStatus::Invited, httpStatus, QStringLiteral("orginv_%1").arg(row)));
    }
    return outcomes;
}

} // namespace

QString JournalScenario::stepName(int step)
{
    static const char *const names[StepCount] = {
        "create run", "plan A", "send A", "answer A", "plan B", "send B", "fail B",   "lookup B",
        "resolve B",  "plan C", "send C", "answer C", "plan D", "send D", "answer D", "finish",
    };
    return step >= 1 && step <= StepCount ? QString::fromLatin1(names[step - 1]) : QStringLiteral("nothing");
}

QList<JournalRow> JournalScenario::rows()
{
    QList<JournalRow> result;
    for (int i = 0; i < 12; ++i) {
        JournalRow row;
        row.rowIndex = i;
        row.sourceRow = i + 2;
        row.email = QStringLiteral("person%1@example.com").arg(i);
        row.payloadJson = QStringLiteral(R"({"email_address":"%1","role":"org:member"})").arg(row.email).toUtf8();
        result.append(row);
    }
    result[10].email = QStringLiteral("not-an-email");
    result[10].payloadJson.clear();
    result[10].outcome.status = RowStatus::Invalid;
    result[10].outcome.errorMessage = QStringLiteral("row 12, column email_address: not an email address");
    result[11].email = result[3].email;
    result[11].payloadJson.clear();
    result[11].outcome.status = RowStatus::Duplicate;
    result[11].outcome.errorMessage = QStringLiteral("same email as row 5");
    return result;
}

JournalRun JournalScenario::wantedRun()
{
    JournalRun run;
    run.orgId = QStringLiteral("org_2abc");
    run.apiBaseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    run.defaultRole = QStringLiteral("org:member");
    return run;
}

ApiExchange JournalScenario::exchange(int status, const QByteArray &responseBody, const QByteArray &authorization)
{
    ApiExchange result;
    result.method = "POST";
    result.url = QUrl(QStringLiteral("http://127.0.0.1:9/v1/organizations/org_2abc/invitations/bulk"));
    result.requestHeaders = {
        {"Authorization", authorization.isEmpty() ? ExchangeSanitizer::redactedAuthorization() : authorization},
        {"Content-Type", "application/json"}};
    result.requestBody = R"([{"email_address":"person0@example.com"}])";
    result.status = status;
    result.statusText = status == 200 ? "OK" : "Error";
    result.responseHeaders = {{"Content-Type", "application/json"}, {"X-Clerk-Trace-Id", "trace"}};
    result.responseBody = responseBody;
    result.startedAt = QDateTime::fromMSecsSinceEpoch(StartMs, Qt::UTC);
    result.waitMs = 120;
    result.totalMs = 130;
    return result;
}

bool JournalScenario::run(Journal &journal, int steps, const std::function<void(int step)> &beforeStep, QString *error)
{
    qint64 runId = 0;
    QHash<QChar, qint64> calls;
    const auto plan = [&](QChar name, const QList<int> &rows) {
        const std::optional<qint64> id = journal.planCall(runId, rows);
        calls.insert(name, id.value_or(0));
        return id.has_value();
    };
    for (int step = 1; step <= steps; ++step) {
        if (beforeStep) {
            beforeStep(step);
        }
        bool ok = false;
        switch (step) {
        case 1: {
            const std::optional<JournalRun> created = journal.findOrCreateRun(wantedRun(), rows());
            runId = created ? created->id : 0;
            ok = created.has_value();
            break;
        }
        case 2:
            ok = plan(u'A', {0, 1, 2, 3});
            break;
        case 3:
            ok = journal.markCallSent(calls.value(u'A'));
            break;
        case 4:
            ok = journal.recordOutcome(calls.value(u'A'), exchange(200, R"([{"id":"orginv_0"}])"),
                                       invited({0, 1, 2, 3}, 200));
            break;
        case 5:
            ok = plan(u'B', {4, 5, 6, 7});
            break;
        case 6:
            ok = journal.markCallSent(calls.value(u'B'));
            break;
        case 7:
            ok = journal.recordUnresolved(calls.value(u'B'), exchange(503, "upstream unavailable"));
            break;
        case 8:
            ok = journal.recordExchange(runId, exchange(200, R"({"data":[{"id":"orginv_4"},{"id":"orginv_5"}]})"));
            break;
        case 9:
            ok = journal.resolveCall(calls.value(u'B'), invited({4, 5}, 200));
            break;
        case 10:
            ok = plan(u'C', {6, 7, 8, 9});
            break;
        case 11:
            ok = journal.markCallSent(calls.value(u'C'));
            break;
        case 12:
            ok = journal.recordOutcome(
                calls.value(u'C'), exchange(400, R"({"errors":[{"code":"duplicate_record"}]})"),
                {{8, outcome(RowStatus::AlreadyInvited, 400, QString(), QStringLiteral("duplicate_record"))}});
            break;
        case 13:
            ok = plan(u'D', {6, 7, 9});
            break;
        case 14:
            ok = journal.markCallSent(calls.value(u'D'));
            break;
        case 15:
            ok = journal.recordOutcome(calls.value(u'D'), exchange(200, "[]"), invited({6, 7, 9}, 200));
            break;
        case 16:
            ok = journal.finishRun(runId);
            break;
        }
        if (!ok) {
            *error = QStringLiteral("step %1 (%2): %3").arg(step).arg(stepName(step), journal.errorString());
            return false;
        }
    }
    return true;
}
