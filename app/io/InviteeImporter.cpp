#include "InviteeImporter.h"

#include "ColumnMapper.h"
#include "CsvReader.h"

#include <QDir>
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
        result.errorString =
            InviteeImporter::tr("%1: %2").arg(displayName, mapError.isEmpty() ? reader.errorString() : mapError);
        result.invitees.clear();
        return result;
    }
    if (rowsRead && !rows.isEmpty()) {
        rowsRead(std::move(rows));
        rows.clear();
    }
    for (int i = 0; i < Invitee::FieldCount; ++i) {
        result.fieldColumns[static_cast<size_t>(i)] = mapper.columnOf(static_cast<Invitee::Field>(i));
    }
    result.unknownColumns = mapper.unknownColumns();
    result.formatName = InviteeImporter::tr("CSV (%1, %2 separated)")
                            .arg(TextDecoder::encodingName(reader.encoding()), delimiterName(reader.delimiter()));
    return result;
}

} // namespace

ImportResult InviteeImporter::importFile(const QString &path) const
{
    return importFile(path, {});
}

ImportResult InviteeImporter::importFile(const QString &path, const RowsSink &rowsRead) const
{
    const QString displayName = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (isSpreadsheetSuffix(suffix)) {
        ImportResult result;
        result.errorString =
            tr("%1: spreadsheet files (.%2) are not supported yet; save the sheet as CSV").arg(displayName, suffix);
        return result;
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
