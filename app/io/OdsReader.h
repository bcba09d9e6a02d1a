#pragma once

#include "SheetReader.h"

#include <QCoreApplication>
#include <QSet>

class QXmlStreamReader;

// Reads ODS workbooks (LibreOffice, Google Sheets, Excel's ODS export): the tables of content.xml with their
// repeated rows and columns expanded only where they hold something (a trailing run of 1,048,576 empty rows costs
// nothing), typed float, percentage, currency, boolean, date and time values, and text from text:p paragraphs
// (joined by newlines) with text:s, text:tab and text:line-break; covered cells of merged ranges read as empty.
class OdsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    OdsReader();
    ~OdsReader() override;

    QString formatName() const override { return tr("ODS"); }

protected:
    bool openWorkbook(ZipPackage &package) override;
    bool readSheet(ZipPackage &package, int index, SheetRowCollector &rows) override;

private:
    bool readTable(QXmlStreamReader &xml, SheetRowCollector &rows);
    bool readRow(QXmlStreamReader &xml, SheetRowCollector &rows, qint64 &nextRow);
    // The typed value of the table-cell the reader stands on; reads up to its end element.
    QVariant readCell(QXmlStreamReader &xml);
    // The text of the cell the reader stands on: paragraphs joined by newlines; at most maxChars + 1 characters.
    QString readCellText(QXmlStreamReader &xml, qsizetype maxChars);
};
