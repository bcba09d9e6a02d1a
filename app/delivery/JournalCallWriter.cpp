#include "JournalCallWriter.h"

#include "JournalExchangeStore.h"
#include "JournalQueries.h"
#include "JournalSchema.h"
#include "SqlTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

JournalCallWriter::JournalCallWriter(const QSqlDatabase &db, qint64 nowMs, const QString &path)
    : m_db(db)
    , m_path(path)
    , m_nowMs(nowMs)
{}

std::optional<qint64> JournalCallWriter::plan(qint64 runId, const QList<int> &rows)
{
    if (rows.isEmpty()) {
        fail(tr("journal %1: a call needs at least one row").arg(m_path));
        return std::nullopt;
    }
    SqlTransaction transaction(m_db);
    if (!transaction.begin()) {
        failSql(transaction.lastError());
        return std::nullopt;
    }
    if (!checkRows(runId, rows)) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO calls (run_id, state, created_at) VALUES (?, 'planned', ?)"));
    query.addBindValue(runId);
    query.addBindValue(m_nowMs);
    if (!query.exec()) {
        failSql(query.lastError());
        return std::nullopt;
    }
    const qint64 callId = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO call_rows (call_id, run_id, row_index, position) VALUES (?, ?, ?, ?)"));
    for (qsizetype position = 0; position < rows.size(); ++position) {
        query.addBindValue(callId);
        query.addBindValue(runId);
        query.addBindValue(rows.at(position));
        query.addBindValue(position);
        if (!query.exec()) {
            failSql(query.lastError());
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        failSql(transaction.lastError());
        return std::nullopt;
    }
    return callId;
}

bool JournalCallWriter::markSent(qint64 callId)
{
    const auto info = callInfo(callId);
    if (!info) {
        return false;
    }
    if (info->second != JournalCall::Planned) {
        return fail(
            tr("journal %1: call %2 was already sent; plan a new call to send its rows again").arg(m_path).arg(callId));
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE calls SET state = 'sent', sent_at = ? WHERE id = ? AND state = 'planned'"));
    query.addBindValue(m_nowMs);
    query.addBindValue(callId);
    return query.exec() || failSql(query.lastError());
}

bool JournalCallWriter::close(qint64 callId, const QHash<int, RowOutcome> &outcomes, const ApiExchange *exchange,
                              bool reconciled)
{
    SqlTransaction transaction(m_db);
    if (!transaction.begin()) {
        return failSql(transaction.lastError());
    }
    const std::optional<qint64> runId = openCallRun(callId);
    if (!runId) {
        return false;
    }
    QSqlError sqlError;
    if (exchange && !JournalExchangeStore::insert(m_db, *runId, callId, *exchange, &sqlError)) {
        return failSql(sqlError);
    }
    if (!storeOutcomes(*runId, callId, outcomes)) {
        return false;
    }
    QSqlQuery query(m_db);
    // An answer proves the call went out; a reconciled call keeps whatever sent_at it had.
    query.prepare(QStringLiteral("UPDATE calls SET state = 'done', finished_at = ?, reconciled = ?,"
                                 " sent_at = CASE WHEN ? THEN coalesce(sent_at, ?) ELSE sent_at END WHERE id = ?"));
    query.addBindValue(m_nowMs);
    query.addBindValue(reconciled ? 1 : 0);
    query.addBindValue(exchange ? 1 : 0);
    query.addBindValue(m_nowMs);
    query.addBindValue(callId);
    if (!query.exec()) {
        return failSql(query.lastError());
    }
    return transaction.commit() || failSql(transaction.lastError());
}

bool JournalCallWriter::keepOpen(qint64 callId, const ApiExchange &exchange)
{
    SqlTransaction transaction(m_db);
    if (!transaction.begin()) {
        return failSql(transaction.lastError());
    }
    const std::optional<qint64> runId = openCallRun(callId);
    if (!runId) {
        return false;
    }
    QSqlError sqlError;
    if (!JournalExchangeStore::insert(m_db, *runId, callId, exchange, &sqlError)) {
        return failSql(sqlError);
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE calls SET state = 'sent', sent_at = coalesce(sent_at, ?) WHERE id = ?"));
    query.addBindValue(m_nowMs);
    query.addBindValue(callId);
    if (!query.exec()) {
        return failSql(query.lastError());
    }
    return transaction.commit() || failSql(transaction.lastError());
}

bool JournalCallWriter::checkRows(qint64 runId, const QList<int> &rows)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT finished_at FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec()) {
        return failSql(query.lastError());
    }
    if (!query.next()) {
        return fail(tr("journal %1 has no run %2").arg(m_path).arg(runId));
    }
    if (!query.isNull(0)) {
        return fail(tr("journal %1: run %2 is already finished").arg(m_path).arg(runId));
    }
    query.finish();
    query.prepare(QStringLiteral(
        "SELECT r.status, (SELECT c.id FROM call_rows cr JOIN calls c ON c.id = cr.call_id WHERE cr.run_id = r.run_id"
        " AND cr.row_index = r.row_index AND c.state <> 'done') FROM run_rows r WHERE r.run_id = ? AND r.row_index = "
        "?"));
    QSet<int> seen;
    for (const int row : rows) {
        query.addBindValue(runId);
        query.addBindValue(row);
        if (!query.exec()) {
            return failSql(query.lastError());
        }
        const QString rowName = QString::number(row + 1);
        if (!query.next() || seen.contains(row)) {
            return fail(tr("journal %1: row %2 is not in run %3 or is given twice").arg(m_path, rowName).arg(runId));
        }
        seen.insert(row);
        if (query.value(0).toString() != RowStatus::key(RowStatus::Pending)) {
            return fail(tr("journal %1: row %2 already ended as %3 and is not sent again")
                            .arg(m_path, rowName, query.value(0).toString()));
        }
        if (!query.isNull(1)) {
            return fail(tr("journal %1: row %2 is in call %3 whose outcome is not known yet")
                            .arg(m_path, rowName, query.value(1).toString()));
        }
        query.finish();
    }
    return true;
}

bool JournalCallWriter::storeOutcomes(qint64 runId, qint64 callId, const QHash<int, RowOutcome> &outcomes)
{
    QList<int> rows = outcomes.keys();
    std::sort(rows.begin(), rows.end());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE run_rows SET status = ?, invitation_id = ?, http_status = ?, error_code = ?, error_message = ?,"
        " trace_id = ?, updated_at = ? WHERE run_id = ? AND row_index = ? AND status = 'pending'"
        " AND EXISTS (SELECT 1 FROM call_rows WHERE call_id = ? AND row_index = run_rows.row_index)"));
    for (const int row : std::as_const(rows)) {
        const RowOutcome &outcome = outcomes[row];
        if (!RowStatus::isFinal(outcome.status)) {
            return fail(tr("journal %1: the outcome given for row %2 is still pending; leave the row out instead")
                            .arg(m_path)
                            .arg(row + 1));
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
        query.addBindValue(callId);
        if (!query.exec()) {
            return failSql(query.lastError());
        }
        if (query.numRowsAffected() != 1) {
            return fail(tr("journal %1: row %2 is not a pending row of call %3").arg(m_path).arg(row + 1).arg(callId));
        }
    }
    return true;
}

std::optional<std::pair<qint64, JournalCall::State>> JournalCallWriter::callInfo(qint64 callId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT run_id, state FROM calls WHERE id = ?"));
    query.addBindValue(callId);
    if (!query.exec()) {
        failSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("journal %1 has no call %2").arg(m_path).arg(callId));
        return std::nullopt;
    }
    return std::pair(query.value(0).toLongLong(), JournalQueries::stateFromKey(query.value(1).toString()));
}

std::optional<qint64> JournalCallWriter::openCallRun(qint64 callId)
{
    const auto info = callInfo(callId);
    if (!info) {
        return std::nullopt;
    }
    if (info->second == JournalCall::Done) {
        fail(tr("journal %1: call %2 is already closed").arg(m_path).arg(callId));
        return std::nullopt;
    }
    return info->first;
}

bool JournalCallWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool JournalCallWriter::failSql(const QSqlError &sqlError)
{
    return fail(JournalSchema::describe(sqlError, m_path));
}
