#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

// Reads the first table of the HTML that Excel, LibreOffice Calc and Google Sheets put on the clipboard (text/html)
// into rows of cell texts as a browser shows them. HTML is not XML: a small tolerant scanner reads any tag soup in one
// pass without recursion, so malformed or hostile input cannot crash it, hang it or grow it past its limits.
class HtmlTableReader
{
    Q_DECLARE_TR_FUNCTIONS(HtmlTableReader)

public:
    struct Limits
    {
        int maxColumns = 1000;           // the same as CsvReader's
        int maxRows = 1'000'000;         // the same as CsvReader's
        int maxCellChars = 1 << 20;      // the same as CsvReader's
        qsizetype maxChars = 1 << 30;    // of the HTML, as CsvReader's bytes of a file
        qsizetype maxCells = 20'000'000; // cells colspan and rowspan fill in included
    };

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // Reads html. False when it is past a limit (errorString() says which, naming row and column); true otherwise,
    // also when it holds no table (hasTable() is then false and rows() empty).
    bool read(QStringView html);

    bool hasTable() const { return m_hasTable; }
    const QList<QStringList> &rows() const { return m_rows; }
    QList<QStringList> takeRows() { return std::move(m_rows); }
    // One translated line saying what is wrong when read() returned false; empty otherwise.
    QString errorString() const { return m_errorString; }

private:
    Limits m_limits;
    QList<QStringList> m_rows;
    QString m_errorString;
    bool m_hasTable = false;
};
