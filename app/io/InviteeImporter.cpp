#include "InviteeImporter.h"

#include "ColumnMapper.h"
#include "CsvReader.h"
#include "OdsReader.h"
#include "SpreadsheetFormat.h"
#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t') {
        return InviteeImporter::tr("tab");
    }
    return QStringLiteral("'%1'").arg(delimiter);
}

bool isSpreadsheetSuffix(const QString &suffix)
{
    return suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls" || suffix == u"ods";
}

ImportResult failure(const QString &displayName, const QString &message)
{
    ImportResult result;
    result.errorString = InviteeImporter::tr("%1: %2").arg(displayName, message);
    return result;
}

// What a mapper found, kept once every row is mapped.
void keepMapping(ImportResult &result, const ColumnMapper &mapper)
{
    for (int i = 0; i < Invitee::FieldCount; ++i) {
        result.fieldColumns[static_cast<size_t>(i)] = mapper.columnOf(static_cast<Invitee::Field>(i));
    }
    result.unknownColumns = mapper.unknownColumns();
}

// Small enough to stay off mmap (and its page faults) when handed over batch after batch.
constexpr qsizetype RowsPerBatch = 256;

// Runs a CSV reader over its input and maps every record into the result, or in batches to rowsRead when it is set;
// `read` starts the reader with the sink it is given.
ImportResult importDelimited(CsvReader &reader, const QString &displayName,
                             const std::function<bool(const CsvReader::RecordSink &)> &read,
                             const InviteeImporter::RowsSink &rowsRead = {})
{
    ImportResult result;
    ColumnMapper mapper;
    QString mapError;
    QList<Invitee> &rows = result.invitees; // with rowsRead: the batch not yet handed over
    const bool ok = read([&](int row, QStringList &cells) {
        if (result.sourceHeader.isEmpty()) {
            if (!mapper.setHeader(cells)) {
                mapError = mapper.errorString();
                return false;
            }
            result.sourceHeader = cells;
            return true;
        }
        rows.append(mapper.map(cells, row));
        if (rowsRead && rows.size() == RowsPerBatch) {
            rowsRead(std::move(rows));
            rows.clear();
        }
        return true;
    });
    if (!mapError.isEmpty() || !ok) {
        return failure(displayName, mapError.isEmpty() ? reader.errorString() : mapError);
    }
    if (rowsRead && !rows.isEmpty()) {
        rowsRead(std::move(rows));
        rows.clear();
    }
    keepMapping(result, mapper);
    result.formatName = InviteeImporter::tr("CSV (%1, %2 separated)")
                            .arg(TextDecoder::encodingName(reader.encoding()), delimiterName(reader.delimiter()));
    return result;
}

// Why a file named like a workbook that holds no workbook is refused; empty when it cannot even be opened (CsvReader
// says so) or is empty.
QString mislabelledProblem(const QString &path, const QString &suffix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray head = file.read(64 * 1024);
    if (head.isEmpty()) {
        return {};
    }
    if (TextDecoder::looksBinary(head)) {
        return InviteeImporter::tr("The file is named .%1 but is not a workbook Invitedesk can read.").arg(suffix);
    }
    return InviteeImporter::tr("The file is named .%1 but holds text, not a workbook (it looks like CSV); if it is "
                               "CSV, rename it to .csv.")
        .arg(suffix);
}

} // namespace

ImportResult InviteeImporter::importFile(const QString &path, const QString &sheet) const
{
    return importFile(path, sheet, RowsSink());
}

ImportResult InviteeImporter::importFile(const QString &path, const QString &sheet, const RowsSink &rowsRead) const
{
    const QString displayName = QDir::toNativeSeparators(path);
    const SpreadsheetFormat::Detection format = SpreadsheetFormat::detect(path);
    switch (format.kind) {
    case SpreadsheetFormat::Kind::Unsupported:
        return failure(displayName, format.problem);
    case SpreadsheetFormat::Kind::Xlsx: {
        XlsxReader reader;
        return importSheet(reader, path, sheet, tr("XLSX"), rowsRead);
    }
    case SpreadsheetFormat::Kind::Ods: {
        OdsReader reader;
        return importSheet(reader, path, sheet, tr("ODS"), rowsRead);
    }
    case SpreadsheetFormat::Kind::Text:
        break;
    }

    const QString suffix = QFileInfo(path).suffix().toLower();
    if (isSpreadsheetSuffix(suffix)) {
        const QString problem = mislabelledProblem(path, suffix);
        if (!problem.isEmpty()) {
            return failure(displayName, problem);
        }
    }
    if (!sheet.isEmpty()) {
        return failure(displayName, tr("The file is delimited text, which has no sheets; a sheet (“%1”) can only be "
                                       "chosen in an XLSX or ODS workbook.")
                                        .arg(sheet));
    }
    CsvReader reader;
    return importDelimited(
        reader, displayName, [&](const CsvReader::RecordSink &sink) { return reader.readFile(path, sink); }, rowsRead);
}

ImportResult InviteeImporter::importText(QByteArrayView bytes, const QString &displayName) const
{
    CsvReader reader;
    return importDelimited(reader, displayName,
                           [&](const CsvReader::RecordSink &sink) { return reader.readData(bytes, sink); });
}

ImportResult InviteeImporter::importSheet(SheetReader &reader, const QString &path, const QString &sheet,
                                          const QString &formatName, const RowsSink &rowsRead) const
{
    const QString displayName = QDir::toNativeSeparators(path);
    if (!reader.open(path)) {
        return failure(displayName, reader.errorString());
    }
    ImportResult result;
    ColumnMapper mapper;
    QString mapError;
    QList<Invitee> &rows = result.invitees; // with rowsRead: the batch not yet handed over
    const bool ok = reader.read(sheet, [&](int row, QVariantList &cells) {
        if (result.sourceHeader.isEmpty()) {
            QStringList header;
            header.reserve(cells.size());
            for (const QVariant &cell : std::as_const(cells)) {
                header.append(ColumnMapper::cellText(cell));
            }
            if (!mapper.setHeader(header)) {
                mapError = mapper.errorString();
                return false;
            }
            result.sourceHeader = header;
            return true;
        }
        rows.append(mapper.map(cells, row));
        if (rowsRead && rows.size() == RowsPerBatch) {
            rowsRead(std::move(rows));
            rows.clear();
        }
        return true;
    });
    if (!mapError.isEmpty()) {
        return failure(displayName, tr("sheet “%1”: %2").arg(reader.sheetName(), mapError));
    }
    if (!ok) {
        return failure(displayName, reader.errorString());
    }
    if (rowsRead && !rows.isEmpty()) {
        rowsRead(std::move(rows));
        rows.clear();
    }
    keepMapping(result, mapper);
    result.sheetNames = reader.sheetNames();
    result.sheetName = reader.sheetName();
    result.formatName = tr("%1 workbook, sheet “%2”").arg(formatName, result.sheetName);
    return result;
}
