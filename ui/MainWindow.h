#pragma once

#include "EditorActions.h"
#include "session/AppSettings.h"

#include <QMainWindow>

#include <array>

class Autosave;
class EditorView;
class InviteeTable;
class InviteeTableView;
class OrganizationDirectory;
class PaneCycler;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;
class QToolBar;
class QUndoStack;
class TableDocument;

// The Invitedesk main window: the invitee table editor with its menus, toolbar and status bar, opening and saving
// files, autosave and recovery. Other parts of the app plug in through addDock, addMenuAction and addStatusWidget.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Menu { File, Edit, View, Invitations, Help };

    // The user's settings; autosaves go to AppDataLocation.
    explicit MainWindow(QWidget *parent = nullptr);
    // Given settings and autosave folder (tests point both at a temporary directory).
    MainWindow(const AppSettings &settings, const QString &autosaveDirectory, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads an invitee file into the table without asking; on failure the table is left as it was and the reason
    // is emitted (and shown when the window is visible).
    // Uses the import options last chosen in the import dialog.
    bool openFile(const QString &path);
    bool openFile(const QString &path, const ImportOptions &options);
    // Writes the table as CSV; the table is then clean (saved) and the autosave removed.
    bool saveCsv(const QString &path);
    // When an earlier session left an autosave, asks whether to restore it and does; true when restored.
    bool offerRecovery();
    // The file the table came from or was last saved to; empty for a new table.
    QString currentFile() const;
    // The table holds edits not saved in a file.
    bool isModified() const;
    // Opening, saving, recent files, the unsaved-changes question.
    TableDocument *document() const { return m_document; }

    InviteeTable *inviteeTable() const { return m_table; }
    QUndoStack *undoStack() const { return m_undoStack; }
    OrganizationDirectory *organizationDirectory() const { return m_directory; }
    AppSettings &settings() { return m_settings; }
    Autosave *autosave() const { return m_autosave; }
    EditorView *editorView() const { return m_editorView; }
    InviteeTableView *tableView() const;

    // Extension points for the parts of the app that are not the editor.
    QAction *action(EditorActions::Id id) const { return m_actions->action(id); }
    // Disabled while the table is empty or has no sendable row; connect triggered to start a run.
    QAction *sendAction() const { return action(EditorActions::Send); }
    // Enabled only while setRunInProgress(true); connect triggered to stop the run.
    QAction *stopAction() const { return action(EditorActions::Stop); }
    QMenu *menu(Menu which) const { return m_menus.at(static_cast<size_t>(which)); }
    QToolBar *mainToolBar() const { return m_toolBar; }
    // F6 / Shift+F6 between the table and the open docks (View ▸ Next Pane).
    PaneCycler *paneCycler() const { return m_panes; }
    // Appends an action to a menu (Invitations: after Send/Stop; View: after the dock toggles).
    void addMenuAction(Menu which, QAction *action);
    // Adds a dock widget (give it an objectName so its place is remembered) and its toggle to the View menu.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);
    // Adds a permanent widget to the right of the status bar, before the row and problem counts.
    void addStatusWidget(QWidget *widget, int stretch = 0);
    // While a run sends: the table is read-only, editing and Send are disabled, Stop is enabled.
    void setRunInProgress(bool running);
    bool isRunInProgress() const { return m_running; }
    // While reason is not empty Send stays disabled and its tooltip says why (such as the key still being read).
    void setSendBlocked(const QString &reason);
    // A word the title ends with, such as where sending goes ("SANDBOX"); empty: none.
    void setTitleNote(const QString &note);

signals:
    // A file could not be opened (tests and the status bar listen); one line naming the file.
    void fileRejected(const QString &reason);
    // The table now holds another set of rows (opened, restored or new): any run state for the old rows is void.
    void tableReplaced();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createInvitationsMenu();
    void createHelpMenu();
    void createToolBar();
    void createStatusBar();
    void connectEditActions();

    void updateTitle();
    void scheduleUpdate();
    void updateStatusAndActions();

    AppSettings m_settings;
    InviteeTable *m_table;
    QUndoStack *m_undoStack;
    OrganizationDirectory *m_directory;
    Autosave *m_autosave;
    TableDocument *m_document;
    EditorActions *m_actions;
    EditorView *m_editorView;
    QToolBar *m_toolBar = nullptr;
    QAction *m_viewExtrasSeparator = nullptr;
    std::array<QMenu *, 5> m_menus{};
    QLabel *m_rowsLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_problemRowsLabel = nullptr;
    QTimer *m_updateTimer;
    PaneCycler *m_panes = nullptr;
    bool m_running = false;
    QString m_titleNote;
    QString m_sendBlockedReason;
};
