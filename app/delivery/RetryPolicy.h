#pragma once

#include <QtGlobal>

// How often and how patiently a call whose outcome was unknown (5xx, reset, timeout) is tried again: capped
// exponential backoff with jitter. The jitter draw comes from the caller (a JitterSource) so tests are exact.
struct RetryPolicy
{
    int maxAttempts = 5;       // sends of the same rows before they are failed (1 = never retry)
    qint64 baseDelayMs = 1000; // backoff before the first retry
    qint64 capDelayMs = 60'000;

    // The wait before retry number `retry` (1 = first retry): min(cap, base * 2^(retry-1)), of which the upper half
    // is scaled by jitter in [0, 1): jitter 0 waits half of it, jitter near 1 nearly all of it.
    qint64 backoffMs(int retry, double jitter) const;

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};
