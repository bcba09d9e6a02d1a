#pragma once

#include "Clock.h"

#include <QHash>
#include <QPointer>

class QTimer;

// The real clock: wall time from QDateTime, wake-ups from precise QTimers that re-check the wall time when they
// fire, so a long wait (a full rate window) neither ends early nor drifts with timer coarseness.
class SystemClock final : public Clock
{
public:
    SystemClock() = default;
    ~SystemClock() override;

    qint64 nowMs() const override;
    WakeId wakeAt(qint64 atMs, QObject *context, Callback callback) override;
    void cancel(WakeId id) override;

    // Wake-ups scheduled and neither fired, cancelled nor dropped with their context.
    int pendingCount() const;

private:
    void forgetDeadTimers();

    QHash<WakeId, QPointer<QTimer>> m_timers;
    WakeId m_lastId = 0;
};
