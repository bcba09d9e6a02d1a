#pragma once

#include "core/RowStatus.h"

#include <QDateTime>
#include <QString>

#include <array>

// A run as the journal knows it: what it delivers (organization, input fingerprint, API), when it started and
// ended, and, from Journal::listRuns(), how many rows ended in each status (for the history view).
struct JournalRun
{
    qint64 id = 0;
    QString orgId;
    QString inputFingerprint; // Journal::fingerprint() of the organization and the rows
    QString apiBaseUrl;
    QString defaultRole;
    QDateTime createdAt;      // UTC
    QDateTime finishedAt;     // UTC; invalid while rows are pending or calls unresolved
    bool interrupted = false; // the last process stopped it on purpose (Ctrl+C, authentication error)
    bool resumed = false;     // set by findOrCreateRun when it continues an unfinished run
    int rowCount = 0;
    std::array<int, RowStatus::Count> statusCounts{}; // indexed by RowStatus::Value

    bool isFinished() const { return finishedAt.isValid(); }
    int count(RowStatus::Value status) const { return statusCounts[static_cast<size_t>(status)]; }
};
