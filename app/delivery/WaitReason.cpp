#include "WaitReason.h"

#include "core/DurationText.h"

#include <QDateTime>

QString WaitReason::forNextCall(const RatePacer &pacer, const CallQueue::Entry &call, int maxAttempts, qint64 atMs)
{
    if (call.notBeforeMs >= atMs) {
        return backoff(call.lastError, call.attempt, maxAttempts, atMs);
    }
    if (pacer.deferredUntilMs() >= atMs) {
        return retryAfter(atMs);
    }
    return rateLimit(pacer, atMs);
}

QString WaitReason::rateLimit(const RatePacer &pacer, qint64 atMs)
{
    return tr("rate limit: %1 used, next call at %2")
        .arg(DurationText::rate(int(pacer.recentCalls().size()), pacer.seconds()), timeOfDay(atMs));
}

QString WaitReason::retryAfter(qint64 atMs)
{
    return tr("Clerk asked to wait (429): next call at %1").arg(timeOfDay(atMs));
}

QString WaitReason::backoff(const QString &lastError, int attempt, int maxAttempts, qint64 atMs)
{
    return tr("no definite answer from Clerk (%1): trying again (attempt %2 of %3) at %4")
        .arg(lastError, QString::number(attempt), QString::number(maxAttempts), timeOfDay(atMs));
}

QString WaitReason::lookupRetry(const QString &lastError, qint64 atMs)
{
    return tr("looking the invitations up again after an error (%1) at %2").arg(lastError, timeOfDay(atMs));
}

QString WaitReason::window(int seconds)
{
    switch (seconds) {
    case 1:
        return tr("second");
    case 60:
        return tr("minute");
    case 3600:
        return tr("hour");
    case 86400:
        return tr("day");
    default:
        return tr("%1 seconds").arg(seconds); // 1 is "second" above
    }
}

QString WaitReason::timeOfDay(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}
