#include "TextDecoder.h"

#include <QStringDecoder>

#include <array>

static constexpr qsizetype BinarySampleBytes = 64 * 1024;

// Bytes 0x80-0x9F of Windows-1252; the five the code page leaves undefined keep their C1 code points.
static constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The character one Windows-1252 byte stands for: 0x80-0x9F from the code page, the rest as in Latin-1.
static char16_t windows1252ToUnicode(unsigned char byte)
{
    if (byte >= 0x80 && byte <= 0x9F) {
        return Windows1252High[byte - 0x80];
    }
    return byte;
}

// Where ISO-8859-15 (Latin-9) differs from Latin-1: the euro sign and seven letters replace symbols.
static char16_t latin9ToUnicode(unsigned char byte)
{
    switch (byte) {
    case 0xA4:
        return 0x20AC;
    case 0xA6:
        return 0x0160;
    case 0xA8:
        return 0x0161;
    case 0xB4:
        return 0x017D;
    case 0xB8:
        return 0x017E;
    case 0xBC:
        return 0x0152;
    case 0xBD:
        return 0x0153;
    case 0xBE:
        return 0x0178;
    default:
        return byte;
    }
}

// A single-byte code page: one character per byte.
template<typename Map>
static QString decodeBytes(QByteArrayView bytes, Map map)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char byte : bytes) {
        *out++ = map(static_cast<unsigned char>(byte));
    }
    return text;
}

static bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size())) {
        return false;
    }
    qsizetype i = 0;
    for (const unsigned char byte : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != byte) {
            return false;
        }
    }
    return true;
}

static bool hasUtf16LeBom(QByteArrayView bytes)
{
    return startsWith(bytes, {0xFF, 0xFE});
}

static bool hasUtf16BeBom(QByteArrayView bytes)
{
    return startsWith(bytes, {0xFE, 0xFF});
}

static QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

// Control characters that do not occur in text files; TAB, LF, VT, FF, CR and the DOS end-of-file mark (^Z) do.
static bool isBinaryControl(char32_t c)
{
    if (c >= 0x20) {
        return c == 0x7F;
    }
    return c != u'\t' && c != u'\n' && c != 0x0B && c != 0x0C && c != u'\r' && c != 0x1A;
}

// More than one character in ten is a control character: no spreadsheet export looks like that.
static bool tooManyControls(qsizetype controls, qsizetype total)
{
    return total > 0 && controls * 10 > total;
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        return {decodeWith(QStringConverter::Utf8, bytes.sliced(3)), Encoding::Utf8WithBom};
    }
    if (hasUtf16LeBom(bytes)) {
        return {decodeWith(QStringConverter::Utf16LE, bytes.sliced(2)), Encoding::Utf16LE};
    }
    if (hasUtf16BeBom(bytes)) {
        return {decodeWith(QStringConverter::Utf16BE, bytes.sliced(2)), Encoding::Utf16BE};
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return {std::move(text), Encoding::Utf8};
    }

    return {decodeBytes(bytes, windows1252ToUnicode), Encoding::Windows1252};
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom: {
        const bool bom = startsWith(bytes, {0xEF, 0xBB, 0xBF});
        return {decodeWith(QStringConverter::Utf8, bom ? bytes.sliced(3) : bytes), encoding};
    }
    case Encoding::Utf16LE:
        return {decodeWith(QStringConverter::Utf16LE, hasUtf16LeBom(bytes) ? bytes.sliced(2) : bytes), encoding};
    case Encoding::Utf16BE:
        return {decodeWith(QStringConverter::Utf16BE, hasUtf16BeBom(bytes) ? bytes.sliced(2) : bytes), encoding};
    case Encoding::Windows1252:
        return {decodeBytes(bytes, windows1252ToUnicode), encoding};
    case Encoding::Latin1:
        return {decodeBytes(bytes, [](unsigned char byte) { return char16_t(byte); }), encoding};
    case Encoding::Latin9:
        return {decodeBytes(bytes, latin9ToUnicode), encoding};
    }
    return decode(bytes);
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    case Encoding::Latin9:
        return QStringLiteral("ISO-8859-15");
    }
    return {};
}

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    if (hasUtf16LeBom(bytes) || hasUtf16BeBom(bytes)) {
        // NUL bytes are normal here; judge the UTF-16 code units instead (a NUL code unit counts as a control).
        const auto encoding = hasUtf16LeBom(bytes) ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        const QString sample = decodeWith(encoding, bytes.sliced(2, qMin(bytes.size() - 2, BinarySampleBytes)));
        qsizetype controls = 0;
        for (const QChar c : sample) {
            controls += isBinaryControl(c.unicode()) ? 1 : 0;
        }
        return tooManyControls(controls, sample.size());
    }

    const QByteArrayView sample = bytes.first(qMin(bytes.size(), BinarySampleBytes));
    qsizetype controls = 0;
    for (const char byte : sample) {
        if (byte == '\0') {
            return true;
        }
        controls += isBinaryControl(static_cast<unsigned char>(byte)) ? 1 : 0;
    }
    return tooManyControls(controls, sample.size());
}
