#include "XlsxWriter.h"

#include "SheetReader.h"
#include "SpreadsheetSafety.h"

#include <QDateTime>
#include <QLocale>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cmath>

static const QString MainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
static const QString RelationshipsNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

static QByteArray contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "</Types>");
}

static QByteArray packageRelationships()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/>"
        "</Relationships>");
}

static QByteArray workbookRelationships()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "</Relationships>");
}

// Two cell styles: 0 plain, 1 bold (the header).
static QByteArray styles()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "</styleSheet>");
}

static bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

static bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

static bool escapeFollows(QStringView text, qsizetype i)
{
    return i + 7 <= text.size() && text.at(i) == u'_' && text.at(i + 1) == u'x' && isHexDigit(text.at(i + 2)) &&
           isHexDigit(text.at(i + 3)) && isHexDigit(text.at(i + 4)) && isHexDigit(text.at(i + 5)) &&
           text.at(i + 6) == u'_';
}

QString XlsxWriter::escapeText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            escaped.append(c);
            escaped.append(text.at(++i));
            continue;
        }
        if (c == u'_' && escapeFollows(text, i)) {
            escaped.append(u"_x005F_");
            continue;
        }
        if (c == u'\r' || c.isSurrogate() || !isXmlCharacter(c.unicode())) {
            escaped.append(u"_x" % QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0') % u'_');
            continue;
        }
        escaped.append(c);
    }
    return escaped;
}

QString XlsxWriter::validSheetName(const QString &name)
{
    QString valid;
    for (const QChar c : name) {
        const bool forbidden = c == u'[' || c == u']' || c == u':' || c == u'*' || c == u'?' || c == u'/' ||
                               c == u'\\' || c.category() == QChar::Other_Control;
        valid.append(forbidden ? QChar(u'_') : c);
    }
    valid = valid.left(31).trimmed();
    if (valid.startsWith(u'\'')) {
        valid[0] = u'_';
    }
    return valid.isEmpty() ? QStringLiteral("Sheet1") : valid;
}

XlsxWriter::XlsxWriter(QIODevice *device, const QString &sheetName)
    : m_device(device)
    , m_sheetName(validSheetName(sheetName))
{
    Q_ASSERT(m_device);
}

XlsxWriter::~XlsxWriter() = default;

bool XlsxWriter::fail(const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_errorString = message;
    }
    return false;
}

bool XlsxWriter::openPart(const QString &name)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0)); // the same bytes for the same rows
    m_part = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_part->open(QIODevice::WriteOnly, info)) {
        return fail(tr("Could not write the part %1: %2").arg(name, m_device->errorString()));
    }
    return true;
}

bool XlsxWriter::writeSmallPart(const QString &name, const QByteArray &bytes)
{
    if (!openPart(name)) {
        return false;
    }
    const bool written = m_part->write(bytes) == bytes.size();
    m_part->close();
    if (!written || m_part->getZipError() != 0) {
        return fail(tr("Could not write the part %1: %2").arg(name, m_device->errorString()));
    }
    m_part.reset();
    return true;
}

bool XlsxWriter::start()
{
    if (m_started) {
        return !m_failed;
    }
    m_started = true;
    m_zip = std::make_unique<QuaZip>(m_device);
    m_zip->setAutoClose(false);
    m_zip->setDataDescriptorWritingEnabled(false);
    if (!m_zip->open(QuaZip::mdCreate)) {
        return fail(tr("Could not start the workbook: %1").arg(m_device->errorString()));
    }

    QByteArray workbook;
    {
        QXmlStreamWriter xml(&workbook);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeDefaultNamespace(MainNs);
        xml.writeNamespace(RelationshipsNs, QStringLiteral("r"));
        xml.writeStartElement(MainNs, QStringLiteral("workbook"));
        xml.writeStartElement(MainNs, QStringLiteral("sheets"));
        xml.writeStartElement(MainNs, QStringLiteral("sheet"));
        xml.writeAttribute(QStringLiteral("name"), m_sheetName);
        xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
        xml.writeAttribute(RelationshipsNs, QStringLiteral("id"), QStringLiteral("rId1"));
        xml.writeEndDocument();
    }
    if (!writeSmallPart(QStringLiteral("[Content_Types].xml"), contentTypes()) ||
        !writeSmallPart(QStringLiteral("_rels/.rels"), packageRelationships()) ||
        !writeSmallPart(QStringLiteral("xl/workbook.xml"), workbook) ||
        !writeSmallPart(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships()) ||
        !writeSmallPart(QStringLiteral("xl/styles.xml"), styles()) ||
        !openPart(QStringLiteral("xl/worksheets/sheet1.xml"))) {
        return false;
    }

    m_xml = std::make_unique<QXmlStreamWriter>(m_part.get());
    m_xml->writeStartDocument(QStringLiteral("1.0"), true);
    m_xml->writeDefaultNamespace(MainNs);
    m_xml->writeStartElement(MainNs, QStringLiteral("worksheet"));
    // The header row stays in view while scrolling.
    m_xml->writeStartElement(MainNs, QStringLiteral("sheetViews"));
    m_xml->writeStartElement(MainNs, QStringLiteral("sheetView"));
    m_xml->writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    m_xml->writeEmptyElement(MainNs, QStringLiteral("pane"));
    m_xml->writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    m_xml->writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    m_xml->writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    m_xml->writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    m_xml->writeEndElement(); // sheetView
    m_xml->writeEndElement(); // sheetViews
    m_xml->writeStartElement(MainNs, QStringLiteral("sheetData"));
    return !m_xml->hasError() || fail(tr("Could not write the sheet: %1").arg(m_device->errorString()));
}

bool XlsxWriter::writeRow(const QStringList &cells)
{
    QVariantList values;
    values.reserve(cells.size());
    for (const QString &cell : cells) {
        values.append(cell);
    }
    return writeRow(values);
}

bool XlsxWriter::writeRow(const QVariantList &cells)
{
    if (m_finished || !start()) {
        return false;
    }
    const QString row = QString::number(++m_row);
    QXmlStreamWriter &xml = *m_xml;
    xml.writeStartElement(MainNs, QStringLiteral("row"));
    xml.writeAttribute(QStringLiteral("r"), row);
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QVariant &cell = cells.at(column);
        QString text;
        QString number;
        bool isBool = false;
        switch (cell.typeId()) {
        case QMetaType::UnknownType:
            continue;
        case QMetaType::Bool:
            isBool = true;
            number = cell.toBool() ? QStringLiteral("1") : QStringLiteral("0");
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            number = cell.toString();
            break;
        case QMetaType::Double:
            if (std::isfinite(cell.toDouble())) {
                number = QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
                break;
            }
            text = cell.toString();
            break;
        default:
            text = SpreadsheetSafety::defuse(cell.toString());
            break;
        }
        if (number.isEmpty() && text.isEmpty()) {
            continue;
        }
        xml.writeStartElement(MainNs, QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), SheetReader::columnName(column) + row);
        if (m_row == 1) {
            xml.writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
        }
        if (!number.isEmpty()) {
            if (isBool) {
                xml.writeAttribute(QStringLiteral("t"), QStringLiteral("b"));
            }
            xml.writeTextElement(MainNs, QStringLiteral("v"), number);
        } else {
            if (text.size() > MaxCellChars) {
                text.truncate(text.at(MaxCellChars - 1).isHighSurrogate() ? MaxCellChars - 1 : MaxCellChars);
            }
            xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            xml.writeStartElement(MainNs, QStringLiteral("is"));
            xml.writeStartElement(MainNs, QStringLiteral("t"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(escapeText(text));
            xml.writeEndElement(); // t
            xml.writeEndElement(); // is
        }
        xml.writeEndElement(); // c
    }
    xml.writeEndElement(); // row
    if (xml.hasError()) {
        return fail(tr("Could not write the sheet: %1").arg(m_device->errorString()));
    }
    return true;
}

bool XlsxWriter::finish()
{
    if (m_finished) {
        return !m_failed;
    }
    if (!start()) {
        m_finished = true;
        return false;
    }
    m_finished = true;
    m_xml->writeEndDocument(); // closes sheetData and worksheet
    const bool xmlOk = !m_xml->hasError();
    m_xml.reset();
    m_part->close();
    const bool sheetOk = m_part->getZipError() == 0;
    m_part.reset();
    m_zip->close();
    if (!xmlOk || !sheetOk || m_zip->getZipError() != 0) {
        return fail(tr("Could not write the workbook: %1").arg(m_device->errorString()));
    }
    return !m_failed;
}
