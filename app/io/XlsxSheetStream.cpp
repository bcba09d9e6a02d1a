#include "XlsxSheetStream.h"

#include "ZipEntryDevice.h"

#include <QThread>
#include <QXmlStreamReader>

#include <cstring>
#include <deque>
#include <future>

namespace {

constexpr qint64 BlockBytes = qint64(1) << 20;

// What a worker made of one run of rows.
struct ParsedRun
{
    QList<XlsxSheetParser::Row> rows;
    QString error;
    qint64 errorLine = 0; // within the run's document
};

struct PendingRun
{
    std::future<ParsedRun> result;
    qint64 firstLine = 1; // the part's line on which the run's document starts
};

ParsedRun parseRun(const XlsxSheetParser &parser, const QByteArray &document)
{
    ParsedRun run;
    QXmlStreamReader xml(document);
    parser.parseRows(xml, [&run](XlsxSheetParser::Row &row) {
        run.rows.append(std::move(row));
        return true;
    });
    if (xml.hasError()) {
        run.error = xml.errorString();
        run.errorLine = xml.lineNumber();
    }
    return run;
}

QByteArray xmlEscaped(QStringView text)
{
    return text.toString().toHtmlEscaped().replace(u'"', QStringLiteral("&quot;")).toUtf8();
}

// The byte offset of character `characters` of UTF-8 bytes (after a byte order mark).
qsizetype byteOffset(const QByteArray &bytes, qint64 characters)
{
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype end = qMin<qsizetype>(bytes.size(), bom + qsizetype(characters));
    bool ascii = true;
    for (qsizetype i = bom; i < end && ascii; ++i) {
        ascii = uchar(bytes.at(i)) < 0x80;
    }
    if (ascii) {
        return end;
    }
    const QString decoded = QString::fromUtf8(bytes.constData() + bom, bytes.size() - bom);
    return bom + decoded.left(qsizetype(characters)).toUtf8().size();
}

// Whether bytes hold "<!" or "<?" at `from` or later. Found through memchr on the rare '!' and '?', which is many
// times faster than a byte-by-byte search for the pairs in megabytes of rows.
bool hasDeclarationOrInstruction(const QByteArray &bytes, qsizetype from)
{
    const char *const begin = bytes.constData();
    const char *const end = begin + bytes.size();
    for (const char mark : {'!', '?'}) {
        for (const char *p = begin + from + 1; p < end; ++p) {
            p = static_cast<const char *>(std::memchr(p, mark, size_t(end - p)));
            if (!p) {
                break;
            }
            if (p[-1] == '<') {
                return true;
            }
        }
    }
    return false;
}

// The line breaks in bytes[0, size): few or none in a sheet, so memchr finds them quickly.
qint64 lineBreaks(const char *bytes, qsizetype size)
{
    qint64 count = 0;
    const char *const end = bytes + size;
    for (const char *p = bytes; p < end; ++p, ++count) {
        p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!p) {
            break;
        }
    }
    return count;
}

} // namespace

XlsxSheetStream::XlsxSheetStream(const XlsxSheetParser &parser, qsizetype chunkBytes)
    : m_parser(parser)
    , m_chunkBytes(qMax<qsizetype>(1, chunkBytes))
{}

XlsxSheetStream::Outcome XlsxSheetStream::readHead(ZipEntryDevice &device, QByteArray &bytes, Head &head)
{
    QXmlStreamReader xml;
    QXmlStreamNamespaceDeclarations namespaces;
    bool moreData = true;
    while (head.rowsOffset < 0 && !head.ended) {
        const QByteArray block = device.read(BlockBytes);
        if (device.budgetExceeded() || device.damaged()) {
            return Outcome::EntryError;
        }
        moreData = !block.isEmpty();
        bytes += block;
        xml.addData(block);
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndDocument) {
                head.ended = true;
                break;
            }
            if (token == QXmlStreamReader::DTD) {
                head.dtd = true; // its entities belong to the whole document
            }
            if (token != QXmlStreamReader::StartElement) {
                continue;
            }
            namespaces += xml.namespaceDeclarations();
            if (xml.name() != u"sheetData") {
                continue;
            }
            const QStringView name = xml.qualifiedName();
            const QStringView prefix = xml.prefix();
            head.wrapperStart = '<' + name.toUtf8();
            for (const QXmlStreamNamespaceDeclaration &declaration : std::as_const(namespaces)) {
                head.wrapperStart +=
                    " xmlns" + (declaration.prefix().isEmpty() ? QByteArray() : ':' + declaration.prefix().toUtf8()) +
                    "=\"" + xmlEscaped(declaration.namespaceUri()) + '"';
            }
            head.wrapperStart += '>';
            head.wrapperEnd = "</" + name.toUtf8() + '>';
            head.rowEnd = "</" + (prefix.isEmpty() ? QByteArray() : prefix.toUtf8() + ':') + "row>";
            const QStringView encoding = xml.documentEncoding();
            head.utf8 = encoding.isEmpty() || encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0;
            const qsizetype offset = byteOffset(bytes, xml.characterOffset());
            // The start tag of sheetData must end right there; if not, the cut is not trusted.
            head.rowsOffset = offset > 0 && offset <= bytes.size() && bytes.at(offset - 1) == '>' ? offset : 0;
            if (head.rowsOffset >= 2 && bytes.at(head.rowsOffset - 2) == '/') {
                head.ended = true; // <sheetData/>
            }
            break;
        }
        if (xml.hasError() && (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || !moreData)) {
            m_xmlError = xml.errorString();
            m_errorLine = xml.lineNumber();
            return Outcome::XmlError;
        }
    }
    return Outcome::Finished;
}

XlsxSheetStream::Outcome XlsxSheetStream::read(ZipEntryDevice &device, const XlsxSheetParser::RowHandler &handler,
                                               const std::function<bool()> &canDeliver)
{
    m_xmlError.clear();
    m_errorLine = 0;
    QByteArray bytes;
    Head head;
    const Outcome headOutcome = readHead(device, bytes, head);
    if (headOutcome != Outcome::Finished || (head.ended && head.rowsOffset < 0)) {
        return headOutcome;
    }
    if (head.ended) {
        return device.finish() ? Outcome::Finished : Outcome::EntryError;
    }

    // Runs are parsed as documents of their own: <sheetData ...> + whole rows + </sheetData>. When the head could not
    // be placed exactly, or the XML is not UTF-8, the whole part is one run, parsed from its start.
    const bool wholePart = head.rowsOffset == 0 || !head.utf8 || head.dtd;
    QByteArray prefix = head.wrapperStart;
    qint64 line = 1;
    if (wholePart) {
        prefix.clear();
    } else {
        line += bytes.left(head.rowsOffset).count('\n');
        bytes.remove(0, head.rowsOffset);
    }
    bool cutting = !wholePart;
    qsizetype checkedUpTo = 0; // bytes searched for comments, CDATA and processing instructions

    std::deque<PendingRun> pending;
    const size_t maxPending = size_t(qMax(2, QThread::idealThreadCount()));
    Outcome outcome = Outcome::Finished;
    const auto dispatch = [&](QByteArray document, qint64 lines) {
        pending.push_back({std::async(std::launch::async, parseRun, std::cref(m_parser), std::move(document)), line});
        line += lines;
    };
    // Hands on the rows of the oldest run; false when reading must end.
    const auto deliverOldest = [&]() {
        ParsedRun run = pending.front().result.get();
        const qint64 firstLine = pending.front().firstLine;
        pending.pop_front();
        for (XlsxSheetParser::Row &row : run.rows) {
            if (!handler(row)) {
                outcome = Outcome::Stopped;
                return false;
            }
        }
        if (!run.error.isEmpty()) {
            m_xmlError = run.error;
            m_errorLine = firstLine + run.errorLine - 1;
            outcome = Outcome::XmlError;
            return false;
        }
        return true;
    };
    const auto finishWith = [&](Outcome result) {
        pending.clear(); // waits for the workers
        return result;
    };

    for (;;) {
        if (cutting) {
            const qsizetype from = qMax<qsizetype>(0, checkedUpTo - 1); // "<" may end the previous block
            cutting = !hasDeclarationOrInstruction(bytes, from);
            checkedUpTo = bytes.size();
        }
        // Cut a run after the first row that brings it to m_chunkBytes, as long as there is one.
        while (cutting && bytes.size() >= m_chunkBytes) {
            const qsizetype end = bytes.indexOf(head.rowEnd, qMax<qsizetype>(0, m_chunkBytes - head.rowEnd.size()));
            if (end < 0) {
                break;
            }
            const qsizetype cut = end + head.rowEnd.size();
            QByteArray document;
            document.reserve(prefix.size() + cut + head.wrapperEnd.size());
            document.append(prefix).append(bytes.constData(), cut).append(head.wrapperEnd);
            const qint64 lines = lineBreaks(bytes.constData(), cut);
            bytes.remove(0, cut);
            checkedUpTo -= cut;
            dispatch(std::move(document), lines);
            // While the handler waits for something else (the shared strings), more runs are parsed ahead.
            while (pending.size() >= maxPending && (pending.size() >= MaxRunsAhead || !canDeliver || canDeliver())) {
                if (!deliverOldest()) {
                    return finishWith(outcome);
                }
            }
        }
        const QByteArray block = device.read(qMin(BlockBytes, qint64(m_chunkBytes)));
        if (device.budgetExceeded() || device.damaged()) {
            return finishWith(Outcome::EntryError);
        }
        if (block.isEmpty()) {
            break;
        }
        bytes += block;
    }
    // The rest holds the last rows, the end of sheetData and whatever layout follows.
    dispatch(prefix + bytes, 0);
    bytes.clear();
    while (!pending.empty()) {
        if (!deliverOldest()) {
            return finishWith(outcome);
        }
    }
    return device.finish() ? Outcome::Finished : Outcome::EntryError;
}
