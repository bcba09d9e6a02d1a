#pragma once

#include <QStringList>

class QIODevice;

// The starting file `invitedesk-cli template` writes: every column Invitedesk reads, with one example row that
// validates clean.
class TemplateWriter
{
public:
    static QStringList header();
    static QStringList exampleRow();
    // Writes the template as CSV (UTF-8 with BOM, CRLF). Returns false when the device failed.
    static bool writeCsv(QIODevice &device);
    // Writes the template as an XLSX workbook (sheet "Invitees"; the device must be seekable). Each example value
    // is a cell of the type Invitedesk gives it (MetadataColumns::typedValue): 30 a number, true a boolean, 0012 and
    // the JSON text strings. Returns false when the device failed.
    static bool writeXlsx(QIODevice &device);
};
