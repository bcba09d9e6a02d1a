#pragma once

#include <QList>

// A sliding-window limit of "calls per seconds" (Clerk: 50 bulk calls per 3600 s per instance). The caller passes
// the time, so tests drive it with a fake clock.
class SandboxRateLimiter
{
public:
    SandboxRateLimiter(int calls = 50, int seconds = 3600);

    void setLimit(int calls, int seconds);
    int calls() const { return m_calls; }
    int seconds() const { return m_seconds; }

    // Records a call at nowMs and returns true when it is within the limit; otherwise records nothing and returns
    // false with the whole seconds until a call would be allowed in *retryAfterSeconds (at least 1).
    bool tryAcquire(qint64 nowMs, qint64 *retryAfterSeconds);
    void clear() { m_recent.clear(); }

private:
    int m_calls;
    int m_seconds;
    QList<qint64> m_recent; // times of the calls inside the window, oldest first
};
