#pragma once

#include "CellProblem.h"
#include "Invitee.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// Finds repeated emails among rows taken in input order, all at once (Validator::withDuplicates()) or a part at a
// time as a file is read: a row whose valid email (trimmed, compared case-insensitively) an earlier row had is a
// duplicate of the first such row. The invitees must outlive it: it keeps views of their emails.
class DuplicateEmails
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateEmails)

public:
    explicit DuplicateEmails(qsizetype expectedRows = 0) { m_firstRows.reserve(expectedRows); }

    // Takes the rows of invitees from rowsTaken() to the end. rowProblems are their per-row problems, ordered by row,
    // then field (Validator::validateRows()); a row whose email has one is not compared. Returns rowProblems with a
    // Duplicate problem on the email of each repeating row added, in the same order.
    QList<CellProblem> take(const QList<Invitee> &invitees, const QList<CellProblem> &rowProblems);
    qsizetype rowsTaken() const { return m_rowsTaken; }

private:
    // A trimmed email viewing the invitee's own string (so 100,000 rows copy none) with its case-folded hash (so
    // probing the table compares text only when the hashes match).
    struct Key
    {
        QStringView text;
        size_t hash;

        friend bool operator==(const Key &a, const Key &b) noexcept
        {
            return a.hash == b.hash && a.text.compare(b.text, Qt::CaseInsensitive) == 0;
        }
        friend size_t qHash(const Key &key, size_t seed) noexcept { return key.hash ^ seed; }
    };

    QHash<Key, int> m_firstRows; // row + 1 of the first row with each valid email
    qsizetype m_rowsTaken = 0;
};
