#include "InputCheckPrinter.h"

QString InputCheckPrinter::summaryLine(const QString &shownPath, const InputCheck::Result &check)
{
    return tr("%1: checked %2: %3 ready to send, %4 invalid, %5 duplicate")
        .arg(shownPath, tr("%n row(s)", nullptr, int(check.import.invitees.size())))
        .arg(check.payloads.size())
        .arg(check.invalidRows)
        .arg(check.duplicateRows);
}

void InputCheckPrinter::printProblems(QTextStream &stream, const QString &shownPath, const InputCheck::Result &check)
{
    for (const CellProblem &problem : check.problems) {
        stream << QStringLiteral("%1:%2: %3: %4")
                      .arg(shownPath)
                      .arg(displayRow(check, problem.row))
                      .arg(check.import.columnName(problem.field), problem.message)
               << '\n';
    }
}

int InputCheckPrinter::displayRow(const InputCheck::Result &check, int row)
{
    const int source = check.import.invitees.value(row).sourceRow();
    return source > 0 ? source : row + 1;
}

QHash<int, QString> InputCheckPrinter::problemsByRow(const InputCheck::Result &check)
{
    QHash<int, QString> text;
    for (const CellProblem &problem : check.problems) {
        QString &line = text[problem.row];
        if (!line.isEmpty()) {
            line += QStringLiteral("; ");
        }
        line += QStringLiteral("%1: %2").arg(check.import.columnName(problem.field), problem.message);
    }
    return text;
}
