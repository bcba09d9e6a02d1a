#include "RunRowsPanel.h"

#include "StatusDecorationProxy.h"
#include "StatusIcons.h"
#include "results/RowResultsFilter.h"
#include "results/RowResultsModel.h"
#include "results/RunHistoryModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The filter box's entries: all rows, the rows that need a look, then one per status.
QList<QSet<RowStatus::Value>> filterChoices()
{
    QList<QSet<RowStatus::Value>> choices{{}, RowResultsFilter::problemStatuses()};
    for (const RowStatus::Value status : RunHistoryModel::statusOrder()) {
        choices.append(QSet<RowStatus::Value>{status});
    }
    return choices;
}

} // namespace

RunRowsPanel::RunRowsPanel(QAction *exportReport, QWidget *parent)
    : QWidget(parent)
    , m_model(new RowResultsModel(this))
    , m_decorated(new StatusDecorationProxy(RowResultsModel::StatusColumn, RowResultsModel::StatusRole, this))
    , m_filter(new RowResultsFilter(this))
    , m_filterBox(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_decorated->setSourceModel(m_model);
    m_filter->setSourceModel(m_decorated);

    m_filterBox->addItem(tr("All rows"));
    m_filterBox->addItem(tr("Rows that need a look (invalid, duplicate, failed, pending)"));
    for (const RowStatus::Value status : RunHistoryModel::statusOrder()) {
        m_filterBox->addItem(StatusIcons::icon(status), RowStatus::title(status));
    }
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filterBox);
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(exportReport);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_filterBox->setAccessibleName(tr("Show rows"));
    m_view->setAccessibleName(tr("Rows of the run"));
    m_view->setAccessibleDescription(tr("Each row's email, status and what Clerk answered"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RowResultsModel::RowColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filterBox);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filterBox, &QComboBox::currentIndexChanged, this, &RunRowsPanel::applyFilterBox);
}

void RunRowsPanel::setRows(const QList<JournalRow> &rows)
{
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
}

void RunRowsPanel::setStatusFilter(const QSet<RowStatus::Value> &statuses)
{
    const qsizetype choice = filterChoices().indexOf(statuses);
    if (choice >= 0) {
        m_filterBox->setCurrentIndex(int(choice)); // applyFilterBox follows
    }
    m_filter->setStatuses(statuses);
}

void RunRowsPanel::applyFilterBox()
{
    m_filter->setStatuses(filterChoices().value(m_filterBox->currentIndex()));
}
