#pragma once

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

// Reads CSV/TSV files as Excel, Google Sheets and LibreOffice export them (RFC 4180, any common encoding and line
// end) and hands each non-blank record to a sink, with the row number a spreadsheet would show for it.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Limits
    {
        int maxColumns = 1000;
        int maxDataRows = 1'000'000;
        int maxFieldChars = 1 << 20;
        qint64 maxFileBytes = 1LL << 30;
    };

    // Called for every non-blank record, in order; `row` is the 1-based row number a spreadsheet would show for it
    // (blank records count, a record with a quoted line break is one row). The first call is the header. The sink may
    // move the cells away. Return false to stop reading; that is not an error (read* still returns true).
    using RecordSink = std::function<bool(int row, QStringList &cells)>;

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }
    // The field separator to use; QChar() (the default) sniffs it from the text.
    void setDelimiter(QChar delimiter) { m_requestedDelimiter = delimiter; }
    // The character that quotes fields ('"' by default); QChar() for none.
    void setQuote(QChar quote) { m_quote = quote; }
    QChar quote() const { return m_quote; }
    // The encoding to decode with; nullopt (the default) detects it (TextDecoder::decode).
    void setEncoding(std::optional<TextDecoder::Encoding> encoding) { m_requestedEncoding = encoding; }

    bool readFile(const QString &path, const RecordSink &sink);
    bool readData(QByteArrayView bytes, const RecordSink &sink);
    // Reads text already decoded (by decode()) with the given encoding.
    bool readText(QStringView text, TextDecoder::Encoding encoding, const RecordSink &sink);

    // The steps of readFile and readData, for callers that read the same input several times (the import dialog):
    // the file's bytes within the size limit, and the bytes decoded as text (refused when they look binary).
    // nullopt with errorString() on failure.
    std::optional<QByteArray> readFileBytes(const QString &path);
    std::optional<TextDecoder::Result> decode(QByteArrayView bytes);

    // One translated line saying what is wrong, when a read* returned false; empty otherwise.
    QString errorString() const { return m_errorString; }
    // The separator and the encoding the last read* used.
    QChar delimiter() const { return m_delimiter; }
    TextDecoder::Encoding encoding() const { return m_encoding; }

    // Picks among ',' ';' TAB and '|' by how consistently each splits the first records (quotes respected);
    // ',' when none fits.
    static QChar sniffDelimiter(QStringView text, QChar quote = QLatin1Char('"'));

private:
    bool fail(const QString &message);
    bool parse(QStringView text, const RecordSink &sink);

    Limits m_limits;
    QChar m_requestedDelimiter;
    QChar m_quote = QLatin1Char('"');
    std::optional<TextDecoder::Encoding> m_requestedEncoding;
    QChar m_delimiter;
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Utf8;
    QString m_errorString;
};
