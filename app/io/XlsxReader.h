#pragma once

#include "SheetReader.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"

#include <QCoreApplication>

#include <future>
#include <optional>

class QXmlStreamReader;

// Reads XLSX workbooks as Excel, LibreOffice and Google Sheets write them: sheets found through workbook.xml and its
// relationships; shared strings (rich text runs joined) and inline strings; numbers, booleans, formula results and
// errors (#N/A as text); dates by the cell's number format (1900 and 1904 systems); sparse rows and cells keep their
// spreadsheet positions. The shared strings and runs of the sheet's rows are parsed on worker threads.
class XlsxReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader();
    ~XlsxReader() override;

    QString formatName() const override { return tr("XLSX"); }

    // Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900.
    bool isDate1904() const { return m_date1904; }

protected:
    bool openWorkbook(ZipPackage &package) override;
    bool readSheet(ZipPackage &package, int index, SheetRowCollector &rows) override;

private:
    struct Sheet
    {
        QString part;     // the worksheet's package path; empty when its relationship is missing
        bool worksheet{}; // false for chart, dialog and macro sheets
    };
    std::optional<QByteArray> readSmallPart(ZipPackage &package, const QString &part);
    bool parseWorkbook(const QByteArray &xml, const QString &part, QList<QString> &relationshipIds);
    // Starts reading the shared strings on a thread of their own; the future gives a message when they cannot be.
    std::future<QString> loadSharedStrings(ZipPackage &package);
    bool loadStyles(ZipPackage &package);

    QList<Sheet> m_sheets;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    bool m_date1904 = false;
    bool m_sharedStringsLoaded = false;
    bool m_stylesLoaded = false;
    XlsxSharedStrings m_sharedStrings;
    XlsxStyles m_styles;
};
