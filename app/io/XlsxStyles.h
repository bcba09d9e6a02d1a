#pragma once

#include "SpreadsheetDate.h"

#include <QList>
#include <QStringView>

class QXmlStreamReader;

// The part of an XLSX styles.xml a reader needs: for each cell style (the `s` of a cell), whether its number format
// shows a date, a time, both, or a plain number.
class XlsxStyles
{
public:
    // Reads styles.xml: numFmts (custom formats) and cellXfs (the cell styles). Stops at the first XML error, which
    // the caller reports.
    void load(QXmlStreamReader &xml);

    // The kind of cell style `index`; Number for an unknown index.
    SpreadsheetDate::Kind kindOf(int index) const
    {
        return index >= 0 && index < m_kinds.size() ? m_kinds.at(index) : SpreadsheetDate::Kind::Number;
    }

    // A built-in format id (14-22, 27-36, 45-47, 50-58 are dates and times) or a custom format code: a code shows a
    // date when, outside quoted text, escapes and [colour]/[$-locale] brackets, it has y, d or m (m is a minute
    // next to h or s); a time when it has h or s, or an elapsed-time bracket such as [h].
    static SpreadsheetDate::Kind builtinKind(int numFmtId);
    static SpreadsheetDate::Kind formatKind(QStringView formatCode);

private:
    QList<SpreadsheetDate::Kind> m_kinds;
};
