#pragma once

#include "clerk/ApiExchange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Exports HTTP exchanges with Clerk as an HTTP Archive (HAR 1.2) that browser devtools and HAR viewers open.
// Sensitive header values (HeaderRedaction) are replaced whatever the exchanges hold.
class HarWriter
{
    Q_DECLARE_TR_FUNCTIONS(HarWriter)

public:
    // The whole archive: {"log": {"version": "1.2", "creator": ..., "entries": [...]}}.
    static QJsonObject toHar(const QList<ApiExchange> &exchanges);
    // One entry of log.entries. An exchange without a response gets status 0 and an "_error" field saying why.
    static QJsonObject toEntry(const ApiExchange &exchange);

    // Writes the archive atomically to path; on failure errorString() names the path and the reason.
    bool write(const QString &path, const QList<ApiExchange> &exchanges);

    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};
