#pragma once

#include "core/RowStatus.h"
#include "delivery/JournalRow.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

class Journal;

// The per-row results of one journaled run, one line per invitee row: where it came from, what happened and what
// Clerk said. Read-only; sort and filter it through RowResultsFilter.
class RowResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int {
        RowColumn,
        EmailColumn,
        StatusColumn,
        InvitationIdColumn,
        HttpStatusColumn,
        ErrorCodeColumn,
        MessageColumn,
        TraceIdColumn,
        ColumnCount,
    };
    enum Role : int {
        StatusRole = Qt::UserRole + 1, // the row's RowStatus::Value (int), on every column
        SortRole,                      // typed value to sort by (numbers as numbers)
        RowIndexRole,                  // the row's index in the run's table
    };

    explicit RowResultsModel(QObject *parent = nullptr);

    // Shows rows (a run's JournalRows, in table order).
    void setRows(const QList<JournalRow> &rows);
    // Reads the rows of runId from journal; on failure the model is emptied and false is returned (the journal's
    // errorString() says why).
    bool load(const Journal &journal, qint64 runId);
    void clear();

    const QList<JournalRow> &rows() const { return m_rows; }
    const JournalRow &rowAt(int row) const { return m_rows.at(row); }
    // How many rows are in each status, indexed by RowStatus::Value.
    std::array<int, RowStatus::Count> statusCounts() const;
    // The row number people know: the input file's row, or the 1-based table row for typed rows.
    static int displayRow(const JournalRow &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const JournalRow &row, int column) const;
    QVariant sortData(const JournalRow &row, int column) const;

    QList<JournalRow> m_rows;
};
