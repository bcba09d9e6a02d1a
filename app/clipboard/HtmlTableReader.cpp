#include "HtmlTableReader.h"

#include "HtmlEntities.h"
#include "HtmlTableGrid.h"

#include <algorithm>
#include <limits>

namespace {

// HTML's own bounds: browsers clamp colspan to 1000 and rowspan to 65534.
constexpr int MaxColspan = 1000;
constexpr int MaxRowspan = 65534;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isTagSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// One start or end tag: its name (a view into the HTML) and the two attributes a table cell needs.
struct Tag
{
    QStringView name;
    bool end = false;
    int colspan = 1;
    int rowspan = 1;
};

// The number an attribute starts with, as browsers read "2" or " 2px"; fallback when there is none.
int leadingNumber(QStringView value, int fallback, int max)
{
    value = value.trimmed();
    qint64 number = 0;
    qsizetype digits = 0;
    for (; digits < value.size() && value[digits] >= u'0' && value[digits] <= u'9'; ++digits) {
        number = std::min<qint64>(number * 10 + (value[digits].unicode() - u'0'), max);
    }
    return digits == 0 ? fallback : int(number);
}

// Walks the HTML once, left to right; every loop moves pos forward.
class TagScanner
{
public:
    explicit TagScanner(QStringView html)
        : m_html(html)
    {}

    bool atEnd() const { return m_pos >= m_html.size(); }

    // The text up to the next '<' (possibly empty).
    QStringView text()
    {
        const qsizetype start = m_pos;
        const qsizetype next = m_html.indexOf(u'<', m_pos);
        m_pos = next < 0 ? m_html.size() : next;
        return m_html.sliced(start, m_pos - start);
    }

    // At a '<': reads the tag, comment or declaration there. True with tag filled for a start or end tag; false for
    // a comment or declaration (skipped) and for a '<' that starts no tag (then literal is set).
    bool markup(Tag &tag, bool &literal)
    {
        literal = false;
        const QStringView rest = m_html.sliced(m_pos);
        if (rest.startsWith(u"<!--")) {
            // Also "<!-->": the end is searched from the second dash.
            skipPast(u"-->", m_pos + 2);
            return false;
        }
        const QChar next = rest.size() > 1 ? rest[1] : QChar();
        if (next == u'!' || next == u'?') {
            skipPast(u">", m_pos);
            return false;
        }
        if (next == u'/') {
            if (rest.size() > 2 && isAsciiLetter(rest[2])) {
                m_pos += 2;
                tag = Tag{readName(), true};
                skipAttributes(tag);
                return true;
            }
            skipPast(u">", m_pos); // "</>" or a bogus comment
            return false;
        }
        if (isAsciiLetter(next)) {
            m_pos += 1;
            tag = Tag{readName(), false};
            skipAttributes(tag);
            return true;
        }
        literal = true;
        m_pos += 1;
        return false;
    }

    // Skips the content of an element whose text is not shown (style, script, ...): up to and past </name>.
    void skipContentOf(QStringView name)
    {
        const QString close = QStringLiteral("</") + name.toString();
        const qsizetype at = m_html.indexOf(close, m_pos, Qt::CaseInsensitive);
        if (at < 0) {
            m_pos = m_html.size();
            return;
        }
        m_pos = at + close.size();
        skipPast(u">", m_pos);
    }

private:
    void skipPast(QStringView marker, qsizetype from)
    {
        const qsizetype at = m_html.indexOf(marker, from);
        m_pos = at < 0 ? m_html.size() : at + marker.size();
    }

    QStringView readName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_html.size() && !isTagSpace(m_html[m_pos]) && m_html[m_pos] != u'/' && m_html[m_pos] != u'>') {
            ++m_pos;
        }
        return m_html.sliced(start, m_pos - start);
    }

    // Reads attributes up to and past the closing '>', keeping colspan and rowspan.
    void skipAttributes(Tag &tag)
    {
        while (m_pos < m_html.size()) {
            const QChar c = m_html[m_pos];
            if (c == u'>') {
                ++m_pos;
                return;
            }
            if (isTagSpace(c) || c == u'/') {
                ++m_pos;
                continue;
            }
            const qsizetype nameStart = m_pos;
            ++m_pos; // a name may start with any character, '=' included
            while (m_pos < m_html.size() && !isTagSpace(m_html[m_pos]) && m_html[m_pos] != u'/' &&
                   m_html[m_pos] != u'>' && m_html[m_pos] != u'=') {
                ++m_pos;
            }
            const QStringView name = m_html.sliced(nameStart, m_pos - nameStart);
            skipSpaces();
            if (m_pos >= m_html.size() || m_html[m_pos] != u'=') {
                continue;
            }
            ++m_pos;
            skipSpaces();
            const QStringView value = readValue();
            if (name.compare(u"colspan", Qt::CaseInsensitive) == 0) {
                tag.colspan = std::max(1, leadingNumber(value, 1, MaxColspan));
            } else if (name.compare(u"rowspan", Qt::CaseInsensitive) == 0) {
                // 0 spans to the end of the table in a browser; here it is one row, which needs no filling.
                tag.rowspan = std::max(1, leadingNumber(value, 1, MaxRowspan));
            }
        }
    }

    QStringView readValue()
    {
        if (m_pos >= m_html.size()) {
            return {};
        }
        const QChar quote = m_html[m_pos];
        if (quote == u'"' || quote == u'\'') {
            const qsizetype start = m_pos + 1;
            const qsizetype end = m_html.indexOf(quote, start);
            m_pos = end < 0 ? m_html.size() : end + 1;
            return m_html.sliced(start, (end < 0 ? m_html.size() : end) - start);
        }
        const qsizetype start = m_pos;
        while (m_pos < m_html.size() && !isTagSpace(m_html[m_pos]) && m_html[m_pos] != u'>') {
            ++m_pos;
        }
        return m_html.sliced(start, m_pos - start);
    }

    void skipSpaces()
    {
        while (m_pos < m_html.size() && isTagSpace(m_html[m_pos])) {
            ++m_pos;
        }
    }

    QStringView m_html;
    qsizetype m_pos = 0;
};

// Whether a tag name is the lower-case name given, in any case. Cheap: most names differ in length.
bool is(QStringView name, QStringView lowerCase)
{
    return name.size() == lowerCase.size() && name.compare(lowerCase, Qt::CaseInsensitive) == 0;
}

// Elements whose content a browser does not show as text: skipped whole. LibreOffice writes cell notes as <comment>.
bool hidesContent(QStringView name)
{
    for (const char16_t *hidden : {u"style", u"script", u"title", u"template", u"noscript", u"comment"}) {
        if (is(name, hidden)) {
            return true;
        }
    }
    return false;
}

// Elements that break a line of text inside a cell.
bool isBlock(QStringView name)
{
    for (const char16_t *block : {u"p", u"div", u"li", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6"}) {
        if (is(name, block)) {
            return true;
        }
    }
    return false;
}

void appendDecoded(QStringView text, HtmlTableGrid &grid)
{
    if (!text.contains(u'&')) {
        grid.appendText(text);
        return;
    }
    grid.appendText(HtmlEntities::decode(text));
}

} // namespace

bool HtmlTableReader::read(QStringView html)
{
    m_rows.clear();
    m_errorString.clear();
    m_hasTable = false;
    if (html.size() > m_limits.maxChars) {
        m_errorString = tr("The table on the clipboard is larger than %n character(s).", nullptr,
                           int(std::min<qsizetype>(m_limits.maxChars, std::numeric_limits<int>::max())));
        return false;
    }

    HtmlTableGrid grid({m_limits.maxRows, m_limits.maxColumns, m_limits.maxCellChars, m_limits.maxCells});
    TagScanner scanner(html);
    int tableDepth = 0;
    Tag tag;
    bool literal = false;
    while (!scanner.atEnd() && grid.overflow() == HtmlTableGrid::Overflow::None) {
        const QStringView text = scanner.text();
        if (grid.inCell() && !text.isEmpty()) {
            appendDecoded(text, grid);
        }
        if (scanner.atEnd()) {
            break;
        }
        if (!scanner.markup(tag, literal)) {
            if (literal && grid.inCell()) {
                grid.appendText(u"<");
            }
            continue;
        }
        if (is(tag.name, u"table")) {
            if (!tag.end) {
                ++tableDepth;
                m_hasTable = true;
            } else if (tableDepth > 0 && --tableDepth == 0) {
                break; // the first table is all that is read
            }
            grid.blockBreak(); // a table inside a cell is a block of its text
            continue;
        }
        if (!tag.end && hidesContent(tag.name)) {
            scanner.skipContentOf(tag.name);
            continue;
        }
        if (tableDepth == 0) {
            continue;
        }
        if (is(tag.name, u"br")) { // "</br>" is a <br> too
            grid.lineBreak();
        } else if (isBlock(tag.name)) {
            grid.blockBreak();
        } else if (tableDepth > 1) {
            // A table inside a cell: its rows are lines of the cell's text, its cells words.
            if (is(tag.name, u"tr")) {
                grid.blockBreak();
            } else if (!tag.end && (is(tag.name, u"td") || is(tag.name, u"th"))) {
                grid.appendText(u" ");
            }
        } else if (is(tag.name, u"tr")) {
            tag.end ? grid.endRow() : grid.startRow();
        } else if (is(tag.name, u"td") || is(tag.name, u"th")) {
            tag.end ? grid.endCell() : grid.startCell(tag.colspan, tag.rowspan);
        }
    }
    grid.finish();

    switch (grid.overflow()) {
    case HtmlTableGrid::Overflow::None:
        m_rows = grid.takeRows();
        return true;
    case HtmlTableGrid::Overflow::Rows:
        m_errorString = tr("The table on the clipboard has more than %n row(s).", nullptr, m_limits.maxRows);
        break;
    case HtmlTableGrid::Overflow::Columns:
        m_errorString =
            tr("Row %1 of the table on the clipboard has more than %n column(s).", nullptr, m_limits.maxColumns)
                .arg(grid.overflowRow());
        break;
    case HtmlTableGrid::Overflow::CellChars:
        m_errorString = tr("Row %1, column %2 of the table on the clipboard is longer than %n character(s).", nullptr,
                           m_limits.maxCellChars)
                            .arg(grid.overflowRow())
                            .arg(grid.overflowColumn());
        break;
    case HtmlTableGrid::Overflow::Cells:
        m_errorString = tr("The table on the clipboard has more than %n cell(s) (at row %1).", nullptr,
                           int(std::min<qsizetype>(m_limits.maxCells, std::numeric_limits<int>::max())))
                            .arg(grid.overflowRow());
        break;
    }
    return false;
}
