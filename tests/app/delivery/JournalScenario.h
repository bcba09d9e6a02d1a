#pragma once

#include "clerk/ApiExchange.h"
#include "delivery/JournalRow.h"
#include "delivery/JournalRun.h"

#include <QList>
#include <QString>

#include <functional>

class Journal;

// A scripted delivery run written through the Journal protocol step by step, shared by the crash tests and the
// child process they kill: 12 rows (10 to deliver, row 10 invalid, row 11 a duplicate) in four calls that meet a
// 200, a 503 reconciled by lookups, a 400 duplicate_record and a final 200.
class JournalScenario
{
public:
    static constexpr int StepCount = 16;
    static constexpr qint64 StartMs = 1'700'000'000'000;

    static QString stepName(int step); // 1-based: "create run", "plan A", ...
    static QList<JournalRow> rows();
    static JournalRun wantedRun();
    // Runs steps 1..steps on journal (steps may be 0); false, with the failing step in *error, if one failed.
    // The journal's clock should read StartMs + 1000 * step while step runs (see clockAt()).
    static bool run(Journal &journal, int steps, const std::function<void(int step)> &beforeStep, QString *error);
    static qint64 clockAt(int step) { return StartMs + 1000LL * step; }
    // A Clerk-like exchange; its Authorization header carries the redacted value unless authorization is given.
    static ApiExchange exchange(int status, const QByteArray &responseBody,
                                const QByteArray &authorization = QByteArray());
};
