#include "PlainJsonObject.h"

#include <QChar>

#include <array>

// The digits QJsonDocument reads into a double without overflow or underflow, with room to spare.
static constexpr int MaxDigits = 15;

// The ASCII characters a string holds as they are: printable ones and DEL, but not '"' or '\\'.
static constexpr auto PlainStringChars = [] {
    std::array<bool, 128> plain{};
    for (char16_t c = 0x20; c < 0x80; ++c) {
        plain[c] = c != u'"' && c != u'\\';
    }
    return plain;
}();

// One pass over the text: checks the grammar and, when Write is set, writes every token it passes to out.
template<bool Write>
struct PlainJsonCursor
{
    const char16_t *pos;
    const char16_t *end;
    char *out;
    int depth = 0;

    bool atEnd() const { return pos == end; }
    bool at(char16_t c) const { return pos != end && *pos == c; }
    bool atDigit() const { return pos != end && *pos >= u'0' && *pos <= u'9'; }

    void skipSpace()
    {
        while (pos != end && *pos <= u' ' && (*pos == u' ' || *pos == u'\t' || *pos == u'\n' || *pos == u'\r')) {
            ++pos;
        }
    }

    // Copies the ASCII characters from pos up to end as they are and steps over them.
    void copyAsciiTo(const char16_t *runEnd)
    {
        if constexpr (Write) {
            for (const char16_t *p = pos; p != runEnd; ++p) {
                *out++ = static_cast<char>(*p);
            }
        }
        pos = runEnd;
    }

    void copyAscii() { copyAsciiTo(pos + 1); }

    bool expect(char16_t c)
    {
        skipSpace();
        if (!at(c)) {
            return false;
        }
        copyAscii();
        return true;
    }

    // Copies the non-ASCII character at pos (a surrogate pair is one) as UTF-8; false for a lone surrogate.
    bool copyNonAscii()
    {
        const char16_t c = *pos;
        char32_t ucs = c;
        if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || pos + 1 == end || !QChar::isLowSurrogate(pos[1])) {
                return false;
            }
            ucs = QChar::surrogateToUcs4(c, pos[1]);
            ++pos;
        }
        ++pos;
        if constexpr (Write) {
            if (ucs < 0x800) {
                *out++ = static_cast<char>(0xc0 | (ucs >> 6));
            } else if (ucs < 0x10000) {
                *out++ = static_cast<char>(0xe0 | (ucs >> 12));
                *out++ = static_cast<char>(0x80 | ((ucs >> 6) & 0x3f));
            } else {
                *out++ = static_cast<char>(0xf0 | (ucs >> 18));
                *out++ = static_cast<char>(0x80 | ((ucs >> 12) & 0x3f));
                *out++ = static_cast<char>(0x80 | ((ucs >> 6) & 0x3f));
            }
            *out++ = static_cast<char>(0x80 | (ucs & 0x3f));
        }
        return true;
    }

    // The value of a hex digit; -1 for any other character.
    static int hexValue(char16_t c)
    {
        if (c >= u'0' && c <= u'9') {
            return c - u'0';
        }
        if (c >= u'a' && c <= u'f') {
            return c - u'a' + 10;
        }
        if (c >= u'A' && c <= u'F') {
            return c - u'A' + 10;
        }
        return -1;
    }

    // The escape at pos (after its backslash): one of \" \\ \/ \b \f \n \r \t, or \uXXXX of a non-surrogate.
    bool copyEscape()
    {
        if (atEnd()) {
            return false;
        }
        switch (*pos) {
        case u'"':
        case u'\\':
        case u'/':
        case u'b':
        case u'f':
        case u'n':
        case u'r':
        case u't':
            copyAscii();
            return true;
        case u'u':
            break;
        default:
            return false;
        }
        if (end - pos < 5) {
            return false;
        }
        char16_t escaped = 0;
        for (int i = 1; i <= 4; ++i) {
            const int digit = hexValue(pos[i]);
            if (digit < 0) {
                return false;
            }
            escaped = static_cast<char16_t>(escaped << 4 | digit);
        }
        if (QChar::isSurrogate(escaped)) {
            return false;
        }
        copyAsciiTo(pos + 5);
        return true;
    }

    // A string, its opening quote at pos.
    bool string()
    {
        copyAscii();
        for (;;) {
            const char16_t *run = pos;
            while (run != end && *run < 0x80 && PlainStringChars[*run]) {
                ++run;
            }
            copyAsciiTo(run);
            if (atEnd() || *pos < 0x20) {
                return false;
            }
            const char16_t c = *pos;
            if (c == u'"') {
                copyAscii();
                return true;
            }
            if (c == u'\\') {
                copyAscii();
                if (!copyEscape()) {
                    return false;
                }
            } else if (c == u'\ufeff') {
                return false; // QJsonDocument drops a byte order mark that starts a string (found by fuzz_csv)
            } else if (!copyNonAscii()) {
                return false;
            }
        }
    }

    // One to MaxDigits digits.
    bool digits()
    {
        const char16_t *run = pos;
        while (run != end && *run >= u'0' && *run <= u'9') {
            ++run;
        }
        if (run == pos || run - pos > MaxDigits) {
            return false;
        }
        copyAsciiTo(run);
        return true;
    }

    // A number, its first character ('-' or a digit) at pos.
    bool number()
    {
        if (at(u'-')) {
            copyAscii();
        }
        if (at(u'0')) {
            copyAscii();
        } else if (!digits()) {
            return false;
        }
        if (at(u'.')) {
            copyAscii();
            if (!digits()) {
                return false;
            }
        }
        // An exponent, or a digit after a leading zero, is not plain.
        return !(at(u'e') || at(u'E') || atDigit());
    }

    bool word(QStringView literal)
    {
        if (end - pos < literal.size() || QStringView(pos, literal.size()) != literal) {
            return false;
        }
        copyAsciiTo(pos + literal.size());
        return true;
    }

    bool value()
    {
        skipSpace();
        if (atEnd()) {
            return false;
        }
        switch (*pos) {
        case u'{':
            return object();
        case u'[':
            return array();
        case u'"':
            return string();
        case u't':
            return word(u"true");
        case u'f':
            return word(u"false");
        case u'n':
            return word(u"null");
        default:
            return (at(u'-') || atDigit()) && number();
        }
    }

    // A comma-separated list of members or elements, its opening bracket at pos, up to the closing bracket.
    template<typename Item>
    bool list(char16_t close, Item item)
    {
        if (++depth > PlainJsonObject::MaxDepth) {
            return false;
        }
        copyAscii();
        skipSpace();
        if (!at(close)) {
            do {
                if (!item()) {
                    return false;
                }
            } while (expect(u','));
        }
        --depth;
        return expect(close);
    }

    bool object()
    {
        return list(u'}', [this] {
            skipSpace();
            return at(u'"') && string() && expect(u':') && value();
        });
    }

    bool array()
    {
        return list(u']', [this] { return value(); });
    }

    // The whole text: one object with nothing but white space around it.
    bool document()
    {
        skipSpace();
        if (!at(u'{') || !object()) {
            return false;
        }
        skipSpace();
        return atEnd();
    }
};

bool PlainJsonObject::recognizes(QStringView text)
{
    PlainJsonCursor<false> cursor{text.utf16(), text.utf16() + text.size(), nullptr};
    return cursor.document();
}

char *PlainJsonObject::writeCompactUtf8(char *out, QStringView text)
{
    PlainJsonCursor<true> cursor{text.utf16(), text.utf16() + text.size(), out};
    return cursor.document() ? cursor.out : nullptr;
}
