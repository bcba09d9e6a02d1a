#include "DeliverySummary.h"

#include <numeric>

int DeliverySummary::total() const
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}

ExitCode DeliverySummary::exitCode() const
{
    if (!fatalError.isEmpty()) {
        return ExitCode::UsageOrInput;
    }
    if (interrupted || count(RowStatus::Pending) > 0) {
        return ExitCode::Interrupted;
    }
    if (count(RowStatus::Invalid) + count(RowStatus::Duplicate) + count(RowStatus::Failed) > 0) {
        return ExitCode::RowProblems;
    }
    return ExitCode::Success;
}
