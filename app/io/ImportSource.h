#pragma once

#include "ImportOptions.h"
#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class InviteeImporter;
class SheetReader;

// One input of the import dialog, loaded once and read again under each ImportOptions the user tries: a file (a text
// file's bytes kept and decoded once per encoding, a workbook kept open with its sheets, styles and shared strings
// loaded) or pasted text. Reading goes through InviteeImporter, so the preview shows exactly what the import will read.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    // Reads path (a text file's bytes, or checks that a workbook opens); errorString() says when it cannot be.
    static ImportSource fromFile(const QString &path);
    // Pasted text; displayName stands for it in messages.
    static ImportSource fromText(const QString &text, const QString &displayName);

    bool ok() const { return m_errorString.isEmpty(); }
    // One line naming the file, when it cannot be read at all.
    QString errorString() const { return m_errorString; }
    QString path() const { return m_path; } // empty for pasted text
    QString displayName() const { return m_displayName; }
    bool isWorkbook() const { return m_workbookReader != nullptr; }
    bool isPastedText() const { return m_path.isEmpty(); }
    // Big enough that previews should wait until the user stops changing options.
    bool isLarge() const;

    struct Preview
    {
        QStringList header;      // the source columns ("Column 1", ... without a header row)
        QList<QStringList> rows; // the first data rows as text, as the reader gave them
        ImportResult result;     // the same rows mapped (result.invitees), or why they cannot be read
    };
    // The first rowLimit data rows under options. Without options.mapping, the header's names are matched without
    // failing (result.mapping says how); without an email column result is still ok.
    Preview preview(const ImportOptions &options, int rowLimit);
    // The whole input under options: what the import reads.
    ImportResult import(const ImportOptions &options);

private:
    InviteeImporter importer(const ImportOptions &options) const;
    ImportResult read(const InviteeImporter &importer, const ImportOptions &options);
    // The text decoded with the encoding options ask for (cached), or nullopt with the reason in error.
    bool decode(const ImportOptions &options, QString *error);

    QString m_path;
    QString m_displayName;
    std::shared_ptr<SheetReader> m_workbookReader; // set for an XLSX or ODS file; shared by copies, only read
    qint64 m_fileBytes = 0;
    QByteArray m_bytes;
    QString m_text;
    TextDecoder::Encoding m_textEncoding = TextDecoder::Encoding::Utf8;
    std::optional<std::optional<TextDecoder::Encoding>> m_decodedWith; // the choice m_text was decoded for
    QString m_errorString;
};
