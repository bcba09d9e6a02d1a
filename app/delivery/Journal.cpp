#include "Journal.h"

#include "Clock.h"
#include "JournalCallWriter.h"
#include "JournalExchangeStore.h"
#include "JournalQueries.h"
#include "JournalRunWriter.h"
#include "JournalSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

namespace {

void addToHash(QCryptographicHash &hash, const QByteArray &field)
{
    // Length-prefixed, so no two different field sequences hash the same bytes.
    hash.addData(QByteArray::number(field.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(field);
}

} // namespace

Journal::Journal(const Clock &clock)
    : m_clock(clock)
{}

Journal::~Journal()
{
    close();
}

bool Journal::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    const QFileInfo info(path);
    if (path.isEmpty()) {
        return fail(tr("no journal file was given"));
    }
    if (info.isDir()) {
        return fail(tr("journal %1 is a folder, not a file").arg(path));
    }
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!info.exists() && !info.dir().exists()) {
        return fail(tr("cannot create journal %1: folder %2 does not exist").arg(path, folder));
    }
    // SQLite would open a read-only file read-only and fail later, vaguely; the write-ahead log also needs to
    // create files next to the journal.
    if (info.exists() && !info.isWritable()) {
        return fail(tr("cannot write journal %1: the file is read-only").arg(path));
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        return fail(tr("cannot write journal %1: folder %2 is read-only").arg(path, folder));
    }
    static std::atomic<quint64> connectionCounter{0};
    m_connectionName = QStringLiteral("invitedesk-journal-%1").arg(++connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, m_busyTimeoutMs)));
    QString message;
    if (!m_db.open()) {
        message = JournalSchema::describe(m_db.lastError(), path);
        close();
        return fail(message);
    }
    if (!JournalSchema::prepare(m_db, path, &message)) {
        close();
        return fail(message);
    }
    return true;
}

void Journal::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QString Journal::fingerprint(const QString &orgId, const QList<JournalRow> &rows)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addToHash(hash, QByteArrayLiteral("invitedesk-run-v1"));
    addToHash(hash, orgId.toUtf8());
    for (const JournalRow &row : rows) {
        addToHash(hash, QByteArray::number(row.rowIndex));
        addToHash(hash, row.email.toUtf8());
        addToHash(hash, RowStatus::key(row.outcome.status).toUtf8());
        addToHash(hash, row.payloadJson);
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<JournalRun> Journal::findOrCreateRun(const JournalRun &wanted, const QList<JournalRow> &rows)
{
    if (!requireOpen()) {
        return std::nullopt;
    }
    const QString print = wanted.inputFingerprint.isEmpty() ? fingerprint(wanted.orgId, rows) : wanted.inputFingerprint;
    JournalRunWriter writer(m_db, m_clock.nowMs(), m_path);
    bool resumed = false;
    const std::optional<qint64> runId = writer.findOrCreate(wanted, print, rows, &resumed);
    if (!runId) {
        fail(writer.errorString());
        return std::nullopt;
    }
    std::optional<JournalRun> result = run(*runId);
    if (result) {
        result->resumed = resumed;
    }
    return result;
}

std::optional<qint64> Journal::planCall(qint64 runId, const QList<int> &rows)
{
    if (!requireOpen()) {
        return std::nullopt;
    }
    JournalCallWriter writer(m_db, m_clock.nowMs(), m_path);
    const std::optional<qint64> callId = writer.plan(runId, rows);
    if (!callId) {
        fail(writer.errorString());
    }
    return callId;
}

bool Journal::markCallSent(qint64 callId)
{
    if (!requireOpen()) {
        return false;
    }
    JournalCallWriter writer(m_db, m_clock.nowMs(), m_path);
    return writer.markSent(callId) || fail(writer.errorString());
}

bool Journal::recordOutcome(qint64 callId, const ApiExchange &exchange, const QHash<int, RowOutcome> &outcomes)
{
    if (!requireOpen()) {
        return false;
    }
    JournalCallWriter writer(m_db, m_clock.nowMs(), m_path);
    return writer.close(callId, outcomes, &exchange, false) || fail(writer.errorString());
}

bool Journal::recordUnresolved(qint64 callId, const ApiExchange &exchange)
{
    if (!requireOpen()) {
        return false;
    }
    JournalCallWriter writer(m_db, m_clock.nowMs(), m_path);
    return writer.keepOpen(callId, exchange) || fail(writer.errorString());
}

bool Journal::resolveCall(qint64 callId, const QHash<int, RowOutcome> &outcomes)
{
    if (!requireOpen()) {
        return false;
    }
    JournalCallWriter writer(m_db, m_clock.nowMs(), m_path);
    return writer.close(callId, outcomes, nullptr, true) || fail(writer.errorString());
}

bool Journal::recordRowOutcomes(qint64 runId, const QHash<int, RowOutcome> &outcomes)
{
    if (!requireOpen()) {
        return false;
    }
    JournalRunWriter writer(m_db, m_clock.nowMs(), m_path);
    return writer.settleRows(runId, outcomes) || fail(writer.errorString());
}

bool Journal::recordExchange(qint64 runId, const ApiExchange &exchange)
{
    if (!requireOpen()) {
        return false;
    }
    JournalRunWriter writer(m_db, m_clock.nowMs(), m_path);
    return writer.recordExchange(runId, exchange) || fail(writer.errorString());
}

bool Journal::markInterrupted(qint64 runId)
{
    if (!requireOpen()) {
        return false;
    }
    JournalRunWriter writer(m_db, m_clock.nowMs(), m_path);
    return writer.markInterrupted(runId) || fail(writer.errorString());
}

bool Journal::finishRun(qint64 runId)
{
    if (!requireOpen()) {
        return false;
    }
    JournalRunWriter writer(m_db, m_clock.nowMs(), m_path);
    return writer.finish(runId) || fail(writer.errorString());
}

std::optional<JournalRun> Journal::run(qint64 runId) const
{
    if (!requireOpen()) {
        return std::nullopt;
    }
    QSqlError sqlError;
    const std::optional<QList<JournalRun>> found = checked(JournalQueries::runs(m_db, runId, &sqlError), sqlError);
    if (!found) {
        return std::nullopt;
    }
    if (runId <= 0 || found->isEmpty()) {
        fail(tr("journal %1 has no run %2").arg(m_path).arg(runId));
        return std::nullopt;
    }
    return found->constFirst();
}

std::optional<QList<JournalRun>> Journal::listRuns() const
{
    QSqlError sqlError;
    return requireOpen() ? checked(JournalQueries::runs(m_db, 0, &sqlError), sqlError) : std::nullopt;
}

std::optional<QList<JournalRow>> Journal::rows(qint64 runId) const
{
    QSqlError sqlError;
    return requireOpen() ? checked(JournalQueries::rows(m_db, runId, &sqlError), sqlError) : std::nullopt;
}

std::optional<QMap<int, RowOutcome>> Journal::rowOutcomes(qint64 runId) const
{
    const std::optional<QList<JournalRow>> all = rows(runId);
    if (!all) {
        return std::nullopt;
    }
    QMap<int, RowOutcome> outcomes;
    for (const JournalRow &row : *all) {
        outcomes.insert(row.rowIndex, row.outcome);
    }
    return outcomes;
}

std::optional<QList<int>> Journal::pendingRows(qint64 runId) const
{
    QSqlError sqlError;
    return requireOpen() ? checked(JournalQueries::pendingRows(m_db, runId, &sqlError), sqlError) : std::nullopt;
}

std::optional<QList<JournalCall>> Journal::unresolvedCalls(qint64 runId) const
{
    QSqlError sqlError;
    return requireOpen() ? checked(JournalQueries::openCalls(m_db, runId, &sqlError), sqlError) : std::nullopt;
}

std::optional<QList<qint64>> Journal::callTimestamps(qint64 runId) const
{
    QSqlError sqlError;
    return requireOpen() ? checked(JournalQueries::sentTimes(m_db, runId, &sqlError), sqlError) : std::nullopt;
}

std::optional<QList<qint64>> Journal::callTimestampsSince(const QString &apiBaseUrl, qint64 sinceMs) const
{
    QSqlError sqlError;
    return requireOpen() ? checked(JournalQueries::sentTimesSince(m_db, apiBaseUrl, sinceMs, &sqlError), sqlError)
                         : std::nullopt;
}

std::optional<QList<ApiExchange>> Journal::exchanges(qint64 runId) const
{
    QSqlError sqlError;
    return requireOpen() ? checked(JournalExchangeStore::select(m_db, runId, &sqlError), sqlError) : std::nullopt;
}

template<typename T>
std::optional<T> Journal::checked(std::optional<T> result, const QSqlError &sqlError) const
{
    if (!result) {
        failSql(sqlError);
    }
    return result;
}

bool Journal::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool Journal::failSql(const QSqlError &sqlError) const
{
    return fail(JournalSchema::describe(sqlError, m_path));
}

bool Journal::requireOpen() const
{
    return isOpen() || fail(tr("the journal is not open"));
}
