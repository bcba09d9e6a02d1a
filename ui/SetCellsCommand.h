#pragma once

#include "core/Invitee.h"

#include <QList>
#include <QUndoCommand>

class InviteeTable;

// Many cells changed at once as one undo step: paste, fill down, bulk edit, clear, cut. The table revalidates once.
class SetCellsCommand : public QUndoCommand
{
public:
    struct Change
    {
        int row = 0;
        Invitee::Field field = Invitee::Email;
        QString before;
        QString after;
    };

    SetCellsCommand(InviteeTable *table, QList<Change> changes, const QString &text, QUndoCommand *parent = nullptr);

    // The changes for setting cells to new texts, with their current texts as "before"; unchanged cells left out.
    static QList<Change> changesTo(const InviteeTable &table, const QList<Change> &targets);

    void redo() override;
    void undo() override;

    const QList<Change> &changes() const { return m_changes; }

private:
    InviteeTable *m_table;
    QList<Change> m_changes;
};
