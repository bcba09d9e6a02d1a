#pragma once

#include "core/RowOutcome.h"
#include "core/RowStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

// Where a DeliveryRun stands, for the progress bar and the CLI status line: rows settled, counts per status, calls
// made, what it is waiting for and when it expects to be done.
struct DeliveryProgress
{
    int rowsTotal = 0;
    int rowsDone = 0; // rows whose status is final
    std::array<int, RowStatus::Count> counts{};
    int callsMade = 0;  // bulk calls sent in this process
    qint64 waitMs = 0;  // time left of the current wait (0 when not waiting)
    QString waitReason; // translated, e.g. "rate limit: 50 calls per hour used, next call at 14:05"
    qint64 etaMs = -1;  // estimated time until the last call goes, -1 when unknown

    int count(RowStatus::Value status) const { return counts[size_t(status)]; }
    // Rows total, done and counts per status of outcomes.
    static DeliveryProgress tally(const QList<RowOutcome> &outcomes);

    friend bool operator==(const DeliveryProgress &, const DeliveryProgress &) = default;
};

Q_DECLARE_METATYPE(DeliveryProgress)
