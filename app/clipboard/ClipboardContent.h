#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What a paste brings, chosen from the formats on the clipboard: spreadsheet cells (the tab-separated text/plain,
// or the text/html table when the text lacks its columns), a plain list of email addresses, nothing, or an error.
// Takes the formats as plain strings, so it needs no widget and no QClipboard.
class ClipboardContent
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardContent)

public:
    enum class Kind {
        Nothing,   // no text and no table
        Cells,     // cells() holds the rows
        Addresses, // addressText() is a list for AddressListParser
        Error,     // errorString() says why nothing can be pasted
    };
    enum class Source { PlainText, Html };

    // Chooses among the formats (a null or empty string for one that is absent): the text when it is tab-separated
    // cells of the same shape as the HTML table, or there is no table; the table when the text is absent, empty, or
    // one column where the table has more; an address list when the text is one (AddressListParser::isAddressList(),
    // from a spreadsheet when an HTML table came with it).
    static ClipboardContent choose(const QString &plainText, const QString &html);

    Kind kind() const { return m_kind; }
    Source source() const { return m_source; }
    const QList<QStringList> &cells() const { return m_cells; }
    const QString &addressText() const { return m_addressText; }
    const QString &errorString() const { return m_errorString; }

    // The number of columns of the widest row.
    static qsizetype columnCount(const QList<QStringList> &rows);

private:
    Kind m_kind = Kind::Nothing;
    Source m_source = Source::PlainText;
    QList<QStringList> m_cells;
    QString m_addressText;
    QString m_errorString;
};
