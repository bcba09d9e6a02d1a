#include "XlsxStyles.h"

#include <QHash>
#include <QXmlStreamReader>

using Kind = SpreadsheetDate::Kind;

static Kind combine(bool date, bool time)
{
    if (date && time) {
        return Kind::DateTime;
    }
    if (date) {
        return Kind::Date;
    }
    return time ? Kind::Time : Kind::Number;
}

Kind XlsxStyles::builtinKind(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31) || numFmtId == 36 ||
        (numFmtId >= 50 && numFmtId <= 58)) {
        return Kind::Date;
    }
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 32 && numFmtId <= 35) ||
        (numFmtId >= 45 && numFmtId <= 47)) {
        return Kind::Time;
    }
    return numFmtId == 22 ? Kind::DateTime : Kind::Number;
}

Kind XlsxStyles::formatKind(QStringView formatCode)
{
    // Only the first section counts (positive numbers); the others show the same kind of value.
    bool date = false;
    bool time = false;
    bool month = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const char16_t c = QChar::toLower(formatCode.at(i).unicode());
        if (c == u';') {
            break;
        }
        if (c == u'"') {
            const qsizetype close = formatCode.indexOf(u'"', i + 1);
            i = close < 0 ? formatCode.size() : close;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped or padding character
            continue;
        }
        if (c == u'[') {
            const qsizetype close = formatCode.indexOf(u']', i + 1);
            const QStringView inside = formatCode.mid(i + 1, close < 0 ? -1 : close - i - 1);
            const QChar first = inside.isEmpty() ? QChar() : inside.front().toLower();
            if ((first == u'h' || first == u'm' || first == u's') && inside.count(first) == inside.size()) {
                time = true; // [h], [mm], [ss]: elapsed time
            }
            i = close < 0 ? formatCode.size() : close;
            continue;
        }
        if (formatCode.mid(i).startsWith(u"general", Qt::CaseInsensitive)) {
            i += 6;
            continue;
        }
        if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true;
        }
    }
    // An m next to hours or seconds (h:mm, mm:ss) is the minutes; otherwise it is the month.
    if (month && !time) {
        date = true;
    }
    return combine(date, time);
}

void XlsxStyles::load(QXmlStreamReader &xml)
{
    QHash<int, Kind> customFormats;
    m_kinds.clear();
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"numFmt") {
            bool ok = false;
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt(&ok);
            if (ok) {
                customFormats.insert(id, formatKind(xml.attributes().value(QLatin1String("formatCode"))));
            }
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            m_kinds.append(customFormats.value(id, builtinKind(id)));
            xml.skipCurrentElement();
        } else if (name == u"cellStyleXfs" || name == u"dxfs" || name == u"fonts" || name == u"fills" ||
                   name == u"borders" || name == u"colors" || name == u"extLst") {
            xml.skipCurrentElement();
        }
    }
}
