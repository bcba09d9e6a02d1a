#include "MainWindow.h"

#include "EditorView.h"
#include "InviteeTableView.h"
#include "MessageBox.h"
#include "PaneCycler.h"
#include "TableDocument.h"
#include "TableEditor.h"
#include "core/InviteeTable.h"
#include "session/Autosave.h"
#include "session/OrganizationDirectory.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(AppSettings(), Autosave::defaultDirectory(), parent)
{}

MainWindow::MainWindow(const AppSettings &settings, const QString &autosaveDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_table(new InviteeTable(this))
    , m_undoStack(new QUndoStack(this))
    , m_directory(new OrganizationDirectory(this))
    , m_autosave(new Autosave(m_table, autosaveDirectory, this))
    , m_document(new TableDocument(m_table, m_undoStack, m_autosave, m_settings, this))
    , m_actions(new EditorActions(m_undoStack, this))
    , m_editorView(new EditorView(m_table, m_undoStack, m_directory, this))
    , m_updateTimer(new QTimer(this))
    , m_panes(new PaneCycler(this))
{
    m_table->setDefaultRole(m_settings.defaultRole());
    setCentralWidget(m_editorView);
    m_panes->addPane(m_editorView);
    setAcceptDrops(true);
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createInvitationsMenu();
    createHelpMenu();
    createToolBar();
    createStatusBar();
    connectEditActions();

    // Edits, insertions and removals signal once per command; row statuses arrive one row at a time while a run
    // sends, so those end in one update per pass of the event loop.
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0);
    connect(m_updateTimer, &QTimer::timeout, this, &MainWindow::updateStatusAndActions);
    connect(m_table, &InviteeTable::problemsChanged, this, &MainWindow::updateStatusAndActions);
    connect(m_table, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusAndActions);
    connect(m_table, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusAndActions);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusAndActions);
    connect(m_table, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(InviteeTable::RowStatusRole)) {
                    scheduleUpdate();
                }
            });
    QItemSelectionModel *selection = tableView()->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::updateStatusAndActions);
    connect(selection, &QItemSelectionModel::currentChanged, this, &MainWindow::updateStatusAndActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_editorView, &EditorView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_autosave, &Autosave::failed, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_document, &TableDocument::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_document, &TableDocument::currentFileChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TableDocument::tableReplaced, this, [this] {
        tableView()->fitColumns();
        emit tableReplaced();
    });
    connect(m_document, &TableDocument::fileRejected, this, [this](const QString &reason) {
        statusBar()->showMessage(reason);
        if (isVisible()) {
            MessageBox::warning(this, tr("Cannot open the file"), reason);
        }
        emit fileRejected(reason);
    });

    resize(1100, 650);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    updateTitle();
    updateStatusAndActions();
    tableView()->fitColumns();
}

MainWindow::~MainWindow()
{
    // The editor goes first, while the window is whole: closing an open cell editor still records its edit.
    delete m_editorView;
    m_editorView = nullptr;
    m_updateTimer->stop();
    // ~QUndoStack clears itself and says so; the window is no longer there to listen.
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_table, nullptr, this, nullptr);
}

InviteeTableView *MainWindow::tableView() const
{
    return m_editorView->tableView();
}

bool MainWindow::isModified() const
{
    return m_document->isModified();
}

bool MainWindow::openFile(const QString &path)
{
    return m_document->openFile(path);
}

bool MainWindow::openFile(const QString &path, const ImportOptions &options)
{
    return m_document->openFile(path, options);
}

bool MainWindow::saveCsv(const QString &path)
{
    return m_document->saveCsv(path);
}

bool MainWindow::offerRecovery()
{
    return m_document->offerRecovery();
}

QString MainWindow::currentFile() const
{
    return m_document->currentFile();
}

void MainWindow::addMenuAction(Menu which, QAction *action)
{
    menu(which)->addAction(action);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    menu(Menu::View)->insertAction(m_viewExtrasSeparator, dock->toggleViewAction());
    m_panes->addPane(dock);
}

void MainWindow::addStatusWidget(QWidget *widget, int stretch)
{
    statusBar()->insertPermanentWidget(0, widget, stretch);
}

void MainWindow::setRunInProgress(bool running)
{
    m_running = running;
    m_editorView->setReadOnly(running);
    updateStatusAndActions();
}

void MainWindow::setSendBlocked(const QString &reason)
{
    m_sendBlockedReason = reason;
    // An empty tooltip is the action's text again.
    sendAction()->setToolTip(reason);
    updateStatusAndActions();
}

void MainWindow::setTitleNote(const QString &note)
{
    m_titleNote = note;
    updateTitle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSaveChanges()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    m_document->closeCleanly();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_running && !urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_running || urls.isEmpty() || !urls.first().isLocalFile()) {
        return;
    }
    event->acceptProposedAction();
    m_document->openDroppedFile(urls.first().toLocalFile());
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_menus.at(size_t(Menu::File)) = file;
    file->addAction(action(EditorActions::NewFile));
    file->addAction(action(EditorActions::Open));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, m_document, [this, recent] { m_document->fillRecentMenu(recent); });
    file->addAction(action(EditorActions::SaveAsCsv));
    file->addSeparator();
    file->addAction(action(EditorActions::Quit));

    connect(action(EditorActions::NewFile), &QAction::triggered, m_document, &TableDocument::openNew);
    connect(action(EditorActions::Open), &QAction::triggered, m_document, &TableDocument::chooseFileToOpen);
    connect(action(EditorActions::SaveAsCsv), &QAction::triggered, m_document, &TableDocument::chooseFileToSave);
    connect(action(EditorActions::Quit), &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_menus.at(size_t(Menu::Edit)) = edit;
    using A = EditorActions;
    for (const A::Id id : {A::Undo, A::Redo}) {
        edit->addAction(action(id));
    }
    edit->addSeparator();
    for (const A::Id id : {A::Cut, A::Copy, A::Paste, A::PasteRows, A::ClearCells, A::SelectAll, A::FillDown}) {
        edit->addAction(action(id));
    }
    edit->addSeparator();
    for (const A::Id id : {A::Find, A::FindNext, A::FindPrevious}) {
        edit->addAction(action(id));
    }
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_menus.at(size_t(Menu::View)) = view;
    view->addAction(action(EditorActions::FitColumns));
    view->addSeparator();
    m_viewExtrasSeparator = view->addSeparator(); // docks added later go before it, the toolbar toggle after
    connect(action(EditorActions::FitColumns), &QAction::triggered, tableView(), [this] { tableView()->fitColumns(); });
}

void MainWindow::createInvitationsMenu()
{
    QMenu *invitations = menuBar()->addMenu(tr("&Invitations"));
    m_menus.at(size_t(Menu::Invitations)) = invitations;
    using A = EditorActions;
    for (const A::Id id : {A::AddRow, A::DeleteRows, A::BulkEdit}) {
        invitations->addAction(action(id));
    }
    invitations->addSeparator();
    invitations->addAction(action(A::Validate));
    invitations->addSeparator();
    invitations->addAction(action(A::Send));
    invitations->addAction(action(A::Stop));
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_menus.at(size_t(Menu::Help)) = help;
    help->addAction(action(EditorActions::About));
    help->addAction(action(EditorActions::AboutQt));
    connect(action(EditorActions::About), &QAction::triggered, this, [this] {
        MessageBox::information(this, tr("About Invitedesk"),
                                tr("Invitedesk %1: invite many people into one Clerk organization at once.")
                                    .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    using A = EditorActions;
    for (const A::Id id : {A::NewFile, A::Open, A::SaveAsCsv}) {
        m_toolBar->addAction(action(id));
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(A::Undo));
    m_toolBar->addAction(action(A::Redo));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(A::Validate));
    m_toolBar->addAction(action(A::Send));
    m_toolBar->addAction(action(A::Stop));
    m_toolBar->addSeparator();
    auto *label = new QLabel(tr("Sho&w:"), m_toolBar);
    label->setBuddy(m_editorView->statusFilterBox());
    m_toolBar->addWidget(label);
    m_toolBar->addWidget(m_editorView->statusFilterBox());
    m_toolBar->toggleViewAction()->setText(tr("Main &Toolbar"));
    menu(Menu::View)->addAction(m_toolBar->toggleViewAction());
    menu(Menu::View)->addSeparator();
    menu(Menu::View)->addAction(m_panes->nextAction());
    menu(Menu::View)->addAction(m_panes->previousAction());
}

void MainWindow::createStatusBar()
{
    m_rowsLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    m_problemRowsLabel = new QLabel(this);
    m_problemRowsLabel->setToolTip(tr("Rows with an invalid cell, and rows repeating an earlier row's email"));
    statusBar()->addPermanentWidget(m_rowsLabel);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_problemRowsLabel);
}

void MainWindow::connectEditActions()
{
    using A = EditorActions;
    TableEditor *editor = m_editorView->editor();
    connect(action(A::Cut), &QAction::triggered, editor, &TableEditor::cut);
    connect(action(A::Copy), &QAction::triggered, editor, &TableEditor::copy);
    connect(action(A::Paste), &QAction::triggered, editor, &TableEditor::paste);
    connect(action(A::PasteRows), &QAction::triggered, m_document, &TableDocument::pasteRowsFromClipboard);
    connect(action(A::ClearCells), &QAction::triggered, editor, &TableEditor::clearCells);
    connect(action(A::SelectAll), &QAction::triggered, tableView(), &QAbstractItemView::selectAll);
    connect(action(A::FillDown), &QAction::triggered, editor, &TableEditor::fillDown);
    connect(action(A::AddRow), &QAction::triggered, editor, &TableEditor::addRow);
    connect(action(A::DeleteRows), &QAction::triggered, editor, &TableEditor::deleteRows);
    connect(action(A::BulkEdit), &QAction::triggered, m_editorView, &EditorView::bulkEdit);
    connect(action(A::Validate), &QAction::triggered, m_editorView, &EditorView::validate);
    connect(action(A::Find), &QAction::triggered, m_editorView, &EditorView::showFindBar);
    connect(action(A::FindNext), &QAction::triggered, m_editorView, [this] { m_editorView->find(false); });
    connect(action(A::FindPrevious), &QAction::triggered, m_editorView, [this] { m_editorView->find(true); });
}

void MainWindow::updateTitle()
{
    if (!m_editorView) {
        return;
    }
    const QString file = m_document->currentFile();
    const QString title =
        file.isEmpty() ? tr("Invitedesk[*]") : tr("%1[*] — Invitedesk").arg(QFileInfo(file).fileName());
    setWindowTitle(m_titleNote.isEmpty() ? title : tr("%1 — %2").arg(title, m_titleNote));
    setWindowModified(isModified());
}

void MainWindow::scheduleUpdate()
{
    if (!m_updateTimer->isActive()) {
        m_updateTimer->start();
    }
}

void MainWindow::updateStatusAndActions()
{
    if (!m_editorView) {
        return;
    }
    const int rows = m_table->rowCount();
    const int problemRows = m_table->invalidRowCount();
    const int duplicates = m_table->duplicateRowCount();
    m_rowsLabel->setText(tr("%n row(s)", nullptr, rows));
    m_problemsLabel->setText(tr("%n problem(s)", nullptr, m_table->problemCount()));
    m_problemRowsLabel->setText(tr("Invalid rows: %1 · Duplicates: %2")
                                    .arg(QString::number(problemRows - duplicates), QString::number(duplicates)));
    const bool hasSelection = tableView()->selectionModel()->hasSelection() || tableView()->currentIndex().isValid();
    m_actions->update(rows, m_table->sendableRowCount(), hasSelection, m_running);
    if (!m_sendBlockedReason.isEmpty()) {
        sendAction()->setEnabled(false);
    }
}
