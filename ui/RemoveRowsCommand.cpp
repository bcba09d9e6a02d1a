#include "RemoveRowsCommand.h"

#include "core/InviteeTable.h"

#include <algorithm>

RemoveRowsCommand::RemoveRowsCommand(InviteeTable *table, QList<int> rows, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_table(table)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= table->rowCount()) {
            continue;
        }
        if (m_blocks.isEmpty() || m_blocks.last().first + m_blocks.last().invitees.size() != row) {
            m_blocks.append(Block{row, {}, {}});
        }
        m_blocks.last().invitees.append(table->invitee(row));
        m_blocks.last().statuses.append(table->rowStatus(row));
    }
}

void RemoveRowsCommand::redo()
{
    if (m_blocks.size() > MaxSeparateRemovals) {
        resetTable(true);
        return;
    }
    m_table->beginBulkEdit();
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
        m_table->removeRows(it->first, static_cast<int>(it->invitees.size()));
    }
    m_table->endBulkEdit();
}

void RemoveRowsCommand::undo()
{
    if (m_blocks.size() > MaxSeparateRemovals) {
        resetTable(false);
        return;
    }
    m_table->beginBulkEdit();
    for (const Block &block : std::as_const(m_blocks)) {
        m_table->insertInvitees(block.first, block.invitees, block.statuses);
    }
    m_table->endBulkEdit();
}

void RemoveRowsCommand::resetTable(bool removed)
{
    QList<Invitee> invitees;
    QList<RowStatus::Value> statuses;
    const int rows = m_table->rowCount();
    qsizetype block = 0;
    int row = 0; // the row in the table as it is now
    // Walks the rows the table will have, taking each either from the blocks or from the table.
    const auto take = [&](int current) {
        invitees.append(m_table->invitee(current));
        statuses.append(m_table->rowStatus(current));
    };
    if (removed) {
        for (; row < rows; ++row) {
            if (block < m_blocks.size() && row == m_blocks.at(block).first) {
                row += static_cast<int>(m_blocks.at(block).invitees.size()) - 1;
                ++block;
                continue;
            }
            take(row);
        }
    } else {
        int position = 0; // the row in the restored table
        while (row < rows || block < m_blocks.size()) {
            if (block < m_blocks.size() && position == m_blocks.at(block).first) {
                invitees.append(m_blocks.at(block).invitees);
                statuses.append(m_blocks.at(block).statuses);
                position += static_cast<int>(m_blocks.at(block).invitees.size());
                ++block;
                continue;
            }
            if (row >= rows) {
                break; // the table changed under the command; keep what there is
            }
            take(row++);
            ++position;
        }
    }
    m_table->setInvitees(invitees, statuses);
}
