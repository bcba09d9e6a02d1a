#pragma once

#include "JournalCall.h"
#include "clerk/ApiExchange.h"
#include "core/RowOutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

// The journal's write side for bulk calls: plans a call, marks it sent, closes it with its rows' outcomes or keeps
// it open with an unanswered exchange. Each method is one transaction and checks the protocol (a row is in at most
// one open call, only pending rows are planned or decided, a closed call stays closed).
class JournalCallWriter
{
    Q_DECLARE_TR_FUNCTIONS(JournalCallWriter)

public:
    // db must be a prepared journal; nowMs stamps everything written; path names the file in messages.
    JournalCallWriter(const QSqlDatabase &db, qint64 nowMs, const QString &path);

    std::optional<qint64> plan(qint64 runId, const QList<int> &rows);
    bool markSent(qint64 callId);
    // Stores exchange (if any) and outcomes, and marks the call done; reconciled says its outcome came from lookups.
    bool close(qint64 callId, const QHash<int, RowOutcome> &outcomes, const ApiExchange *exchange, bool reconciled);
    // Stores an exchange that gave no usable answer; the call stays open (sent) until it is reconciled.
    bool keepOpen(qint64 callId, const ApiExchange &exchange);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool failSql(const QSqlError &sqlError);
    bool checkRows(qint64 runId, const QList<int> &rows);
    // The call's run and state, or nullopt (error set) when it does not exist.
    std::optional<std::pair<qint64, JournalCall::State>> callInfo(qint64 callId);
    std::optional<qint64> openCallRun(qint64 callId);
    bool storeOutcomes(qint64 runId, qint64 callId, const QHash<int, RowOutcome> &outcomes);

    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    qint64 m_nowMs;
};
