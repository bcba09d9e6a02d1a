#pragma once

#include "core/Invitee.h"

#include <QList>
#include <QModelIndex>
#include <QObject>

struct AddressList;
class EditorModel;
class InviteeTable;
class InviteeTableView;
class StatusFilterModel;
class QUndoStack;

// The editing commands that work on the view's selection, each one undo step: copy, cut, paste, clear, add and
// delete rows, fill down, and setting fields on many rows (bulk edit). Rows are table rows; what the filter hides is
// never touched.
class TableEditor : public QObject
{
    Q_OBJECT

public:
    struct FieldText
    {
        Invitee::Field field;
        QString text;
    };

    TableEditor(InviteeTableView *view, EditorModel *model, StatusFilterModel *filter, QObject *parent = nullptr);

    // The view's index of a table cell; invalid when the filter hides the row.
    QModelIndex viewIndex(int row, Invitee::Field field) const;
    // The table row of an index of the view's model.
    int tableRow(const QModelIndex &viewIndex) const;
    // Table rows with a selected cell, ascending; the current row when nothing is selected.
    QList<int> selectedRows() const;
    // Makes a cell current and selected, showing every row first if the filter hides it.
    void focusCell(int row, Invitee::Field field);

    // The selected cells as tab-separated text (the status column left out).
    QString selectedText() const;
    void copy() const;
    void cut();
    // Pastes what the clipboard holds (ClipboardContent): spreadsheet cells as pasteCells() does, a list of email
    // addresses as pasteAddresses() does.
    void paste();
    // Pastes tab-separated text at the selection, as pasteCells() does.
    void pasteText(const QString &text);
    // Pastes cells at the selection: one value fills every selected cell; a block goes from the top-left selected
    // cell down the visible rows, appending rows past the last one.
    void pasteCells(const QList<QStringList> &grid);
    // Appends the addresses of a pasted list as new rows, one undo step: each once, leaving out the ones the table
    // has; the not-valid ones are added too (validation flags them) and named by row in the message.
    void pasteAddresses(const QString &text);
    void clearCells();
    void addRow();
    void deleteRows();
    // Copies the top selected cell of each column down over the other selected cells of that column (the cell
    // above when one row is selected).
    void fillDown();
    void setFields(const QList<int> &rows, const QList<FieldText> &fields);

signals:
    void message(const QString &text);

private:
    struct Cell
    {
        int viewRow;
        Invitee::Field field;
    };
    // Selected field cells, row by row in view order.
    QList<Cell> selectedCells() const;
    bool isEditable() const;
    void pushChanges(const QList<Cell> &cells, const QList<QString> &texts, const QString &text);
    // The status line after pasting list at table row firstRow.
    QString addressesPastedMessage(const AddressList &list, int firstRow) const;

    InviteeTableView *m_view;
    EditorModel *m_model;
    StatusFilterModel *m_filter;
    InviteeTable *m_table;
    QUndoStack *m_undoStack;
};
