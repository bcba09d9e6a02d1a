#pragma once

#include "core/Invitee.h"
#include "core/RowStatus.h"

#include <QList>
#include <QUndoCommand>

class InviteeTable;

// Rows removed, anywhere in the table: Delete rows and Cut. Undo puts each row back where it was, with its source
// row, original cells and delivery status.
class RemoveRowsCommand : public QUndoCommand
{
public:
    // rows: table rows in any order; repeats are ignored.
    RemoveRowsCommand(InviteeTable *table, QList<int> rows, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    // A run of neighbouring rows, as they were before the removal.
    struct Block
    {
        int first = 0;
        QList<Invitee> invitees;
        QList<RowStatus::Value> statuses;
    };

    // Past this many separate runs of rows, the table is replaced in one reset instead of one removal per run.
    static constexpr int MaxSeparateRemovals = 64;

    // Every row with the blocks left out (removed) or put back (!removed), for the reset.
    void resetTable(bool removed);

    InviteeTable *m_table;
    QList<Block> m_blocks; // ascending by first row
};
