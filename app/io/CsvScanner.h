#pragma once

#include <QStringList>
#include <QStringView>

// Splits delimited text into records one at a time (RFC 4180, plus Excel's leniency with stray quotes). Each stored
// field costs one allocation; line breaks inside quoted values come out as "\n". The quote character is '"' unless
// another one (or none) is chosen. Used by CsvReader for reading and for sniffing the delimiter.
class CsvScanner
{
public:
    enum class Result { Record, End, UnclosedQuote, FieldTooLong };

    // quote: the character that quotes fields; QChar() for none (every character is then plain text).
    CsvScanner(QStringView text, QChar delimiter, QChar quote = QLatin1Char('"'));

    // Reads the next record into `cells` (cleared first). Only its first `maxCells` fields are stored, the others are
    // just counted. Returns End when the text is used up, or a problem with the field at problemColumn().
    Result next(QStringList &cells, qsizetype maxCells, qsizetype maxFieldChars);

    // About the record last read by next():
    qsizetype fieldCount() const { return m_fieldCount; } // all its fields, stored or not
    bool isBlank() const { return m_blank; }              // every field empty or white space
    bool endedWithLineBreak() const { return m_endedWithLineBreak; }
    qsizetype problemColumn() const { return m_fieldCount + 1; } // 1-based column of the field next() stopped at

private:
    Result readField(QString *out, qsizetype maxFieldChars);
    const char16_t *skipUnquoted(const char16_t *p) const;
    void noteBlank(const char16_t *begin, const char16_t *end);

    const char16_t *m_pos;
    const char16_t *m_end;
    char16_t m_delimiter;
    char16_t m_quote;
    bool m_quoting;
    char16_t m_highestStop; // no character above it ends an unquoted field: most are passed with one comparison
    qsizetype m_fieldCount = 0;
    bool m_blank = true;
    bool m_endedWithLineBreak = false;
};
