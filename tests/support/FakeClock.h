#pragma once

#include "delivery/Clock.h"

#include <QList>
#include <QPointer>

// A Clock for tests: time stands still until advance() moves it, and advance() fires every wake-up that falls due,
// synchronously, in order of due time (then of scheduling), with nowMs() set to each wake-up's due time.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'700'000'000'000);

    qint64 nowMs() const override { return m_nowMs; }
    WakeId wakeAt(qint64 atMs, QObject *context, Callback callback) override;
    void cancel(WakeId id) override;

    // Moves time forward by ms (0 fires what is already due), including wake-ups scheduled by fired callbacks.
    void advance(qint64 ms);
    void advanceTo(qint64 atMs);
    // Jumps to the earliest pending wake-up and fires it (and any due at the same instant); false if none.
    bool advanceToNextWake();

    int pendingCount() const;
    // Due time of the earliest pending wake-up, or -1.
    qint64 nextWakeMs() const;

private:
    struct Wake
    {
        WakeId id = 0;
        qint64 atMs = 0;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };

    void dropDeadWakes();
    int indexOfEarliest() const;

    QList<Wake> m_wakes;
    qint64 m_nowMs;
    WakeId m_lastId = 0;
};
