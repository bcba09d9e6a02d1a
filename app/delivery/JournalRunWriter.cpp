#include "JournalRunWriter.h"

#include "JournalExchangeStore.h"
#include "JournalSchema.h"
#include "SqlTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

JournalRunWriter::JournalRunWriter(const QSqlDatabase &db, qint64 nowMs, const QString &path)
    : m_db(db)
    , m_path(path)
    , m_nowMs(nowMs)
{}

std::optional<qint64> JournalRunWriter::findOrCreate(const JournalRun &wanted, const QString &fingerprint,
                                                     const QList<JournalRow> &rows, bool *resumed)
{
    SqlTransaction transaction(m_db);
    if (!transaction.begin()) {
        failSql(transaction.lastError());
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, row_count FROM runs WHERE org_id = ? AND input_fingerprint = ?"
                                 " AND api_base_url = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1"));
    query.addBindValue(wanted.orgId);
    query.addBindValue(fingerprint);
    query.addBindValue(wanted.apiBaseUrl);
    if (!query.exec()) {
        failSql(query.lastError());
        return std::nullopt;
    }
    qint64 runId = 0;
    *resumed = query.next();
    if (*resumed) {
        runId = query.value(0).toLongLong();
        const int rowCount = query.value(1).toInt();
        query.finish();
        if (rowCount != rows.size()) {
            fail(tr("journal %1: unfinished run %2 has %3 rows but the input has %4; choose another journal")
                     .arg(m_path)
                     .arg(runId)
                     .arg(rowCount)
                     .arg(rows.size()));
            return std::nullopt;
        }
        query.prepare(QStringLiteral("UPDATE runs SET interrupted = 0 WHERE id = ?"));
        query.addBindValue(runId);
    } else {
        query.finish();
        query.prepare(QStringLiteral("INSERT INTO runs (created_at, org_id, input_fingerprint, api_base_url,"
                                     " default_role, row_count) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(m_nowMs);
        query.addBindValue(wanted.orgId);
        query.addBindValue(fingerprint);
        query.addBindValue(wanted.apiBaseUrl);
        query.addBindValue(wanted.defaultRole.isNull() ? QStringLiteral("") : wanted.defaultRole);
        query.addBindValue(rows.size());
    }
    if (!query.exec()) {
        failSql(query.lastError());
        return std::nullopt;
    }
    if (!*resumed) {
        runId = query.lastInsertId().toLongLong();
        if (!insertRows(runId, rows)) {
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        failSql(transaction.lastError());
        return std::nullopt;
    }
    return runId;
}

bool JournalRunWriter::insertRows(qint64 runId, const QList<JournalRow> &rows)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO run_rows (run_id, row_index, source_row, email, payload_json, status, invitation_id,"
        " http_status, error_code, error_message, trace_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSet<int> seen;
    for (const JournalRow &row : rows) {
        if (seen.contains(row.rowIndex)) {
            return fail(tr("journal %1: row %2 appears twice in the run").arg(m_path).arg(row.rowIndex + 1));
        }
        seen.insert(row.rowIndex);
        query.addBindValue(runId);
        query.addBindValue(row.rowIndex);
        query.addBindValue(row.sourceRow);
        query.addBindValue(row.email.isNull() ? QStringLiteral("") : row.email);
        query.addBindValue(row.payloadJson.isNull() ? QByteArray("") : row.payloadJson);
        query.addBindValue(RowStatus::key(row.outcome.status));
        query.addBindValue(row.outcome.invitationId);
        query.addBindValue(row.outcome.httpStatus);
        query.addBindValue(row.outcome.errorCode);
        query.addBindValue(row.outcome.errorMessage);
        query.addBindValue(row.outcome.traceId);
        query.addBindValue(m_nowMs);
        if (!query.exec()) {
            return failSql(query.lastError());
        }
    }
    return true;
}

bool JournalRunWriter::recordExchange(qint64 runId, const ApiExchange &exchange)
{
    SqlTransaction transaction(m_db);
    if (!transaction.begin()) {
        return failSql(transaction.lastError());
    }
    if (!isFinished(runId).has_value()) {
        return false;
    }
    QSqlError sqlError;
    if (!JournalExchangeStore::insert(m_db, runId, 0, exchange, &sqlError)) {
        return failSql(sqlError);
    }
    return transaction.commit() || failSql(transaction.lastError());
}

bool JournalRunWriter::settleRows(qint64 runId, const QHash<int, RowOutcome> &outcomes)
{
    SqlTransaction transaction(m_db);
    if (!transaction.begin()) {
        return failSql(transaction.lastError());
    }
    QList<int> rows = outcomes.keys();
    std::sort(rows.begin(), rows.end());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE run_rows SET status = ?, invitation_id = ?, http_status = ?, error_code = ?, error_message = ?,"
        " trace_id = ?, updated_at = ? WHERE run_id = ? AND row_index = ? AND status = 'pending'"
        " AND NOT EXISTS (SELECT 1 FROM call_rows JOIN calls ON calls.id = call_rows.call_id"
        "  WHERE call_rows.run_id = run_rows.run_id AND call_rows.row_index = run_rows.row_index"
        "  AND calls.state <> 'done')"));
    for (const int row : std::as_const(rows)) {
        const RowOutcome &outcome = outcomes[row];
        if (!RowStatus::isFinal(outcome.status)) {
            return fail(tr("journal %1: the outcome given for row %2 is still pending").arg(m_path).arg(row + 1));
        }
        query.addBindValue(RowStatus::key(outcome.status));
        query.addBindValue(outcome.invitationId);
        query.addBindValue(outcome.httpStatus);
        query.addBindValue(outcome.errorCode);
        query.addBindValue(outcome.errorMessage);
        query.addBindValue(outcome.traceId);
        query.addBindValue(m_nowMs);
        query.addBindValue(runId);
        query.addBindValue(row);
        if (!query.exec()) {
            return failSql(query.lastError());
        }
        if (query.numRowsAffected() != 1) {
            return fail(tr("journal %1: row %2 of run %3 is not pending outside an open call")
                            .arg(m_path)
                            .arg(row + 1)
                            .arg(runId));
        }
    }
    return transaction.commit() || failSql(transaction.lastError());
}

bool JournalRunWriter::markInterrupted(qint64 runId)
{
    if (!isFinished(runId).has_value()) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE runs SET interrupted = 1 WHERE id = ? AND finished_at IS NULL"));
    query.addBindValue(runId);
    return query.exec() || failSql(query.lastError());
}

bool JournalRunWriter::finish(qint64 runId)
{
    SqlTransaction transaction(m_db);
    if (!transaction.begin()) {
        return failSql(transaction.lastError());
    }
    const std::optional<bool> finished = isFinished(runId);
    if (!finished) {
        return false;
    }
    if (*finished) {
        return true;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM run_rows WHERE run_id = ? AND status = 'pending'),"
                                 " (SELECT count(*) FROM calls WHERE run_id = ? AND state <> 'done')"));
    query.addBindValue(runId);
    query.addBindValue(runId);
    if (!query.exec() || !query.next()) {
        return failSql(query.lastError());
    }
    const int pending = query.value(0).toInt();
    const int open = query.value(1).toInt();
    query.finish();
    if (pending > 0 || open > 0) {
        return fail(tr("journal %1: run %2 cannot finish while %3 rows are pending and %4 calls are unresolved")
                        .arg(m_path)
                        .arg(runId)
                        .arg(pending)
                        .arg(open));
    }
    query.prepare(QStringLiteral("UPDATE runs SET finished_at = ?, interrupted = 0 WHERE id = ?"));
    query.addBindValue(m_nowMs);
    query.addBindValue(runId);
    if (!query.exec()) {
        return failSql(query.lastError());
    }
    return transaction.commit() || failSql(transaction.lastError());
}

std::optional<bool> JournalRunWriter::isFinished(qint64 runId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT finished_at FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec()) {
        failSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("journal %1 has no run %2").arg(m_path).arg(runId));
        return std::nullopt;
    }
    return !query.isNull(0);
}

bool JournalRunWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool JournalRunWriter::failSql(const QSqlError &sqlError)
{
    return fail(JournalSchema::describe(sqlError, m_path));
}
