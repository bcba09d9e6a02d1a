#pragma once

#include "io/HarWriter.h"

#include <QJsonArray>
#include <QJsonObject>

// Exchanges and JSON helpers shared by the HAR export tests.

inline const QByteArray secretKey("sk_test_0123456789SECRET");

inline ApiExchange bulkCall()
{
    ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(QStringLiteral("https://api.clerk.com/v1/organizations/org_2abc/invitations/bulk"));
    exchange.requestHeaders = {{"Authorization", QByteArray("Bearer " + secretKey)},
                               {"Content-Type", "application/json"},
                               {"User-Agent", "Invitedesk/0.1.0"}};
    exchange.requestBody = R"([{"email_address":"zoë@example.org","role":"org:member"}])";
    exchange.status = 200;
    exchange.statusText = "OK";
    exchange.responseHeaders = {{"Content-Type", "application/json"}, {"X-Clerk-Trace-Id", "trace-123"}};
    exchange.responseBody = R"([{"object":"organization_invitation","id":"orginv_1"}])";
    exchange.startedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    exchange.waitMs = 80;
    exchange.totalMs = 120;
    return exchange;
}

inline ApiExchange unansweredLookup()
{
    ApiExchange exchange;
    exchange.method = "GET";
    exchange.url = QUrl(QStringLiteral("https://api.clerk.com/v1/organizations/org_2abc/invitations"
                                       "?email_address=a%2Bb%40example.org&status=pending"));
    exchange.requestHeaders = {{"Authorization", "Bearer [REDACTED]"}};
    exchange.networkError = QStringLiteral("Connection reset by peer");
    exchange.startedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 9, 0), Qt::UTC);
    exchange.totalMs = 3000;
    return exchange;
}

// The value at a slash-separated path ("request/postData/text") of a JSON object.
inline QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &key : path.split(u'/')) {
        value = value.toObject().value(key);
    }
    return value;
}

inline QJsonObject onlyEntry(const ApiExchange &exchange)
{
    const QJsonArray entries = at(HarWriter::toHar({exchange}), QStringLiteral("log/entries")).toArray();
    return entries.size() == 1 ? entries.first().toObject() : QJsonObject();
}

inline QJsonArray nameValuePairs(const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray array;
    for (const auto &[name, value] : pairs) {
        array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    }
    return array;
}
