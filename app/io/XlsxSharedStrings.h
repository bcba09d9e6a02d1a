#pragma once

#include <QList>
#include <QString>

class QXmlStreamReader;

// The shared string table of an XLSX workbook (sharedStrings.xml), plus the text rules every XLSX string follows:
// rich text runs concatenated, phonetic guides left out, and _xHHHH_ escapes decoded.
class XlsxSharedStrings
{
public:
    // The most strings a table may hold; more is refused as damaged (each costs memory even when empty).
    static constexpr qsizetype MaxStrings = 8 << 20;

    // Reads sharedStrings.xml. False when there are more than MaxStrings strings; an XML error is left in xml for the
    // caller to report.
    bool load(QXmlStreamReader &xml);

    qsizetype size() const { return m_strings.size(); }
    // The string at index; nullptr when there is none.
    const QString *at(qsizetype index) const
    {
        return index >= 0 && index < m_strings.size() ? &m_strings.at(index) : nullptr;
    }

    // Reads the text of the rich-text element the reader stands on (<si> or an inline <is>), up to its end
    // element: every <t> in order, except those of phonetic runs (<rPh>), escapes decoded.
    static QString readRichText(QXmlStreamReader &xml);
    // Decodes ECMA-376 escapes: "_x000D_" -> CR, "_x005F_" -> '_' (so "_x005F_x000D_" is the literal text).
    static QString decodeEscapes(QString text);

private:
    QList<QString> m_strings;
};
