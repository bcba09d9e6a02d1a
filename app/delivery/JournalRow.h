#pragma once

#include "core/RowOutcome.h"

#include <QByteArray>
#include <QString>

// One invitee row as a run journals it: where it came from, the invitation payload sent for it and its outcome so
// far. Rows to deliver start Pending; rows the Validator rejected start final (Invalid, Duplicate).
struct JournalRow
{
    int rowIndex = 0;       // index in the InviteeTable: the key outcomes are reported by
    int sourceRow = 0;      // row number in the input file, for messages and the report
    QString email;          // trimmed, as sent
    QByteArray payloadJson; // the normalized invitation object for the bulk call (empty for rows never sent)
    RowOutcome outcome;

    friend bool operator==(const JournalRow &, const JournalRow &) = default;
};
