#pragma once

#include <QByteArrayView>
#include <QString>

// Turns the bytes of an exported spreadsheet file into text: honours a byte order mark, takes strict UTF-8 when the
// bytes are valid UTF-8 and falls back to Windows-1252 (what Excel writes on Windows) otherwise; or decodes with an
// encoding the user chose.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252, Latin1, Latin9 };

    struct Result
    {
        QString text; // without the byte order mark
        Encoding encoding = Encoding::Utf8;
    };

    // BOM first (UTF-8 EF BB BF, UTF-16 LE FF FE, UTF-16 BE FE FF), then strict UTF-8, else Windows-1252.
    static Result decode(QByteArrayView bytes);
    // Decodes with the given encoding whatever the bytes look like; a byte order mark of that encoding is dropped
    // (Utf8 and Utf8WithBom both drop a UTF-8 one). Bytes that are not valid in it become U+FFFD.
    static Result decode(QByteArrayView bytes, Encoding encoding);
    // A stable, untranslated name such as "UTF-8 with BOM", "Windows-1252" or "ISO-8859-15".
    static QString encodingName(Encoding encoding);
    // True for data that is not text: NUL bytes in a file without a UTF-16 byte order mark, or a high share of control
    // characters. Only the first 64 KiB are looked at.
    static bool looksBinary(QByteArrayView bytes);
};
