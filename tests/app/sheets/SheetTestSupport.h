#pragma once

#include "io/SheetReader.h"

#include <QList>
#include <QString>
#include <QVariant>

// A sheet read whole for a test: what the sink saw, by spreadsheet row number.
struct ReadSheet
{
    bool ok = false;
    QString error;
    QString sheetName;
    QStringList sheetNames;
    QList<int> rows;
    QList<QVariantList> cells;

    QVariantList row(int number) const { return cells.value(rows.indexOf(number)); }
    QVariant cell(int rowNumber, int column) const { return row(rowNumber).value(column); }
};

inline QString sheetFixture(const QString &name)
{
    return QStringLiteral(INVITEDESK_TEST_DATA "/sheets/") + name;
}

// Opens path with a Reader (XlsxReader, OdsReader) and reads one sheet (empty: the default one).
template<typename Reader>
ReadSheet readSheet(const QString &path, const QString &sheet = {}, const SheetReader::Limits &limits = {})
{
    ReadSheet result;
    Reader reader;
    reader.setLimits(limits);
    if (!reader.open(path)) {
        result.error = reader.errorString();
        return result;
    }
    result.sheetNames = reader.sheetNames();
    result.ok = reader.read(sheet, [&result](int row, QVariantList &cells) {
        result.rows.append(row);
        result.cells.append(std::move(cells));
        return true;
    });
    result.error = reader.errorString();
    result.sheetName = reader.sheetName();
    return result;
}
