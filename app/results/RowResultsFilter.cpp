#include "RowResultsFilter.h"

#include "RowResultsModel.h"

RowResultsFilter::RowResultsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RowResultsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RowResultsFilter::setStatuses(const QSet<RowStatus::Value> &statuses)
{
    if (statuses == m_statuses) {
        return;
    }
    m_statuses = statuses;
    invalidateRowsFilter();
}

QSet<RowStatus::Value> RowResultsFilter::problemStatuses()
{
    return {RowStatus::Invalid, RowStatus::Duplicate, RowStatus::Failed, RowStatus::Pending};
}

bool RowResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_statuses.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = index.data(RowResultsModel::StatusRole).toInt();
    return status >= 0 && status < RowStatus::Count && m_statuses.contains(static_cast<RowStatus::Value>(status));
}
