#pragma once

#include "core/Invitee.h"
#include "delivery/JournalRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Journal;

// The CSV report of a journaled run, written by ReportWriter from what the journal kept: the row number and the
// invitation fields that were sent, then the outcome columns. (The input file's own columns are not journaled.)
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)

public:
    // "row", then the Invitee::fieldKey of every field.
    static QStringList inputHeader();
    // One Invitee per journal row, its cells in inputHeader() order, read back from the payload that was sent.
    static QList<Invitee> invitees(const QList<JournalRow> &rows);
    static QList<RowOutcome> outcomes(const QList<JournalRow> &rows);

    // Writes the report of rows atomically to path. On failure errorString() names the path and the reason.
    bool write(const QString &path, const QList<JournalRow> &rows);
    // Reads the rows of runId from journal, then write().
    bool write(const QString &path, const Journal &journal, qint64 runId);

    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};
