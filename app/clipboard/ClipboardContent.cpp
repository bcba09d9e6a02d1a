#include "ClipboardContent.h"

#include "AddressListParser.h"
#include "HtmlTableReader.h"
#include "session/TabSeparatedText.h"

#include <algorithm>

qsizetype ClipboardContent::columnCount(const QList<QStringList> &rows)
{
    qsizetype columns = 0;
    for (const QStringList &row : rows) {
        columns = std::max(columns, row.size());
    }
    return columns;
}

ClipboardContent ClipboardContent::choose(const QString &plainText, const QString &html)
{
    ClipboardContent content;
    HtmlTableReader reader;
    const bool htmlRead = html.isEmpty() || reader.read(html);
    const bool hasTable = htmlRead && reader.hasTable() && !reader.rows().isEmpty();
    const bool hasText = !QStringView(plainText).trimmed().isEmpty();

    if (hasText && AddressListParser::isAddressList(plainText, hasTable)) {
        content.m_kind = Kind::Addresses;
        content.m_addressText = plainText;
        return content;
    }
    QList<QStringList> textCells = hasText ? TabSeparatedText::parse(plainText) : QList<QStringList>();
    const bool tableHasMoreColumns = hasTable && columnCount(textCells) <= 1 && columnCount(reader.rows()) > 1;
    if (hasTable && (textCells.isEmpty() || tableHasMoreColumns)) {
        content.m_kind = Kind::Cells;
        content.m_source = Source::Html;
        content.m_cells = reader.takeRows();
        return content;
    }
    if (!textCells.isEmpty()) {
        content.m_kind = Kind::Cells;
        content.m_cells = std::move(textCells);
        return content;
    }
    if (!htmlRead) {
        content.m_kind = Kind::Error;
        content.m_errorString = reader.errorString();
    }
    return content;
}
