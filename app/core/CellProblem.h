#pragma once

#include "Invitee.h"

#include <QString>

// One thing wrong with one cell of the invitee table: which row (index into the list) and field, whether the value
// is invalid or repeats an earlier row's email, and a translated message saying what is wrong.
struct CellProblem
{
    enum Kind : int {
        Invalid,
        Duplicate,
    };

    int row = -1;
    Invitee::Field field = Invitee::Email;
    Kind kind = Invalid;
    QString message;

    friend bool operator==(const CellProblem &, const CellProblem &) = default;
};

Q_DECLARE_TYPEINFO(CellProblem, Q_RELOCATABLE_TYPE);
