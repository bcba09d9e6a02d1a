#include "HeaderTable.h"

#include "io/HeaderRedaction.h"

#include <QHeaderView>

HeaderTable::HeaderTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
}

void HeaderTable::setHeaders(const ApiExchange::Headers &headers)
{
    clearContents();
    setRowCount(int(headers.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const auto &[name, value] = headers.at(row);
        const QString shown = QString::fromLatin1(HeaderRedaction::safeValue(name, value));
        setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        auto *valueItem = new QTableWidgetItem(shown);
        valueItem->setToolTip(shown);
        setItem(row, 1, valueItem);
    }
}

QString HeaderTable::shownValue(const QByteArray &name) const
{
    const QString wanted = QString::fromLatin1(name);
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0)->text().compare(wanted, Qt::CaseInsensitive) == 0) {
            return item(row, 1)->text();
        }
    }
    return QString();
}
