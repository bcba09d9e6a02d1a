#pragma once

#include "CellMarks.h"
#include "core/Invitee.h"
#include "core/InviteeTable.h"

#include <QAbstractProxyModel>

#include <optional>

class QUndoStack;

// The invitee table as the editor shows it: a Status column first (icon and text), problem cells marked by icon,
// background and tooltip, defaults shown in empty cells, notify as a tri-state check box. Every edit made through it
// becomes an undo command on the undo stack. Rows are the table's rows; column c + 1 is field c.
class EditorModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    static constexpr int StatusColumn = 0;
    enum Role {
        EffectiveStatusRole = InviteeTable::SourceRowRole + 16, // int RowStatus::Value the status column shows
    };

    EditorModel(InviteeTable *table, QUndoStack *undoStack, QObject *parent = nullptr);

    static int columnOf(Invitee::Field field) { return field + 1; }
    // The field shown in a column; nullopt for the status column.
    static std::optional<Invitee::Field> fieldOf(int column);

    InviteeTable *table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // While read-only (a run is sending) nothing is editable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Rebuilds icons and colours (after a palette change).
    void updateMarks(const QPalette &palette);

    // Records changing one cell as an undo step (merged with the step before when that edited the same cell).
    void editCell(int row, Invitee::Field field, const QString &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &selection) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant statusData(int row, int role) const;
    QVariant fieldData(int row, Invitee::Field field, int role) const;
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    InviteeTable *m_table;
    QUndoStack *m_undoStack;
    CellMarks m_marks;
    bool m_readOnly = false;
};
