#pragma once

#include "ApiExchange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

class QNetworkReply;

// Watches one QNetworkReply of ClerkClient and turns it into an ApiExchange: response status, headers and body,
// the transport error in words, and the timings. Scrubs the secret key from anything the server echoes back.
class ClerkReplyRecorder : public QObject
{
    Q_OBJECT

public:
    // `exchange` already holds the request side; `timeoutMs` is the transfer timeout set on the request.
    ClerkReplyRecorder(QNetworkReply *reply, const ApiExchange &exchange, const QByteArray &secret, int timeoutMs);

    // Marks the reply as aborted by the user (not by the transfer timeout) before aborting it.
    void abort();
    // Stops listening to the reply: nothing is recorded or emitted from now on.
    void detach();

signals:
    void recorded(const ApiExchange &exchange);

private:
    void onFirstByte();
    void onFinished();
    QString describeError() const;
    QByteArray scrub(QByteArray text) const;

    QNetworkReply *m_reply;
    ApiExchange m_exchange;
    QByteArray m_secret;
    int m_timeoutMs;
    bool m_abortedByUser = false;
    bool m_firstByteSeen = false;
    QElapsedTimer m_timer;
};
