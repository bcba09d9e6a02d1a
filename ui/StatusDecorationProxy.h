#pragma once

#include <QIdentityProxyModel>

// Adds the status icon (StatusIcons) to one column of a model whose rows carry a RowStatus in a given role, so the
// application-layer model stays free of QtGui.
class StatusDecorationProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    StatusDecorationProxy(int statusColumn, int statusRole, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_statusColumn;
    int m_statusRole;
};
