#include "DurationText.h"

#include "delivery/WaitReason.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;

constexpr qint64 DayMs = 24 * HourMs;

int roundedTo(qint64 ms, qint64 unitMs)
{
    return int(std::llround(double(ms) / double(unitMs)));
}

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString DurationText::approximate(qint64 ms)
{
    if (ms < MinuteMs) {
        return tr("less than a minute");
    }
    const qint64 minutes = (ms + MinuteMs / 2) / MinuteMs;
    if (minutes < 60) {
        return tr("about %1 min").arg(minutes);
    }
    if (minutes % 60 == 0) {
        return tr("about %1 h").arg(minutes / 60);
    }
    return tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString DurationText::elapsed(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / SecondMs;
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString DurationText::countdown(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + SecondMs - 1) / SecondMs;
    if (seconds < 3600) {
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(twoDigits(seconds % 60));
    }
    return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(twoDigits(seconds % 3600 / 60), twoDigits(seconds % 60));
}

QString DurationText::inWords(qint64 ms)
{
    if (ms < MinuteMs) {
        return tr("less than a minute");
    }
    if (ms < 55 * MinuteMs) {
        return tr("about %Ln minute(s)", nullptr, roundedTo(ms, MinuteMs));
    }
    if (ms < 48 * HourMs) {
        return tr("about %Ln hour(s)", nullptr, roundedTo(ms, HourMs));
    }
    return tr("about %Ln day(s)", nullptr, roundedTo(ms, DayMs));
}

QString DurationText::rate(int calls, int seconds)
{
    return tr("%Ln call(s) per %1", nullptr, calls).arg(WaitReason::window(seconds));
}
