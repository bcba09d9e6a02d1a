#pragma once

#include <QModelIndex>
#include <QWidget>

class EditorModel;
class FindBar;
class InviteeTable;
class InviteeTableView;
class OrganizationDirectory;
class QComboBox;
class QUndoStack;
class StatusFilterModel;
class TableEditor;

// The table editor in the middle of the window: the invitee table through the status column and the status filter,
// the find bar under it, and the dialogs for metadata cells and bulk edits.
class EditorView : public QWidget
{
    Q_OBJECT

public:
    EditorView(InviteeTable *table, QUndoStack *undoStack, const OrganizationDirectory *directory,
               QWidget *parent = nullptr);

    InviteeTableView *tableView() const { return m_view; }
    EditorModel *editorModel() const { return m_model; }
    StatusFilterModel *filterModel() const { return m_filter; }
    TableEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    // The status filter for the toolbar.
    QComboBox *statusFilterBox() const { return m_statusBox; }

    void showFindBar();
    // Finds the find bar's text in the next (previous) cell from the current one, wrapping around; false when no
    // visible cell holds it.
    bool find(bool backwards = false);
    // Jumps to the first problem and says how many there are; returns that number.
    int validate();
    // Opens the JSON editor on a metadata cell (an index of the view's model).
    void editMetadata(const QModelIndex &viewIndex);
    // Opens the bulk edit dialog for the selected rows.
    void bulkEdit();
    void setReadOnly(bool readOnly);

signals:
    // A one-line message for the status bar.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    InviteeTable *m_table;
    const OrganizationDirectory *m_directory;
    EditorModel *m_model;
    StatusFilterModel *m_filter;
    InviteeTableView *m_view;
    FindBar *m_findBar;
    QComboBox *m_statusBox;
    TableEditor *m_editor;
};
