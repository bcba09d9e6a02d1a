#include "JournalExchangeStore.h"

#include "ExchangeSanitizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The text columns are NOT NULL: a null string is stored as an empty one.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QByteArray bytes(const QByteArray &value)
{
    return value.isNull() ? QByteArray("") : value;
}

QVariant nullableMs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QByteArray JournalExchangeStore::headersToJson(const ApiExchange::Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

ApiExchange::Headers JournalExchangeStore::headersFromJson(const QByteArray &json)
{
    ApiExchange::Headers headers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &pair : array) {
        const QJsonArray nameValue = pair.toArray();
        headers.append({nameValue.at(0).toString().toLatin1(), nameValue.at(1).toString().toLatin1()});
    }
    return headers;
}

bool JournalExchangeStore::insert(QSqlDatabase &db, qint64 runId, qint64 callId, const ApiExchange &exchange,
                                  QSqlError *error)
{
    const ApiExchange clean = ExchangeSanitizer::sanitized(exchange);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO exchanges (run_id, call_id, started_at, method, url, request_headers, request_body, status,"
        " status_text, response_headers, response_body, network_error, wait_ms, total_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(runId);
    query.addBindValue(callId > 0 ? QVariant(callId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(nullableMs(clean.startedAt));
    query.addBindValue(text(QString::fromLatin1(clean.method)));
    query.addBindValue(text(QString::fromLatin1(clean.url.toEncoded())));
    query.addBindValue(text(QString::fromUtf8(headersToJson(clean.requestHeaders))));
    query.addBindValue(bytes(clean.requestBody));
    query.addBindValue(clean.status);
    query.addBindValue(text(QString::fromLatin1(clean.statusText)));
    query.addBindValue(text(QString::fromUtf8(headersToJson(clean.responseHeaders))));
    query.addBindValue(bytes(clean.responseBody));
    query.addBindValue(text(clean.networkError));
    query.addBindValue(clean.waitMs);
    query.addBindValue(clean.totalMs);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

std::optional<QList<ApiExchange>> JournalExchangeStore::select(const QSqlDatabase &db, qint64 runId, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT started_at, method, url, request_headers, request_body, status, status_text, response_headers,"
        " response_body, network_error, wait_ms, total_ms FROM exchanges WHERE run_id = ? ORDER BY id"));
    query.addBindValue(runId);
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    QList<ApiExchange> exchanges;
    while (query.next()) {
        ApiExchange exchange;
        if (!query.isNull(0)) {
            exchange.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        }
        exchange.method = query.value(1).toString().toLatin1();
        exchange.url = QUrl::fromEncoded(query.value(2).toString().toLatin1());
        exchange.requestHeaders = headersFromJson(query.value(3).toString().toUtf8());
        exchange.requestBody = query.value(4).toByteArray();
        exchange.status = query.value(5).toInt();
        exchange.statusText = query.value(6).toString().toLatin1();
        exchange.responseHeaders = headersFromJson(query.value(7).toString().toUtf8());
        exchange.responseBody = query.value(8).toByteArray();
        exchange.networkError = query.value(9).toString();
        exchange.waitMs = query.value(10).toLongLong();
        exchange.totalMs = query.value(11).toLongLong();
        exchanges.append(exchange);
    }
    return exchanges;
}
