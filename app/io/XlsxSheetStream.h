#pragma once

#include "XlsxSheetParser.h"

#include <QByteArray>
#include <QString>

#include <functional>

class ZipEntryDevice;

// Reads the rows of one worksheet part in document order while parsing them on several threads: the inflated XML is
// cut into runs of whole rows (right after a </row> end tag), each run is parsed by a QXmlStreamReader of its own on
// a worker thread, and the rows are handed on in order, so at most a few runs are in memory at once. Where a cut
// could be wrong - XML that is not UTF-8 or has a DTD, or comments, CDATA or processing instructions among the rows,
// which no spreadsheet writes - the rest of the sheet (or all of it) is parsed as one run.
class XlsxSheetStream
{
public:
    enum class Outcome {
        Finished,  // every row was handed on
        Stopped,   // the handler returned false
        XmlError,  // see xmlError() and errorLine()
        EntryError // the entry is damaged or unpacked past the budget: see the device
    };

    // The size of a run of rows (at least; a run ends after a whole row).
    static constexpr qsizetype ChunkBytes = qsizetype(2) << 20;

    explicit XlsxSheetStream(const XlsxSheetParser &parser, qsizetype chunkBytes = ChunkBytes);

    // Runs parsed ahead at most while the handler cannot take rows yet.
    static constexpr size_t MaxRunsAhead = 8;

    // Reads device (a worksheet part from its start) to its end, or until the handler stops, calling the handler on
    // this thread for every row in document order. While canDeliver (when set) returns false, up to MaxRunsAhead runs
    // are read and parsed ahead rather than a few, so the workers keep busy while the handler would wait.
    Outcome read(ZipEntryDevice &device, const XlsxSheetParser::RowHandler &handler,
                 const std::function<bool()> &canDeliver = {});

    // The XML parser's message and the line of the part it refers to, after XmlError.
    QString xmlError() const { return m_xmlError; }
    qint64 errorLine() const { return m_errorLine; }

private:
    struct Head
    {
        qsizetype rowsOffset = -1; // where the rows start in the bytes read so far; -1: not found (yet)
        QByteArray wrapperStart;   // <sheetData ...> with every namespace in scope, for parsing a run on its own
        QByteArray wrapperEnd;
        QByteArray rowEnd; // </row> as the part writes it (with its prefix)
        bool utf8 = true;
        bool dtd = false;
        bool ended = false; // the document ended without sheetData: no rows
    };

    Outcome readHead(ZipEntryDevice &device, QByteArray &bytes, Head &head);

    const XlsxSheetParser &m_parser;
    qsizetype m_chunkBytes;
    QString m_xmlError;
    qint64 m_errorLine = 0;
};
