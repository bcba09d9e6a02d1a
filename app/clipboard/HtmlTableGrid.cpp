#include "HtmlTableGrid.h"

#include <algorithm>

namespace {

// The white space HTML collapses (a no-break space is not among it).
bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

} // namespace

HtmlTableGrid::HtmlTableGrid(const Limits &limits)
    : m_limits(limits)
{}

void HtmlTableGrid::startRow()
{
    endRow();
    if (m_overflow != Overflow::None) {
        return;
    }
    if (m_rows.size() >= m_limits.maxRows) {
        fail(Overflow::Rows, 1);
        return;
    }
    m_rows.append(QStringList());
    m_rowOpen = true;
}

void HtmlTableGrid::endRow()
{
    endCell();
    if (m_rowOpen && m_overflow == Overflow::None && m_rows.last().isEmpty()) {
        // A row without cells shows as a blank line, as a blank line of pasted text does.
        m_rows.last().append(QString());
    }
    m_rowOpen = false;
}

void HtmlTableGrid::startCell(int colspan, int rowspan)
{
    endCell();
    if (!m_rowOpen) {
        startRow();
    }
    if (m_overflow != Overflow::None) {
        return;
    }
    QStringList &row = m_rows.last();
    const int rowIndex = int(m_rows.size()) - 1;
    // Columns a rowspan from above covers come first.
    while (row.size() < m_coveredUntil.size() && m_coveredUntil.at(row.size()) >= rowIndex) {
        if (!addCell(QString())) {
            return;
        }
    }
    const int first = int(row.size());
    if (qsizetype(first) + colspan > m_limits.maxColumns) {
        fail(Overflow::Columns, m_limits.maxColumns + 1);
        return;
    }
    if (rowspan > 1) {
        if (m_coveredUntil.size() < first + colspan) {
            m_coveredUntil.resize(first + colspan, -1);
        }
        for (int column = first; column < first + colspan; ++column) {
            m_coveredUntil[column] = std::max(m_coveredUntil.at(column), rowIndex + rowspan - 1);
        }
    }
    if (!addCell(QString())) {
        return;
    }
    // The columns the cell spans after its own stay empty; its text goes into the first.
    for (int column = 1; column < colspan; ++column) {
        if (!addCell(QString())) {
            return;
        }
    }
    m_cellColumn = first;
    m_text.clear();
    m_pendingSpace = false;
    m_cellOpen = true;
}

void HtmlTableGrid::endCell()
{
    if (!m_cellOpen) {
        return;
    }
    m_cellOpen = false;
    if (m_overflow != Overflow::None) {
        return;
    }
    // Line breaks at either end show nothing (LibreOffice writes <br> into an empty cell).
    qsizetype begin = 0;
    qsizetype end = m_text.size();
    while (begin < end && m_text.at(begin) == u'\n') {
        ++begin;
    }
    while (end > begin && m_text.at(end - 1) == u'\n') {
        --end;
    }
    // The cell's text belongs in the first column it spans.
    m_rows.last()[m_cellColumn] = m_text.sliced(begin, end - begin);
}

void HtmlTableGrid::appendText(QStringView text)
{
    if (!m_cellOpen || m_overflow != Overflow::None) {
        return;
    }
    for (const QChar c : text) {
        if (isHtmlSpace(c)) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingSpace && !m_text.isEmpty() && !m_text.endsWith(u'\n')) {
            m_text += u' ';
        }
        m_pendingSpace = false;
        // A no-break space is kept but pasted as the plain space a browser copies.
        m_text += c == QChar(0xa0) ? QChar(u' ') : c;
    }
    if (m_text.size() > m_limits.maxCellChars) {
        fail(Overflow::CellChars, m_cellColumn + 1);
    }
}

void HtmlTableGrid::lineBreak()
{
    if (!m_cellOpen || m_overflow != Overflow::None) {
        return;
    }
    m_pendingSpace = false;
    m_text += u'\n';
    if (m_text.size() > m_limits.maxCellChars) {
        fail(Overflow::CellChars, m_cellColumn + 1);
    }
}

void HtmlTableGrid::blockBreak()
{
    if (m_cellOpen && !m_text.isEmpty() && !m_text.endsWith(u'\n')) {
        lineBreak();
    }
}

void HtmlTableGrid::finish()
{
    endRow();
}

void HtmlTableGrid::fail(Overflow overflow, int column)
{
    m_overflow = overflow;
    m_overflowRow = int(m_rows.size()) + (overflow == Overflow::Rows ? 1 : 0);
    m_overflowColumn = column;
    m_cellOpen = false;
    m_rowOpen = false;
    m_text.clear();
}

bool HtmlTableGrid::addCell(QString text)
{
    if (m_cells >= m_limits.maxCells) {
        fail(Overflow::Cells, int(m_rows.last().size()) + 1);
        return false;
    }
    ++m_cells;
    m_rows.last().append(std::move(text));
    return true;
}
