#pragma once

#include "clerk/ApiExchange.h"

#include <QWidget>

class ExchangeListModel;
class ExchangeView;
class QTableView;

// The HTTP exchanges of one run: the list (time, method, path, status, duration, size) and, for the selected one,
// the ExchangeView.
class RunExchangesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunExchangesPanel(QWidget *parent = nullptr);

    // Shows exchanges; the exchange at the same position stays selected when there is one.
    void setExchanges(const QList<ApiExchange> &exchanges);
    // Selects the exchange at row of the list (and shows it); false when there is no such row.
    bool selectExchange(int row);
    // The selected row, or -1.
    int selectedRow() const;

    ExchangeListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ExchangeView *exchangeView() const { return m_exchangeView; }

private:
    void showSelected();

    ExchangeListModel *m_model;
    QTableView *m_view;
    ExchangeView *m_exchangeView;
};
