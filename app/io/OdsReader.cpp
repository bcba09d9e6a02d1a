#include "OdsReader.h"

#include "SheetRowCollector.h"
#include "SpreadsheetDate.h"
#include "ZipEntryDevice.h"

#include <QXmlStreamReader>

static const QString ContentPart = QStringLiteral("content.xml");
static const QString ManifestPart = QStringLiteral("META-INF/manifest.xml");
static constexpr qint64 ManifestBytes = qint64(4) << 20;

static const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
static const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
static const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
static const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");

static bool isElement(const QXmlStreamReader &xml, QStringView ns, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

// A repeat count attribute: 1 when absent or nonsense, at most 2^31 (the limits stop anything near that).
static qint64 repeatCount(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    bool ok = false;
    const qint64 count = attributes.value(TableNs, name).toLongLong(&ok);
    return ok && count > 0 ? qMin<qint64>(count, qint64(1) << 31) : 1;
}

// Appends white space as ODF paragraphs hold it: any run of spaces, tabs and line ends is one space.
static void appendCollapsed(QString &text, QStringView characters, bool &lastWasSpace)
{
    for (const QChar c : characters) {
        const bool space = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
        if (space && lastWasSpace) {
            continue;
        }
        text.append(space ? QChar(u' ') : c);
        lastWasSpace = space;
    }
}

OdsReader::OdsReader() = default;

OdsReader::~OdsReader() = default;

bool OdsReader::openWorkbook(ZipPackage &package)
{
    if (!package.contains(ContentPart)) {
        return fail(tr("The file is not an ODS workbook: it has no content.xml."));
    }
    if (package.contains(ManifestPart)) {
        const std::optional<QByteArray> manifest = package.read(ManifestPart, ManifestBytes);
        if (!manifest) {
            return fail(package.errorString());
        }
        if (manifest->contains("encryption-data")) {
            return fail(ZipPackage::passwordProtectedMessage());
        }
    }

    // One pass over content.xml for the table names; tables hidden through their style are noted as hidden.
    const std::unique_ptr<ZipEntryDevice> device = package.openEntry(ContentPart);
    if (!device) {
        return fail(package.errorString());
    }
    QXmlStreamReader xml(device.get());
    QSet<QString> hiddenStyles;
    QString tableStyle; // the table style being read
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (isElement(xml, TableNs, u"table")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            addSheet(attributes.value(TableNs, QLatin1String("name")).toString(),
                     hiddenStyles.contains(attributes.value(TableNs, QLatin1String("style-name")).toString()));
            xml.skipCurrentElement();
        } else if (isElement(xml, StyleNs, u"style")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            tableStyle = attributes.value(StyleNs, QLatin1String("family")) == u"table"
                             ? attributes.value(StyleNs, QLatin1String("name")).toString()
                             : QString();
        } else if (isElement(xml, StyleNs, u"table-properties") && !tableStyle.isEmpty() &&
                   xml.attributes().value(TableNs, QLatin1String("display")) == u"false") {
            hiddenStyles.insert(tableStyle);
        }
    }
    if (xml.hasError()) {
        return failPart(xml, *device, ContentPart);
    }
    return true;
}

bool OdsReader::readSheet(ZipPackage &package, int index, SheetRowCollector &rows)
{
    const std::unique_ptr<ZipEntryDevice> device = package.openEntry(ContentPart);
    if (!device) {
        return fail(package.errorString());
    }
    QXmlStreamReader xml(device.get());
    int table = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || !isElement(xml, TableNs, u"table")) {
            continue;
        }
        if (++table < index) {
            xml.skipCurrentElement();
            continue;
        }
        if (!readTable(xml, rows)) {
            return true; // a limit (reported by read()) or the sink stopped
        }
        break;
    }
    if (xml.hasError()) {
        return failPart(xml, *device, ContentPart);
    }
    return true;
}

bool OdsReader::readTable(QXmlStreamReader &xml, SheetRowCollector &rows)
{
    qint64 nextRow = 1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && isElement(xml, TableNs, u"table")) {
            return true;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.namespaceUri() == TableNs) {
            const QStringView name = xml.name();
            if (name == u"table-row") {
                if (!readRow(xml, rows, nextRow)) {
                    return false;
                }
                continue;
            }
            if (name == u"table-header-rows" || name == u"table-rows" || name == u"table-row-group") {
                continue; // rows inside
            }
        }
        xml.skipCurrentElement(); // columns, shapes, named ranges, forms, ...
    }
    return true;
}

bool OdsReader::readRow(QXmlStreamReader &xml, SheetRowCollector &rows, qint64 &nextRow)
{
    const qint64 repeat = repeatCount(xml.attributes(), QLatin1String("number-rows-repeated"));
    rows.startRow(nextRow);
    qint64 column = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            break; // </table:table-row>: every child was read whole
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const bool cell = isElement(xml, TableNs, u"table-cell");
        if (!cell && !isElement(xml, TableNs, u"covered-table-cell")) {
            xml.skipCurrentElement();
            continue;
        }
        const qint64 columns = repeatCount(xml.attributes(), QLatin1String("number-columns-repeated"));
        if (cell) {
            if (!rows.setCell(column, readCell(xml), columns)) {
                return false;
            }
        } else {
            xml.skipCurrentElement(); // hidden under a merged cell: read as empty
        }
        column += columns;
    }
    if (xml.hasError()) {
        return true; // reported by readSheet
    }
    nextRow += repeat;
    return rows.finishRow(repeat);
}

QVariant OdsReader::readCell(QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString &office = OfficeNs;
    const QStringView type = attributes.value(office, QLatin1String("value-type"));
    QVariant typed;
    if (type == u"float" || type == u"percentage" || type == u"currency") {
        bool ok = false;
        const double number = attributes.value(office, QLatin1String("value")).toDouble(&ok);
        if (ok) {
            typed = number;
        }
    } else if (type == u"boolean") {
        const QStringView value = attributes.value(office, QLatin1String("boolean-value"));
        if (value == u"true" || value == u"false") {
            typed = value == u"true";
        }
    } else if (type == u"date") {
        typed = SpreadsheetDate::fromIsoDate(attributes.value(office, QLatin1String("date-value")));
    } else if (type == u"time") {
        typed = SpreadsheetDate::fromIsoDuration(attributes.value(office, QLatin1String("time-value")));
    } else if (type == u"string" && attributes.hasAttribute(office, QStringLiteral("string-value"))) {
        typed = attributes.value(office, QLatin1String("string-value")).toString();
    }
    if (typed.isValid()) {
        xml.skipCurrentElement();
        return typed;
    }
    const QString text = readCellText(xml, limits().maxCellChars);
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString OdsReader::readCellText(QXmlStreamReader &xml, qsizetype maxChars)
{
    QString text;
    int paragraphs = 0;
    int depth = 0; // below the cell; 1 is a paragraph
    bool lastWasSpace = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0) {
                break; // the cell's end
            }
            continue;
        }
        if (text.size() > maxChars) {
            if (token == QXmlStreamReader::StartElement) {
                xml.skipCurrentElement(); // the text is refused anyway; read past it
            }
            continue;
        }
        if (token == QXmlStreamReader::Characters) {
            if (depth > 0) {
                appendCollapsed(text, xml.text(), lastWasSpace);
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.namespaceUri() != TextNs) {
            xml.skipCurrentElement(); // comments (office:annotation), drawings, nested tables
            continue;
        }
        const QStringView name = xml.name();
        if (depth == 0 && (name == u"p" || name == u"h")) {
            if (paragraphs++ > 0) {
                text.append(u'\n');
            }
            lastWasSpace = true; // leading white space of a paragraph is dropped
        } else if (name == u"s") {
            bool ok = false;
            const qint64 count = xml.attributes().value(TextNs, QLatin1String("c")).toLongLong(&ok);
            text.append(QString(qsizetype(qBound<qint64>(1, ok ? count : 1, maxChars + 1)), u' '));
            xml.skipCurrentElement();
            lastWasSpace = false;
            continue;
        } else if (name == u"tab") {
            text.append(u'\t');
            xml.skipCurrentElement();
            lastWasSpace = false;
            continue;
        } else if (name == u"line-break") {
            text.append(u'\n');
            xml.skipCurrentElement();
            lastWasSpace = true;
            continue;
        }
        ++depth;
    }
    return text;
}
