#pragma once

#include "TextDecoder.h"
#include "core/Invitee.h"

#include <QChar>
#include <QString>

#include <array>
#include <optional>

// How to read an invitee file or pasted text, as the import dialog sets it: the text's encoding, separator and quote,
// whether there is a header row and how many rows come before it, the workbook sheet, and which source column feeds
// each Invitedesk field. The defaults read a file the way Invitedesk always has (everything detected).
struct ImportOptions
{
    // A field's entry in the mapping: a 0-based source column, or one of these.
    static constexpr int NotPresent = -1;
    // Metadata fields only: built from the dotted columns (public_metadata.KEY) alone. A column index for a metadata
    // field is its whole-JSON column; dotted columns are merged into it unless the field is NotPresent.
    static constexpr int DottedColumns = -2;
    using Mapping = std::array<int, Invitee::FieldCount>;

    std::optional<TextDecoder::Encoding> encoding; // nullopt: detected (BOM, UTF-8, else Windows-1252)
    QChar separator;                               // QChar(): detected among , ; TAB |
    QChar quote = QLatin1Char('"');                // QChar(): no quoting
    bool headerRow = true;                         // false: columns are named "Column 1", "Column 2", ...
    int skipRows = 0;                              // rows (as numbered in the file or sheet) before the header
    QString sheet;                                 // empty: the workbook's first visible sheet
    std::optional<Mapping> mapping;                // nullopt: matched by header names (ColumnMapper::setHeader)

    friend bool operator==(const ImportOptions &, const ImportOptions &) = default;

    // The name of a headerless source column: "Column 3" for index 2.
    static QString columnName(int column);

    // Stable, untranslated keys for settings: "auto", "utf-8", "utf-16le", "utf-16be", "windows-1252",
    // "iso-8859-1", "iso-8859-15" / "auto", "tab" or the character / "none" or the character.
    static QString encodingKey(std::optional<TextDecoder::Encoding> encoding);
    static std::optional<TextDecoder::Encoding> encodingFromKey(const QString &key);
    static QString characterKey(QChar c, const QString &nullKey);
    static QChar characterFromKey(const QString &key, const QString &nullKey, QChar fallback);
};
