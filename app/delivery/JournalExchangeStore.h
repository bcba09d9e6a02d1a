#pragma once

#include "clerk/ApiExchange.h"

#include <QList>
#include <QSqlError>

#include <optional>

class QSqlDatabase;

// Reads and writes ApiExchange values in the journal's exchanges table. Every exchange is passed through
// ExchangeSanitizer first, so no secret key reaches the file whatever the caller hands in.
class JournalExchangeStore
{
public:
    // callId 0 stores an exchange that belongs to the run but to no bulk call (pre-flight, lookups).
    static bool insert(QSqlDatabase &db, qint64 runId, qint64 callId, const ApiExchange &exchange, QSqlError *error);
    static std::optional<QList<ApiExchange>> select(const QSqlDatabase &db, qint64 runId, QSqlError *error);

    // Headers as a JSON array of [name, value] pairs; bytes map to Latin-1 code points so any value round-trips.
    static QByteArray headersToJson(const ApiExchange::Headers &headers);
    static ApiExchange::Headers headersFromJson(const QByteArray &json);
};
