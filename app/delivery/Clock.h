#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <functional>

class QObject;

// The time seam: what time it is (UTC) and how to be called back later. Everything the delivery waits for (pacer
// windows, Retry-After, backoff) goes through a Clock so tests drive time with a FakeClock and never sleep.
class Clock
{
    Q_DISABLE_COPY_MOVE(Clock)

public:
    using Callback = std::function<void()>;
    using WakeId = quint64;

    Clock() = default;
    virtual ~Clock();

    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const;

    // Calls callback once, on the context's thread, when nowMs() has reached atMs; never from within wakeAt itself,
    // even when atMs is already past. Nothing is called if context is destroyed first or the wake-up is cancelled.
    // A null context ties the wake-up to the clock alone. Call it from the thread context lives in. Returns an id
    // for cancel(); ids are never 0.
    virtual WakeId wakeAt(qint64 atMs, QObject *context, Callback callback) = 0;
    WakeId wakeAfter(qint64 delayMs, QObject *context, Callback callback);
    // Forgets a wake-up that has not fired yet; unknown or already fired ids are ignored.
    virtual void cancel(WakeId id) = 0;
};
