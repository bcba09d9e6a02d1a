#pragma once

#include "core/RowStatus.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QTimer>

class InviteeTable;

// The editor's status filter over the EditorModel: every row, the rows with problems, or the rows of one status.
// A row whose status changes is shown or hidden on the next pass of the event loop, so an edit that fixes a row
// finishes (its editor closes) before the row leaves the view.
class StatusFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // A filter is AllRows, ProblemRows, or a RowStatus::Value.
    static constexpr int AllRows = -1;
    static constexpr int ProblemRows = -2;

    struct Choice
    {
        QString title;
        int filter = AllRows;
    };
    // What the status filter combobox offers, in order.
    static QList<Choice> choices();

    // source must be an EditorModel over table (same rows).
    StatusFilterModel(InviteeTable *table, QObject *parent = nullptr);

    void setStatusFilter(int filter);
    int statusFilter() const { return m_filter; }

    void setSourceModel(QAbstractItemModel *source) override;

signals:
    void statusFilterChanged(int filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    InviteeTable *m_table;
    int m_filter = AllRows;
    QTimer m_refilter;
    QMetaObject::Connection m_statusWatch;
};
