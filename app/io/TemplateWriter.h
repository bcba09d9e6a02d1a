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
};
