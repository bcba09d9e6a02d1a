#pragma once

#include <QCoreApplication>
#include <QString>

// Durations in words and digits for the command line: estimates ("about 1 h 5 min"), elapsed times ("2 min 5 s")
// and countdowns ("59:58").
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
};
