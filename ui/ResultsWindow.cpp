#include "ResultsWindow.h"

#include "MessageBox.h"
#include "RevokeBar.h"
#include "RunExchangesPanel.h"
#include "RunRowsPanel.h"
#include "SaveDialog.h"
#include "StatusCountsBar.h"
#include "delivery/Journal.h"
#include "io/HarWriter.h"
#include "results/ExchangeListModel.h"
#include "results/RowResultsModel.h"
#include "results/RunHistoryModel.h"
#include "results/RunReport.h"
#include "results/RunRevoker.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QShortcutEvent>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

ResultsWindow::ResultsWindow(Journal *journal, ClerkClient *client, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_history(new RunHistoryModel(journal, this))
    , m_revokeBar(new RevokeBar(journal, client, this))
{
    setWindowTitle(tr("Results"));
    createActions();

    m_runsView = new QTableView(this);
    m_runsView->setModel(m_history);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsView->setWordWrap(false);
    m_runsView->verticalHeader()->setVisible(false);
    m_runsView->setAccessibleName(tr("Runs"));
    m_runsView->setAccessibleDescription(
        tr("Every run in the journal, newest first; the selected run is shown beside"));

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportReportAction);
    toolBar->addAction(m_exportHarAction);
    toolBar->addSeparator();
    toolBar->addAction(m_revokeAction);
    toolBar->setAccessibleName(tr("Results actions"));
    // Reachable with Tab too, not only by their shortcuts.
    for (QAction *action : toolBar->actions()) {
        if (QWidget *button = toolBar->widgetForAction(action)) {
            button->setFocusPolicy(Qt::TabFocus);
        }
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_runsView);
    splitter->addWidget(createRunPane());
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_revokeBar);
    layout->addWidget(m_status);

    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsWindow::onCurrentRunChanged);
    connect(m_revokeBar, &RevokeBar::finished, this, &ResultsWindow::onRevokeFinished);
    refresh();
}

ResultsWindow::~ResultsWindow() = default;

void ResultsWindow::createActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(tr("Read the runs again from the journal"));
    addAction(m_refreshAction);
    m_exportReportAction = new QAction(tr("Export &report…"), this);
    m_exportReportAction->setToolTip(tr("Save the per-row results of this run as a CSV report (Ctrl+Shift+E)"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportReportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportReportAction);
    m_exportHarAction = new QAction(tr("Export &HAR…"), this);
    m_exportHarAction->setToolTip(
        tr("Save every HTTP exchange of this run as an HTTP Archive (HAR 1.2) (Ctrl+Shift+H)"));
    m_exportHarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_exportHarAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportHarAction);
    m_revokeAction = new QAction(tr("Re&voke invitations of this run…"), this);
    m_revokeAction->setToolTip(
        tr("Revoke every invitation this run created, after a confirmation (Ctrl+Shift+Delete)"));
    m_revokeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_revokeAction);

    connect(m_refreshAction, &QAction::triggered, this, &ResultsWindow::refresh);
    connect(m_exportReportAction, &QAction::triggered, this, &ResultsWindow::chooseReportFile);
    connect(m_exportHarAction, &QAction::triggered, this, &ResultsWindow::chooseHarFile);
    connect(m_revokeAction, &QAction::triggered, this, &ResultsWindow::revokeInvitations);
}

QWidget *ResultsWindow::createRunPane()
{
    auto *pane = new QWidget(this);
    m_runTitle = new QLabel(pane);
    m_runTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runTitle->setWordWrap(true);
    m_counts = new StatusCountsBar(pane);
    m_rowsPanel = new RunRowsPanel(m_exportReportAction, pane);
    m_exchangesPanel = new RunExchangesPanel(pane);
    m_tabs = new QTabWidget(pane);
    m_tabs->addTab(m_rowsPanel, tr("R&ows"));
    m_tabs->addTab(m_exchangesPanel, tr("HTTP e&xchanges"));
    m_tabs->setTabToolTip(0, tr("The result of every row of the run (Alt+O)"));
    m_tabs->setTabToolTip(1, tr("Every call to Clerk in full (Alt+X)"));
    m_tabs->tabBar()->installEventFilter(this);
    m_counts->setAccessibleName(tr("Rows per status"));

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_runTitle);
    layout->addWidget(m_counts);
    layout->addWidget(m_tabs, 1);

    connect(m_counts, &StatusCountsBar::statusClicked, this, [this](RowStatus::Value status) {
        m_rowsPanel->setStatusFilter({status});
        m_tabs->setCurrentWidget(m_rowsPanel);
    });
    return pane;
}

bool ResultsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs->tabBar() && event->type() == QEvent::Shortcut) {
        const QKeySequence key = static_cast<QShortcutEvent *>(event)->key();
        for (int tab = 0; tab < m_tabs->count(); ++tab) {
            if (QKeySequence::mnemonic(m_tabs->tabText(tab)) == key) {
                m_tabs->setCurrentIndex(tab);
                QWidget *view = tab == 0 ? static_cast<QWidget *>(m_rowsPanel->view()) : m_exchangesPanel->view();
                view->setFocus(Qt::ShortcutFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

ExchangeView *ResultsWindow::exchangeView() const
{
    return m_exchangesPanel->exchangeView();
}

void ResultsWindow::setOrganizationNames(const QHash<QString, QString> &namesById)
{
    m_history->setOrganizationNames(namesById);
    if (m_run.id != 0) {
        m_runTitle->setText(runTitle(m_run));
    }
}

void ResultsWindow::setRequestingUserId(const QString &userId)
{
    m_revokeBar->setRequestingUserId(userId);
}

void ResultsWindow::refresh()
{
    const qint64 shown = m_run.id;
    m_refreshing = true; // the model reset and the reselection below load the run once, at the end
    const bool read = m_history->refresh();
    const int row = m_history->rowOfRun(shown);
    if (read && m_history->rowCount() > 0) {
        m_runsView->setCurrentIndex(m_history->index(std::max(row, 0), 0));
    }
    m_refreshing = false;
    m_runsView->resizeColumnsToContents();
    if (!read) {
        clearRun();
        m_readError = m_history->errorString();
        setStatusMessage(m_readError);
        return;
    }
    if (!m_readError.isEmpty() && m_status->text() == m_readError) {
        setStatusMessage(QString()); // the journal reads again (it was closed while a run had it)
    }
    m_readError.clear();
    onCurrentRunChanged();
}

bool ResultsWindow::showRun(qint64 runId)
{
    if (m_history->rowOfRun(runId) < 0) {
        m_history->refresh();
    }
    const int row = m_history->rowOfRun(runId);
    if (row < 0) {
        return false;
    }
    m_runsView->setCurrentIndex(m_history->index(row, 0));
    if (m_run.id != runId) {
        onCurrentRunChanged();
    }
    return m_run.id == runId;
}

void ResultsWindow::onCurrentRunChanged()
{
    if (m_refreshing) {
        return;
    }
    const QModelIndex current = m_runsView->currentIndex();
    if (!current.isValid()) {
        clearRun();
        return;
    }
    loadRun(current.data(RunHistoryModel::RunRole).value<JournalRun>());
}

void ResultsWindow::loadRun(const JournalRun &run)
{
    const bool sameRun = run.id == m_run.id;
    m_run = run;
    const std::optional<QList<JournalRow>> rows = m_journal->rows(run.id);
    const std::optional<QList<ApiExchange>> exchanges = m_journal->exchanges(run.id);
    if (!rows || !exchanges) {
        setStatusMessage(tr("Could not read run %1 from the journal: %2").arg(run.id).arg(m_journal->errorString()));
    }
    m_runTitle->setText(runTitle(run));
    m_rowsPanel->setRows(rows.value_or(QList<JournalRow>()));
    m_counts->setCounts(m_rowsPanel->model()->statusCounts());
    if (!sameRun) {
        m_exchangesPanel->setExchanges({}); // a new run starts with no exchange selected
    }
    m_exchangesPanel->setExchanges(exchanges.value_or(QList<ApiExchange>()));
    updateActions();
    if (!sameRun) {
        emit runShown(run.id);
    }
}

void ResultsWindow::clearRun()
{
    m_run = JournalRun();
    m_runTitle->setText(m_history->rowCount() == 0 ? tr("No runs yet: the runs you send appear here.") : QString());
    m_rowsPanel->setRows({});
    m_counts->setCounts({});
    m_exchangesPanel->setExchanges({});
    updateActions();
}

QString ResultsWindow::runTitle(const JournalRun &run) const
{
    return tr("Run %1 · %2 · started %3 · %4 · %5")
        .arg(run.id)
        .arg(m_history->organizationLabel(run.orgId))
        .arg(QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat))
        .arg(RunHistoryModel::stateText(run))
        .arg(run.apiBaseUrl);
}

void ResultsWindow::updateActions()
{
    const bool hasRun = m_run.id != 0;
    m_exportReportAction->setEnabled(hasRun);
    m_exportHarAction->setEnabled(hasRun && m_exchangesPanel->model()->rowCount() > 0);
    const bool revocable = !RunRevoker::invitationIds(m_rowsPanel->model()->rows()).isEmpty();
    m_revokeAction->setEnabled(hasRun && m_revokeBar->isAvailable() && !m_revokeBar->isRunning() && revocable);
}

QString ResultsWindow::statusMessage() const
{
    return m_status->text();
}

void ResultsWindow::setStatusMessage(const QString &message)
{
    m_status->setText(message);
}

void ResultsWindow::chooseReportFile()
{
    if (m_run.id == 0) {
        return;
    }
    const QString path =
        SaveDialog::getSavePath(this, tr("Export report"), QStringLiteral("invitedesk-run-%1-report.csv").arg(m_run.id),
                                tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportReport(path);
    }
}

void ResultsWindow::chooseHarFile()
{
    if (m_run.id == 0) {
        return;
    }
    const QString path =
        SaveDialog::getSavePath(this, tr("Export HAR"), QStringLiteral("invitedesk-run-%1.har").arg(m_run.id),
                                tr("HTTP Archive files (*.har)"));
    if (!path.isEmpty()) {
        exportHar(path);
    }
}

bool ResultsWindow::exportReport(const QString &path)
{
    RunReport report;
    if (!report.write(path, m_rowsPanel->model()->rows())) {
        setStatusMessage(report.errorString());
        MessageBox::warning(this, tr("Export report"), report.errorString());
        return false;
    }
    setStatusMessage(tr("Report of run %1 saved to %2").arg(m_run.id).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ResultsWindow::exportHar(const QString &path)
{
    HarWriter writer;
    if (!writer.write(path, m_exchangesPanel->model()->exchanges())) {
        setStatusMessage(writer.errorString());
        MessageBox::warning(this, tr("Export HAR"), writer.errorString());
        return false;
    }
    setStatusMessage(tr("HTTP exchanges of run %1 saved to %2").arg(m_run.id).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ResultsWindow::isRevoking() const
{
    return m_revokeBar->isRunning();
}

void ResultsWindow::revokeInvitations()
{
    if (m_revokeBar->confirmAndStart(m_run, m_rowsPanel->model()->rows(), m_history->organizationLabel(m_run.orgId))) {
        updateActions();
    }
}

void ResultsWindow::stopRevoking()
{
    m_revokeBar->stop();
}

void ResultsWindow::onRevokeFinished(qint64 runId, const RevokeSummary &summary)
{
    const QString message = tr("Run %1: %2").arg(runId).arg(summary.text());
    setStatusMessage(message);
    if (m_run.id == runId) {
        refresh(); // the revoke exchanges are on the run's record now
    }
    updateActions();
    if (summary.failed > 0) {
        MessageBox::warning(this, tr("Revoke invitations"),
                            tr("%1 First failure: %2").arg(message, summary.failures.constFirst()));
    }
    emit revokeFinished(summary);
}
