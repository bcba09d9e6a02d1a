#include "SendPlan.h"

#include <algorithm>

SendPlan SendPlan::forRows(int tableRows, int sendableRows, int maxRowsPerCall, const RatePacer &pacer, qint64 nowMs)
{
    SendPlan plan;
    plan.tableRows = tableRows;
    plan.sendableRows = sendableRows;
    plan.skippedRows = tableRows - sendableRows;
    const int perCall = std::max(1, maxRowsPerCall);
    plan.calls = (sendableRows + perCall - 1) / perCall;
    plan.rateCalls = pacer.calls();
    plan.rateSeconds = pacer.seconds();
    plan.durationMs = pacer.estimateFinishMs(plan.calls, nowMs) - nowMs;
    return plan;
}
