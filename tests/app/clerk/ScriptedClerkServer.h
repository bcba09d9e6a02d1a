#pragma once

#include "clerk/ApiExchange.h"
#include "clerk/ClerkConfig.h"
#include "sandbox/LoopbackHttpServer.h"

#include <QList>
#include <QUrl>

// A LoopbackHttpServer for ClerkClient tests: answers from a queue of canned responses (an "unscripted" 500 once
// the queue is empty) and records every request it received.
class ScriptedClerkServer
{
public:
    ScriptedClerkServer();

    bool listen() { return m_server.listen(); }
    // http://127.0.0.1:PORT/v1, what ClerkConfig::apiBaseUrl should be.
    QUrl apiUrl() const;

    void enqueue(const HttpResponse &response) { m_responses.append(response); }
    const QList<HttpRequest> &requests() const { return m_requests; }
    LoopbackHttpServer &server() { return m_server; }

    // A configuration that points at this server with secretKey() and the given transfer timeout.
    ClerkConfig config(int transferTimeoutMs = 10000) const;
    static QString secretKey() { return QStringLiteral("sk_test_ScriptedSecret0123456789abcdef"); }

    // A 200 listing page: {"data": items, "total_count": totalCount}.
    static HttpResponse page(const QJsonArray &items, qint64 totalCount);
    // Every field of an exchange as text, to search it for what must not be there.
    static QByteArray everything(const ApiExchange &exchange);

private:
    LoopbackHttpServer m_server;
    QList<HttpResponse> m_responses;
    QList<HttpRequest> m_requests;
};
