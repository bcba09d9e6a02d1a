#pragma once

#include "core/Invitee.h"

#include <QList>
#include <QUndoCommand>

class InviteeTable;

// Rows inserted at one place: Add row (an empty invitee) or pasted rows beyond the end of the table.
class InsertRowsCommand : public QUndoCommand
{
public:
    InsertRowsCommand(InviteeTable *table, int row, QList<Invitee> invitees, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    InviteeTable *m_table;
    int m_row;
    QList<Invitee> m_invitees;
};
