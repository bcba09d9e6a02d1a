#pragma once

#include "core/Invitee.h"
#include "core/RowOutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes the results report (`--report`, "Save report…") as CSV or XLSX: one row per invitee in table order, the
// input's columns first, then what happened to the row. Every text cell is defused against formula injection.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Csv, Xlsx };

    // The format a report path asks for: .xlsx (any case) is XLSX, anything else CSV.
    static Format formatForPath(const QString &path);

    // The columns that follow the input's columns:
    // status, invitation_id, http_status, error_code, error_message, clerk_trace_id.
    static QStringList outcomeHeader();

    // Whether the input part of the report is the input file's own columns (sourceHeader, each row's sourceCells)
    // rather than the canonical Invitee::fieldKey columns. It is when there is a source header and every invitee
    // came from the file; as soon as one row was typed in the editor the canonical columns are used for all rows,
    // so no row is left without its email.
    static bool usesSourceColumns(const QStringList &sourceHeader, const QList<Invitee> &invitees);

    // The report's header line as written (before defusing).
    static QStringList header(const QStringList &sourceHeader, const QList<Invitee> &invitees);

    // Writes the report atomically to path (the old file stays if anything fails), in formatForPath(path).
    // outcomes[i] belongs to invitees[i]; a missing outcome is written as pending. On failure errorString() names
    // the path and the reason.
    bool write(const QString &path, const QStringList &sourceHeader, const QList<Invitee> &invitees,
               const QList<RowOutcome> &outcomes);
    // Writes the report to an open device (seekable for XLSX). In XLSX, http_status is a number cell and the sheet
    // is named "Report"; every other cell is text, as in the CSV.
    bool write(QIODevice *device, const QStringList &sourceHeader, const QList<Invitee> &invitees,
               const QList<RowOutcome> &outcomes, Format format = Format::Csv);

    QString errorString() const { return m_errorString; }

private:
    static bool writeRows(QIODevice *device, const QStringList &sourceHeader, const QList<Invitee> &invitees,
                          const QList<RowOutcome> &outcomes, Format format);

    QString m_errorString;
};
