#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// One SQLite write transaction as a scope: begin() takes the write lock (BEGIN IMMEDIATE), commit() makes every
// statement since durable at once, and leaving the scope without commit() rolls them all back.
class SqlTransaction
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(const QSqlDatabase &db);
    ~SqlTransaction();

    bool begin();
    bool commit();
    void rollback();
    // The error of the failed begin() or commit().
    QSqlError lastError() const { return m_lastError; }

private:
    bool run(const QString &sql);

    QSqlDatabase m_db;
    QSqlError m_lastError;
    bool m_active = false;
};
