#include "InviteeImporter.h"

#include "CsvReader.h"
#include "ImportRows.h"
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

void InviteeImporter::setPreview(int rowLimit, const SourceRowSink &sourceRows)
{
    m_preview = true;
    m_rowLimit = rowLimit;
    m_sourceRows = sourceRows;
}

void InviteeImporter::configure(CsvReader &reader) const
{
    reader.setEncoding(m_options.encoding);
    reader.setDelimiter(m_options.separator);
    reader.setQuote(m_options.quote);
}

ImportResult InviteeImporter::importFile(const QString &path, const QString &sheet) const
{
    return importFile(path, sheet, RowsSink());
}

ImportResult InviteeImporter::importFile(const QString &path, const QString &sheet, const RowsSink &rowsRead) const
{
    const QString displayName = QDir::toNativeSeparators(path);
    const QString sheetName = sheet.isEmpty() ? m_options.sheet : sheet;
    const SpreadsheetFormat::Detection format = SpreadsheetFormat::detect(path);
    switch (format.kind) {
    case SpreadsheetFormat::Kind::Unsupported:
        return failure(displayName, format.problem);
    case SpreadsheetFormat::Kind::Xlsx: {
        XlsxReader reader;
        return importSheet(reader, path, sheetName, rowsRead);
    }
    case SpreadsheetFormat::Kind::Ods: {
        OdsReader reader;
        return importSheet(reader, path, sheetName, rowsRead);
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
    if (!sheetName.isEmpty()) {
        return failure(displayName, tr("The file is delimited text, which has no sheets; a sheet (“%1”) can only be "
                                       "chosen in an XLSX or ODS workbook.")
                                        .arg(sheetName));
    }
    CsvReader reader;
    configure(reader);
    return importDelimited(
        reader, displayName, [&](const CsvReader::RecordSink &sink) { return reader.readFile(path, sink); }, rowsRead);
}

ImportResult InviteeImporter::importText(QByteArrayView bytes, const QString &displayName) const
{
    CsvReader reader;
    configure(reader);
    return importDelimited(reader, displayName,
                           [&](const CsvReader::RecordSink &sink) { return reader.readData(bytes, sink); }, {});
}

ImportResult InviteeImporter::importDecoded(QStringView text, TextDecoder::Encoding encoding,
                                            const QString &displayName) const
{
    CsvReader reader;
    configure(reader);
    return importDelimited(reader, displayName,
                           [&](const CsvReader::RecordSink &sink) { return reader.readText(text, encoding, sink); },
                           {});
}

// Runs a CSV reader over its input and maps every record into the result, or in batches to rowsRead when it is set;
// `read` starts the reader with the sink it is given.
ImportResult
InviteeImporter::importDelimited(CsvReader &reader, const QString &displayName,
                                 const std::function<bool(const std::function<bool(int, QStringList &)> &)> &read,
                                 const RowsSink &rowsRead) const
{
    ImportResult result;
    const ImportRows::Settings settings{m_options, m_preview, m_rowLimit, m_sourceRows, rowsRead};
    ImportRows rows(settings, result);
    const bool ok = read([&](int row, QStringList &cells) { return rows.take(row, cells); });
    if (!ok) {
        return failure(displayName, reader.errorString());
    }
    if (!rows.errorString().isEmpty() || !rows.finish()) {
        return failure(displayName, rows.errorString());
    }
    result.encoding = reader.encoding();
    result.separator = reader.delimiter();
    result.formatName = tr("CSV (%1, %2 separated)")
                            .arg(TextDecoder::encodingName(reader.encoding()), delimiterName(reader.delimiter()));
    return result;
}

ImportResult InviteeImporter::importSheet(SheetReader &reader, const QString &path, const QString &sheet,
                                          const RowsSink &rowsRead) const
{
    reader.setLimits(m_sheetLimits); // the package's limits apply while it opens
    if (!reader.open(path)) {
        return failure(QDir::toNativeSeparators(path), reader.errorString());
    }
    return readSheet(reader, path, sheet, rowsRead);
}

ImportResult InviteeImporter::importWorkbook(SheetReader &reader, const QString &path, const QString &sheet) const
{
    reader.setLimits(m_sheetLimits);
    return readSheet(reader, path, sheet.isEmpty() ? m_options.sheet : sheet, {});
}

ImportResult InviteeImporter::readSheet(SheetReader &reader, const QString &path, const QString &sheet,
                                        const RowsSink &rowsRead) const
{
    const QString displayName = QDir::toNativeSeparators(path);
    ImportResult result;
    const ImportRows::Settings settings{m_options, m_preview, m_rowLimit, m_sourceRows, rowsRead};
    ImportRows rows(settings, result);
    const bool ok = reader.read(sheet, [&](int row, QVariantList &cells) { return rows.take(row, cells); });
    const QStringList sheetNames = reader.sheetNames();
    if (!rows.errorString().isEmpty()) {
        result = failure(displayName, tr("sheet “%1”: %2").arg(reader.sheetName(), rows.errorString()));
    } else if (!ok) {
        result = failure(displayName, reader.errorString());
    } else if (!rows.finish()) {
        result = failure(displayName, tr("sheet “%1”: %2").arg(reader.sheetName(), rows.errorString()));
    } else {
        result.sheetName = reader.sheetName();
        result.formatName = tr("%1 workbook, sheet “%2”").arg(reader.formatName(), result.sheetName);
    }
    result.sheetNames = sheetNames; // also on failure: the dialog offers the other sheets
    return result;
}
