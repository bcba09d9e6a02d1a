#pragma once

#include "core/Invitee.h"

#include <QCoreApplication>
#include <QUndoCommand>

class InviteeTable;

// One cell's text changed: typing in the editor, a combobox or check box choice, the metadata dialog. Consecutive
// edits of the same cell merge into one undo step.
class EditCellCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCellCommand)

public:
    static constexpr int Id = 1001;

    EditCellCommand(InviteeTable *table, int row, Invitee::Field field, const QString &before, const QString &after);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

    int row() const { return m_row; }
    Invitee::Field field() const { return m_field; }

private:
    void updateText();

    InviteeTable *m_table;
    int m_row;
    Invitee::Field m_field;
    QString m_before;
    QString m_after;
};
