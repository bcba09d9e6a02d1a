#include "StatusDecorationProxy.h"

#include "StatusIcons.h"

StatusDecorationProxy::StatusDecorationProxy(int statusColumn, int statusRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_statusColumn(statusColumn)
    , m_statusRole(statusRole)
{}

QVariant StatusDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == m_statusColumn) {
        const int status = QIdentityProxyModel::data(index, m_statusRole).toInt();
        if (status >= 0 && status < RowStatus::Count) {
            return StatusIcons::icon(static_cast<RowStatus::Value>(status));
        }
    }
    return QIdentityProxyModel::data(index, role);
}
