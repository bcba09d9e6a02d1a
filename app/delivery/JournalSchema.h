#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

class QSqlDatabase;

// Turns an open SQLite connection into a usable Invitedesk journal: checks the file is one (application_id) and
// not newer (user_version), creates the tables of a new one, and sets WAL, FULL sync, foreign keys and the
// exclusive lock that keeps a second process off the journal while a run is using it.
class JournalSchema
{
    Q_DECLARE_TR_FUNCTIONS(JournalSchema)

public:
    static constexpr int Version = 1;
    static constexpr int ApplicationId = 0x49644A6C; // "IdJl" in the SQLite header

    // Prepares db (already opened on path); false with *error set to a one-line message naming path.
    static bool prepare(QSqlDatabase &db, const QString &path, QString *error);

    // A one-line message for a failed statement on the journal at path (locked, read-only, full, corrupt, ...).
    static QString describe(const QSqlError &sqlError, const QString &path);
    // The primary SQLite result code of a failed statement (SQLITE_BUSY = 5, ...), or -1 if unknown.
    static int sqliteCode(const QSqlError &sqlError);

private:
    static bool createTables(QSqlDatabase &db, const QString &path, QString *error);
};
