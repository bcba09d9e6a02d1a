#include "EditorActions.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QUndoStack>
#include <QWidget>

EditorActions::EditorActions(QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_undoStack(undoStack)
{
    createFileActions();
    createEditActions();
    createInvitationActions();
    create(FitColumns, tr("&Fit Columns"), tr("Size the columns to their contents"));
    create(About, tr("&About Invitedesk"), tr("Version and licence"))->setMenuRole(QAction::AboutRole);
    create(AboutQt, tr("About &Qt"), tr("The Qt version Invitedesk runs on"))->setMenuRole(QAction::AboutQtRole);
    connect(action(AboutQt), &QAction::triggered, qApp, &QApplication::aboutQt);
    updateUndo();
}

void EditorActions::createFileActions()
{
    QStyle *style = m_window->style();
    QAction *newFile = create(NewFile, tr("&New"), tr("Start an empty invitee table"));
    newFile->setShortcut(QKeySequence::New);
    newFile->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    QAction *open = create(Open, tr("&Open…"), tr("Read invitees from a CSV, TSV, XLSX or ODS file"));
    open->setShortcut(QKeySequence::Open);
    open->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    QAction *save =
        create(SaveAsCsv, tr("Save as &CSV…"), tr("Write the table to a CSV file Invitedesk can open again"));
    save->setShortcuts({QKeySequence::SaveAs, QKeySequence::Save});
    save->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    QAction *quit = create(Quit, tr("&Quit"), tr("Close Invitedesk"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void EditorActions::createEditActions()
{
    QStyle *style = m_window->style();
    QAction *undo = create(Undo, tr("&Undo"), tr("Take back the last change"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = create(Redo, tr("&Redo"), tr("Make the change taken back again"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, [this, undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo, [this, redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &EditorActions::updateUndo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &EditorActions::updateUndo);

    create(Cut, tr("Cu&t"), tr("Copy the selected cells and clear them (whole rows: remove them)"))
        ->setShortcut(QKeySequence::Cut);
    create(Copy, tr("&Copy"), tr("Copy the selected cells as tab-separated text"))->setShortcut(QKeySequence::Copy);
    create(Paste, tr("&Paste"), tr("Paste cells from a spreadsheet at the selection; extra rows are added"))
        ->setShortcut(QKeySequence::Paste);
    create(PasteRows, tr("Paste R&ows…"),
           tr("Add the clipboard's rows to the table, choosing how its columns map to Invitedesk's fields"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    create(ClearCells, tr("C&lear Cells"), tr("Empty the selected cells"))->setShortcut(QKeySequence::Delete);
    create(SelectAll, tr("Select &All"), tr("Select every visible cell"))->setShortcut(QKeySequence::SelectAll);
    create(Find, tr("&Find…"), tr("Look for text in every cell"))->setShortcut(QKeySequence::Find);
    create(FindNext, tr("Find &Next"), tr("Go to the next cell holding the text"))
        ->setShortcuts(QKeySequence::FindNext);
    create(FindPrevious, tr("Find Pre&vious"), tr("Go to the previous cell holding the text"))
        ->setShortcuts(QKeySequence::FindPrevious);
    create(FillDown, tr("Fill &Down"), tr("Copy the top selected cell of each column into the cells below it"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
}

void EditorActions::createInvitationActions()
{
    QStyle *style = m_window->style();
    create(AddRow, tr("&Add Row"), tr("Insert an empty row below the current one"))
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_Insert)});
    create(DeleteRows, tr("&Delete Rows"), tr("Remove the rows of the selected cells"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    create(BulkEdit, tr("&Bulk Edit…"), tr("Set role, redirect URL, inviter, expiry or notify on the selected rows"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *validate = create(Validate, tr("&Validate"), tr("Go to the first cell Clerk would refuse"));
    validate->setShortcut(QKeySequence(Qt::Key_F7));
    validate->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    QAction *send = create(Send, tr("&Send Invitations"), tr("Send every row without a problem to Clerk"));
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    send->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    QAction *stop = create(Stop, tr("S&top"), tr("Stop sending; the run resumes later from where it stopped"));
    stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    stop->setIcon(style->standardIcon(QStyle::SP_MediaStop));
    stop->setEnabled(false);
}

void EditorActions::update(int rows, int sendable, bool hasSelection, bool running)
{
    const bool editable = !running;
    for (const Id id : {NewFile, Open, Paste, PasteRows, AddRow}) {
        action(id)->setEnabled(editable);
    }
    for (const Id id : {Cut, ClearCells, FillDown, DeleteRows, BulkEdit}) {
        action(id)->setEnabled(editable && rows > 0 && hasSelection);
    }
    action(Copy)->setEnabled(rows > 0 && hasSelection);
    action(SelectAll)->setEnabled(rows > 0);
    action(SaveAsCsv)->setEnabled(rows > 0);
    action(Validate)->setEnabled(rows > 0);
    action(Send)->setEnabled(!running && sendable > 0);
    action(Stop)->setEnabled(running);
    m_running = running;
    updateUndo();
}

void EditorActions::updateUndo()
{
    action(Undo)->setEnabled(!m_running && m_undoStack->canUndo());
    action(Redo)->setEnabled(!m_running && m_undoStack->canRedo());
}

QAction *EditorActions::create(Id id, const QString &text, const QString &statusTip)
{
    auto *created = new QAction(text, this);
    created->setStatusTip(statusTip);
    // Shortcuts work anywhere in the window, also for actions that are only in a menu.
    m_window->addAction(created);
    m_actions.at(id) = created;
    return created;
}
