#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

// The tab-separated text spreadsheets exchange through the clipboard: cells to text for Copy and Cut, text to cells
// for Paste. A cell holding a tab, a line break or a quote is quoted as Excel and LibreOffice do.
class TabSeparatedText
{
public:
    // One line per row (LF after each), cells separated by tabs.
    static QString format(const QList<QStringList> &rows);
    // The rows of pasted text. A blank line inside the text is a row with one empty cell; the line end after the
    // last row is not a row. Lines may end in LF or CRLF.
    static QList<QStringList> parse(QStringView text);
};
