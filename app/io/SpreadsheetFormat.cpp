#include "SpreadsheetFormat.h"

#include "OneLineText.h"

#include <QFile>

// An OLE compound file is scanned this far for the names of its streams.
static constexpr qint64 CompoundScanBytes = qint64(64) << 20;
static constexpr qint64 SmallPartBytes = qint64(4) << 20;

static SpreadsheetFormat::Detection unsupported(const QString &problem)
{
    return {SpreadsheetFormat::Kind::Unsupported, problem};
}

// A stream name as the directory of a compound file stores it: UTF-16 little-endian.
static QByteArray utf16le(const char *name)
{
    QByteArray bytes;
    for (const char *c = name; *c; ++c) {
        bytes.append(*c);
        bytes.append('\0');
    }
    return bytes;
}

SpreadsheetFormat::Detection SpreadsheetFormat::detect(const QString &path, const ZipPackage::Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray head = file.read(8);
    file.close();
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        return detectZip(path, limits);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return detectCompoundFile(path);
    }
    // A BIFF2-BIFF5 workbook stream on its own starts with a BOF record: 09 00|02|04|08, a small length.
    if (head.size() >= 4 && head.at(0) == '\x09' &&
        (head.at(1) == '\x00' || head.at(1) == '\x02' || head.at(1) == '\x04' || head.at(1) == '\x08') &&
        head.at(2) >= 4 && head.at(2) <= 20 && head.at(3) == '\x00') {
        return unsupported(tr("The file is in the old Excel format (.xls); save it as .xlsx or CSV."));
    }
    return {};
}

SpreadsheetFormat::Detection SpreadsheetFormat::detectZip(const QString &path, const ZipPackage::Limits &limits)
{
    ZipPackage package(path);
    package.setLimits(limits);
    if (!package.open()) {
        return unsupported(package.errorString());
    }
    const QString mimetypePart = QStringLiteral("mimetype");
    if (package.contains(mimetypePart)) {
        const std::optional<QByteArray> mimetype = package.read(mimetypePart, 256);
        if (!mimetype) {
            return unsupported(package.errorString());
        }
        const QByteArray type = mimetype->trimmed();
        if (type == "application/vnd.oasis.opendocument.spreadsheet" ||
            type == "application/vnd.oasis.opendocument.spreadsheet-template") {
            return {Kind::Ods, {}};
        }
        if (type.startsWith("application/vnd.oasis.opendocument.")) {
            // Quoted on one line: the entry may hold line breaks and control characters (found by fuzz_ods).
            const QString shown = OneLineText::from(QString::fromLatin1(type));
            return unsupported(
                tr("The file is an OpenDocument file of another kind (%1), not a spreadsheet.").arg(shown));
        }
    }
    const QString contentTypesPart = QStringLiteral("[Content_Types].xml");
    if (package.contains(contentTypesPart)) {
        const std::optional<QByteArray> types = package.read(contentTypesPart, SmallPartBytes);
        if (!types) {
            return unsupported(package.errorString());
        }
        if (types->contains("spreadsheetml.sheet.main+xml") || types->contains("spreadsheetml.template.main+xml") ||
            types->contains("ms-excel.sheet.macroEnabled.main+xml") ||
            types->contains("ms-excel.template.macroEnabled.main+xml")) {
            return {Kind::Xlsx, {}};
        }
        if (types->contains("ms-excel.sheet.binary.macroEnabled.main")) {
            return unsupported(tr("The file is an Excel binary workbook (.xlsb); save it as .xlsx or CSV."));
        }
    }
    if (package.contains(QStringLiteral("xl/workbook.xml"))) {
        return {Kind::Xlsx, {}};
    }
    if (package.contains(QStringLiteral("content.xml"))) {
        return {Kind::Ods, {}};
    }
    if (package.contains(contentTypesPart)) {
        return unsupported(tr("The file is an Office document of another kind (such as Word), not a spreadsheet."));
    }
    return unsupported(tr("The file is a ZIP archive, not an XLSX or ODS workbook."));
}

SpreadsheetFormat::Detection SpreadsheetFormat::detectCompoundFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = file.read(CompoundScanBytes);
    if (bytes.contains(utf16le("EncryptedPackage")) || bytes.contains(utf16le("EncryptionInfo"))) {
        return unsupported(ZipPackage::passwordProtectedMessage());
    }
    if (bytes.contains(utf16le("Workbook")) || bytes.contains(utf16le("Book"))) {
        return unsupported(tr("The file is in the old Excel format (.xls); save it as .xlsx or CSV."));
    }
    return unsupported(tr(
        "The file is an old Microsoft Office document, not a spreadsheet Invitedesk reads; save it as .xlsx or CSV."));
}
