#include "RetryPolicy.h"

#include <algorithm>

qint64 RetryPolicy::backoffMs(int retry, double jitter) const
{
    const int doublings = std::clamp(retry - 1, 0, 40);
    qint64 delay = std::max<qint64>(baseDelayMs, 0);
    for (int i = 0; i < doublings && delay < capDelayMs; ++i) {
        delay *= 2;
    }
    delay = std::min(delay, std::max<qint64>(capDelayMs, 0));
    const double clamped = std::clamp(jitter, 0.0, 1.0);
    return delay / 2 + qint64(double(delay - delay / 2) * clamped);
}
