#pragma once

#include "ImportOptions.h"
#include "core/Invitee.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// What reading an invitee file produced: the invitees, the source header (for the report) and how it was read.
struct ImportResult
{
    QList<Invitee> invitees;
    QStringList sourceHeader;
    QStringList unknownColumns; // header texts kept for the report but not used
    QString formatName;         // "CSV (UTF-8 with BOM, ';')", "XLSX workbook, sheet “Invitees”", ... for messages
    QStringList sheetNames;     // a workbook's sheets in tab order; empty for CSV/TSV
    QString sheetName;          // the sheet that was read; empty for CSV/TSV
    QString errorString;        // non-empty when the file could not be read; one line, names the file

    // The source column each field was read from; -1 when absent or built from several dotted columns.
    std::array<int, Invitee::FieldCount> fieldColumns{-1, -1, -1, -1, -1, -1, -1, -1};
    // The mapping in effect (ColumnMapper::mapping()): what the import dialog shows for each field.
    ImportOptions::Mapping mapping{-1, -1, -1, -1, -1, -1, -1, -1};
    // How delimited text was read (the detected or chosen encoding and separator); unset for workbooks.
    std::optional<TextDecoder::Encoding> encoding;
    QChar separator;

    bool ok() const { return errorString.isEmpty(); }
    // The header text of the source column a field came from, else its API key ("public_metadata").
    QString columnName(Invitee::Field field) const;
};
