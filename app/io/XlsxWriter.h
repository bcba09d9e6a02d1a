#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;
class QXmlStreamWriter;

// Streams rows into a minimal XLSX workbook of one sheet (SpreadsheetML: content types, relationships, workbook,
// styles, sheet) that Excel, LibreOffice and Google Sheets open. Strings are written inline, numbers and booleans
// typed; the first row is bold and frozen as the header. Every string goes through SpreadsheetSafety::defuse(): in
// XLSX a string cell is never a formula, but the same text becomes one when a user edits the cell or saves the
// sheet as CSV, so exports keep CSV's rule and the two formats hold the same text.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // The longest text a cell holds in Excel; longer strings are cut there.
    static constexpr qsizetype MaxCellChars = 32767;

    // The device must be open for writing (and seekable, such as a file or a buffer) and outlive the writer.
    explicit XlsxWriter(QIODevice *device, const QString &sheetName = QStringLiteral("Sheet1"));
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Appends one row. QString -> a text cell (defused); int, qlonglong, double (finite) -> a number; bool -> a
    // boolean; a null QVariant or an empty string -> no cell; anything else -> its text. False once writing failed.
    bool writeRow(const QVariantList &cells);
    bool writeRow(const QStringList &cells);
    // Completes the workbook; before it the device holds no valid file. False when any write failed.
    bool finish();

    bool hasError() const { return m_failed; }
    QString errorString() const { return m_errorString; }

    // Text as an XLSX string holds it (ECMA-376 ST_Xstring): characters XML 1.0 cannot carry, and CR (which XML
    // turns into LF), as _xHHHH_; a literal "_xHHHH_" protected as "_x005F_xHHHH_".
    static QString escapeText(QStringView text);
    // A valid sheet name: at most 31 characters, none of []:*?/\, not empty.
    static QString validSheetName(const QString &name);

private:
    bool start();
    bool writeSmallPart(const QString &name, const QByteArray &bytes);
    bool openPart(const QString &name);
    bool fail(const QString &message);

    QIODevice *m_device;
    QString m_sheetName;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_part; // the part being written: a small one, then the sheet
    std::unique_ptr<QXmlStreamWriter> m_xml;
    int m_row = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
    QString m_errorString;
};
