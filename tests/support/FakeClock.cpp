#include "FakeClock.h"

FakeClock::FakeClock(qint64 startMs)
    : m_nowMs(startMs)
{}

Clock::WakeId FakeClock::wakeAt(qint64 atMs, QObject *context, Callback callback)
{
    const WakeId id = ++m_lastId;
    m_wakes.append(Wake{id, atMs, context, context != nullptr, std::move(callback)});
    return id;
}

void FakeClock::cancel(WakeId id)
{
    m_wakes.removeIf([id](const Wake &wake) { return wake.id == id; });
}

void FakeClock::advance(qint64 ms)
{
    Q_ASSERT(ms >= 0);
    advanceTo(m_nowMs + ms);
}

void FakeClock::advanceTo(qint64 atMs)
{
    Q_ASSERT(atMs >= m_nowMs);
    for (;;) {
        dropDeadWakes();
        const int index = indexOfEarliest();
        if (index < 0 || m_wakes.at(index).atMs > atMs) {
            break;
        }
        Wake wake = m_wakes.takeAt(index);
        m_nowMs = qMax(m_nowMs, wake.atMs);
        wake.callback();
    }
    m_nowMs = atMs;
}

bool FakeClock::advanceToNextWake()
{
    dropDeadWakes();
    const qint64 next = nextWakeMs();
    if (next < 0) {
        return false;
    }
    advanceTo(qMax(next, m_nowMs));
    return true;
}

int FakeClock::pendingCount() const
{
    int count = 0;
    for (const Wake &wake : m_wakes) {
        count += (wake.hasContext && wake.context.isNull()) ? 0 : 1;
    }
    return count;
}

qint64 FakeClock::nextWakeMs() const
{
    const int index = indexOfEarliest();
    return index < 0 ? -1 : m_wakes.at(index).atMs;
}

void FakeClock::dropDeadWakes()
{
    m_wakes.removeIf([](const Wake &wake) { return wake.hasContext && wake.context.isNull(); });
}

int FakeClock::indexOfEarliest() const
{
    int best = -1;
    for (int i = 0; i < m_wakes.size(); ++i) {
        const Wake &wake = m_wakes.at(i);
        if (wake.hasContext && wake.context.isNull()) {
            continue;
        }
        // Wake-ups are appended in scheduling order, so the first of equal due times was scheduled first.
        if (best < 0 || wake.atMs < m_wakes.at(best).atMs) {
            best = i;
        }
    }
    return best;
}
