#include "CsvReader.h"

#include "CsvScanner.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <array>
#include <limits>

static constexpr int SniffRecords = 20;
static constexpr qsizetype SniffChars = 64 * 1024;
static constexpr qint64 ReadChunkBytes = 1024 * 1024;

// Counts and limits are shown with the user's thousands separators ("5,000"); row numbers are shown plain, as a
// spreadsheet's row headers show them.
static QString count(qint64 value)
{
    return QLocale().toString(value);
}

static QString rowNumber(qint64 row)
{
    return QString::number(row);
}

static QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

static QByteArray readAtMost(QIODevice &device, qint64 maxBytes)
{
    QByteArray bytes;
    while (bytes.size() < maxBytes) {
        const QByteArray chunk = device.read(qMin(ReadChunkBytes, maxBytes - bytes.size()));
        if (chunk.isEmpty()) {
            break;
        }
        bytes += chunk;
    }
    return bytes;
}

bool CsvReader::readFile(const QString &path, const RecordSink &sink)
{
    const std::optional<QByteArray> bytes = readFileBytes(path);
    return bytes && readData(*bytes, sink);
}

std::optional<QByteArray> CsvReader::readFileBytes(const QString &path)
{
    m_errorString.clear();
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot open “%1”: %2.").arg(name, file.errorString()));
        return std::nullopt;
    }

    if (!file.isSequential() && file.size() > m_limits.maxFileBytes) {
        fail(tr("“%1” is too large (%2); files up to %3 are supported.")
                 .arg(name, dataSize(file.size()), dataSize(m_limits.maxFileBytes)));
        return std::nullopt;
    }
    // Read, not map: a read error (a network share going away) is a message, not a crash. Devices such as pipes
    // have no size: read at most one byte past the limit from them.
    QByteArray bytes = file.isSequential() ? readAtMost(file, m_limits.maxFileBytes + 1) : file.readAll();
    if (file.error() != QFileDevice::NoError) {
        fail(tr("Cannot read “%1”: %2.").arg(name, file.errorString()));
        return std::nullopt;
    }
    if (bytes.size() > m_limits.maxFileBytes) {
        fail(tr("“%1” is too large (more than %2); files up to %2 are supported.")
                 .arg(name, dataSize(m_limits.maxFileBytes)));
        return std::nullopt;
    }
    return bytes;
}

bool CsvReader::readData(QByteArrayView bytes, const RecordSink &sink)
{
    m_delimiter = QChar();
    const std::optional<TextDecoder::Result> decoded = decode(bytes);
    return decoded && readText(decoded->text, decoded->encoding, sink);
}

std::optional<TextDecoder::Result> CsvReader::decode(QByteArrayView bytes)
{
    m_errorString.clear();
    m_encoding = TextDecoder::Encoding::Utf8;
    if (bytes.size() > m_limits.maxFileBytes) {
        fail(tr("The file is too large (%1); files up to %2 are supported.")
                 .arg(dataSize(bytes.size()), dataSize(m_limits.maxFileBytes)));
        return std::nullopt;
    }
    // UTF-16 without a byte order mark is full of NUL bytes: when the user says it is UTF-16, take their word.
    const bool utf16 =
        m_requestedEncoding == TextDecoder::Encoding::Utf16LE || m_requestedEncoding == TextDecoder::Encoding::Utf16BE;
    if (!utf16 && TextDecoder::looksBinary(bytes)) {
        fail(tr("The file does not contain text; it looks like binary data such as an image or an archive."));
        return std::nullopt;
    }
    return m_requestedEncoding ? TextDecoder::decode(bytes, *m_requestedEncoding) : TextDecoder::decode(bytes);
}

bool CsvReader::readText(QStringView text, TextDecoder::Encoding encoding, const RecordSink &sink)
{
    m_errorString.clear();
    m_encoding = encoding;
    return parse(text, sink);
}

bool CsvReader::parse(QStringView text, const RecordSink &sink)
{
    m_delimiter = m_requestedDelimiter.isNull() ? sniffDelimiter(text, m_quote) : m_requestedDelimiter;
    if (m_delimiter == m_quote || m_delimiter == u'\r' || m_delimiter == u'\n') {
        return fail(tr("“%1” cannot be used as the column separator.").arg(m_delimiter));
    }

    CsvScanner scanner(text, m_delimiter, m_quote);
    QStringList cells;
    int row = 0;
    qint64 dataRows = -1; // the header is not a data row
    for (;;) {
        const auto result = scanner.next(cells, m_limits.maxColumns, m_limits.maxFieldChars);
        if (result == CsvScanner::Result::End) {
            break;
        }
        ++row;
        switch (result) {
        case CsvScanner::Result::UnclosedQuote:
            return fail(tr("Row %1, column %2 opens a quoted value that is never closed (a closing %3 is missing).")
                            .arg(rowNumber(row), rowNumber(scanner.problemColumn()), QString(m_quote)));
        case CsvScanner::Result::FieldTooLong:
            return fail(tr("Row %1, column %2 holds more than %3 characters; at most %3 are supported.")
                            .arg(rowNumber(row), rowNumber(scanner.problemColumn()), count(m_limits.maxFieldChars)));
        case CsvScanner::Result::Record:
        case CsvScanner::Result::End:
            break;
        }
        if (scanner.isBlank()) {
            continue;
        }
        if (scanner.fieldCount() > m_limits.maxColumns) {
            return fail(tr("Row %1 has %2 columns; at most %3 are supported.")
                            .arg(rowNumber(row), count(scanner.fieldCount()), count(m_limits.maxColumns)));
        }
        if (++dataRows > m_limits.maxDataRows) {
            return fail(
                tr("The file has more than %1 data rows; at most %1 are supported.").arg(count(m_limits.maxDataRows)));
        }
        if (!sink(row, cells)) {
            return true;
        }
    }

    if (dataRows < 0) {
        return fail(tr("The file is empty: it has no header row and no data."));
    }
    return true;
}

QChar CsvReader::sniffDelimiter(QStringView text, QChar quote)
{
    static constexpr std::array<char16_t, 4> Candidates = {u',', u'\t', u';', u'|'}; // ties go to the earlier one
    const bool truncated = text.size() > SniffChars;
    const QStringView sample = text.first(qMin(text.size(), SniffChars));

    QChar best = QLatin1Char(',');
    int bestConsistent = 0;
    qsizetype bestColumns = 1;
    for (const char16_t candidate : Candidates) {
        if (quote == QChar(candidate)) {
            continue;
        }
        CsvScanner scanner(sample, QChar(candidate), quote);
        QStringList unused;
        qsizetype headerColumns = 0;
        int consistent = 0; // records splitting into as many fields as the header
        int records = 0;
        while (records < SniffRecords) {
            const auto result = scanner.next(unused, 0, std::numeric_limits<qsizetype>::max());
            if (result != CsvScanner::Result::Record) {
                break;
            }
            if (scanner.isBlank() || (truncated && records > 0 && !scanner.endedWithLineBreak())) {
                continue;
            }
            if (records++ == 0) {
                headerColumns = scanner.fieldCount();
            }
            consistent += scanner.fieldCount() == headerColumns ? 1 : 0;
        }
        if (headerColumns < 2) {
            continue;
        }
        if (consistent > bestConsistent || (consistent == bestConsistent && headerColumns > bestColumns)) {
            best = QChar(candidate);
            bestConsistent = consistent;
            bestColumns = headerColumns;
        }
    }
    return best;
}

bool CsvReader::fail(const QString &message)
{
    m_errorString = message;
    return false;
}
