#include "SheetRowCollector.h"

#include <QLocale>

static QString count(qint64 value)
{
    return QLocale().toString(value);
}

SheetRowCollector::SheetRowCollector(const QString &sheetName, const SheetReader::Limits &limits,
                                     const SheetReader::RowSink &sink)
    : m_sheetName(sheetName)
    , m_limits(limits)
    , m_sink(sink)
{}

bool SheetRowCollector::fail(const QString &message)
{
    if (m_errorString.isEmpty()) {
        m_errorString = message;
    }
    return false;
}

void SheetRowCollector::startRow(qint64 row)
{
    if (row <= m_lastRow) {
        fail(tr("The file is damaged: sheet “%1” lists row %2 after row %3.")
                 .arg(m_sheetName, QString::number(row), QString::number(m_lastRow)));
    }
    m_row = row;
    m_lastRow = row;
    m_cells.clear();
    m_filledInRow = 0;
}

bool SheetRowCollector::setCell(qint64 column, const QVariant &value, qint64 repeat)
{
    if (failed() || m_stopped) {
        return false;
    }
    if (value.isNull() || repeat <= 0 || column < 0) {
        return true;
    }
    const bool isText = value.typeId() == QMetaType::QString;
    if (isText && value.toString().isEmpty()) {
        return true;
    }
    if (column + repeat > m_limits.maxColumns) {
        return fail(tr("Sheet “%1”, row %2 has a value in column %3; at most %4 columns are supported.")
                        .arg(m_sheetName, QString::number(m_row),
                             SheetReader::columnName(qMax<qint64>(column, m_limits.maxColumns)),
                             count(m_limits.maxColumns)));
    }
    if (isText && value.toString().size() > m_limits.maxCellChars) {
        return fail(tr("Sheet “%1”, row %2, column %3 holds more than %4 characters; at most %4 are supported.")
                        .arg(m_sheetName, QString::number(m_row), SheetReader::columnName(column),
                             count(m_limits.maxCellChars)));
    }
    const qsizetype end = qsizetype(column + repeat);
    if (m_cells.size() < end) {
        m_cells.resize(end);
    }
    for (qsizetype i = qsizetype(column); i < end; ++i) {
        if (m_cells.at(i).isNull()) {
            ++m_filledInRow;
        }
        m_cells[i] = value;
    }
    return true;
}

bool SheetRowCollector::finishRow(qint64 repeat)
{
    if (failed() || m_stopped) {
        return false;
    }
    if (repeat > 1) {
        m_lastRow = m_row + repeat - 1;
    }
    if (m_filledInRow == 0 || repeat <= 0) {
        return true;
    }
    if (m_row + repeat - 1 > MaxRowNumber) {
        return fail(tr("Sheet “%1” has a value in row %2, beyond the last row a spreadsheet can have.")
                        .arg(m_sheetName, QString::number(m_row + repeat - 1)));
    }
    if (m_dataRows + repeat > m_limits.maxDataRows) {
        return fail(tr("Sheet “%1” has more than %2 data rows; at most %2 are supported.")
                        .arg(m_sheetName, count(m_limits.maxDataRows)));
    }
    if (m_filledCells + m_filledInRow * repeat > m_limits.maxCells) {
        return fail(tr("Sheet “%1” holds more than %2 filled cells; at most %2 are supported.")
                        .arg(m_sheetName, count(m_limits.maxCells)));
    }
    m_filledCells += m_filledInRow * repeat;
    for (qint64 i = 0; i < repeat; ++i) {
        ++m_dataRows;
        QVariantList cells = i + 1 < repeat ? m_cells : std::move(m_cells);
        if (!m_sink(int(m_row + i), cells)) {
            m_stopped = true;
            return false;
        }
    }
    m_cells.clear();
    m_filledInRow = 0;
    return true;
}
