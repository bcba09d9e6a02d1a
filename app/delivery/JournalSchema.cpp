#include "JournalSchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace {

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

// The version 1 schema. Times are milliseconds since the epoch (UTC); statuses are RowStatus keys.
const char *const schemaV1[] = {
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY,"
    " created_at INTEGER NOT NULL,"
    " org_id TEXT NOT NULL,"
    " input_fingerprint TEXT NOT NULL,"
    " api_base_url TEXT NOT NULL,"
    " default_role TEXT NOT NULL,"
    " row_count INTEGER NOT NULL,"
    " finished_at INTEGER,"
    " interrupted INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX runs_unfinished ON runs (org_id, input_fingerprint, api_base_url) WHERE finished_at IS NULL",
    "CREATE TABLE run_rows ("
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " row_index INTEGER NOT NULL,"
    " source_row INTEGER NOT NULL,"
    " email TEXT NOT NULL,"
    " payload_json BLOB NOT NULL,"
    " status TEXT NOT NULL CHECK (status IN ('pending', 'invited', 'already_invited', 'already_member',"
    "  'invalid', 'duplicate', 'failed')),"
    " invitation_id TEXT,"
    " http_status INTEGER NOT NULL DEFAULT 0,"
    " error_code TEXT,"
    " error_message TEXT,"
    " trace_id TEXT,"
    " updated_at INTEGER,"
    " PRIMARY KEY (run_id, row_index)) WITHOUT ROWID",
    "CREATE TABLE calls ("
    " id INTEGER PRIMARY KEY,"
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " state TEXT NOT NULL CHECK (state IN ('planned', 'sent', 'done')),"
    " reconciled INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL,"
    " sent_at INTEGER,"
    " finished_at INTEGER)",
    "CREATE INDEX calls_open ON calls (run_id) WHERE state <> 'done'",
    "CREATE INDEX calls_sent ON calls (sent_at) WHERE sent_at IS NOT NULL",
    "CREATE TABLE call_rows ("
    " call_id INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,"
    " run_id INTEGER NOT NULL,"
    " row_index INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (call_id, row_index),"
    " FOREIGN KEY (run_id, row_index) REFERENCES run_rows (run_id, row_index) ON DELETE CASCADE) WITHOUT ROWID",
    "CREATE INDEX call_rows_row ON call_rows (run_id, row_index)",
    "CREATE TABLE exchanges ("
    " id INTEGER PRIMARY KEY,"
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " call_id INTEGER REFERENCES calls (id) ON DELETE CASCADE,"
    " started_at INTEGER,"
    " method TEXT NOT NULL,"
    " url TEXT NOT NULL,"
    " request_headers TEXT NOT NULL,"
    " request_body BLOB NOT NULL,"
    " status INTEGER NOT NULL,"
    " status_text TEXT NOT NULL,"
    " response_headers TEXT NOT NULL,"
    " response_body BLOB NOT NULL,"
    " network_error TEXT NOT NULL,"
    " wait_ms INTEGER NOT NULL,"
    " total_ms INTEGER NOT NULL)",
    "CREATE INDEX exchanges_run ON exchanges (run_id, id)",
    "CREATE INDEX exchanges_call ON exchanges (call_id)",
};

// Runs one statement and returns its first column (or an invalid QVariant when it has none).
std::optional<QVariant> scalar(QSqlDatabase &db, const QString &sql, QSqlError *sqlError)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *sqlError = query.lastError();
        return std::nullopt;
    }
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

bool JournalSchema::prepare(QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlError sqlError;
    const auto fail = [&](const QString &message) {
        *error = message;
        return false;
    };
    const auto failSql = [&] { return fail(describe(sqlError, path)); };

    // Exclusive locking before anything reads the file: the first read then takes a lock that is held until close,
    // so a second process gets "busy" instead of resuming the same run, and WAL needs no shared-memory file.
    if (!scalar(db, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), &sqlError)) {
        return failSql();
    }
    // Identify the file before changing anything in it.
    const std::optional<QVariant> applicationId = scalar(db, QStringLiteral("PRAGMA application_id"), &sqlError);
    if (!applicationId) {
        return failSql();
    }
    const std::optional<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"), &sqlError);
    const std::optional<QVariant> objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), &sqlError);
    if (!version || !objects) {
        return failSql();
    }
    const bool empty = objects->toInt() == 0;
    const int id = applicationId->toInt();
    if (id != ApplicationId && (!empty || id != 0)) {
        return fail(tr("%1 is not an Invitedesk journal (it is an SQLite database of another application)").arg(path));
    }
    if (version->toInt() > Version) {
        return fail(tr("journal %1 was written by a newer Invitedesk (journal version %2; this version reads up to %3)")
                        .arg(path)
                        .arg(version->toInt())
                        .arg(Version));
    }

    const std::optional<QVariant> mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError);
    if (!mode) {
        return failSql();
    }
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return fail(tr("journal %1 cannot use write-ahead logging (SQLite kept journal mode \"%2\")")
                        .arg(path, mode->toString()));
    }
    if (!scalar(db, QStringLiteral("PRAGMA synchronous = FULL"), &sqlError) ||
        !scalar(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)) {
        return failSql();
    }

    if (empty) {
        return createTables(db, path, error);
    }
    // Rewriting the version is a write: it fails now, with a clear message, on a read-only file rather than in the
    // middle of a run, and it takes the exclusive lock for the lifetime of the connection.
    if (!scalar(db, QStringLiteral("PRAGMA user_version = %1").arg(version->toInt()), &sqlError)) {
        return failSql();
    }
    return true;
}

bool JournalSchema::createTables(QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlError sqlError;
    QStringList statements{QStringLiteral("BEGIN IMMEDIATE")};
    for (const char *sql : schemaV1) {
        statements.append(QString::fromLatin1(sql));
    }
    statements.append(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(Version));
    statements.append(QStringLiteral("COMMIT"));
    for (const QString &sql : std::as_const(statements)) {
        if (!scalar(db, sql, &sqlError)) {
            *error = describe(sqlError, path);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

int JournalSchema::sqliteCode(const QSqlError &sqlError)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // extended result codes keep the primary code in the low byte
}

QString JournalSchema::describe(const QSqlError &sqlError, const QString &path)
{
    const QString detail = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    switch (sqliteCode(sqlError)) {
    case SqliteBusy:
    case SqliteLocked:
        return tr("journal %1 is in use by another Invitedesk process; wait for it to finish or choose another journal")
            .arg(path);
    case SqliteNotADb:
        return tr("%1 is not an Invitedesk journal (it is not an SQLite database)").arg(path);
    case SqliteCorrupt:
        return tr("journal %1 is damaged (%2)").arg(path, detail);
    case SqliteReadOnly:
        return tr("cannot write journal %1: the file or its folder is read-only").arg(path);
    case SqliteFull:
        return tr("cannot write journal %1: the disk is full").arg(path);
    case SqliteCantOpen:
        return tr("cannot open journal %1: %2").arg(path, detail);
    case SqliteIoErr:
        return tr("cannot read or write journal %1: input/output error (%2)").arg(path, detail);
    default:
        return tr("journal %1: %2").arg(path, detail);
    }
}
