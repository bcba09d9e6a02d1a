#include "EditCellCommand.h"

#include "core/InviteeTable.h"
#include "core/Validator.h"

EditCellCommand::EditCellCommand(InviteeTable *table, int row, Invitee::Field field, const QString &before,
                                 const QString &after)
    : m_table(table)
    , m_row(row)
    , m_field(field)
    , m_before(before)
    , m_after(after)
{
    updateText();
}

void EditCellCommand::redo()
{
    m_table->setData(m_table->index(m_row, m_field), m_after);
}

void EditCellCommand::undo()
{
    m_table->setData(m_table->index(m_row, m_field), m_before);
}

bool EditCellCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditCellCommand *>(other); // same id(): same class
    if (edit->m_table != m_table || edit->m_row != m_row || edit->m_field != m_field) {
        return false;
    }
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void EditCellCommand::updateText()
{
    const int shownRow = Validator::displayRow(m_table->invitee(m_row), m_row);
    setText(tr("Edit %1 in row %2").arg(Invitee::fieldTitle(m_field), QString::number(shownRow)));
}
