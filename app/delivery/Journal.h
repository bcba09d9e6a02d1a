#pragma once

#include "JournalCall.h"
#include "JournalRow.h"
#include "JournalRun.h"
#include "clerk/ApiExchange.h"
#include "core/RowOutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class Clock;
class QSqlError;

// The write-ahead record of delivery runs in one SQLite file, so that a `send` killed at any instant resumes with
// no row lost and none sent twice. One Journal per file and thread; a second process opening it gets "in use".
//
// The protocol a DeliveryRun follows (each step is one durable transaction):
//  1. findOrCreateRun(run, rows): continues the unfinished run of the same organization, input fingerprint and API
//     URL (resumed = true; the journal's rows and outcomes stand, rows only has to have as many entries), or records
//     a new one with every row and its initial outcome. The API URL is part of the match so that a run against the
//     sandbox never passes for one against the live instance.
//  2. On resume, before anything else: unresolvedCalls(runId). Their rows' outcomes are UNKNOWN (the process may
//     have died after Clerk created the invitations): look the rows up, then resolveCall(callId, found outcomes);
//     the rows not decided there become pending again. Rows of unresolved calls are never in pendingRows().
//     Restore the pacer from callTimestamps(runId) (or callTimestampsSince() for every run against the same API).
//  3. For each call: planCall(runId, rows) BEFORE sending (refuses rows that are not pending or are in another open
//     call), markCallSent(callId) just before the bytes go out, then exactly one of
//       - recordOutcome(callId, exchange, outcomes): Clerk answered; stores the exchange and the decided rows and
//         closes the call (rows left out stay pending, to be planned again: 400 partial, 422 halves, 429);
//       - recordUnresolved(callId, exchange): no usable answer (5xx, reset, timeout); the call stays open and is
//         reconciled as in step 2.
//     recordExchange(runId, exchange) keeps the non-bulk exchanges (pre-flight, lookups).
//  4. finishRun(runId) once no row is pending and no call open; markInterrupted(runId) when stopping on purpose.
// A step that breaks the protocol (a row planned twice, an outcome for a row outside the call, ...) is refused as a
// whole. Every write is one SQLite transaction in WAL mode with synchronous=FULL: once a method returns true, the
// step survives a SIGKILL or power loss; if the process dies inside it, the step never happened.
// Every method returns false / nullopt on failure, with errorString() saying why in one line naming the file.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
    Q_DISABLE_COPY_MOVE(Journal)

public:
    static constexpr int DefaultBusyTimeoutMs = 5000;

    // clock stamps the records (and so the pacer history); it must outlive the Journal.
    explicit Journal(const Clock &clock);
    ~Journal();

    // How long open() waits for another process to release the file before reporting it in use. Before open().
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    // Opens or creates the journal file at path.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // sha256 (hex) of the organization and every row's index, email, initial status and payload: equal inputs
    // give equal fingerprints, and a resumed run maps outcomes onto the same row indices.
    static QString fingerprint(const QString &orgId, const QList<JournalRow> &rows);

    // Writing (the protocol above).
    std::optional<JournalRun> findOrCreateRun(const JournalRun &wanted, const QList<JournalRow> &rows);
    std::optional<qint64> planCall(qint64 runId, const QList<int> &rows);
    bool markCallSent(qint64 callId);
    bool recordOutcome(qint64 callId, const ApiExchange &exchange, const QHash<int, RowOutcome> &outcomes);
    bool recordUnresolved(qint64 callId, const ApiExchange &exchange);
    bool recordExchange(qint64 runId, const ApiExchange &exchange);
    bool resolveCall(qint64 callId, const QHash<int, RowOutcome> &outcomes);
    // Settles pending rows in no open call without a bulk call: pre-flight findings (unknown role, already invited,
    // already a member) and the rows a member-quota stop fails. One transaction.
    bool recordRowOutcomes(qint64 runId, const QHash<int, RowOutcome> &outcomes);
    bool markInterrupted(qint64 runId);
    bool finishRun(qint64 runId);

    // Reading.
    std::optional<JournalRun> run(qint64 runId) const;
    std::optional<QList<JournalRun>> listRuns() const; // newest first, with status counts
    std::optional<QList<JournalRow>> rows(qint64 runId) const;
    std::optional<QMap<int, RowOutcome>> rowOutcomes(qint64 runId) const;
    std::optional<QList<int>> pendingRows(qint64 runId) const; // pending and in no open call, ascending
    std::optional<QList<JournalCall>> unresolvedCalls(qint64 runId) const;
    std::optional<QList<qint64>> callTimestamps(qint64 runId) const; // when each bulk call went out, ascending
    std::optional<QList<qint64>> callTimestampsSince(const QString &apiBaseUrl, qint64 sinceMs) const;
    std::optional<QList<ApiExchange>> exchanges(qint64 runId) const; // in the order they were recorded

private:
    bool fail(const QString &message) const;
    bool failSql(const QSqlError &sqlError) const;
    bool requireOpen() const;
    // Unwraps a JournalQueries result, turning its failure into errorString().
    template<typename T>
    std::optional<T> checked(std::optional<T> result, const QSqlError &sqlError) const;

    const Clock &m_clock;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    mutable QString m_error;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
};
