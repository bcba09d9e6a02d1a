#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One parsed HTTP/1.x request as LoopbackHttpServer hands it to its handler: raw method, target, headers and body.
struct HttpRequest
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method; // "GET", "POST", ...
    QByteArray target; // raw request target: "/v1/organizations/org_1/invitations?status=pending"
    Headers headers;   // in arrival order, names as sent
    QByteArray body;
    QByteArray version = QByteArrayLiteral("HTTP/1.1");

    // The value of the first header called name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    // Every value of the headers called name (case-insensitive), in arrival order.
    QList<QByteArray> headerValues(const QByteArray &name) const;
    // The percent-decoded path, without the query.
    QString path() const;
    // The query part of the target ("" when there is none).
    QUrlQuery query() const;
    // The raw (still percent-encoded) query part of the target, without the '?'.
    QByteArray rawQuery() const;
};
