#pragma once

#include <QCoreApplication>
#include <QString>

// Durations in words for people: "about 1 hour", "about 20 minutes", "less than a minute"; rounded, not exact.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    // "less than a minute" below 1 minute, then minutes below 55 minutes, hours below 48 hours, else days.
    static QString approximate(qint64 ms);
    // A rate in words: "50 calls per hour", "10 calls per minute", "7 calls per 100 seconds".
    static QString rate(int calls, int seconds);
};
