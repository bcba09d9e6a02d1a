#pragma once

#include "CallQueue.h"
#include "RatePacer.h"

#include <QCoreApplication>
#include <QString>

// The one-line, translated explanations a DeliveryRun gives while it waits before a call.
class WaitReason
{
    Q_DECLARE_TR_FUNCTIONS(WaitReason)

public:
    // Why the next call waits until atMs: its backoff, a 429's Retry-After, or the rate window.
    static QString forNextCall(const RatePacer &pacer, const CallQueue::Entry &call, int maxAttempts, qint64 atMs);
    // "rate limit: 50 calls per hour used, next call at 14:05:00"
    static QString rateLimit(const RatePacer &pacer, qint64 atMs);
    // "Clerk asked to wait (429): next call at 14:05:00"
    static QString retryAfter(qint64 atMs);
    // "no definite answer from Clerk (HTTP 502): trying again (attempt 2 of 5) at 14:05:00"
    static QString backoff(const QString &lastError, int attempt, int maxAttempts, qint64 atMs);
    // "looking the invitations up again after an error (...) at 14:05:00"
    static QString lookupRetry(const QString &lastError, qint64 atMs);

    // The rate window in words: "hour", "minute", "10 seconds".
    static QString window(int seconds);
    // Local wall time of atMs, "HH:mm:ss".
    static QString timeOfDay(qint64 atMs);
};
