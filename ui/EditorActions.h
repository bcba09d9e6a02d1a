#pragma once

#include <QObject>

#include <array>

class QAction;
class QUndoStack;
class QWidget;

// Every action of the main window, with its text, shortcut (standard keys where there is one), status tip and icon.
// The window puts them in menus and the toolbar and connects them; enabling follows the window's state.
class EditorActions : public QObject
{
    Q_OBJECT

public:
    enum Id {
        // File
        NewFile,
        Open,
        SaveAsCsv,
        Quit,
        // Edit
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        PasteRows,
        ClearCells,
        SelectAll,
        Find,
        FindNext,
        FindPrevious,
        FillDown,
        // View
        FitColumns,
        // Invitations
        AddRow,
        DeleteRows,
        BulkEdit,
        Validate,
        Send,
        Stop,
        // Help
        About,
        AboutQt,
    };
    static constexpr int Count = AboutQt + 1;

    // The actions get window as their shortcut context.
    EditorActions(QUndoStack *undoStack, QWidget *window);

    QAction *action(Id id) const { return m_actions.at(id); }

    // Enables what makes sense: rows is the table's row count, sendable the rows a run would send, hasSelection
    // whether a cell is selected or current, running whether a run is sending (the table is then read-only).
    void update(int rows, int sendable, bool hasSelection, bool running);

private:
    QAction *create(Id id, const QString &text, const QString &statusTip);
    void createFileActions();
    void createEditActions();
    void createInvitationActions();
    void updateUndo();

    QWidget *m_window;
    QUndoStack *m_undoStack;
    std::array<QAction *, Count> m_actions{};
    bool m_running = false;
};
