#include "SqlTransaction.h"

#include <QSqlQuery>

SqlTransaction::SqlTransaction(const QSqlDatabase &db)
    : m_db(db)
{}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::begin()
{
    Q_ASSERT(!m_active);
    m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
    return m_active;
}

bool SqlTransaction::commit()
{
    Q_ASSERT(m_active);
    if (!run(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void SqlTransaction::rollback()
{
    if (m_active) {
        m_active = false;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

bool SqlTransaction::run(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_lastError = query.lastError();
        return false;
    }
    return true;
}
