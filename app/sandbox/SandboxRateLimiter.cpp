#include "SandboxRateLimiter.h"

SandboxRateLimiter::SandboxRateLimiter(int calls, int seconds)
    : m_calls(calls)
    , m_seconds(seconds)
{}

void SandboxRateLimiter::setLimit(int calls, int seconds)
{
    m_calls = calls;
    m_seconds = seconds;
}

bool SandboxRateLimiter::tryAcquire(qint64 nowMs, qint64 *retryAfterSeconds)
{
    const qint64 windowMs = qint64(m_seconds) * 1000;
    while (!m_recent.isEmpty() && m_recent.first() <= nowMs - windowMs) {
        m_recent.removeFirst();
    }
    if (m_recent.size() < m_calls) {
        m_recent.append(nowMs);
        return true;
    }
    if (retryAfterSeconds) {
        // The call at index size - calls must leave the window before another fits.
        const qint64 freeAt = m_recent.at(m_recent.size() - m_calls) + windowMs;
        *retryAfterSeconds = qMax<qint64>(1, (freeAt - nowMs + 999) / 1000);
    }
    return false;
}
