#include "SpreadsheetSafety.h"

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

// Characters a spreadsheet treats specially at the very start of a cell, whatever follows.
bool isDangerousFirstCharacter(QChar c)
{
    return c == u'\t' || c == u'\r' || c == QChar::Null;
}

} // namespace

bool SpreadsheetSafety::needsDefusing(QStringView cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    if (isDangerousFirstCharacter(cell.front())) {
        return true;
    }
    for (const QChar c : cell) {
        if (!c.isSpace()) {
            return startsFormula(c);
        }
    }
    return false;
}

QString SpreadsheetSafety::defuse(const QString &cell)
{
    if (!needsDefusing(cell)) {
        return cell;
    }
    return u'\'' + cell;
}
