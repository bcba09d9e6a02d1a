#pragma once

#include "SheetReader.h"

#include <QCoreApplication>
#include <QVariantList>

// Gathers one sheet's cells row by row for a SheetReader and hands every non-blank row to the sink: each cell lands
// at its column (gaps stay null), repeated cells and rows are expanded only when they hold something, and the
// column, row, cell-size and cell-count limits are enforced with a message naming the sheet, row and column.
class SheetRowCollector
{
    Q_DECLARE_TR_FUNCTIONS(SheetRowCollector)

public:
    // The last row number any spreadsheet can have (LibreOffice's largest sheets); content below it is refused.
    static constexpr qint64 MaxRowNumber = qint64(1) << 24;

    SheetRowCollector(const QString &sheetName, const SheetReader::Limits &limits, const SheetReader::RowSink &sink);

    // Starts the row with spreadsheet number `row` (1-based). Rows must come in order: a row number at or before one
    // already started (a damaged or hand-made file) fails the sheet, so no row is handed over twice.
    void startRow(qint64 row);
    // Sets `repeat` cells of the current row from 0-based `column` on. A null value or an empty string only marks
    // the cells empty and allocates nothing. False when a limit is broken.
    bool setCell(qint64 column, const QVariant &value, qint64 repeat = 1);
    // Ends the current row. When it holds something it is handed to the sink `repeat` times, as rows row,
    // row + 1, ... False when reading must end: a limit is broken or the sink asked to stop.
    bool finishRow(qint64 repeat = 1);

    // The row being collected and the next row number after it.
    qint64 currentRow() const { return m_row; }

    bool sawHeader() const { return m_dataRows >= 0; }
    bool stopped() const { return m_stopped; }
    bool failed() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);

    QString m_sheetName;
    SheetReader::Limits m_limits;
    const SheetReader::RowSink &m_sink;
    QVariantList m_cells;
    qint64 m_row = 0;
    qint64 m_lastRow = 0; // the last row number started, repeats included
    qint64 m_filledInRow = 0;
    qint64 m_filledCells = 0;
    qint64 m_dataRows = -1; // the header is not a data row
    bool m_stopped = false;
    QString m_errorString;
};
