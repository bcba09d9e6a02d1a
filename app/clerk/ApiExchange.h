#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QDebug;

// One HTTP exchange with Clerk as it happened: what was sent, what came back, and when. It is what the results
// view shows, what the journal stores and what the HAR export writes. The Authorization value is never kept.
struct ApiExchange
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method;
    QUrl url;
    Headers requestHeaders; // Authorization already redacted ("Bearer [REDACTED]")
    QByteArray requestBody;

    int status = 0; // 0 when no response arrived (reset, timeout, TLS failure)
    QByteArray statusText;
    Headers responseHeaders;
    QByteArray responseBody;
    QString networkError; // empty when the transfer itself succeeded (whatever the status)
    bool refused = false; // ClerkClient refused to send it (bad URL, no key); networkError says why; nothing was sent

    QDateTime startedAt; // UTC
    qint64 waitMs = 0;   // from sending until the first response byte
    qint64 totalMs = 0;  // from sending until the last byte or the error

    bool hasResponse() const { return status != 0; }
    // A complete 2xx answer: the transfer succeeded and Clerk accepted the request.
    bool isSuccess() const { return status >= 200 && status < 300 && networkError.isEmpty() && !refused; }
    QByteArray responseHeader(const QByteArray &name) const;
    QByteArray requestHeader(const QByteArray &name) const;
    // "POST https://api.clerk.com/v1/... -> 200 OK (123 ms)" or "... -> Connection refused": for logs.
    QString summary() const;

    friend bool operator==(const ApiExchange &, const ApiExchange &) = default;
};

QDebug operator<<(QDebug debug, const ApiExchange &exchange);
