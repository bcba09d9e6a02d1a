#include "JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

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
    const bool dark = isDark(QGuiApplication::palette());
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x3f, 0x9e));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_keyword.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
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
