#include "CallQueue.h"

#include "BatchPlanner.h"

void CallQueue::plan(const QList<int> &rows, int maxRowsPerCall)
{
    for (const PlannedCall &planned : BatchPlanner(maxRowsPerCall).plan(rows)) {
        Entry entry;
        entry.rows = planned.rows;
        m_entries.append(entry);
    }
}

void CallQueue::requeue(const Entry &call, const CallOutcome &outcome)
{
    QList<Entry> front;
    if (!outcome.split.isEmpty()) {
        for (const PlannedCall &half : BatchPlanner::split(PlannedCall{0, outcome.split})) {
            Entry part;
            part.rows = half.rows;
            front.append(part);
        }
    }
    if (!outcome.resend.isEmpty()) {
        Entry rest = call;
        rest.rows = outcome.resend;
        rest.notBeforeMs = 0;
        front.append(rest);
    }
    m_entries = front + m_entries;
}
