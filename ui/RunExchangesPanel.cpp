#include "RunExchangesPanel.h"

#include "ExchangeView.h"
#include "results/ExchangeListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RunExchangesPanel::RunExchangesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExchangeListModel(this))
    , m_view(new QTableView(this))
    , m_exchangeView(new ExchangeView(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(ExchangeListModel::PathColumn, QHeaderView::Stretch);

    m_view->setAccessibleName(tr("HTTP exchanges"));
    m_view->setAccessibleDescription(tr("Each call to Clerk; the selected one is shown below. Enter moves to its body, "
                                        "Ctrl+Shift+C copies it as cURL"));
    // Copy as cURL also from the list, where the keyboard picks the exchange.
    addAction(m_exchangeView->copyAsCurlAction());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_exchangeView);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunExchangesPanel::showSelected);
    connect(m_view, &QAbstractItemView::activated, m_exchangeView, &ExchangeView::focusBody);
}

void RunExchangesPanel::setExchanges(const QList<ApiExchange> &exchanges)
{
    const int selected = selectedRow();
    m_model->setExchanges(exchanges);
    m_view->resizeColumnToContents(ExchangeListModel::TimeColumn);
    if (!selectExchange(selected)) {
        m_exchangeView->clear();
    }
}

bool RunExchangesPanel::selectExchange(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    const bool unchanged = row == selectedRow();
    m_view->setCurrentIndex(m_model->index(row, 0)); // shows it, through currentRowChanged
    if (unchanged) {
        showSelected();
    }
    return true;
}

int RunExchangesPanel::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RunExchangesPanel::showSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        m_exchangeView->clear();
    } else {
        m_exchangeView->setExchange(m_model->exchangeAt(row));
    }
}
