#pragma once

#include "ImportOptions.h"
#include "ImportResult.h"
#include "SheetReader.h"

#include <QCoreApplication>

#include <functional>

class CsvReader;

// Reads an invitee file of any supported format into Invitees: picks the reader by the file's content (CSV/TSV text,
// XLSX, ODS), maps the columns, and turns every failure into one clear line that names the file. ImportOptions
// (the import dialog's choices) say how; the defaults detect everything.
class InviteeImporter
{
    Q_DECLARE_TR_FUNCTIONS(InviteeImporter)

public:
    // Invitees handed over as they are read, a few hundred at a time, in input order.
    using RowsSink = std::function<void(QList<Invitee> &&rows)>;
    // A source row as text, before mapping: the header row and the data rows read (the import dialog's raw grid).
    using SourceRowSink = std::function<void(int row, const QStringList &cells)>;

    InviteeImporter() = default;
    explicit InviteeImporter(const ImportOptions &options)
        : m_options(options)
    {}

    const ImportOptions &options() const { return m_options; }
    void setOptions(const ImportOptions &options) { m_options = options; }
    // For a preview: read at most this many data rows (-1: all), let the header's names be matched without failing
    // and accept a mapping without an email column (ImportResult::mapping says what was matched), and see the rows
    // as they were read.
    void setPreview(int rowLimit, const SourceRowSink &sourceRows);
    // The limits XLSX and ODS sheets are read with (SheetReader's defaults unless set); the fuzz targets use smaller
    // ones so that a tiny file repeating a cell millions of times stays quick to check.
    void setSheetLimits(const SheetReader::Limits &limits) { m_sheetLimits = limits; }

    // Reads path. sheet names the sheet of an XLSX or ODS workbook (empty: options().sheet, else its first visible
    // sheet); naming a sheet for a CSV file is an error. A file named .xlsx, .xlsm, .xls or .ods that holds text is
    // refused with a hint to rename it, rather than read as CSV: such a file is more often an error page or a
    // mislabelled export than a CSV.
    ImportResult importFile(const QString &path, const QString &sheet = {}) const;
    // The same, but when rowsRead is set the invitees go to it as they are read instead of into the result (its
    // invitees stay empty), so that they can be checked meanwhile. When the import fails, the rows handed over are
    // to be dropped.
    ImportResult importFile(const QString &path, const QString &sheet, const RowsSink &rowsRead) const;
    // Reads a sheet (empty: as importFile() chooses) of a workbook that `reader` has already opened from path: the
    // import dialog opens a workbook once and reads it again under each option the user tries, and the reader keeps
    // what it loaded (the workbook's sheets, styles and shared strings) between reads.
    ImportResult importWorkbook(SheetReader &reader, const QString &path, const QString &sheet = {}) const;
    // Delimited text held in memory (pasted cells, tests); displayName stands for the file in messages.
    ImportResult importText(QByteArrayView bytes, const QString &displayName) const;
    // Delimited text already decoded (CsvReader::decode) with encoding: the import dialog decodes once per encoding.
    ImportResult importDecoded(QStringView text, TextDecoder::Encoding encoding, const QString &displayName) const;

private:
    ImportResult importDelimited(CsvReader &reader, const QString &displayName,
                                 const std::function<bool(const std::function<bool(int, QStringList &)> &)> &read,
                                 const RowsSink &rowsRead) const;
    // Opens path with reader, then reads it as readSheet() does.
    ImportResult importSheet(SheetReader &reader, const QString &path, const QString &sheet,
                             const RowsSink &rowsRead) const;
    // Reads sheet of the workbook reader has open and maps its rows.
    ImportResult readSheet(SheetReader &reader, const QString &path, const QString &sheet,
                           const RowsSink &rowsRead) const;
    void configure(CsvReader &reader) const;

    ImportOptions m_options;
    SheetReader::Limits m_sheetLimits;
    bool m_preview = false;
    int m_rowLimit = -1;
    SourceRowSink m_sourceRows;
};
