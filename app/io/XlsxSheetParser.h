#pragma once

#include <QList>
#include <QVariant>

#include <functional>

class QXmlStreamReader;
class XlsxStyles;

// Turns the <row> elements of an XLSX worksheet into rows of typed cells: numbers (dates and times by the cell's
// style), booleans, errors, inline and formula strings; shared strings are left as indexes for the caller to look
// up. It holds no state of its own, so one parser serves every thread that parses a part of the sheet.
class XlsxSheetParser
{
public:
    struct Cell
    {
        qint64 column = 0;        // 0-based
        QVariant value;           // when sharedString < 0
        qint64 sharedString = -1; // the index of a t="s" cell (-2: an index that is not a number)
    };
    struct Row
    {
        qint64 number = 0; // as the r attribute says; 0 when absent (the row after the previous one)
        QList<Cell> cells; // cells with a value, in document order
    };
    // Called for every row in document order; return false to stop.
    using RowHandler = std::function<bool(Row &row)>;

    // styles must outlive the parser and not change while it is used.
    XlsxSheetParser(const XlsxStyles &styles, bool date1904);

    // Reads rows from xml until its sheetData element ends (the document may start anywhere before it: at the
    // worksheet, or at a sheetData element wrapping a run of rows), the handler stops, or the XML is in error (left
    // in xml for the caller).
    void parseRows(QXmlStreamReader &xml, const RowHandler &handler) const;

private:
    void readCell(QXmlStreamReader &xml, Row &row, qint64 &nextColumn, QString &scratch) const;

    const XlsxStyles &m_styles;
    bool m_date1904;
};
