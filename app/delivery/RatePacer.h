#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Sliding-window limiter for bulk calls: never more than N calls in any S seconds. Up to N calls may go at once;
// after that each call waits until the oldest of the last N is S seconds old. Pure arithmetic on millisecond
// timestamps (the caller's Clock), so it is exact under a FakeClock and restorable from the journal.
class RatePacer
{
    Q_DECLARE_TR_FUNCTIONS(RatePacer)

public:
    static constexpr int DefaultCalls = 50;
    static constexpr int DefaultSeconds = 3600;
    static constexpr int MaxCalls = 100'000;
    static constexpr int MaxSeconds = 366 * 24 * 3600;

    // calls and seconds are clamped to [1, MaxCalls] and [1, MaxSeconds].
    explicit RatePacer(int calls = DefaultCalls, int seconds = DefaultSeconds);

    // Parses the --rate argument "N/SECONDS" (e.g. "50/3600"); on failure returns nullopt and sets *error to a
    // one-line message.
    static std::optional<RatePacer> parse(QStringView text, QString *error = nullptr);

    int calls() const { return m_calls; }
    int seconds() const { return m_seconds; }
    qint64 windowMs() const { return qint64(m_seconds) * 1000; }
    QString toString() const; // "50/3600", what parse() reads back

    // How long to wait from nowMs before the next call may go (0 = now).
    qint64 delayBeforeNextCall(qint64 nowMs) const;
    // The earliest instant the next call may go, never before nowMs.
    qint64 nextCallAtMs(qint64 nowMs) const;

    // Records a call sent at atMs. Timestamps may come in any order (restoring from the journal); only the most
    // recent N matter. Count every call whose bytes went out, whatever came back.
    void recordCall(qint64 atMs);
    // No call before atMs (after a 429's Retry-After). A later deferral wins; an earlier one is ignored.
    void deferUntil(qint64 atMs);
    qint64 deferredUntilMs() const { return m_deferredUntilMs; }

    // The instant the last of remainingCalls may be sent if each goes as soon as the pacer allows, counting the
    // calls already recorded and any deferral (nowMs when remainingCalls <= 0). Call durations are not included.
    qint64 estimateFinishMs(int remainingCalls, qint64 nowMs) const;

    // The recorded calls that still constrain the window (at most N, oldest first).
    const QList<qint64> &recentCalls() const { return m_recent; }

private:
    static qint64 nextSlot(const QList<qint64> &recent, int calls, qint64 windowMs, qint64 notBeforeMs);

    QList<qint64> m_recent; // sorted ascending, at most m_calls entries
    qint64 m_deferredUntilMs = 0;
    int m_calls;
    int m_seconds;
};
