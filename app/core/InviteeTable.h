#pragma once

#include "CellProblem.h"
#include "Invitee.h"
#include "RowStatus.h"
#include "Validator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The editable table of invitees the editor and a run work on: one column per Invitee::Field, a row per invitee,
// kept validated after every change, with each cell's problem and each row's delivery status as item roles.
class InviteeTable : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ProblemRole = Qt::UserRole + 1, // QString: the cell's problem message(s), empty when the cell is fine
        ProblemKindRole,                // int CellProblem::Kind; no value when the cell is fine
        RowStatusRole,                  // int RowStatus::Value of the row (any column)
        SourceRowRole,                  // int Invitee::sourceRow() of the row (any column)
    };
    Q_ENUM(Role)

    explicit InviteeTable(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Stores the text of an EditRole value; false (and nothing changes) for another role or an index not of this model.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Inserts empty invitees (typed in the editor, so no source row) with status Pending.
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    // Inserts whole invitees (source rows and cells kept) at row with the given delivery statuses (Pending where
    // statuses is shorter): how pasted rows arrive and how undoing a removal puts rows back exactly.
    bool insertInvitees(int row, const QList<Invitee> &invitees, const QList<RowStatus::Value> &statuses = {});
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row (a reset); statuses go back to Pending unless given (Pending where the list is shorter).
    void setInvitees(const QList<Invitee> &invitees, const QList<RowStatus::Value> &statuses = {});
    const QList<Invitee> &invitees() const { return m_invitees; }
    const Invitee &invitee(int row) const { return m_invitees.at(row); }

    void setValidator(const Validator &validator);
    const Validator &validator() const { return m_validator; }
    void setDefaultRole(const QString &role);
    QString defaultRole() const { return m_validator.defaultRole(); }

    // Every problem, ordered by row then field (as of the last revalidation: see beginBulkEdit).
    const QList<CellProblem> &problems() const { return m_problems; }
    int problemCount() const { return static_cast<int>(m_problems.size()); }
    // Rows with at least one problem, invalid or duplicate: the rows a run will not send.
    int invalidRowCount() const { return m_invalidRowCount; }
    // Of those, the rows whose only problem is an email repeating an earlier row's.
    int duplicateRowCount() const { return m_duplicateRowCount; }
    // Rows a run would send now: not delivered yet (Pending) and without a problem.
    int sendableRowCount() const;
    // What validation makes of a row: Invalid if a cell is invalid, Duplicate if its email repeats an earlier row's
    // and nothing else is wrong, Pending when the row can be sent.
    RowStatus::Value validationStatus(int row) const;

    RowStatus::Value rowStatus(int row) const { return m_statuses.at(row); }
    // What the editor's status column shows: the delivery status once it is final, else validationStatus().
    RowStatus::Value effectiveStatus(int row) const;
    // Sets the delivery status of a row and emits dataChanged for RowStatusRole across the row.
    void setRowStatus(int row, RowStatus::Value status);

    // Between these, edits, insertions and removals do not revalidate; the outermost endBulkEdit() revalidates once
    // and signals every cell whose problem changed. Pairs may nest. Use around pastes and other multi-cell edits.
    void beginBulkEdit();
    void endBulkEdit();
    bool isInBulkEdit() const { return m_bulkDepth > 0; }

signals:
    // The list of problems changed (after a revalidation, a reset, or rows inserted or removed).
    void problemsChanged();

private:
    // The problem(s) of one cell as the roles show them.
    struct CellMark
    {
        CellProblem::Kind kind = CellProblem::Invalid;
        QString message;
        friend bool operator==(const CellMark &, const CellMark &) = default;
    };

    static int cellKey(int row, int column) { return row * Invitee::FieldCount + column; }
    const CellMark *cellMark(int row, int column) const;
    // Validates every row, replaces the problems and, when notify is true, emits dataChanged for each cell whose
    // problem changed and problemsChanged() when the list changed. Callers defer it while in a bulk edit.
    void revalidate(bool notify = true);
    // One dataChanged() per run of neighbouring cells in a row; past 256 cells, one range covering them all.
    void emitProblemChanges(QList<int> keys);
    // Renumbers stored problems after rows moved: rows in [first, first + removed) are dropped, later rows shift by
    // inserted - removed.
    void shiftProblemRows(int first, int removed, int inserted);
    void recountInvalidRows();

    QList<Invitee> m_invitees;
    QList<RowStatus::Value> m_statuses;
    Validator m_validator;
    QList<CellProblem> m_problems;
    QHash<int, CellMark> m_cellMarks; // only cells with problems, keyed by cellKey()
    int m_invalidRowCount = 0;
    int m_duplicateRowCount = 0;
    int m_bulkDepth = 0;
    bool m_revalidationPending = false;
    bool m_problemListChanged = false; // rows moved since problemsChanged() was last emitted
};
