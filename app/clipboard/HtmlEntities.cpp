#include "HtmlEntities.h"

#include <array>

namespace {

// The Latin-1 names, in code point order from U+00A0: HTML takes each without the semicolon too.
constexpr std::array<const char16_t *, 96> Latin1Names{
    u"nbsp",   u"iexcl",  u"cent",   u"pound",  u"curren", u"yen",    u"brvbar", u"sect",   u"uml",    u"copy",
    u"ordf",   u"laquo",  u"not",    u"shy",    u"reg",    u"macr",   u"deg",    u"plusmn", u"sup2",   u"sup3",
    u"acute",  u"micro",  u"para",   u"middot", u"cedil",  u"sup1",   u"ordm",   u"raquo",  u"frac14", u"frac12",
    u"frac34", u"iquest", u"Agrave", u"Aacute", u"Acirc",  u"Atilde", u"Auml",   u"Aring",  u"AElig",  u"Ccedil",
    u"Egrave", u"Eacute", u"Ecirc",  u"Euml",   u"Igrave", u"Iacute", u"Icirc",  u"Iuml",   u"ETH",    u"Ntilde",
    u"Ograve", u"Oacute", u"Ocirc",  u"Otilde", u"Ouml",   u"times",  u"Oslash", u"Ugrave", u"Uacute", u"Ucirc",
    u"Uuml",   u"Yacute", u"THORN",  u"szlig",  u"agrave", u"aacute", u"acirc",  u"atilde", u"auml",   u"aring",
    u"aelig",  u"ccedil", u"egrave", u"eacute", u"ecirc",  u"euml",   u"igrave", u"iacute", u"icirc",  u"iuml",
    u"eth",    u"ntilde", u"ograve", u"oacute", u"ocirc",  u"otilde", u"ouml",   u"divide", u"oslash", u"ugrave",
    u"uacute", u"ucirc",  u"uuml",   u"yacute", u"thorn",  u"yuml",
};

struct Named
{
    const char16_t *name;
    char16_t character;
    bool legacy; // browsers take it without the semicolon too
};

// The other names spreadsheets and mail clients write; anything rarer comes as a numeric reference or a character.
constexpr std::array<Named, 27> OtherNames{{
    {u"amp", u'&', true},          {u"lt", u'<', true},           {u"gt", u'>', true},
    {u"quot", u'"', true},         {u"apos", u'\'', false},       {u"trade", u'\u2122', false},
    {u"euro", u'\u20ac', false},   {u"bull", u'\u2022', false},   {u"hellip", u'\u2026', false},
    {u"ndash", u'\u2013', false},  {u"mdash", u'\u2014', false},  {u"lsquo", u'\u2018', false},
    {u"rsquo", u'\u2019', false},  {u"ldquo", u'\u201c', false},  {u"rdquo", u'\u201d', false},
    {u"sbquo", u'\u201a', false},  {u"bdquo", u'\u201e', false},  {u"lsaquo", u'\u2039', false},
    {u"rsaquo", u'\u203a', false}, {u"ensp", u'\u2002', false},   {u"emsp", u'\u2003', false},
    {u"thinsp", u'\u2009', false}, {u"OElig", u'\u0152', false},  {u"oelig", u'\u0153', false},
    {u"Scaron", u'\u0160', false}, {u"scaron", u'\u0161', false}, {u"permil", u'\u2030', false},
}};

// What HTML makes of the C1 code points in a numeric reference: the Windows-1252 character (0 = unchanged).
constexpr std::array<char16_t, 32> Windows1252{
    u'\u20ac', 0,         u'\u201a', u'\u0192', u'\u201e', u'\u2026', u'\u2020', u'\u2021',
    u'\u02c6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', 0,         u'\u017d', 0,
    0,         u'\u2018', u'\u2019', u'\u201c', u'\u201d', u'\u2022', u'\u2013', u'\u2014',
    u'\u02dc', u'\u2122', u'\u0161', u'\u203a', u'\u0153', 0,         u'\u017e', u'\u0178',
};

constexpr char32_t Replacement = 0xfffd;
constexpr char32_t LastCodePoint = 0x10ffff;

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

int digitValue(QChar c, bool hex)
{
    if (c >= u'0' && c <= u'9') {
        return c.unicode() - u'0';
    }
    if (hex && c >= u'a' && c <= u'f') {
        return c.unicode() - u'a' + 10;
    }
    if (hex && c >= u'A' && c <= u'F') {
        return c.unicode() - u'A' + 10;
    }
    return -1;
}

void appendCodePoint(char32_t code, QString &out)
{
    if (code == 0 || code > LastCodePoint || (code >= 0xd800 && code <= 0xdfff)) {
        code = Replacement;
    } else if (code >= 0x80 && code <= 0x9f && Windows1252[code - 0x80] != 0) {
        code = Windows1252[code - 0x80];
    }
    if (QChar::requiresSurrogates(code)) {
        out += QChar(QChar::highSurrogate(code));
        out += QChar(QChar::lowSurrogate(code));
    } else {
        out += QChar(char16_t(code));
    }
}

qsizetype decodeNumeric(QStringView text, qsizetype at, QString &out)
{
    qsizetype pos = at + 2; // past "&#"
    const bool hex = pos < text.size() && (text[pos] == u'x' || text[pos] == u'X');
    if (hex) {
        ++pos;
    }
    const qsizetype digitsStart = pos;
    char32_t code = 0;
    for (; pos < text.size(); ++pos) {
        const int digit = digitValue(text[pos], hex);
        if (digit < 0) {
            break;
        }
        // Saturates past the last code point, so a long run of digits cannot overflow.
        code = code > LastCodePoint ? code : code * (hex ? 16 : 10) + char32_t(digit);
    }
    if (pos == digitsStart) {
        return 0;
    }
    if (pos < text.size() && text[pos] == u';') {
        ++pos;
    }
    appendCodePoint(code, out);
    return pos - at;
}

} // namespace

qsizetype HtmlEntities::decodeAt(QStringView text, qsizetype at, QString &out)
{
    if (at + 1 >= text.size()) {
        return 0;
    }
    if (text[at + 1] == u'#') {
        return decodeNumeric(text, at, out);
    }
    // The longest name is short; a run of letters longer than that is no reference.
    constexpr qsizetype LongestName = 8;
    qsizetype end = at + 1;
    while (end < text.size() && end - at - 1 <= LongestName && isAsciiAlnum(text[end])) {
        ++end;
    }
    const QStringView name = text.sliced(at + 1, end - at - 1);
    const bool terminated = end < text.size() && text[end] == u';';
    const qsizetype used = end - at + (terminated ? 1 : 0);
    for (const Named &named : OtherNames) {
        if (name == QStringView(named.name) && (terminated || named.legacy)) {
            out += QChar(named.character);
            return used;
        }
    }
    for (size_t i = 0; i < Latin1Names.size(); ++i) {
        if (name == QStringView(Latin1Names[i])) {
            out += QChar(char16_t(0xa0 + i));
            return used;
        }
    }
    return 0;
}

QString HtmlEntities::decode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (text[pos] == u'&') {
            if (const qsizetype used = decodeAt(text, pos, out)) {
                pos += used;
                continue;
            }
        }
        out += text[pos++];
    }
    return out;
}
