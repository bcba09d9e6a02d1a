#pragma once

#include "FuzzSupport.h"
#include "io/InviteeImporter.h"
#include "io/SheetReader.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

// The body of fuzz_xlsx and fuzz_ods: the bytes as a workbook file, read by the format's reader on its own (every
// sheet, up to a few) and then through InviteeImporter::importFile as the app opens a file.
//
// An input that starts with "PK" is the ZIP file itself (mutations find the container's bugs, but nearly every
// mutation of a compressed or checksummed entry is refused as damaged). Any other input is a package written as text,
// which the target zips (entries stored, checksums right) so that mutations reach the XML parsers:
//     @@ [Content_Types].xml
//     <?xml ...?><Types ...>...</Types>
//     @@ xl/workbook.xml
//     ...
// scripts/fuzz-package.py turns a workbook into that text and back.
namespace WorkbookFuzzing {

using FuzzSupport::check;

// The ZIP archive of a package written as text ("@@ name" lines, each followed by the entry's bytes).
inline QByteArray zipPackageText(QByteArrayView text)
{
    QByteArray zipped;
    QBuffer buffer(&zipped);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        FuzzSupport::fail("cannot create a ZIP archive in memory");
    }
    const QByteArrayView marker("@@ ");
    qsizetype at = text.startsWith(marker) ? 0 : text.indexOf(QByteArrayView("\n@@ "));
    while (at >= 0) {
        at += text.at(at) == '\n' ? 4 : 3;
        const qsizetype nameEnd = text.indexOf('\n', at);
        const QByteArrayView name = text.sliced(at, (nameEnd < 0 ? text.size() : nameEnd) - at);
        const qsizetype contentStart = nameEnd < 0 ? text.size() : nameEnd + 1;
        const qsizetype next = text.indexOf(QByteArrayView("\n@@ "), contentStart);
        const QByteArrayView content = text.sliced(contentStart, (next < 0 ? text.size() : next) - contentStart);
        QuaZipFile entry(&zip);
        if (!name.isEmpty() &&
            entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromUtf8(name)), nullptr, 0, 0)) {
            entry.write(content.data(), content.size());
            entry.close();
        }
        at = next;
    }
    zip.close();
    return zipped;
}

inline bool isCellType(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::QString:
    case QMetaType::Double:
    case QMetaType::Bool:
    case QMetaType::QDate:
    case QMetaType::QDateTime:
    case QMetaType::QTime:
        return true;
    default:
        return false;
    }
}

inline void checkSheet(SheetReader &reader, const QString &sheet)
{
    int lastRow = 0;
    qint64 rows = 0;
    const SheetReader::Limits &limits = reader.limits();
    const bool ok = reader.read(sheet, [&](int row, QVariantList &cells) {
        check(row > lastRow, "sheet rows not increasing", QStringLiteral("%1 after %2").arg(row).arg(lastRow));
        lastRow = row;
        check(++rows <= qint64(limits.maxDataRows) + 1, "more rows than the limit");
        check(cells.size() <= limits.maxColumns, "more columns than the limit");
        check(!cells.isEmpty() && !cells.constLast().isNull(), "blank row or trailing empty cell handed over");
        for (const QVariant &cell : std::as_const(cells)) {
            check(isCellType(cell), "cell of an unexpected type", QString::fromLatin1(cell.typeName()));
            if (cell.typeId() == QMetaType::QString) {
                check(cell.toString().size() <= limits.maxCellChars, "cell longer than the limit");
            }
        }
        return true;
    });
    if (!ok) {
        check(!reader.errorString().isEmpty(), "read failed without a message");
        check(!reader.errorString().contains(u'\n'), "read error is more than one line", reader.errorString());
    }
}

// The readers' limits, but with fewer filled cells: a few kilobytes can repeat an ODS cell over millions of cells,
// which the readers handle within their limits (15 million in 0.7 s in a release build) but which is far slower under
// the sanitizers, and every limit is still reached by some input.
inline SheetReader::Limits fuzzLimits()
{
    SheetReader::Limits limits;
    limits.maxCells = 200'000;
    return limits;
}

template<typename Reader>
int run(const uint8_t *data, size_t size, const char *suffix)
{
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const QByteArray zipped = input.startsWith(QByteArrayView("PK")) ? QByteArray() : zipPackageText(input);
    const QString path = zipped.isNull()
                             ? FuzzSupport::writeInput(data, size, suffix)
                             : FuzzSupport::writeInput(reinterpret_cast<const uint8_t *>(zipped.constData()),
                                                       static_cast<size_t>(zipped.size()), suffix);
    {
        Reader reader;
        reader.setLimits(fuzzLimits());
        if (!reader.open(path)) {
            check(!reader.errorString().isEmpty(), "open failed without a message");
            check(!reader.errorString().contains(u'\n'), "open error is more than one line", reader.errorString());
        } else {
            const QStringList names = reader.sheetNames();
            const QString defaultSheet = reader.defaultSheet();
            check(defaultSheet.isEmpty() || names.contains(defaultSheet), "default sheet is not one of the sheets");
            checkSheet(reader, {});
            for (qsizetype i = 0; i < std::min<qsizetype>(names.size(), 3); ++i) {
                if (names.at(i) != defaultSheet) {
                    checkSheet(reader, names.at(i));
                }
            }
        }
    }

    int lastSourceRow = 1;
    InviteeImporter importer;
    importer.setSheetLimits(fuzzLimits());
    const ImportResult result = importer.importFile(path, {}, [&](QList<Invitee> &&rows) {
        for (const Invitee &invitee : rows) {
            check(invitee.sourceRow() > lastSourceRow, "invitee rows not increasing",
                  QStringLiteral("%1 after %2").arg(invitee.sourceRow()).arg(lastSourceRow));
            lastSourceRow = invitee.sourceRow();
        }
    });
    if (!result.ok()) {
        check(result.errorString.startsWith(path), "import error does not name the file", result.errorString);
        check(!result.errorString.contains(u'\n'), "import error is more than one line", result.errorString);
    }
    return 0;
}

} // namespace WorkbookFuzzing
