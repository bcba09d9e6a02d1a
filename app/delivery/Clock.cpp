#include "Clock.h"

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

Clock::WakeId Clock::wakeAfter(qint64 delayMs, QObject *context, Callback callback)
{
    return wakeAt(nowMs() + qMax<qint64>(0, delayMs), context, std::move(callback));
}
