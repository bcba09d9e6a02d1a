#include "StatusFilterModel.h"

#include "EditorModel.h"
#include "core/InviteeTable.h"

QList<StatusFilterModel::Choice> StatusFilterModel::choices()
{
    QList<Choice> list{{tr("All rows"), AllRows}, {tr("Problems"), ProblemRows}};
    for (int status = 0; status < RowStatus::Count; ++status) {
        list.append({RowStatus::title(static_cast<RowStatus::Value>(status)), status});
    }
    return list;
}

StatusFilterModel::StatusFilterModel(InviteeTable *table, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_table(table)
{
    setDynamicSortFilter(false);
    m_refilter.setSingleShot(true);
    m_refilter.setInterval(0);
    connect(&m_refilter, &QTimer::timeout, this, &StatusFilterModel::invalidateRowsFilter);
}

void StatusFilterModel::setSourceModel(QAbstractItemModel *source)
{
    disconnect(m_statusWatch);
    QSortFilterProxyModel::setSourceModel(source);
    m_statusWatch =
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (m_filter != AllRows && (roles.isEmpty() || roles.contains(EditorModel::EffectiveStatusRole))) {
                        m_refilter.start();
                    }
                });
}

void StatusFilterModel::setStatusFilter(int filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    invalidateRowsFilter();
    emit statusFilterChanged(filter);
}

bool StatusFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter == AllRows || sourceParent.isValid()) {
        return true;
    }
    const RowStatus::Value status = m_table->effectiveStatus(sourceRow);
    if (m_filter == ProblemRows) {
        return status == RowStatus::Invalid || status == RowStatus::Duplicate;
    }
    return status == m_filter;
}
