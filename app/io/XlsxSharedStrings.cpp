#include "XlsxSharedStrings.h"

#include <QXmlStreamReader>

static int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

// The character of an escape "_xHHHH_" starting at text[i]; -1 when there is none there.
static int escapeAt(const QString &text, qsizetype i)
{
    if (i + 7 > text.size() || text.at(i) != u'_' || text.at(i + 1) != u'x' || text.at(i + 6) != u'_') {
        return -1;
    }
    int value = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexValue(text.at(k));
        if (digit < 0) {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

QString XlsxSharedStrings::decodeEscapes(QString text)
{
    if (!text.contains(u"_x")) {
        return text;
    }
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = escapeAt(text, i);
        if (value < 0) {
            decoded.append(text.at(i));
            continue;
        }
        decoded.append(QChar(char16_t(value)));
        i += 6;
    }
    return decoded;
}

QString XlsxSharedStrings::readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"t") {
                text += xml.readElementText(QXmlStreamReader::SkipChildElements);
            } else if (xml.name() == u"rPh" || xml.name() == u"rPr" || xml.name() == u"phoneticPr") {
                xml.skipCurrentElement();
            } else {
                ++depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return decodeEscapes(std::move(text));
}

bool XlsxSharedStrings::load(QXmlStreamReader &xml)
{
    m_strings.clear();
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            if (m_strings.size() >= MaxStrings) {
                return false;
            }
            m_strings.append(readRichText(xml));
        }
    }
    return true;
}
