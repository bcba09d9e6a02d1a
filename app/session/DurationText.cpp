#include "DurationText.h"

#include "delivery/WaitReason.h"

#include <cmath>

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

int rounded(qint64 ms, qint64 unitMs)
{
    return int(std::llround(double(ms) / double(unitMs)));
}

} // namespace

QString DurationText::approximate(qint64 ms)
{
    if (ms < MinuteMs) {
        return tr("less than a minute");
    }
    if (ms < 55 * MinuteMs) {
        return tr("about %Ln minute(s)", nullptr, rounded(ms, MinuteMs));
    }
    if (ms < 48 * HourMs) {
        return tr("about %Ln hour(s)", nullptr, rounded(ms, HourMs));
    }
    return tr("about %Ln day(s)", nullptr, rounded(ms, DayMs));
}

QString DurationText::rate(int calls, int seconds)
{
    return tr("%Ln call(s) per %1", nullptr, calls).arg(WaitReason::window(seconds));
}
