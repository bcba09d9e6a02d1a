#pragma once

#include "session/AppSettings.h"

#include <QObject>

class Autosave;
class InviteeTable;
class QMenu;
class QUndoStack;
class QWidget;

// The invitee table as a document: the file it came from, whether it holds unsaved edits, opening, saving as CSV,
// starting over, recent files, and offering back what an earlier session autosaved. Questions go through MessageBox.
class TableDocument : public QObject
{
    Q_OBJECT

public:
    TableDocument(InviteeTable *table, QUndoStack *undoStack, Autosave *autosave, const AppSettings &settings,
                  QWidget *window);

    // Reads an invitee file into the table without asking (command line, recent files): the way this file was last
    // read through the import dialog, else detecting everything. The options last chosen for another file only
    // pre-fill the dialog, so a headerless file imported once does not change how every later file is read. On
    // failure the table stays and fileRejected() says why.
    bool openFile(const QString &path);
    // The same with the given options.
    bool openFile(const QString &path, const ImportOptions &options);
    // Asks how to read the file (ImportDialog), remembers the answer and reads it; false when cancelled or failed.
    bool importWithDialog(const QString &path);
    // Asks how to read text as rows (ImportDialog) and appends them to the table as one undo step.
    bool pasteRows(const QString &text);
    // Writes the table as CSV; the table is then saved and the autosave removed.
    bool saveCsv(const QString &path);
    void newTable();
    // When an earlier session left an autosave, asks whether to restore it and does; true when restored.
    bool offerRecovery();

    // The interactive versions: ask about unsaved edits first, then show a file dialog.
    void chooseFileToOpen();
    bool chooseFileToSave();
    // Where Save as CSV proposes to write: where it last wrote, else next to the file the table came from, else (a new
    // table, or the sample built into the app) invitees.csv in the user's documents folder.
    QString suggestedSavePath() const;
    void openRecentFile(const QString &path);
    // A file dropped on the window: unsaved edits first, then the import dialog.
    void openDroppedFile(const QString &path);
    // Paste Rows…: the clipboard's text through the import dialog.
    void pasteRowsFromClipboard();
    void openNew();
    // Lists the recent files in menu (call from aboutToShow).
    void fillRecentMenu(QMenu *menu);

    // Save / Discard / Cancel when there are unsaved edits; true when it is fine to go on.
    bool maybeSaveChanges();
    // The window closes for good: nothing is left to recover.
    void closeCleanly();

    QString currentFile() const { return m_currentFile; }
    bool isModified() const;

signals:
    // A file could not be opened: one line naming the file.
    void fileRejected(const QString &reason);
    // The table holds another set of rows (opened, restored or new).
    void tableReplaced();
    void currentFileChanged(const QString &path);
    // A one-line message for the status bar.
    void message(const QString &text);

private:
    void setCurrentFile(const QString &path);

    InviteeTable *m_table;
    QUndoStack *m_undoStack;
    Autosave *m_autosave;
    AppSettings m_settings;
    QWidget *m_window;
    QString m_currentFile;
    QString m_savedCsvPath; // where Save as CSV last wrote: answering "Save" on closing writes there again
};
