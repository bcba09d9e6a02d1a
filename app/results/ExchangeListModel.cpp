#include "ExchangeListModel.h"

#include "delivery/Journal.h"

#include <QLocale>

ExchangeListModel::ExchangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ExchangeListModel::setExchanges(const QList<ApiExchange> &exchanges)
{
    beginResetModel();
    m_exchanges = exchanges;
    endResetModel();
}

bool ExchangeListModel::load(const Journal &journal, qint64 runId)
{
    const std::optional<QList<ApiExchange>> exchanges = journal.exchanges(runId);
    setExchanges(exchanges.value_or(QList<ApiExchange>()));
    return exchanges.has_value();
}

void ExchangeListModel::append(const ApiExchange &exchange)
{
    const int row = int(m_exchanges.size());
    beginInsertRows(QModelIndex(), row, row);
    m_exchanges.append(exchange);
    endInsertRows();
}

void ExchangeListModel::clear()
{
    setExchanges({});
}

QString ExchangeListModel::pathAndQuery(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    return url.hasQuery() ? path + u'?' + url.query(QUrl::FullyDecoded) : path;
}

QString ExchangeListModel::statusText(const ApiExchange &exchange)
{
    if (exchange.refused) {
        return tr("Not sent");
    }
    if (!exchange.hasResponse()) {
        return tr("No response");
    }
    if (exchange.statusText.isEmpty()) {
        return QString::number(exchange.status);
    }
    return QStringLiteral("%1 %2").arg(exchange.status).arg(QString::fromLatin1(exchange.statusText));
}

int ExchangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int ExchangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ApiExchange &exchange = m_exchanges.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(exchange, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return QLocale().toString(exchange.startedAt.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == StatusColumn && !exchange.networkError.isEmpty()) {
            return exchange.networkError;
        }
        if (index.column() == PathColumn) {
            return exchange.url.toString(QUrl::RemoveUserInfo);
        }
        if (index.column() == SizeColumn) {
            return tr("%1 bytes").arg(exchange.responseBody.size());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == SizeColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case ExchangeRole:
        return QVariant::fromValue(exchange);
    case SortRole:
        return sortData(exchange, index.column());
    case FailedRole:
        return !exchange.hasResponse() || exchange.status >= 400;
    default:
        return {};
    }
}

QVariant ExchangeListModel::displayData(const ApiExchange &exchange, int column) const
{
    switch (column) {
    case TimeColumn:
        return exchange.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return QString::fromLatin1(exchange.method);
    case PathColumn:
        return pathAndQuery(exchange.url);
    case StatusColumn:
        return statusText(exchange);
    case DurationColumn:
        return tr("%1 ms").arg(exchange.totalMs);
    case SizeColumn:
        return QLocale().formattedDataSize(exchange.responseBody.size());
    default:
        return {};
    }
}

QVariant ExchangeListModel::sortData(const ApiExchange &exchange, int column) const
{
    switch (column) {
    case TimeColumn:
        return exchange.startedAt.toMSecsSinceEpoch();
    case StatusColumn:
        return exchange.status;
    case DurationColumn:
        return exchange.totalMs;
    case SizeColumn:
        return qint64(exchange.responseBody.size());
    default:
        return displayData(exchange, column);
    }
}

QVariant ExchangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}
