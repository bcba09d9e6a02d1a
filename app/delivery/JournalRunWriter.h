#pragma once

#include "JournalRow.h"
#include "JournalRun.h"
#include "clerk/ApiExchange.h"
#include "core/RowOutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

// The journal's write side for whole runs: finds the unfinished run to resume or records a new one with all its
// rows, stores non-bulk exchanges, and marks a run interrupted or finished. Each method is one transaction.
class JournalRunWriter
{
    Q_DECLARE_TR_FUNCTIONS(JournalRunWriter)

public:
    // db must be a prepared journal; nowMs stamps everything written; path names the file in messages.
    JournalRunWriter(const QSqlDatabase &db, qint64 nowMs, const QString &path);

    // The id of the run to continue (*resumed = true) or of the new one.
    std::optional<qint64> findOrCreate(const JournalRun &wanted, const QString &fingerprint,
                                       const QList<JournalRow> &rows, bool *resumed);
    bool recordExchange(qint64 runId, const ApiExchange &exchange);
    // Settles pending rows that are in no open call (pre-flight findings, rows a quota stop fails).
    bool settleRows(qint64 runId, const QHash<int, RowOutcome> &outcomes);
    bool markInterrupted(qint64 runId);
    bool finish(qint64 runId);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool failSql(const QSqlError &sqlError);
    bool insertRows(qint64 runId, const QList<JournalRow> &rows);
    // The run's finished state, or nullopt (error set) when it does not exist.
    std::optional<bool> isFinished(qint64 runId);

    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    qint64 m_nowMs;
};
