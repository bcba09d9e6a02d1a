#pragma once

#include "ImportResult.h"

#include <QCoreApplication>

#include <functional>

class SheetReader;

// Reads an invitee file of any supported format into Invitees: picks the reader by the file's content (CSV/TSV text,
// XLSX, ODS), maps the columns, and turns every failure into one clear line that names the file.
class InviteeImporter
{
    Q_DECLARE_TR_FUNCTIONS(InviteeImporter)

public:
    // Invitees handed over as they are read, a few hundred at a time, in input order.
    using RowsSink = std::function<void(QList<Invitee> &&rows)>;

    // Reads path. sheet names the sheet of an XLSX or ODS workbook (empty: its first visible sheet); naming a sheet
    // for a CSV file is an error. A file named .xlsx, .xlsm, .xls or .ods that holds text is refused with a hint to
    // rename it, rather than read as CSV: such a file is more often an error page or a mislabelled export than a CSV.
    ImportResult importFile(const QString &path, const QString &sheet = {}) const;
    // The same, but when rowsRead is set the invitees go to it as they are read instead of into the result (its
    // invitees stay empty), so that they can be checked meanwhile. When the import fails, the rows handed over are
    // to be dropped.
    ImportResult importFile(const QString &path, const QString &sheet, const RowsSink &rowsRead) const;
    // Delimited text held in memory (pasted cells, tests); displayName stands for the file in messages.
    ImportResult importText(QByteArrayView bytes, const QString &displayName) const;

private:
    ImportResult importSheet(SheetReader &reader, const QString &path, const QString &sheet, const QString &formatName,
                             const RowsSink &rowsRead) const;
};
