#pragma once

#include "cli/ExitCode.h"
#include "core/RowStatus.h"

#include <QMetaType>
#include <QString>

#include <array>

// How a DeliveryRun ended: counts per status, whether it was interrupted or stopped by an error, and the exit
// status invitedesk-cli reports for it (ARCHITECTURE.md, command-line contract).
struct DeliverySummary
{
    std::array<int, RowStatus::Count> counts{};
    int callsMade = 0;
    bool interrupted = false; // stop() was called with rows left pending: re-run to resume
    QString fatalError;       // why the run stopped before the end (bad key, unknown organization, ...); one line

    int count(RowStatus::Value status) const { return counts[size_t(status)]; }
    int total() const;
    // 2 fatal error, 3 interrupted (or rows left pending), 1 some row invalid / duplicate / failed, else 0.
    ExitCode exitCode() const;

    friend bool operator==(const DeliverySummary &, const DeliverySummary &) = default;
};

Q_DECLARE_METATYPE(DeliverySummary)
