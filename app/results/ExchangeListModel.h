#pragma once

#include "clerk/ApiExchange.h"

#include <QAbstractTableModel>
#include <QList>

class Journal;

// The HTTP exchanges of one run, in the order they happened: when, method, path and query, status, duration and
// response size. ExchangeRole hands out the whole ApiExchange for the exchange view.
class ExchangeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        ColumnCount,
    };
    enum Role : int {
        ExchangeRole = Qt::UserRole + 1, // QVariant holding the ApiExchange, on every column
        SortRole,                        // typed value to sort by (times and numbers as numbers)
        FailedRole,                      // bool: no response, or a status of 400 or more
    };

    explicit ExchangeListModel(QObject *parent = nullptr);

    void setExchanges(const QList<ApiExchange> &exchanges);
    // Reads the exchanges of runId from journal; on failure the model is emptied and false is returned.
    bool load(const Journal &journal, qint64 runId);
    // Adds one exchange at the end (a run in progress).
    void append(const ApiExchange &exchange);
    void clear();

    const QList<ApiExchange> &exchanges() const { return m_exchanges; }
    const ApiExchange &exchangeAt(int row) const { return m_exchanges.at(row); }

    // "/v1/organizations/org_1/invitations?status=pending": what the Path column shows.
    static QString pathAndQuery(const QUrl &url);
    // "200 OK", "No response", "Not sent": what the Status column shows.
    static QString statusText(const ApiExchange &exchange);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ApiExchange &exchange, int column) const;
    QVariant sortData(const ApiExchange &exchange, int column) const;

    QList<ApiExchange> m_exchanges;
};
