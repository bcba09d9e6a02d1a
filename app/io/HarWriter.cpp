#include "HarWriter.h"

#include "HeaderRedaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringDecoder>
#include <QUrlQuery>

#include <algorithm>

namespace {

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QJsonArray headersArray(const ApiExchange::Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        array.append(QJsonObject{{QStringLiteral("name"), latin1(name)},
                                 {QStringLiteral("value"), latin1(HeaderRedaction::safeValue(name, value))}});
    }
    return array;
}

QJsonArray queryStringArray(const QUrl &url)
{
    QJsonArray array;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    }
    return array;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder(bytes);
    return !decoder.hasError();
}

QJsonObject requestObject(const ApiExchange &exchange)
{
    QJsonObject request{
        {QStringLiteral("method"), latin1(exchange.method)},
        {QStringLiteral("url"),
         exchange.url.toString(QUrl::FullyEncoded | QUrl::RemoveFragment | QUrl::RemoveUserInfo)},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersArray(exchange.requestHeaders)},
        {QStringLiteral("queryString"), queryStringArray(exchange.url)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), qint64(exchange.requestBody.size())},
    };
    if (!exchange.requestBody.isEmpty()) {
        // Invitedesk only sends JSON it built itself, so the body is always UTF-8 text.
        request.insert(QStringLiteral("postData"),
                       QJsonObject{{QStringLiteral("mimeType"), latin1(exchange.requestHeader("content-type"))},
                                   {QStringLiteral("text"), QString::fromUtf8(exchange.requestBody)}});
    }
    return request;
}

QJsonObject contentObject(const ApiExchange &exchange)
{
    QJsonObject content{
        {QStringLiteral("size"), qint64(exchange.responseBody.size())},
        {QStringLiteral("mimeType"), latin1(exchange.responseHeader("content-type"))},
    };
    // A proxy's error page may be in any encoding: what is not UTF-8 is kept exactly, as base64.
    if (isUtf8(exchange.responseBody)) {
        content.insert(QStringLiteral("text"), QString::fromUtf8(exchange.responseBody));
    } else {
        content.insert(QStringLiteral("text"), QString::fromLatin1(exchange.responseBody.toBase64()));
        content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    return content;
}

QJsonObject responseObject(const ApiExchange &exchange)
{
    const bool answered = exchange.hasResponse();
    return {
        {QStringLiteral("status"), exchange.status},
        {QStringLiteral("statusText"), answered ? latin1(exchange.statusText) : QString()},
        {QStringLiteral("httpVersion"), answered ? QStringLiteral("HTTP/1.1") : QString()},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersArray(exchange.responseHeaders)},
        {QStringLiteral("content"), contentObject(exchange)},
        {QStringLiteral("redirectURL"), latin1(exchange.responseHeader("location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), answered ? qint64(exchange.responseBody.size()) : qint64(-1)},
    };
}

// send + wait + receive add up to time, as HAR requires; blocked, dns, connect and ssl are not measured.
QJsonObject timingsObject(qint64 totalMs, qint64 waitMs)
{
    const qint64 wait = std::clamp(waitMs, qint64(0), totalMs);
    return {
        {QStringLiteral("blocked"), -1}, {QStringLiteral("dns"), -1},    {QStringLiteral("connect"), -1},
        {QStringLiteral("send"), 0},     {QStringLiteral("wait"), wait}, {QStringLiteral("receive"), totalMs - wait},
        {QStringLiteral("ssl"), -1},
    };
}

QString startedDateTime(const QDateTime &startedAt)
{
    const QDateTime utc = startedAt.isValid() ? startedAt.toUTC() : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    return utc.toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject HarWriter::toEntry(const ApiExchange &exchange)
{
    const qint64 totalMs = std::max(exchange.totalMs, qint64(0));
    QJsonObject entry{
        {QStringLiteral("startedDateTime"), startedDateTime(exchange.startedAt)},
        {QStringLiteral("time"), totalMs},
        {QStringLiteral("request"), requestObject(exchange)},
        {QStringLiteral("response"), responseObject(exchange)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), timingsObject(totalMs, exchange.waitMs)},
    };
    // HAR allows custom fields whose names start with an underscore.
    if (!exchange.networkError.isEmpty()) {
        entry.insert(QStringLiteral("_error"), exchange.networkError);
    } else if (!exchange.hasResponse()) {
        entry.insert(QStringLiteral("_error"), tr("No response was received."));
    }
    return entry;
}

QJsonObject HarWriter::toHar(const QList<ApiExchange> &exchanges)
{
    QJsonArray entries;
    for (const ApiExchange &exchange : exchanges) {
        entries.append(toEntry(exchange));
    }
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("Invitedesk")},
                              {QStringLiteral("version"), QStringLiteral(INVITEDESK_VERSION)}};
    return {{QStringLiteral("log"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                {QStringLiteral("creator"), creator},
                                                {QStringLiteral("entries"), entries}}}};
}

bool HarWriter::write(const QString &path, const QList<ApiExchange> &exchanges)
{
    m_errorString.clear();
    const QByteArray json = QJsonDocument(toHar(exchanges)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_errorString =
            tr("Could not write the HTTP archive to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
