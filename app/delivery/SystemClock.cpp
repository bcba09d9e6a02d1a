#include "SystemClock.h"

#include <QDateTime>
#include <QTimer>

#include <limits>

namespace {

// QTimer takes an int interval; longer waits are cut into slices and re-armed.
int timerInterval(qint64 remainingMs)
{
    constexpr qint64 slice = 24LL * 3600 * 1000;
    return static_cast<int>(qBound<qint64>(0, remainingMs, slice));
}

} // namespace

SystemClock::~SystemClock()
{
    for (const QPointer<QTimer> &timer : std::as_const(m_timers)) {
        delete timer.data();
    }
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Clock::WakeId SystemClock::wakeAt(qint64 atMs, QObject *context, Callback callback)
{
    forgetDeadTimers();
    Q_ASSERT(m_lastId < std::numeric_limits<WakeId>::max());
    const WakeId id = ++m_lastId;
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    m_timers.insert(id, timer);
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, atMs, callback = std::move(callback)] {
        const qint64 remaining = atMs - nowMs();
        if (remaining > 0) {
            timer->start(timerInterval(remaining));
            return;
        }
        m_timers.remove(id);
        timer->deleteLater();
        callback();
    });
    timer->start(timerInterval(atMs - nowMs()));
    return id;
}

void SystemClock::cancel(WakeId id)
{
    const QPointer<QTimer> timer = m_timers.take(id);
    delete timer.data();
}

int SystemClock::pendingCount() const
{
    int count = 0;
    for (const QPointer<QTimer> &timer : m_timers) {
        count += timer.isNull() ? 0 : 1;
    }
    return count;
}

void SystemClock::forgetDeadTimers()
{
    m_timers.removeIf([](const auto &entry) { return entry.value().isNull(); });
}
