#pragma once

#include "ZipPackage.h"

#include <QCoreApplication>
#include <QString>

// Tells what an input file holds by its content, not its name: delimited text, an XLSX or an ODS workbook, or
// something that looks like a spreadsheet but cannot be read (an old .xls, a password-protected workbook, an .xlsb,
// another kind of ZIP or Office file), with the one-line message to show for it.
class SpreadsheetFormat
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetFormat)

public:
    enum class Kind {
        Text,       // CSV, TSV, or anything else CsvReader judges (including files it cannot open or binary data)
        Xlsx,       // a ZIP package whose content types name a SpreadsheetML workbook
        Ods,        // a ZIP package whose mimetype is an OpenDocument spreadsheet
        Unsupported // see problem
    };

    struct Detection
    {
        Kind kind = Kind::Text;
        QString problem; // for Unsupported: what the file is and what to do, one line without the file name
    };

    // Looks at the first bytes: a ZIP archive is opened within limits and judged by its mimetype or
    // [Content_Types].xml; an OLE compound file ("D0 CF 11 E0") is an encrypted Office workbook when it holds an
    // EncryptedPackage stream and an old Excel (.xls) file otherwise; a BIFF record at the start is an even older
    // .xls. Everything else is Text.
    static Detection detect(const QString &path, const ZipPackage::Limits &limits = {});

private:
    static Detection detectZip(const QString &path, const ZipPackage::Limits &limits);
    static Detection detectCompoundFile(const QString &path);
};
