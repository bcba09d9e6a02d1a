#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

// What a LoopbackHttpServer handler answers: status, headers and body, or a fault to simulate (a reset, silence),
// optionally after a delay.
struct HttpResponse
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    enum class Fault {
        None,              // write the response
        ResetBeforeReply,  // reset the connection without writing a byte
        ResetAfterHeaders, // write the status line, the headers and part of the body, then reset
        NeverReply,        // keep the connection open and never answer
    };

    int status = 200;
    Headers headers; // Content-Length (and Connection when closing) are added by the server
    QByteArray body;
    Fault fault = Fault::None;
    int delayMs = 0; // act (reply or fault) only after this delay, for slow-reply tests

    // Content-Type: application/json; body is an object or an array (anything else is sent as {}).
    static HttpResponse json(int status, const QJsonValue &body);
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    static HttpResponse withFault(Fault fault);

    // The value of the first header called name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    // Replaces every header called name (case-insensitive) by one with value.
    void setHeader(const QByteArray &name, const QByteArray &value);
    // The standard reason phrase of status ("Not Found"); "Unknown" for codes it does not know.
    static QByteArray reasonPhrase(int status);
};
