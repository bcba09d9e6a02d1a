#include "MainWindow.h"

#include "MessageBox.h"
#include "core/InviteeTable.h"
#include "io/InviteeImporter.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_table(new InviteeTable(this))
    , m_view(new QTableView(this))
    , m_counts(new QLabel(this))
{
    setWindowTitle(tr("Invitedesk"));
    m_view->setModel(m_table);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    setCentralWidget(m_view);
    statusBar()->addPermanentWidget(m_counts);
    createActions();

    connect(m_table, &InviteeTable::problemsChanged, this, &MainWindow::updateStatus);
    connect(m_table, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_table, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(this, &MainWindow::fileRejected, this, [this](const QString &reason) {
        statusBar()->showMessage(reason);
        if (isVisible()) {
            MessageBox::warning(this, tr("Cannot open the file"), reason);
        }
    });
    updateStatus();
    resize(1100, 650);
}

bool MainWindow::openFile(const QString &path)
{
    ImportResult result = InviteeImporter().importFile(path);
    if (!result.ok()) {
        emit fileRejected(result.errorString);
        return false;
    }
    m_table->setInvitees(result.invitees);
    m_currentFile = path;
    setWindowTitle(tr("%1 — Invitedesk").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Read %1 as %2").arg(QFileInfo(path).fileName(), result.formatName), 5000);
    return true;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));

    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Read invitees from a CSV or TSV file"));
    toolBar->addAction(openAction);

    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open invitees"), QString(),
                                                      tr("Invitee files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::updateStatus()
{
    m_counts->setText(tr("%1 · %2").arg(tr("%n row(s)", nullptr, m_table->rowCount()),
                                        tr("%n problem(s)", nullptr, m_table->problemCount())));
}
