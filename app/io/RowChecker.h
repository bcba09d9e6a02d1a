#pragma once

#include "InputCheck.h"
#include "core/DuplicateEmails.h"
#include "core/Validator.h"

// Checks invitee rows in input order, all at once or a part at a time as a file is read: the per-row rules, repeated
// emails against every row before, the verdict, and the payload of each row fit to send.
class RowChecker
{
public:
    explicit RowChecker(const QString &defaultRole) { m_validator.setDefaultRole(defaultRole); }

    // Checks the rows of invitees from rowsChecked() to the end; the earlier rows must be the ones checked before.
    void check(const QList<Invitee> &invitees);
    qsizetype rowsChecked() const { return m_duplicates.rowsTaken(); }

    // Moves what the checks found into result: problems, payloads and their rows, the verdicts and their counts.
    void takeFindings(InputCheck::Result &result);

private:
    Validator m_validator;
    DuplicateEmails m_duplicates;
    InputCheck::Result m_findings; // its import stays empty
};
