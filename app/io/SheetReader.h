#pragma once

#include "ZipPackage.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class QXmlStreamReader;
class SheetRowCollector;
class ZipEntryDevice;

// What XlsxReader and OdsReader share: a workbook opened within bounds, its sheets listed, and one sheet read as rows
// of typed cells with the row numbers the spreadsheet shows.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    struct Limits
    {
        int maxColumns = 1000;        // the same as CsvReader's
        int maxDataRows = 1'000'000;  // the same as CsvReader's
        int maxCellChars = 1 << 20;   // the same as CsvReader's field limit
        qint64 maxCells = 20'000'000; // filled cells of one sheet, repeats included (ODS repeats multiply)
        ZipPackage::Limits package;   // size and compression ratio of the container
    };

    // Called for every non-blank row, in order; `row` is the row number the spreadsheet shows (sparse and repeated
    // rows keep their numbers). cells[i] is the cell in column i: a QString, a double, a bool, a QDate, a QDateTime
    // (UTC, as a spreadsheet's date-times carry no zone), a QTime, or a null QVariant for an empty cell; trailing
    // empty cells are left out. The first call is the header. The sink may move the cells away. Return false to stop
    // reading; that is not an error.
    using RowSink = std::function<bool(int row, QVariantList &cells)>;

    SheetReader();
    virtual ~SheetReader();
    SheetReader(const SheetReader &) = delete;
    SheetReader &operator=(const SheetReader &) = delete;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // Opens the workbook and reads the names of its sheets. False, with errorString(), when it cannot be read.
    bool open(const QString &path);
    // The sheets in tab order, hidden ones included.
    const QStringList &sheetNames() const { return m_sheetNames; }
    // The sheet read when none is named: the first one that is not hidden.
    QString defaultSheet() const;

    // Reads one sheet: sheetName (matched case-insensitively, as spreadsheets name sheets) or, when empty, the
    // default sheet. False, with errorString() naming the sheet and row where there is one, when the sheet does not
    // exist, is empty, is damaged or breaks a limit.
    bool read(const QString &sheetName, const RowSink &sink);
    // The sheet the last read() chose.
    QString sheetName() const { return m_sheetName; }

    // The format's short name for messages ("XLSX", "ODS"), translated.
    virtual QString formatName() const = 0;

    // One translated line saying what is wrong, when open() or read() returned false.
    QString errorString() const { return m_errorString; }

    // The spreadsheet name of a 0-based column: 0 -> "A", 25 -> "Z", 26 -> "AA".
    static QString columnName(qint64 column);

protected:
    // Reads the workbook's structure and calls addSheet() for every sheet, in tab order.
    virtual bool openWorkbook(ZipPackage &package) = 0;
    // Streams sheet number `index` (as added) into rows.
    virtual bool readSheet(ZipPackage &package, int index, SheetRowCollector &rows) = 0;

    void addSheet(const QString &name, bool hidden);
    bool fail(const QString &message);
    // The message for an XML part whose reading stopped: the size limit, a damaged entry, or the XML error (with
    // its line).
    bool failPart(const QXmlStreamReader &xml, const ZipEntryDevice &device, const QString &part);
    // "The file is damaged: PART, line N: what the XML parser says."
    static QString xmlDamage(const QXmlStreamReader &xml, const QString &part);
    // A parser's message without its final full stop, to be placed inside a sentence.
    static QString withoutFullStop(QString message);

private:
    Limits m_limits;
    std::unique_ptr<ZipPackage> m_package;
    QStringList m_sheetNames;
    QList<bool> m_hidden;
    QString m_sheetName;
    QString m_errorString;
};
