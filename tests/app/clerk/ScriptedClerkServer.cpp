#include "ScriptedClerkServer.h"

#include <QJsonArray>
#include <QJsonObject>

ScriptedClerkServer::ScriptedClerkServer()
{
    m_server.setHandler([this](const HttpRequest &request) {
        m_requests.append(request);
        if (m_responses.isEmpty()) {
            const QJsonObject error{{QStringLiteral("message"), QStringLiteral("unscripted request")},
                                    {QStringLiteral("long_message"), QStringLiteral("The test scripted no answer")},
                                    {QStringLiteral("code"), QStringLiteral("unscripted")}};
            return HttpResponse::json(500, QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}});
        }
        return m_responses.takeFirst();
    });
}

QUrl ScriptedClerkServer::apiUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

HttpResponse ScriptedClerkServer::page(const QJsonArray &items, qint64 totalCount)
{
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("data"), items}, {QStringLiteral("total_count"), totalCount}});
}

ClerkConfig ScriptedClerkServer::config(int transferTimeoutMs) const
{
    ClerkConfig config;
    config.setApiBaseUrl(apiUrl());
    config.setSecretKey(secretKey());
    config.setTransferTimeoutMs(transferTimeoutMs);
    return config;
}

QByteArray ScriptedClerkServer::everything(const ApiExchange &exchange)
{
    QByteArray text = exchange.method + ' ' + exchange.url.toEncoded() + '\n';
    for (const auto &[name, value] : exchange.requestHeaders) {
        text += name + ": " + value + '\n';
    }
    text += exchange.requestBody + '\n' + QByteArray::number(exchange.status) + ' ' + exchange.statusText + '\n';
    for (const auto &[name, value] : exchange.responseHeaders) {
        text += name + ": " + value + '\n';
    }
    text += exchange.responseBody + '\n' + exchange.networkError.toUtf8() + '\n' + exchange.summary().toUtf8();
    return text;
}
