#pragma once

#include <QString>
#include <QStringView>

// Decodes the character references of HTML text as a browser does: named ones a spreadsheet writes (&amp; &nbsp;
// &quot; ...), decimal and hexadecimal ones (&#39; &#x2014;), the few legacy names that may lack the semicolon.
class HtmlEntities
{
public:
    // Decodes the reference that starts with the '&' at text[at], appending its characters to out. Returns how many
    // characters of text it used; 0 when no reference starts there (the '&' is then plain text).
    static qsizetype decodeAt(QStringView text, qsizetype at, QString &out);
    // text with every reference decoded.
    static QString decode(QStringView text);
};
