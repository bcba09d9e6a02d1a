#pragma once

#include "core/RowOutcome.h"
#include "delivery/DeliverySummary.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// Everything `send` reports when it ends (also after a dry run): every row's outcome, the counts, the run and where
// its records went. What the closing summary and --json print.
struct SendResult
{
    QList<RowOutcome> outcomes; // per table row
    QList<int> displayRows;     // per table row: the row number in the input file
    QStringList emails;         // per table row, as read (trimmed)
    DeliverySummary summary;
    int exitCode = 0;
    bool dryRun = false;
    QJsonArray dryRunCalls; // DryRunPrinter::toJson of the calls a dry run would make
    qint64 runId = 0;       // 0 when no run was journaled (dry run, journal unusable)
    bool resumed = false;
    QString journalPath; // empty for a dry run
    QString organizationId;
    QString apiUrl;
    qint64 elapsedMs = 0;
    QString reportPath; // written; empty when not asked for or not written
    QString harPath;
};
