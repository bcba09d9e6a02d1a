#pragma once

#include "clerk/ApiExchange.h"

#include <QTableWidget>

// A two-column table of HTTP headers (name, value). Sensitive values go through HeaderRedaction: the Authorization
// header always reads "Bearer [REDACTED]", whatever the exchange holds.
class HeaderTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit HeaderTable(QWidget *parent = nullptr);

    void setHeaders(const ApiExchange::Headers &headers);
    // The value shown for name (first match, case-insensitive), or a null string.
    QString shownValue(const QByteArray &name) const;
};
