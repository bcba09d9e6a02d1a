#include "AddressListParser.h"

#include "core/FieldValues.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// One entry of a pasted list and the line it is on.
struct Entry
{
    QString text;
    int line = 0;
    bool named = false; // came as "Name <addr>"
};

// Splits text into entries. A line break ends everything open; ',' and ';' end an entry outside quotes; white space
// separates entries outside quotes and <>; "Name <addr>" is the one entry addr; (comments) are left out.
class EntryScanner
{
public:
    QList<Entry> scan(QStringView text)
    {
        for (const QChar c : text) {
            if (c == u'\n' || c == u'\r') {
                flush();
                ++m_line;
            } else if (m_inQuote) {
                if (c == u'"') {
                    m_inQuote = false;
                } else {
                    m_word += c;
                }
            } else if (m_parenDepth > 0) {
                m_parenDepth += c == u'(' ? 1 : c == u')' ? -1 : 0;
                m_comment += c;
            } else if (c == u',' || c == u';') {
                flush();
            } else if (m_inAngle) {
                if (c == u'>') {
                    m_inAngle = false;
                } else if (!c.isSpace()) {
                    m_angle += c;
                }
            } else if (c == u'(') {
                m_parenDepth = 1;
                m_comment = c;
            } else if (c == u'"') {
                m_inQuote = true;
            } else if (c == u'<') {
                m_inAngle = true;
                m_hasAngle = true;
                m_angle.clear();
            } else if (c.isSpace()) {
                endWord();
            } else {
                m_word += c;
            }
        }
        flush();
        return std::move(m_entries);
    }

private:
    void endWord()
    {
        if (!m_word.isEmpty()) {
            m_words.append(m_word);
            m_word.clear();
        }
    }

    void add(QString text, bool named)
    {
        if (text.startsWith(u"mailto:", Qt::CaseInsensitive)) {
            text.remove(0, 7);
        }
        if (!text.isEmpty()) {
            m_entries.append({std::move(text), m_line, named});
        }
    }

    void flush()
    {
        endWord();
        if (m_parenDepth > 0) {
            // A comment never closed is no comment: its words stay, to be seen.
            m_words += m_comment.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
        }
        m_comment.clear();
        if (m_hasAngle && !m_angle.isEmpty()) {
            add(m_angle, true); // the words before it are the name
        } else {
            for (QString &word : m_words) {
                add(std::move(word), false);
            }
        }
        m_words.clear();
        m_angle.clear();
        m_inQuote = m_inAngle = m_hasAngle = false;
        m_parenDepth = 0;
    }

    QList<Entry> m_entries;
    QStringList m_words;
    QString m_word;
    QString m_angle;
    QString m_comment;
    int m_line = 0;
    int m_parenDepth = 0;
    bool m_inQuote = false;
    bool m_inAngle = false;
    bool m_hasAngle = false;
};

} // namespace

bool AddressListParser::isAddressList(QStringView text, bool fromSpreadsheet)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\t') || trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        return false;
    }
    const QList<Entry> found = EntryScanner().scan(trimmed);
    qsizetype withAt = 0;
    bool severalOnALine = false;
    QHash<int, int> perLine;
    for (const Entry &entry : found) {
        withAt += entry.text.contains(u'@') ? 1 : 0;
        severalOnALine = severalOnALine || ++perLine[entry.line] > 1;
    }
    if (found.size() == 1) {
        // One "Name <addr>" copied from a mail client.
        return found.first().named && withAt == 1 && !fromSpreadsheet;
    }
    if (found.size() < 2 || withAt * 2 < found.size()) {
        return false;
    }
    return severalOnALine || !fromSpreadsheet;
}

QStringList AddressListParser::entries(QStringView text)
{
    QStringList texts;
    for (Entry &entry : EntryScanner().scan(text)) {
        texts.append(std::move(entry.text));
    }
    return texts;
}

AddressList AddressListParser::parse(QStringView text, const QSet<QString> &known)
{
    AddressList list;
    QSet<QString> seen;
    for (QString &entry : entries(text)) {
        const QString entryKey = key(entry);
        if (seen.contains(entryKey)) {
            ++list.repeats;
            continue;
        }
        seen.insert(entryKey);
        if (known.contains(entryKey)) {
            ++list.alreadyInTable;
            continue;
        }
        if (!FieldValues::isValidEmail(entry)) {
            list.invalid.append(list.addresses.size());
        }
        list.addresses.append(std::move(entry));
    }
    return list;
}
