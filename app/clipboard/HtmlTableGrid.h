#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The grid of cell texts an HTML table makes, built row by row and cell by cell as the tags come: white space
// collapsed as a browser shows it, and the cells a colspan or rowspan covers filled with empty ones so that every
// later cell stays in its column. Stops growing at its limits and says which one was hit.
class HtmlTableGrid
{
public:
    struct Limits
    {
        int maxRows = 0;
        int maxColumns = 0;
        int maxCellChars = 0;
        qsizetype maxCells = 0;
    };
    enum class Overflow { None, Rows, Columns, CellChars, Cells };

    explicit HtmlTableGrid(const Limits &limits);

    void startRow();
    void endRow();
    // A cell spanning colspan columns and rowspan rows (both at least 1); starts a row when none is open.
    void startCell(int colspan, int rowspan);
    void endCell();
    bool inCell() const { return m_cellOpen; }
    // Text of the open cell, characters as they are (references already decoded).
    void appendText(QStringView text);
    // <br>: a line break inside the cell.
    void lineBreak();
    // A block (<p>, <div>) starts or ends inside the cell: a line break unless at the start of a line.
    void blockBreak();
    // Closes what is open; the grid is complete.
    void finish();

    Overflow overflow() const { return m_overflow; }
    // Where the limit was hit: 1-based row and column.
    int overflowRow() const { return m_overflowRow; }
    int overflowColumn() const { return m_overflowColumn; }
    QList<QStringList> takeRows() { return std::move(m_rows); }

private:
    void fail(Overflow overflow, int column);
    bool addCell(QString text);

    Limits m_limits;
    QList<QStringList> m_rows;
    // For each column, the last row (index) a rowspan from an earlier row covers; -1 for none.
    QList<int> m_coveredUntil;
    QString m_text;
    int m_cellColumn = 0;
    qsizetype m_cells = 0;
    bool m_rowOpen = false;
    bool m_cellOpen = false;
    bool m_pendingSpace = false;
    Overflow m_overflow = Overflow::None;
    int m_overflowRow = 0;
    int m_overflowColumn = 0;
};
