#include "BatchPlanner.h"

BatchPlanner::BatchPlanner(int maxRowsPerCall)
    : m_maxRowsPerCall(qBound(1, maxRowsPerCall, ClerkMaxRowsPerCall))
{}

QList<PlannedCall> BatchPlanner::plan(const QList<int> &rows) const
{
    QList<PlannedCall> calls;
    calls.reserve((rows.size() + m_maxRowsPerCall - 1) / m_maxRowsPerCall);
    for (qsizetype start = 0; start < rows.size(); start += m_maxRowsPerCall) {
        calls.append(PlannedCall{0, rows.mid(start, m_maxRowsPerCall)});
    }
    return calls;
}

QList<PlannedCall> BatchPlanner::split(const PlannedCall &call)
{
    if (call.rows.size() < 2) {
        return {call};
    }
    const qsizetype firstHalf = (call.rows.size() + 1) / 2;
    return {PlannedCall{0, call.rows.first(firstHalf)}, PlannedCall{0, call.rows.sliced(firstHalf)}};
}
