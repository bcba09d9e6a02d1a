#include "XlsxReader.h"

#include "OpcRelationships.h"
#include "SheetRowCollector.h"
#include "ZipEntryDevice.h"

#include <QLocale>
#include <QXmlStreamReader>

// Package, workbook and relationship parts are small; anything larger is not a real one.
static constexpr qint64 SmallPartBytes = qint64(16) << 20;

static bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// "C7" -> 2; -1 when the reference has no column letters. Absurdly long references come out beyond any limit.
static qint64 columnOf(QStringView reference)
{
    qint64 column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).unicode();
        const int letter = (c >= u'A' && c <= u'Z') ? c - u'A' : (c >= u'a' && c <= u'z') ? c - u'a' : -1;
        if (letter < 0) {
            break;
        }
        column = qMin<qint64>(column * 26 + letter + 1, qint64(1) << 40);
    }
    return i == 0 ? -1 : column - 1;
}

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader() = default;

std::optional<QByteArray> XlsxReader::readSmallPart(ZipPackage &package, const QString &part)
{
    std::optional<QByteArray> bytes = package.read(part, SmallPartBytes);
    if (!bytes) {
        fail(package.errorString());
    }
    return bytes;
}

bool XlsxReader::openWorkbook(ZipPackage &package)
{
    m_sheets.clear();
    m_sharedStringsPart.clear();
    m_stylesPart.clear();
    m_date1904 = false;
    m_sharedStringsLoaded = false;
    m_stylesLoaded = false;

    QString workbookPart;
    const QString packageRels = QStringLiteral("_rels/.rels");
    if (package.contains(packageRels)) {
        const std::optional<QByteArray> rels = readSmallPart(package, packageRels);
        if (!rels) {
            return false;
        }
        OpcRelationships relationships;
        if (!relationships.parse(*rels, QString())) {
            return fail(tr("The file is damaged: %1 is not well-formed XML.").arg(packageRels));
        }
        if (const auto *office = relationships.byType(u"officeDocument")) {
            workbookPart = office->target;
        }
    }
    if (workbookPart.isEmpty() || !package.contains(workbookPart)) {
        workbookPart = QStringLiteral("xl/workbook.xml");
    }
    if (!package.contains(workbookPart)) {
        return fail(tr("The file is not an XLSX workbook: it has no workbook part."));
    }

    const std::optional<QByteArray> workbook = readSmallPart(package, workbookPart);
    if (!workbook) {
        return false;
    }
    QList<QString> relationshipIds;
    if (!parseWorkbook(*workbook, workbookPart, relationshipIds)) {
        return false;
    }

    OpcRelationships relationships;
    const QString workbookRels = OpcRelationships::relsPathFor(workbookPart);
    if (package.contains(workbookRels)) {
        const std::optional<QByteArray> rels = readSmallPart(package, workbookRels);
        if (!rels) {
            return false;
        }
        if (!relationships.parse(*rels, workbookPart)) {
            return fail(tr("The file is damaged: %1 is not well-formed XML.").arg(workbookRels));
        }
    }
    for (const QString &id : std::as_const(relationshipIds)) {
        const auto *relationship = relationships.byId(id);
        Sheet sheet;
        if (relationship) {
            sheet.part = relationship->target;
            sheet.worksheet = relationship->type.endsWith(u"/worksheet");
        }
        m_sheets.append(sheet);
    }
    if (const auto *strings = relationships.byType(u"sharedStrings")) {
        m_sharedStringsPart = strings->target;
    }
    if (const auto *styles = relationships.byType(u"styles")) {
        m_stylesPart = styles->target;
    }
    return true;
}

bool XlsxReader::parseWorkbook(const QByteArray &bytes, const QString &part, QList<QString> &relationshipIds)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            m_date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships")) {
                    id = attribute.value().toString();
                }
            }
            const QStringView state = attributes.value(QLatin1String("state"));
            addSheet(attributes.value(QLatin1String("name")).toString(), state == u"hidden" || state == u"veryHidden");
            relationshipIds.append(id);
        }
    }
    if (xml.hasError()) {
        return fail(xmlDamage(xml, part));
    }
    return true;
}

bool XlsxReader::loadSharedStrings(ZipPackage &package)
{
    if (m_sharedStringsLoaded || m_sharedStringsPart.isEmpty() || !package.contains(m_sharedStringsPart)) {
        return true;
    }
    const std::unique_ptr<ZipEntryDevice> device = package.openEntry(m_sharedStringsPart);
    if (!device) {
        return fail(package.errorString());
    }
    QXmlStreamReader xml(device.get());
    if (!m_sharedStrings.load(xml)) {
        return fail(tr("The file holds more than %1 different texts; at most %1 are supported.")
                        .arg(QLocale().toString(XlsxSharedStrings::MaxStrings)));
    }
    if (xml.hasError()) {
        return failPart(xml, *device, m_sharedStringsPart);
    }
    m_sharedStringsLoaded = true;
    return true;
}

bool XlsxReader::loadStyles(ZipPackage &package)
{
    if (m_stylesLoaded || m_stylesPart.isEmpty() || !package.contains(m_stylesPart)) {
        return true;
    }
    const std::unique_ptr<ZipEntryDevice> device = package.openEntry(m_stylesPart);
    if (!device) {
        return fail(package.errorString());
    }
    QXmlStreamReader xml(device.get());
    m_styles.load(xml);
    if (xml.hasError()) {
        return failPart(xml, *device, m_stylesPart);
    }
    m_stylesLoaded = true;
    return true;
}

bool XlsxReader::readSheet(ZipPackage &package, int index, SheetRowCollector &rows)
{
    const Sheet &sheet = m_sheets.at(index);
    const QString name = sheetNames().at(index);
    if (sheet.part.isEmpty() || !package.contains(sheet.part)) {
        return fail(tr("The file is damaged: the part of sheet “%1” is missing.").arg(name));
    }
    if (!sheet.worksheet) {
        return fail(tr("Sheet “%1” is a chart or dialog sheet, not a table of rows.").arg(name));
    }
    if (!loadSharedStrings(package) || !loadStyles(package)) {
        return false;
    }

    const std::unique_ptr<ZipEntryDevice> device = package.openEntry(sheet.part);
    if (!device) {
        return fail(package.errorString());
    }
    QXmlStreamReader xml(device.get());
    qint64 nextRow = 1;
    qint64 nextColumn = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView element = xml.name();
            if (element == u"c") {
                if (!readCell(xml, rows, nextColumn)) {
                    return false;
                }
                if (rows.failed()) {
                    return true;
                }
            } else if (element == u"row") {
                bool ok = false;
                const qint64 number = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                rows.startRow(ok && number > 0 ? number : nextRow);
                nextColumn = 0;
            } else if (element != u"worksheet" && element != u"sheetData") {
                xml.skipCurrentElement(); // sheet properties, columns, merged cells, page setup, ...
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView element = xml.name();
            if (element == u"row") {
                if (!rows.finishRow()) {
                    return true; // a limit (reported by read()) or the sink stopped
                }
                nextRow = rows.currentRow() + 1;
            } else if (element == u"sheetData") {
                return true; // what follows is layout
            }
        }
    }
    if (xml.hasError()) {
        return failPart(xml, *device, sheet.part);
    }
    return true;
}

bool XlsxReader::readCell(QXmlStreamReader &xml, SheetRowCollector &rows, qint64 &nextColumn)
{
    CellType type = CellType::Number;
    int style = 0;
    qint64 column = nextColumn;
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const qint64 referenced = columnOf(attributes.value(QLatin1String("r")));
        if (referenced >= 0) {
            column = referenced;
        }
        style = attributes.value(QLatin1String("s")).toInt();
        const QStringView t = attributes.value(QLatin1String("t"));
        if (t == u"s") {
            type = CellType::SharedString;
        } else if (t == u"str") {
            type = CellType::FormulaString;
        } else if (t == u"inlineStr") {
            type = CellType::InlineString;
        } else if (t == u"b") {
            type = CellType::Boolean;
        } else if (t == u"e") {
            type = CellType::Error;
        } else if (t == u"d") {
            type = CellType::IsoDate;
        }
    }

    QString value;
    bool hasValue = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            break; // </c>: every child was read whole
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"v") {
            value = xml.readElementText(QXmlStreamReader::SkipChildElements);
            hasValue = type != CellType::InlineString;
        } else if (xml.name() == u"is" && type == CellType::InlineString) {
            value = XlsxSharedStrings::readRichText(xml);
            hasValue = true;
        } else {
            xml.skipCurrentElement(); // the formula, extensions
        }
    }
    if (xml.hasError()) {
        return true; // reported by readSheet
    }
    nextColumn = column + 1;
    if (!hasValue) {
        return true;
    }
    const std::optional<QVariant> cell = cellValue(type, style, std::move(value), column, rows.currentRow());
    if (!cell) {
        return false;
    }
    rows.setCell(column, *cell);
    return true;
}

std::optional<QVariant> XlsxReader::cellValue(CellType type, int style, QString &&value, qint64 column, qint64 row)
{
    switch (type) {
    case CellType::SharedString: {
        bool ok = false;
        const qsizetype index = QStringView(value).trimmed().toLongLong(&ok);
        const QString *text = ok ? m_sharedStrings.at(index) : nullptr;
        if (!text) {
            fail(tr("The file is damaged: sheet “%1”, cell %2%3 refers to a shared text that does not exist.")
                     .arg(sheetName(), columnName(column), QString::number(row)));
            return std::nullopt;
        }
        return QVariant(*text);
    }
    case CellType::InlineString:
    case CellType::Error:
        return QVariant(std::move(value));
    case CellType::FormulaString:
        return QVariant(XlsxSharedStrings::decodeEscapes(std::move(value)));
    case CellType::Boolean:
        return QVariant(isTrue(QStringView(value).trimmed()));
    case CellType::IsoDate: {
        const QVariant date = SpreadsheetDate::fromIsoDate(value);
        return date.isValid() ? date : QVariant(std::move(value));
    }
    case CellType::Number:
        break;
    }
    bool ok = false;
    const double number = QStringView(value).trimmed().toDouble(&ok);
    if (!ok) {
        return QVariant(std::move(value));
    }
    return SpreadsheetDate::fromSerial(number, m_styles.kindOf(style), m_date1904);
}
