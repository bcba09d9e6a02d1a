#pragma once

#include "JournalCall.h"
#include "JournalRow.h"
#include "JournalRun.h"

#include <QList>
#include <QSqlError>

#include <optional>

class QSqlDatabase;

// The journal's read side: turns the tables back into runs, rows, open calls and pacer history. Each query returns
// nullopt and fills *error when SQLite fails; Journal adds the file name to the message.
class JournalQueries
{
public:
    // runId 0 lists every run, newest first.
    static std::optional<QList<JournalRun>> runs(const QSqlDatabase &db, qint64 runId, QSqlError *error);
    static std::optional<QList<JournalRow>> rows(const QSqlDatabase &db, qint64 runId, QSqlError *error);
    static std::optional<QList<int>> pendingRows(const QSqlDatabase &db, qint64 runId, QSqlError *error);
    static std::optional<QList<JournalCall>> openCalls(const QSqlDatabase &db, qint64 runId, QSqlError *error);
    static std::optional<QList<qint64>> sentTimes(const QSqlDatabase &db, qint64 runId, QSqlError *error);
    static std::optional<QList<qint64>> sentTimesSince(const QSqlDatabase &db, const QString &apiBaseUrl,
                                                       qint64 sinceMs, QSqlError *error);

    static QString stateKey(JournalCall::State state);
    static JournalCall::State stateFromKey(QStringView key);
};
