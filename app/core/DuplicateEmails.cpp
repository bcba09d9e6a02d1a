#include "DuplicateEmails.h"

#include "Validator.h"

#include <utility>

// Hashes the case-folded code points, matching QStringView::compare(Qt::CaseInsensitive): texts that compare equal
// hash alike. FNV-1a as the text is folded, then mixed so that the low bits the table uses spread well.
static quint32 caseFoldedHash(QStringView text) noexcept
{
    quint32 hash = 2166136261u;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            c = (c >= u'A' && c <= u'Z') ? c + (u'a' - u'A') : c;
        } else {
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                ++i;
            }
            c = QChar::toCaseFolded(c);
        }
        hash = (hash ^ c) * 16777619u;
    }
    hash ^= hash >> 16;
    hash *= 0x7feb352du;
    return hash ^ (hash >> 15);
}

static QStringView emailOf(const QList<Invitee> &invitees, int row)
{
    return QStringView(invitees.at(row).value(Invitee::Email)).trimmed();
}

// The smallest power of two that holds twice the rows.
static qsizetype slotCountFor(qsizetype rows)
{
    qsizetype count = 16;
    while (count < 2 * rows) {
        count *= 2;
    }
    return count;
}

DuplicateEmails::DuplicateEmails(qsizetype expectedRows)
    : m_slots(slotCountFor(expectedRows))
{}

int DuplicateEmails::firstRowOf(const QList<Invitee> &invitees, int row)
{
    if (2 * (m_used + 1) > m_slots.size()) {
        grow();
    }
    const QStringView email = emailOf(invitees, row);
    const quint32 hash = caseFoldedHash(email);
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.rowPlusOne == 0) {
            slot = {hash, row + 1};
            ++m_used;
            return row;
        }
        const int earlier = slot.rowPlusOne - 1;
        if (slot.hash == hash && emailOf(invitees, earlier).compare(email, Qt::CaseInsensitive) == 0) {
            return earlier;
        }
    }
}

void DuplicateEmails::grow()
{
    const QList<Slot> old = std::exchange(m_slots, QList<Slot>(2 * m_slots.size()));
    const qsizetype mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.rowPlusOne != 0) {
            qsizetype i = slot.hash & mask;
            while (m_slots.at(i).rowPlusOne != 0) {
                i = (i + 1) & mask;
            }
            m_slots[i] = slot;
        }
    }
}

QList<CellProblem> DuplicateEmails::take(const QList<Invitee> &invitees, const QList<CellProblem> &rowProblems)
{
    QList<CellProblem> problems;
    problems.reserve(rowProblems.size());
    qsizetype next = 0; // the first of rowProblems not yet copied
    const int rowCount = static_cast<int>(invitees.size());
    for (int row = static_cast<int>(m_rowsTaken); row < rowCount; ++row) {
        const bool emailProblem = next < rowProblems.size() && rowProblems.at(next).row == row &&
                                  rowProblems.at(next).field == Invitee::Email;
        if (const int first = emailProblem ? row : firstRowOf(invitees, row); first != row) {
            problems.append({row, Invitee::Email, CellProblem::Duplicate,
                             tr("same email as row %1").arg(Validator::displayRow(invitees.at(first), first))});
        }
        for (; next < rowProblems.size() && rowProblems.at(next).row == row; ++next) {
            problems.append(rowProblems.at(next));
        }
    }
    m_rowsTaken = invitees.size();
    return problems;
}
