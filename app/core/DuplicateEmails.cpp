#include "DuplicateEmails.h"

#include "FieldValues.h"
#include "Validator.h"

#include <array>
#include <utility>

// Hashes the case-folded text, matching QStringView::compare(Qt::CaseInsensitive). Valid emails are at most 254
// characters: they are folded on the stack and hashed by Qt's (vectorized) string hash.
static size_t caseFoldedHash(QStringView text) noexcept
{
    std::array<char16_t, FieldValues::MaxEmailLength> folded; // folding never lengthens the text
    if (text.size() > FieldValues::MaxEmailLength) {
        return qHash(text.size());
    }
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            folded[length++] = (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + (u'a' - u'A')) : char16_t(c);
            continue;
        }
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        c = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(c)) {
            folded[length++] = QChar::highSurrogate(c);
            folded[length++] = QChar::lowSurrogate(c);
        } else {
            folded[length++] = static_cast<char16_t>(c);
        }
    }
    return qHash(QStringView(folded.data(), length));
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
    const auto hash = static_cast<quint32>(caseFoldedHash(email));
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
