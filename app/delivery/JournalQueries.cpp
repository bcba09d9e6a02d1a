#include "JournalQueries.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace {

QDateTime utcFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Prepares and runs sql with the given bound values; nullopt (and *error) on failure.
std::optional<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError();
        return std::nullopt;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query;
}

std::optional<QList<qint64>> firstColumnAsInt64(std::optional<QSqlQuery> query)
{
    if (!query) {
        return std::nullopt;
    }
    QList<qint64> values;
    while (query->next()) {
        values.append(query->value(0).toLongLong());
    }
    return values;
}

} // namespace

std::optional<QList<JournalRun>> JournalQueries::runs(const QSqlDatabase &db, qint64 runId, QSqlError *error)
{
    const QString where = runId > 0 ? QStringLiteral(" WHERE id = ?") : QString();
    const QVariantList values = runId > 0 ? QVariantList{runId} : QVariantList{};
    std::optional<QSqlQuery> query =
        select(db,
               QStringLiteral("SELECT id, org_id, input_fingerprint, api_base_url, default_role, created_at,"
                              " finished_at, interrupted, row_count FROM runs") %
                   where % QStringLiteral(" ORDER BY id DESC"),
               values, error);
    if (!query) {
        return std::nullopt;
    }
    QList<JournalRun> result;
    QHash<qint64, qsizetype> indexById;
    while (query->next()) {
        JournalRun run;
        run.id = query->value(0).toLongLong();
        run.orgId = query->value(1).toString();
        run.inputFingerprint = query->value(2).toString();
        run.apiBaseUrl = query->value(3).toString();
        run.defaultRole = query->value(4).toString();
        run.createdAt = utcFromMs(query->value(5));
        run.finishedAt = utcFromMs(query->value(6));
        run.interrupted = query->value(7).toBool();
        run.rowCount = query->value(8).toInt();
        indexById.insert(run.id, result.size());
        result.append(run);
    }
    query.reset();

    std::optional<QSqlQuery> counts = select(db,
                                             QStringLiteral("SELECT run_id, status, count(*) FROM run_rows") %
                                                 (runId > 0 ? QStringLiteral(" WHERE run_id = ?") : QString()) %
                                                 QStringLiteral(" GROUP BY run_id, status"),
                                             values, error);
    if (!counts) {
        return std::nullopt;
    }
    while (counts->next()) {
        const auto index = indexById.constFind(counts->value(0).toLongLong());
        const std::optional<RowStatus::Value> status = RowStatus::fromKey(counts->value(1).toString());
        if (index != indexById.constEnd() && status) {
            result[*index].statusCounts[static_cast<size_t>(*status)] = counts->value(2).toInt();
        }
    }
    return result;
}

std::optional<QList<JournalRow>> JournalQueries::rows(const QSqlDatabase &db, qint64 runId, QSqlError *error)
{
    std::optional<QSqlQuery> query =
        select(db,
               QStringLiteral("SELECT row_index, source_row, email, payload_json, status, invitation_id, http_status,"
                              " error_code, error_message, trace_id FROM run_rows WHERE run_id = ?"
                              " ORDER BY row_index"),
               {runId}, error);
    if (!query) {
        return std::nullopt;
    }
    QList<JournalRow> result;
    while (query->next()) {
        JournalRow row;
        row.rowIndex = query->value(0).toInt();
        row.sourceRow = query->value(1).toInt();
        row.email = query->value(2).toString();
        row.payloadJson = query->value(3).toByteArray();
        row.outcome.status = RowStatus::fromKey(query->value(4).toString()).value_or(RowStatus::Pending);
        row.outcome.invitationId = query->value(5).toString();
        row.outcome.httpStatus = query->value(6).toInt();
        row.outcome.errorCode = query->value(7).toString();
        row.outcome.errorMessage = query->value(8).toString();
        row.outcome.traceId = query->value(9).toString();
        result.append(row);
    }
    return result;
}

std::optional<QList<int>> JournalQueries::pendingRows(const QSqlDatabase &db, qint64 runId, QSqlError *error)
{
    std::optional<QList<qint64>> indices = firstColumnAsInt64(
        select(db,
               QStringLiteral("SELECT r.row_index FROM run_rows r WHERE r.run_id = ? AND r.status = 'pending'"
                              " AND NOT EXISTS (SELECT 1 FROM call_rows cr JOIN calls c ON c.id = cr.call_id"
                              "  WHERE cr.run_id = r.run_id AND cr.row_index = r.row_index AND c.state <> 'done')"
                              " ORDER BY r.row_index"),
               {runId}, error));
    if (!indices) {
        return std::nullopt;
    }
    QList<int> result;
    result.reserve(indices->size());
    for (const qint64 index : std::as_const(*indices)) {
        result.append(static_cast<int>(index));
    }
    return result;
}

std::optional<QList<JournalCall>> JournalQueries::openCalls(const QSqlDatabase &db, qint64 runId, QSqlError *error)
{
    std::optional<QSqlQuery> query =
        select(db,
               QStringLiteral("SELECT c.id, c.state, c.created_at, c.sent_at, cr.row_index FROM calls c"
                              " JOIN call_rows cr ON cr.call_id = c.id WHERE c.run_id = ? AND c.state <> 'done'"
                              " ORDER BY c.id, cr.position"),
               {runId}, error);
    if (!query) {
        return std::nullopt;
    }
    QList<JournalCall> result;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (result.isEmpty() || result.constLast().id != id) {
            JournalCall call;
            call.id = id;
            call.runId = runId;
            call.state = stateFromKey(query->value(1).toString());
            call.createdAtMs = query->value(2).toLongLong();
            call.sentAtMs = query->value(3).toLongLong();
            result.append(call);
        }
        result.last().rows.append(query->value(4).toInt());
    }
    return result;
}

std::optional<QList<qint64>> JournalQueries::sentTimes(const QSqlDatabase &db, qint64 runId, QSqlError *error)
{
    return firstColumnAsInt64(select(
        db, QStringLiteral("SELECT sent_at FROM calls WHERE run_id = ? AND sent_at IS NOT NULL ORDER BY sent_at, id"),
        {runId}, error));
}

std::optional<QList<qint64>> JournalQueries::sentTimesSince(const QSqlDatabase &db, const QString &apiBaseUrl,
                                                            qint64 sinceMs, QSqlError *error)
{
    return firstColumnAsInt64(
        select(db,
               QStringLiteral("SELECT c.sent_at FROM calls c JOIN runs r ON r.id = c.run_id"
                              " WHERE r.api_base_url = ? AND c.sent_at >= ? ORDER BY c.sent_at, c.id"),
               {apiBaseUrl, sinceMs}, error));
}

QString JournalQueries::stateKey(JournalCall::State state)
{
    switch (state) {
    case JournalCall::Planned:
        return QStringLiteral("planned");
    case JournalCall::Sent:
        return QStringLiteral("sent");
    case JournalCall::Done:
        return QStringLiteral("done");
    }
    return {};
}

JournalCall::State JournalQueries::stateFromKey(QStringView key)
{
    if (key == u"done") {
        return JournalCall::Done;
    }
    return key == u"sent" ? JournalCall::Sent : JournalCall::Planned;
}
