#include "ResultsDock.h"

#include "ResultsWindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

ResultsDock::ResultsDock(const QString &journalPath, ClerkClient *client, QWidget *parent)
    : QDockWidget(tr("Results"), parent)
    , m_journal(m_clock)
    , m_journalPath(journalPath)
    , m_client(client)
{
    setObjectName(QStringLiteral("resultsDock"));
    toggleViewAction()->setText(tr("&Results"));
    toggleViewAction()->setStatusTip(tr("Show or hide the runs and their HTTP exchanges (F6 moves the focus there)"));
    // A reader never makes the window wait: a file held elsewhere is reported, not waited for.
    m_journal.setBusyTimeoutMs(0);
    connect(this, &QDockWidget::visibilityChanged, this, &ResultsDock::syncJournal);
}

ResultsDock::~ResultsDock()
{
    // The view reads the journal while it goes; it goes first.
    m_closing = true;
    delete m_view;
    m_view = nullptr;
    m_journal.close();
}

ResultsWindow *ResultsDock::resultsWindow()
{
    if (!m_view) {
        m_view = new ResultsWindow(&m_journal, m_client, this);
        m_view->setOrganizationNames(m_organizationNames);
        setWidget(m_view);
    }
    return m_view;
}

void ResultsDock::setOrganizationNames(const QHash<QString, QString> &namesById)
{
    m_organizationNames = namesById;
    if (m_view) {
        m_view->setOrganizationNames(namesById);
    }
}

void ResultsDock::releaseJournal()
{
    m_released = true;
    syncJournal();
}

void ResultsDock::resumeAfterRun(qint64 runId)
{
    m_released = false;
    if (runId != 0) {
        m_runToShow = runId;
    }
    syncJournal();
}

void ResultsDock::syncJournal()
{
    if (m_closing) {
        return;
    }
    const bool wanted = isVisible() && !m_released;
    if (!wanted) {
        m_journal.close();
        return;
    }
    if (!m_journal.isOpen()) {
        QDir().mkpath(QFileInfo(m_journalPath).absolutePath());
        if (!m_journal.open(m_journalPath)) {
            emit journalProblem(m_journal.errorString());
            return;
        }
    }
    ResultsWindow *view = resultsWindow();
    view->refresh();
    if (m_runToShow != 0 && view->showRun(m_runToShow)) {
        m_runToShow = 0;
    }
}
