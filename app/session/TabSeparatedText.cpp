#include "TabSeparatedText.h"

#include "io/CsvScanner.h"
#include "io/CsvWriter.h"

#include <limits>

QString TabSeparatedText::format(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        text += CsvWriter::formatRow(row, u'\t');
        text += u'\n';
    }
    return text;
}

QList<QStringList> TabSeparatedText::parse(QStringView text)
{
    QList<QStringList> rows;
    CsvScanner scanner(text, u'\t');
    QStringList cells;
    constexpr qsizetype Unlimited = std::numeric_limits<qsizetype>::max();
    while (true) {
        const CsvScanner::Result result = scanner.next(cells, Unlimited, Unlimited);
        if (result == CsvScanner::Result::End) {
            break;
        }
        if (cells.isEmpty()) {
            cells.append(QString());
        }
        rows.append(cells);
        if (result != CsvScanner::Result::Record) {
            break; // an unclosed quote: what came before it is still pasted
        }
    }
    return rows;
}
