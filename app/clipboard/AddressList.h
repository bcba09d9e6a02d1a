#pragma once

#include <QList>
#include <QStringList>

// A pasted list of email addresses, ready to become rows: each address once, in the order given, the ones that are
// not valid addresses kept (so the table shows them to be fixed) and counted, and how many repeats were left out.
struct AddressList
{
    // One entry per row to add; not-valid ones included.
    QStringList addresses;
    // Indexes into addresses of the entries that are not valid addresses, ascending.
    QList<qsizetype> invalid;
    // Left out because the list had them earlier (any case).
    int repeats = 0;
    // Left out because the table already has them (any case).
    int alreadyInTable = 0;
};
