#pragma once

#include "io/InputCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTextStream>

// Shows what InputCheck found the way `validate` and `send` print it: FILE:ROW: COLUMN: message per problem, then
// one line counting the rows ready to send, invalid and duplicate.
class InputCheckPrinter
{
    Q_DECLARE_TR_FUNCTIONS(InputCheckPrinter)

public:
    // Every problem, one line each, in table order.
    static void printProblems(QTextStream &stream, const QString &shownPath, const InputCheck::Result &check);
    // "FILE: checked 4 rows: 1 ready to send, 3 invalid, 0 duplicate"
    static QString summaryLine(const QString &shownPath, const InputCheck::Result &check);
    // The row number people know for a table row: its spreadsheet row, else the 1-based table row.
    static int displayRow(const InputCheck::Result &check, int row);
    // Per table row with problems: "COLUMN: message; COLUMN: message" (for the report and --json).
    static QHash<int, QString> problemsByRow(const InputCheck::Result &check);
};
