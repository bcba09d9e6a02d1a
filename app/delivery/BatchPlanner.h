#pragma once

#include "PlannedCall.h"

#include <QList>

// Cuts the rows to deliver into bulk calls of at most ten rows (Clerk's limit; smaller for tests), keeping the
// order it is given, and halves a call to isolate the row a 422 complains about.
class BatchPlanner
{
public:
    static constexpr int ClerkMaxRowsPerCall = 10;

    // maxRowsPerCall is clamped to [1, ClerkMaxRowsPerCall].
    explicit BatchPlanner(int maxRowsPerCall = ClerkMaxRowsPerCall);

    int maxRowsPerCall() const { return m_maxRowsPerCall; }

    // Consecutive slices of rows, each full except perhaps the last; ids are 0. No rows, no calls.
    QList<PlannedCall> plan(const QList<int> &rows) const;

    // The two halves of a call (the first gets the extra row of an odd count), ids 0. A call of fewer than two
    // rows cannot be split and comes back alone, unchanged.
    static QList<PlannedCall> split(const PlannedCall &call);

private:
    int m_maxRowsPerCall;
};
