#pragma once

#include "CellProblem.h"
#include "Invitee.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Checks invitee rows against what Clerk accepts and finds repeated emails, naming the cell and what is wrong with it.
// The rules are in FieldValues, which the payload builder shares.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    // The role a row with an empty role cell gets when nobody chose another.
    static QString builtInDefaultRole() { return QStringLiteral("org:member"); }

    // The role used for rows whose role cell is empty.
    void setDefaultRole(const QString &role) { m_defaultRole = role; }
    QString defaultRole() const { return m_defaultRole; }

    // The per-row rules (everything but duplicates) for the row at index row.
    QList<CellProblem> validateRow(const Invitee &invitee, int row) const;
    // The per-row rules for the rows from index begin up to end, ordered by row, then field.
    QList<CellProblem> validateRows(const QList<Invitee> &invitees, qsizetype begin, qsizetype end) const;
    // Adds repeated emails to rowProblems, the per-row problems of all invitees (validateRows() of the whole list,
    // in one go or in parts joined in order): a row whose email has no problem of its own and repeats an earlier
    // valid email is a duplicate. Ordered by row, then field.
    QList<CellProblem> withDuplicates(const QList<Invitee> &invitees, const QList<CellProblem> &rowProblems) const;
    // Every row's problems plus repeated emails (the later row is the duplicate), ordered by row, then field.
    QList<CellProblem> validate(const QList<Invitee> &invitees) const
    {
        return withDuplicates(invitees, validateRows(invitees, 0, invitees.size()));
    }

    // Why role cannot be the default role (the CLI reports it as a usage error), or an empty string when it can.
    static QString defaultRoleProblem(const QString &role);
    // The row number people know: the spreadsheet row when the invitee came from a file, else its 1-based position.
    static int displayRow(const Invitee &invitee, int row)
    {
        return invitee.sourceRow() > 0 ? invitee.sourceRow() : row + 1;
    }
    // One line naming the row and column: "row 4, email_address: missing email address".
    static QString describe(const CellProblem &problem, int displayRow);

private:
    static void checkEmail(QStringView email, int row, QList<CellProblem> &problems);
    void checkOtherFields(const Invitee &invitee, int row, bool defaultRoleValid, QList<CellProblem> &problems) const;

    QString m_defaultRole = builtInDefaultRole();
};
