#pragma once

#include <QStringView>

// Recognizes the plain JSON objects metadata cells hold (what the ColumnMapper writes from dotted columns, and objects
// typed by hand) without QJsonDocument, and copies them compactly as UTF-8. It only ever says yes to text
// QJsonDocument reads as a JSON object; a no means "ask QJsonDocument".
class PlainJsonObject
{
public:
    // An object, with JSON white space around it and between tokens, of strings (no control characters, no lone
    // surrogates, no \u escape of a surrogate, no
    // byte order mark U+FEFF, which QJsonDocument drops from the start of a string), numbers written
    // -?(0|[1-9][0-9]*)(.[0-9]+)? with at most 15 digits before and after the point, true, false, null, arrays and
    // objects, nested at most MaxDepth deep.
    static bool recognizes(QStringView text);

    // Writes a recognized text to out as UTF-8 with the white space between tokens left out and everything else as
    // written (the user's key order, numbers and escapes as typed) and returns the end of what it wrote; nullptr,
    // with out's bytes undefined, when the text is not recognized. out must have room for utf8Bound(text) bytes.
    static char *writeCompactUtf8(char *out, QStringView text);
    static qsizetype utf8Bound(QStringView text) { return 3 * text.size(); }

    static constexpr int MaxDepth = 32;
};
