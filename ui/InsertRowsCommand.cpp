#include "InsertRowsCommand.h"

#include "core/InviteeTable.h"

InsertRowsCommand::InsertRowsCommand(InviteeTable *table, int row, QList<Invitee> invitees, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_table(table)
    , m_row(row)
    , m_invitees(std::move(invitees))
{}

void InsertRowsCommand::redo()
{
    m_table->insertInvitees(m_row, m_invitees);
}

void InsertRowsCommand::undo()
{
    m_table->removeRows(m_row, static_cast<int>(m_invitees.size()));
}
