#pragma once

#include "core/RowStatus.h"
#include "delivery/JournalRow.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QTableView;
class RowResultsFilter;
class RowResultsModel;
class StatusDecorationProxy;

// The per-row results of one run: a sortable table (status with icon and text), a status filter, and the
// "Export report…" button.
class RunRowsPanel : public QWidget
{
    Q_OBJECT

public:
    // exportReport is the window's action, shown as a button next to the filter.
    explicit RunRowsPanel(QAction *exportReport, QWidget *parent = nullptr);

    void setRows(const QList<JournalRow> &rows);

    // Shows only rows in statuses (empty: all), and sets the filter box to match.
    void setStatusFilter(const QSet<RowStatus::Value> &statuses);

    RowResultsModel *model() const { return m_model; }
    RowResultsFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filterBox; }

private:
    void applyFilterBox();

    RowResultsModel *m_model;
    StatusDecorationProxy *m_decorated;
    RowResultsFilter *m_filter;
    QComboBox *m_filterBox;
    QTableView *m_view;
};
