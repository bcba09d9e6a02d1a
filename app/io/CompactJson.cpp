#include "CompactJson.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

static char16_t hexDigit(uint value)
{
    return value < 10 ? char16_t(u'0' + value) : char16_t(u'a' + value - 10);
}

static void appendUnicodeEscape(QString &json, char16_t c)
{
    const char16_t escape[] = {
        u'\\', u'u', hexDigit((c >> 12) & 0xf), hexDigit((c >> 8) & 0xf), hexDigit((c >> 4) & 0xf), hexDigit(c & 0xf)};
    json.append(reinterpret_cast<const QChar *>(escape), 6);
}

void CompactJson::appendString(QString &json, QStringView text)
{
    // No reserve(): reserving exactly what each string needs would defeat append()'s geometric growth.
    json.append(u'"');
    qsizetype plainStart = 0; // characters from here on need no escaping and are appended in one go
    const auto flushPlain = [&](qsizetype end) {
        json.append(text.mid(plainStart, end - plainStart));
        plainStart = end + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c)) {
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i; // a valid pair is written as it is
            continue;
        }
        flushPlain(i);
        switch (c) {
        case u'"':
            json.append(u"\\\"");
            break;
        case u'\\':
            json.append(u"\\\\");
            break;
        case u'\b':
            json.append(u"\\b");
            break;
        case u'\f':
            json.append(u"\\f");
            break;
        case u'\n':
            json.append(u"\\n");
            break;
        case u'\r':
            json.append(u"\\r");
            break;
        case u'\t':
            json.append(u"\\t");
            break;
        default: // other control characters and lone surrogates
            appendUnicodeEscape(json, c);
            break;
        }
    }
    flushPlain(text.size());
    json.append(u'"');
}

void CompactJson::appendInteger(QString &json, qint64 value)
{
    char16_t digits[21]; // 2^64 has 20 decimal digits, and a sign
    qsizetype count = 0;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        digits[count++] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) {
        digits[count++] = u'-';
    }
    std::reverse(digits, digits + count);
    json.append(reinterpret_cast<const QChar *>(digits), count);
}

void CompactJson::appendDouble(QString &json, double value)
{
    if (!std::isfinite(value)) {
        json.append(u"null");
        return;
    }
    // QJsonDocument writes an integral value up to 2^53 in full ('f': 100000, not 1e+05), every other one in the
    // shortest 'g' form (1e+16, 0.5).
    const bool integral = value == std::trunc(value) && std::fabs(value) <= 9007199254740992.0;
    json.append(QString::number(value, integral ? 'f' : 'g', QLocale::FloatingPointShortest));
}

void CompactJson::appendBool(QString &json, bool value)
{
    json.append(value ? QStringView(u"true") : QStringView(u"false"));
}
