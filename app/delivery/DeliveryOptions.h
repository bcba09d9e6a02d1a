#pragma once

#include "BatchPlanner.h"
#include "JitterSource.h"
#include "RatePacer.h"
#include "RetryPolicy.h"

#include <QString>

// How a DeliveryRun delivers: where to (organization), on whose behalf (default inviter), how fast (pacer), how
// patiently (retry policy, jitter) and in calls of how many rows.
struct DeliveryOptions
{
    QString organizationId;
    QString defaultRole = QStringLiteral("org:member"); // journaled with the run (payloads already carry roles)
    QString defaultInviterUserId;                       // for rows whose inviter cell is empty; may be empty
    RatePacer pacer;                                    // default 50 calls / 3600 s
    JitterSource jitter;
    RetryPolicy retry;
    int maxRowsPerCall = BatchPlanner::ClerkMaxRowsPerCall;
};
