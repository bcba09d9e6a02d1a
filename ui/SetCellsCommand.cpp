#include "SetCellsCommand.h"

#include "core/InviteeTable.h"

SetCellsCommand::SetCellsCommand(InviteeTable *table, QList<Change> changes, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_table(table)
    , m_changes(std::move(changes))
{}

QList<SetCellsCommand::Change> SetCellsCommand::changesTo(const InviteeTable &table, const QList<Change> &targets)
{
    QList<Change> changes;
    changes.reserve(targets.size());
    for (Change change : targets) {
        change.before = table.invitee(change.row).value(change.field);
        if (change.before != change.after) {
            changes.append(std::move(change));
        }
    }
    return changes;
}

void SetCellsCommand::redo()
{
    m_table->beginBulkEdit();
    for (const Change &change : std::as_const(m_changes)) {
        m_table->setData(m_table->index(change.row, change.field), change.after);
    }
    m_table->endBulkEdit();
}

void SetCellsCommand::undo()
{
    m_table->beginBulkEdit();
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        m_table->setData(m_table->index(it->row, it->field), it->before);
    }
    m_table->endBulkEdit();
}
