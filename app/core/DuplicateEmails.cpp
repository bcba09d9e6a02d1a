#include "DuplicateEmails.h"

#include "FieldValues.h"
#include "Validator.h"

#include <array>

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

QList<CellProblem> DuplicateEmails::take(const QList<Invitee> &invitees, const QList<CellProblem> &rowProblems)
{
    QList<CellProblem> problems;
    problems.reserve(rowProblems.size());
    qsizetype next = 0; // the first of rowProblems not yet copied
    const int rowCount = static_cast<int>(invitees.size());
    for (int row = static_cast<int>(m_rowsTaken); row < rowCount; ++row) {
        const bool emailProblem = next < rowProblems.size() && rowProblems.at(next).row == row &&
                                  rowProblems.at(next).field == Invitee::Email;
        if (!emailProblem) {
            const QStringView email = QStringView(invitees.at(row).value(Invitee::Email)).trimmed();
            int &first = m_firstRows[Key{email, caseFoldedHash(email)}];
            if (first == 0) {
                first = row + 1;
            } else {
                const int earlier = first - 1;
                problems.append({row, Invitee::Email, CellProblem::Duplicate,
                                 tr("same email as row %1").arg(Validator::displayRow(invitees.at(earlier), earlier))});
            }
        }
        for (; next < rowProblems.size() && rowProblems.at(next).row == row; ++next) {
            problems.append(rowProblems.at(next));
        }
    }
    m_rowsTaken = invitees.size();
    return problems;
}
