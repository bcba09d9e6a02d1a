#include "ImportSource.h"

#include "CsvReader.h"
#include "InviteeImporter.h"
#include "OdsReader.h"
#include "SpreadsheetFormat.h"
#include "XlsxReader.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

static constexpr qsizetype LargeSourceBytes = 2 * 1024 * 1024;

ImportSource ImportSource::fromFile(const QString &path)
{
    ImportSource source;
    source.m_path = path;
    source.m_displayName = QDir::toNativeSeparators(path);
    const SpreadsheetFormat::Detection format = SpreadsheetFormat::detect(path);
    std::shared_ptr<SheetReader> workbook;
    switch (format.kind) {
    case SpreadsheetFormat::Kind::Unsupported:
        source.m_errorString = tr("%1: %2").arg(source.m_displayName, format.problem);
        return source;
    case SpreadsheetFormat::Kind::Xlsx:
        workbook = std::make_shared<XlsxReader>();
        break;
    case SpreadsheetFormat::Kind::Ods:
        workbook = std::make_shared<OdsReader>();
        break;
    case SpreadsheetFormat::Kind::Text: {
        CsvReader reader;
        std::optional<QByteArray> bytes = reader.readFileBytes(path);
        if (bytes && !reader.decode(*bytes)) {
            bytes.reset();
        }
        if (!bytes) {
            source.m_errorString = tr("%1: %2").arg(source.m_displayName, reader.errorString());
            return source;
        }
        source.m_bytes = std::move(*bytes);
        return source;
    }
    }
    source.m_fileBytes = QFileInfo(path).size();
    if (!workbook->open(path)) {
        source.m_errorString = tr("%1: %2").arg(source.m_displayName, workbook->errorString());
    }
    source.m_workbookReader = std::move(workbook);
    return source;
}

ImportSource ImportSource::fromText(const QString &text, const QString &displayName)
{
    ImportSource source;
    source.m_displayName = displayName;
    source.m_text = text;
    return source;
}

bool ImportSource::isLarge() const
{
    // A workbook's XML is about ten times its compressed size, and all of its shared strings are read for a preview.
    return m_bytes.size() > LargeSourceBytes || m_text.size() > LargeSourceBytes / 2 ||
           m_fileBytes > LargeSourceBytes / 8;
}

InviteeImporter ImportSource::importer(const ImportOptions &options) const
{
    ImportOptions effective = options;
    if (isPastedText()) {
        effective.encoding.reset(); // text from the clipboard is already decoded
    }
    return InviteeImporter(effective);
}

bool ImportSource::decode(const ImportOptions &options, QString *error)
{
    if (isPastedText() || (m_decodedWith.has_value() && *m_decodedWith == options.encoding)) {
        return true;
    }
    CsvReader reader;
    reader.setEncoding(options.encoding);
    std::optional<TextDecoder::Result> decoded = reader.decode(m_bytes);
    if (!decoded) {
        *error = tr("%1: %2").arg(m_displayName, reader.errorString());
        return false;
    }
    m_text = std::move(decoded->text);
    m_textEncoding = decoded->encoding;
    m_decodedWith = options.encoding;
    return true;
}

ImportResult ImportSource::read(const InviteeImporter &importer, const ImportOptions &options)
{
    if (!ok()) {
        ImportResult failed;
        failed.errorString = m_errorString;
        return failed;
    }
    if (isWorkbook()) {
        return importer.importWorkbook(*m_workbookReader, m_path);
    }
    ImportResult result;
    if (!decode(options, &result.errorString)) {
        return result;
    }
    return importer.importDecoded(m_text, m_textEncoding, m_displayName);
}

ImportSource::Preview ImportSource::preview(const ImportOptions &options, int rowLimit)
{
    Preview preview;
    bool sawHeader = false;
    InviteeImporter reader = importer(options);
    reader.setPreview(rowLimit, [&](int, const QStringList &cells) {
        if (!sawHeader) {
            sawHeader = true;
            preview.header = cells;
            if (options.headerRow) {
                return;
            }
            for (int column = 0; column < preview.header.size(); ++column) {
                preview.header[column] = ImportOptions::columnName(column);
            }
        }
        preview.rows.append(cells);
    });
    preview.result = read(reader, options);
    return preview;
}

ImportResult ImportSource::import(const ImportOptions &options)
{
    return read(importer(options), options);
}
