#pragma once

#include "PlannedCall.h"

#include <QList>

// A bulk call as the journal recorded it. Planned: written before sending; Sent: written just before the bytes went
// out; Done: its rows' outcomes are stored. A call found not Done on resume has an unknown outcome.
struct JournalCall
{
    enum State : int {
        Planned,
        Sent,
        Done,
    };

    qint64 id = 0;
    qint64 runId = 0;
    State state = Planned;
    QList<int> rows; // table row indices, in the order the call carries them
    qint64 createdAtMs = 0;
    qint64 sentAtMs = 0; // 0 when never marked sent

    PlannedCall toPlannedCall() const { return PlannedCall{id, rows}; }

    friend bool operator==(const JournalCall &, const JournalCall &) = default;
};
