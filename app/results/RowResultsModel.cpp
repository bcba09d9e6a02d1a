#include "RowResultsModel.h"

#include "delivery/Journal.h"

RowResultsModel::RowResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RowResultsModel::setRows(const QList<JournalRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

bool RowResultsModel::load(const Journal &journal, qint64 runId)
{
    const std::optional<QList<JournalRow>> rows = journal.rows(runId);
    setRows(rows.value_or(QList<JournalRow>()));
    return rows.has_value();
}

void RowResultsModel::clear()
{
    setRows({});
}

std::array<int, RowStatus::Count> RowResultsModel::statusCounts() const
{
    std::array<int, RowStatus::Count> counts{};
    for (const JournalRow &row : m_rows) {
        ++counts[static_cast<size_t>(row.outcome.status)];
    }
    return counts;
}

int RowResultsModel::displayRow(const JournalRow &row)
{
    return row.sourceRow > 0 ? row.sourceRow : row.rowIndex + 1;
}

int RowResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RowResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const JournalRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == EmailColumn) {
            return displayData(row, index.column());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn || index.column() == HttpStatusColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case StatusRole:
        return int(row.outcome.status);
    case SortRole:
        return sortData(row, index.column());
    case RowIndexRole:
        return row.rowIndex;
    default:
        return {};
    }
}

QVariant RowResultsModel::displayData(const JournalRow &row, int column) const
{
    const RowOutcome &outcome = row.outcome;
    switch (column) {
    case RowColumn:
        return displayRow(row);
    case EmailColumn:
        return row.email;
    case StatusColumn:
        return RowStatus::title(outcome.status);
    case InvitationIdColumn:
        return outcome.invitationId;
    case HttpStatusColumn:
        return outcome.httpStatus == 0 ? QVariant(QString()) : QVariant(outcome.httpStatus);
    case ErrorCodeColumn:
        return outcome.errorCode;
    case MessageColumn:
        return outcome.errorMessage;
    case TraceIdColumn:
        return outcome.traceId;
    default:
        return {};
    }
}

QVariant RowResultsModel::sortData(const JournalRow &row, int column) const
{
    switch (column) {
    case RowColumn:
        return displayRow(row);
    case StatusColumn:
        return int(row.outcome.status);
    case HttpStatusColumn:
        return row.outcome.httpStatus;
    case EmailColumn:
        return row.email.toCaseFolded();
    default:
        return displayData(row, column);
    }
}

QVariant RowResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RowColumn:
        return tr("Row");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case InvitationIdColumn:
        return tr("Invitation id");
    case HttpStatusColumn:
        return tr("HTTP status");
    case ErrorCodeColumn:
        return tr("Error code");
    case MessageColumn:
        return tr("Message");
    case TraceIdColumn:
        return tr("Trace id");
    default:
        return {};
    }
}
