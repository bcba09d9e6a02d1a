#include "DeliveryProgress.h"

DeliveryProgress DeliveryProgress::tally(const QList<RowOutcome> &outcomes)
{
    DeliveryProgress progress;
    progress.rowsTotal = int(outcomes.size());
    for (const RowOutcome &outcome : outcomes) {
        ++progress.counts[size_t(outcome.status)];
    }
    progress.rowsDone = progress.rowsTotal - progress.count(RowStatus::Pending);
    return progress;
}
