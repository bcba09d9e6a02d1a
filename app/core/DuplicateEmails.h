#pragma once

#include "CellProblem.h"
#include "Invitee.h"

#include <QCoreApplication>
#include <QList>

// Finds repeated emails among rows taken in input order, all at once (Validator::withDuplicates()) or a part at a
// time as a file is read: a row whose valid email (trimmed, compared case-insensitively) an earlier row had is a
// duplicate of the first such row.
class DuplicateEmails
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateEmails)

public:
    explicit DuplicateEmails(qsizetype expectedRows = 0);

    // Takes the rows of invitees from rowsTaken() to the end; the rows before must be the ones taken before.
    // rowProblems are their per-row problems, ordered by row, then field (Validator::validateRows()); a row whose
    // email has one is not compared. Returns rowProblems with a Duplicate problem on the email of each repeating row
    // added, in the same order.
    QList<CellProblem> take(const QList<Invitee> &invitees, const QList<CellProblem> &rowProblems);
    qsizetype rowsTaken() const { return m_rowsTaken; }

private:
    // One row's email in the table: the hash of its case-folded text, and the row + 1 (0 for an empty slot).
    struct Slot
    {
        quint32 hash = 0;
        qint32 rowPlusOne = 0;
    };

    // The first row with the email at row of invitees, which becomes it when there is none.
    int firstRowOf(const QList<Invitee> &invitees, int row);
    void grow();

    // An open-addressing table (linear probing, at most half full): one probe into 8-byte slots finds most emails,
    // where QHash, growing each span's storage as it fills, took a fifth of a large file's check.
    QList<Slot> m_slots;
    qsizetype m_used = 0;
    qsizetype m_rowsTaken = 0;
};
