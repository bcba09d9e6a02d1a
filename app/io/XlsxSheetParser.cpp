#include "XlsxSheetParser.h"

#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"

#include <QXmlStreamReader>

namespace {

enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n") {
        return CellType::Number;
    }
    if (t == u"s") {
        return CellType::SharedString;
    }
    if (t == u"str") {
        return CellType::FormulaString;
    }
    if (t == u"inlineStr") {
        return CellType::InlineString;
    }
    if (t == u"b") {
        return CellType::Boolean;
    }
    if (t == u"e") {
        return CellType::Error;
    }
    return t == u"d" ? CellType::IsoDate : CellType::Number;
}

// "C7" -> 2; -1 when the reference has no column letters. Absurdly long references come out beyond any limit.
qint64 columnOf(QStringView reference)
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

} // namespace

XlsxSheetParser::XlsxSheetParser(const XlsxStyles &styles, bool date1904)
    : m_styles(styles)
    , m_date1904(date1904)
{}

void XlsxSheetParser::parseRows(QXmlStreamReader &xml, const RowHandler &handler) const
{
    Row row;
    bool inRow = false;
    qint64 nextColumn = 0;
    QString scratch;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView element = xml.name();
            if (element == u"c" && inRow) {
                readCell(xml, row, nextColumn, scratch);
            } else if (element == u"row") {
                bool ok = false;
                const qint64 number = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                row.number = ok && number > 0 ? number : 0;
                row.cells.clear();
                nextColumn = 0;
                inRow = true;
            } else if (element != u"worksheet" && element != u"sheetData") {
                xml.skipCurrentElement(); // sheet properties, columns, extensions, ...
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView element = xml.name();
            if (element == u"row") {
                inRow = false;
                if (!handler(row)) {
                    return;
                }
            } else if (element == u"sheetData") {
                return; // what follows is layout
            }
        }
    }
}

// Appends the text of the element the reader stands on to text, up to its end element (what readElementText()
// returns, without a new string each time).
static void readText(QXmlStreamReader &xml, QString &text)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            text.append(xml.text());
        } else if (token == QXmlStreamReader::StartElement) {
            xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement) {
            return;
        }
    }
}

void XlsxSheetParser::readCell(QXmlStreamReader &xml, Row &row, qint64 &nextColumn, QString &scratch) const
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
        type = cellType(attributes.value(QLatin1String("t")));
    }
    nextColumn = column + 1;

    // The text of <v> goes to scratch, whose capacity is kept from cell to cell: a number or a shared string index
    // is read without a string of its own.
    scratch.resize(0);
    QString value; // an inline string
    bool hasValue = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            break; // </c>: every child was read whole
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"v" && type != CellType::InlineString) {
            readText(xml, scratch);
            hasValue = true;
        } else if (xml.name() == u"is" && type == CellType::InlineString) {
            value = XlsxSharedStrings::readRichText(xml);
            hasValue = true;
        } else {
            xml.skipCurrentElement(); // the formula, extensions
        }
    }
    if (!hasValue || xml.hasError()) {
        return;
    }

    const QStringView text = QStringView(scratch).trimmed();
    const auto copy = [&scratch] { return QString(scratch.constData(), scratch.size()); }; // scratch stays unshared
    Cell cell;
    cell.column = column;
    switch (type) {
    case CellType::SharedString: {
        bool ok = false;
        const qint64 index = text.toLongLong(&ok);
        cell.sharedString = ok && index >= 0 ? index : -2;
        break;
    }
    case CellType::InlineString:
        cell.value = std::move(value);
        break;
    case CellType::Error:
        cell.value = copy();
        break;
    case CellType::FormulaString:
        cell.value = XlsxSharedStrings::decodeEscapes(copy());
        break;
    case CellType::Boolean:
        cell.value = text == u"1" || text == u"true";
        break;
    case CellType::IsoDate: {
        QVariant date = SpreadsheetDate::fromIsoDate(text);
        cell.value = date.isValid() ? std::move(date) : QVariant(copy());
        break;
    }
    case CellType::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        cell.value = ok ? SpreadsheetDate::fromSerial(number, m_styles.kindOf(style), m_date1904) : QVariant(copy());
        break;
    }
    }
    row.cells.append(std::move(cell));
}
