#pragma once

#include <QCoreApplication>
#include <QString>

// Durations for people: compact estimates for progress lines ("about 1 h 5 min"), estimates in words for dialogs
// ("about 1 hour"), elapsed times ("2 min 5 s"), countdowns ("59:58") and rates ("50 calls per hour").
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    // "less than a minute", "about 12 min", "about 1 h", "about 2 h 5 min" (minutes rounded).
    static QString approximate(qint64 ms);
    // "0 s", "42 s", "2 min 5 s", "1 h 2 min" (seconds rounded down).
    static QString elapsed(qint64 ms);
    // "0:05", "59:58", "1:00:00" (seconds rounded up, so a countdown never shows 0:00 while it still waits).
    static QString countdown(qint64 ms);
    // "less than a minute" below 1 minute, then minutes below 55 minutes, hours below 48 hours, else days.
    static QString inWords(qint64 ms);
    // A rate in words: "50 calls per hour", "10 calls per minute", "7 calls per 100 seconds".
    static QString rate(int calls, int seconds);
};
