#include "JsonHighlighter.h"

#include "PaletteContrast.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

qsizetype skipString(const QString &text, qsizetype start)
{
    qsizetype i = start + 1;
    while (i < text.size()) {
        if (text.at(i) == u'\\') {
            i += 2;
            continue;
        }
        if (text.at(i) == u'"') {
            return i + 1;
        }
        ++i;
    }
    return text.size();
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    updateColors();
}

void JsonHighlighter::updateColors()
{
    updateColors(QGuiApplication::palette());
}

void JsonHighlighter::updateColors(const QPalette &palette)
{
    // The dark variants are chosen by the base colour the text sits on, not the window's.
    QPalette byBase = palette;
    byBase.setColor(QPalette::Window, palette.color(QPalette::Base));
    const double minimum = PaletteContrast::isHighContrast(palette) ? 7.0 : PaletteContrast::TextRatio;
    const auto color = [&](const QColor &light, const QColor &dark) {
        return PaletteContrast::pick(byBase, light, dark, minimum);
    };
    m_key.setForeground(color(QColor(0x00, 0x3f, 0x9e), QColor(0x9c, 0xdc, 0xfe)));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(color(QColor(0xa3, 0x15, 0x15), QColor(0xce, 0x91, 0x78)));
    m_number.setForeground(color(QColor(0x09, 0x86, 0x58), QColor(0xb5, 0xce, 0xa8)));
    m_keyword.setForeground(color(QColor(0x00, 0x00, 0xff), QColor(0x56, 0x9c, 0xd6)));
    m_keyword.setFontItalic(true); // not by colour alone: true, false and null also lean
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const qsizetype end = skipString(text, i);
            // A string followed by ':' is a key.
            qsizetype next = end;
            while (next < text.size() && text.at(next).isSpace()) {
                ++next;
            }
            const bool key = next < text.size() && text.at(next) == u':';
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || (c == u'-' && i + 1 < text.size() && text.at(i + 1).isDigit())) {
            const qsizetype start = i;
            while (i < text.size() && isNumberChar(text.at(i))) {
                ++i;
            }
            setFormat(int(start), int(i - start), m_number);
        } else if (c.isLetter()) {
            const qsizetype start = i;
            while (i < text.size() && text.at(i).isLetter()) {
                ++i;
            }
            const QStringView word = QStringView(text).mid(start, i - start);
            if (word == u"true" || word == u"false" || word == u"null") {
                setFormat(int(start), int(i - start), m_keyword);
            }
        } else {
            ++i;
        }
    }
}
