#pragma once

#include "core/RowStatus.h"

#include <QSet>
#include <QSortFilterProxyModel>

// Sorts a RowResultsModel (numbers as numbers) and keeps only the rows in the chosen statuses.
class RowResultsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RowResultsFilter(QObject *parent = nullptr);

    // Only rows in one of statuses are shown; an empty set shows every row.
    void setStatuses(const QSet<RowStatus::Value> &statuses);
    const QSet<RowStatus::Value> &statuses() const { return m_statuses; }
    void showAll() { setStatuses({}); }

    // The statuses that need a look: invalid, duplicate, failed (and rows still pending).
    static QSet<RowStatus::Value> problemStatuses();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<RowStatus::Value> m_statuses;
};
