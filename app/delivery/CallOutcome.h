#pragma once

#include "core/RowOutcome.h"

#include <QHash>
#include <QList>
#include <QString>

// What one bulk call's answer means for its rows, as OutcomeMapper reads it: the rows it decided, the rows to send
// again (whole, halved, or after a lookup) and whether the run must wait or stop.
struct CallOutcome
{
    enum class Next {
        Continue,  // carry on with the next call (after queuing resend / split / unknown rows)
        Defer,     // 429: wait retryAfterMs, then send the same rows again
        StopQuota, // the organization is full: fail every pending row and send nothing more
        StopRun,   // 401 / 403 / 404 / refused: stop, rows stay pending, stopMessage says what to fix
    };

    Next next = Next::Continue;
    QHash<int, RowOutcome> decided; // rows whose status this answer settles
    QList<int> resend;              // rows to send again as they are (input order)
    QList<int> split;               // rows to send again in halves to isolate a bad one
    QList<int> unknown;             // rows whose fate is unknown: look them up before any resend
    qint64 retryAfterMs = 0;        // with Next::Defer
    QString stopMessage;            // with StopQuota / StopRun: one line for people
    RowOutcome failure;             // with StopQuota: the outcome to give every remaining pending row
};
