#pragma once

#include "delivery/DeliveryInput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QTextStream>
#include <QUrl>

// What `send --dry-run` shows instead of sending: every bulk call a run would start with, in order, each with the
// exact JSON body it would carry (before the pre-flight, which needs the network, settles any row).
class DryRunPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DryRunPrinter)

public:
    struct Call
    {
        QList<int> rows; // table rows
        QByteArray body; // the compact JSON array DeliveryRun would POST
    };

    // The calls for input's sendable rows (verdict Pending), at most maxRowsPerCall rows each.
    static QList<Call> plan(const DeliveryInput &input, int maxRowsPerCall);
    // "call 1 of 2 (rows 2–11): POST URL" followed by the body on the next line, for every call.
    static void print(QTextStream &stream, const QList<Call> &calls, const DeliveryInput &input,
                      const QString &organizationId, const QUrl &apiUrl);
    // [{"call": 1, "rows": [2, 3, ...], "body": [...]}, ...] for --json.
    static QJsonArray toJson(const QList<Call> &calls, const DeliveryInput &input);

    // The bulk endpoint of an organization under apiUrl, as shown.
    static QString endpoint(const QUrl &apiUrl, const QString &organizationId);
    // Row numbers as ranges: "2–11", "2–5, 7, 9–12".
    static QString ranges(const QList<int> &numbers);
};
