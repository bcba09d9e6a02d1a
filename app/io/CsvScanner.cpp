#include "CsvScanner.h"

#include <algorithm>

CsvScanner::CsvScanner(QStringView text, QChar delimiter, QChar quote)
    : m_pos(text.utf16())
    , m_end(text.utf16() + text.size())
    , m_delimiter(delimiter.unicode())
    , m_quote(quote.unicode())
    , m_quoting(!quote.isNull())
    , m_highestStop(std::max(m_delimiter, u'\r'))
{}

CsvScanner::Result CsvScanner::next(QStringList &cells, qsizetype maxCells, qsizetype maxFieldChars)
{
    cells.clear();
    if (cells.capacity() < qMin(m_fieldCount, maxCells)) {
        cells.reserve(qMin(m_fieldCount, maxCells)); // the sink took the last list away: expect as many fields again
    }
    m_fieldCount = 0;
    m_blank = true;
    m_endedWithLineBreak = false;
    if (m_pos >= m_end) {
        return Result::End;
    }

    for (;;) {
        QString field;
        const Result result = readField(m_fieldCount < maxCells ? &field : nullptr, maxFieldChars);
        if (result != Result::Record) {
            return result;
        }
        if (m_fieldCount < maxCells) {
            cells.append(std::move(field));
        }
        ++m_fieldCount;

        // readField() stops at a delimiter, a line break or the end of the text.
        if (m_pos == m_end) {
            return Result::Record;
        }
        const char16_t c = *m_pos++;
        if (c == m_delimiter) {
            continue;
        }
        if (c == u'\r' && m_pos < m_end && *m_pos == u'\n') {
            ++m_pos;
        }
        m_endedWithLineBreak = true;
        return Result::Record;
    }
}

const char16_t *CsvScanner::skipUnquoted(const char16_t *p) const
{
    while (p < m_end) {
        const char16_t c = *p;
        if (c <= m_highestStop && (c == m_delimiter || c == u'\n' || c == u'\r')) {
            break;
        }
        ++p;
    }
    return p;
}

void CsvScanner::noteBlank(const char16_t *begin, const char16_t *end)
{
    for (const char16_t *p = begin; m_blank && p < end; ++p) {
        m_blank = QChar::isSpace(*p);
    }
}

// Reads one field starting at m_pos and leaves m_pos on the delimiter, line break or end that follows it.
// A field is quoted only when its very first character is a quote; a quote anywhere else is an ordinary character,
// and text after a closing quote is kept as it is (both as Excel does).
CsvScanner::Result CsvScanner::readField(QString *out, qsizetype maxFieldChars)
{
    if (m_pos == m_end || *m_pos != m_quote || !m_quoting) {
        const char16_t *begin = m_pos;
        m_pos = skipUnquoted(m_pos);
        if (m_pos - begin > maxFieldChars) {
            return Result::FieldTooLong;
        }
        noteBlank(begin, m_pos);
        if (out && m_pos != begin) {
            *out = QString(reinterpret_cast<const QChar *>(begin), m_pos - begin);
        }
        return Result::Record;
    }

    const char16_t *begin = m_pos + 1;
    const char16_t *p = begin;
    qsizetype dropped = 0; // characters the unescaping removes: the second of each "" and the CR of each CRLF
    bool rewrite = false;  // the value differs from its raw text
    for (;;) {
        if (p == m_end) {
            return Result::UnclosedQuote;
        }
        const char16_t c = *p;
        if (c == m_quote) {
            if (p + 1 < m_end && p[1] == m_quote) {
                ++dropped;
                rewrite = true;
                p += 2;
                continue;
            }
            break;
        }
        if (c == u'\r') {
            rewrite = true;
            if (p + 1 < m_end && p[1] == u'\n') {
                ++dropped;
                ++p;
            }
        }
        ++p;
    }
    const char16_t *quotedEnd = p;
    const char16_t *tail = p + 1;
    m_pos = skipUnquoted(tail);

    const qsizetype quotedLength = quotedEnd - begin - dropped;
    const qsizetype tailLength = m_pos - tail;
    if (quotedLength + tailLength > maxFieldChars) {
        return Result::FieldTooLong;
    }
    noteBlank(begin, quotedEnd);
    noteBlank(tail, m_pos);
    if (!out) {
        return Result::Record;
    }
    if (!rewrite && tailLength == 0) {
        *out = QString(reinterpret_cast<const QChar *>(begin), quotedLength);
        return Result::Record;
    }

    QString value(quotedLength + tailLength, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(value.data());
    for (const char16_t *q = begin; q < quotedEnd; ++q) {
        const char16_t c = *q;
        if (c == m_quote) {
            ++q; // the second quote of a doubled pair
            *dst++ = m_quote;
        } else if (c == u'\r') {
            if (q + 1 < quotedEnd && q[1] == u'\n') {
                ++q;
            }
            *dst++ = u'\n';
        } else {
            *dst++ = c;
        }
    }
    std::copy(tail, m_pos, dst);
    *out = std::move(value);
    return Result::Record;
}
