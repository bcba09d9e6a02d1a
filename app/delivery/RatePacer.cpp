#include "RatePacer.h"

#include <algorithm>

namespace {

// A strictly positive decimal integer no larger than max, or nullopt (also for signs, spaces and overflow).
std::optional<int> parseCount(QStringView text, int max)
{
    if (text.isEmpty() || text.size() > 18) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (ch.unicode() - u'0');
    }
    if (value > max) {
        return max + 1; // reported as "too large" by the caller
    }
    return static_cast<int>(value);
}

} // namespace

RatePacer::RatePacer(int calls, int seconds)
    : m_calls(qBound(1, calls, MaxCalls))
    , m_seconds(qBound(1, seconds, MaxSeconds))
{}

std::optional<RatePacer> RatePacer::parse(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<RatePacer> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const QStringView trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0 || trimmed.indexOf(u'/', slash + 1) >= 0) {
        return fail(tr("rate must look like N/SECONDS, e.g. 50/3600 (got \"%1\")").arg(text));
    }
    const std::optional<int> calls = parseCount(trimmed.left(slash).trimmed(), MaxCalls);
    const std::optional<int> seconds = parseCount(trimmed.mid(slash + 1).trimmed(), MaxSeconds);
    if (!calls || !seconds) {
        return fail(tr("rate must look like N/SECONDS, e.g. 50/3600 (got \"%1\")").arg(text));
    }
    if (*calls == 0) {
        return fail(tr("rate must allow at least 1 call per window (got \"%1\")").arg(text));
    }
    if (*seconds == 0) {
        return fail(tr("rate window must be at least 1 second (got \"%1\")").arg(text));
    }
    if (*calls > MaxCalls || *seconds > MaxSeconds) {
        return fail(tr("rate \"%1\" is too large: at most %2 calls per window of at most %3 seconds")
                        .arg(text)
                        .arg(MaxCalls)
                        .arg(MaxSeconds));
    }
    if (error) {
        error->clear();
    }
    return RatePacer(*calls, *seconds);
}

QString RatePacer::toString() const
{
    return QStringLiteral("%1/%2").arg(m_calls).arg(m_seconds);
}

qint64 RatePacer::delayBeforeNextCall(qint64 nowMs) const
{
    return nextCallAtMs(nowMs) - nowMs;
}

qint64 RatePacer::nextCallAtMs(qint64 nowMs) const
{
    return nextSlot(m_recent, m_calls, windowMs(), qMax(nowMs, m_deferredUntilMs));
}

void RatePacer::recordCall(qint64 atMs)
{
    m_recent.insert(std::upper_bound(m_recent.begin(), m_recent.end(), atMs), atMs);
    if (m_recent.size() > m_calls) {
        m_recent.remove(0, m_recent.size() - m_calls);
    }
}

void RatePacer::deferUntil(qint64 atMs)
{
    m_deferredUntilMs = qMax(m_deferredUntilMs, atMs);
}

qint64 RatePacer::estimateFinishMs(int remainingCalls, qint64 nowMs) const
{
    if (remainingCalls <= 0) {
        return nowMs;
    }
    // Replays the pacer on a copy: a ring of the last N send times, oldest at `oldest`.
    QList<qint64> ring = m_recent;
    const qint64 window = windowMs();
    qint64 at = qMax(nowMs, m_deferredUntilMs);
    if (ring.size() < m_calls) {
        // Fill the free part of the window: those calls all go at `at` (the burst).
        const qsizetype free = m_calls - ring.size();
        const qsizetype burst = qMin<qsizetype>(free, remainingCalls);
        ring.insert(ring.size(), burst, at);
        std::sort(ring.begin(), ring.end()); // recorded calls may lie after `at`
        remainingCalls -= static_cast<int>(burst);
        if (remainingCalls == 0) {
            return at;
        }
    }
    qsizetype oldest = 0;
    for (int i = 0; i < remainingCalls; ++i) {
        at = qMax(at, ring.at(oldest) + window);
        ring[oldest] = at;
        oldest = (oldest + 1) % ring.size();
    }
    return at;
}

qint64 RatePacer::nextSlot(const QList<qint64> &recent, int calls, qint64 windowMs, qint64 notBeforeMs)
{
    if (recent.size() < calls) {
        return notBeforeMs;
    }
    return qMax(notBeforeMs, recent.at(recent.size() - calls) + windowMs);
}
