#pragma once

#include "delivery/Journal.h"
#include "delivery/SystemClock.h"

#include <QDockWidget>
#include <QHash>

class ClerkClient;
class ResultsWindow;

// The dock that holds the results view, and the window's one reading connection to the journal: open while the
// dock is shown and no run goes (a run opens the file itself, and SQLite's lock is exclusive), closed otherwise.
// The view is built when first needed, so a window that never shows results does not start slower for it.
class ResultsDock : public QDockWidget
{
    Q_OBJECT

public:
    // journalPath is the file runs write (AppSettings::journalPath()); client revokes invitations.
    ResultsDock(const QString &journalPath, ClerkClient *client, QWidget *parent = nullptr);
    ~ResultsDock() override;

    // The results view (built now if it was not yet).
    ResultsWindow *resultsWindow();
    // Passed on to the view (ResultsWindow::setOrganizationNames), now or once it is built.
    void setOrganizationNames(const QHash<QString, QString> &namesById);
    bool isJournalOpen() const { return m_journal.isOpen(); }

    // Closes the journal before a run opens it; the view keeps showing what it read.
    void releaseJournal();
    // After a run (or a Send that did not start one): opens the journal again when the dock is shown, re-reads it
    // and shows runId (0: keeps the run shown).
    void resumeAfterRun(qint64 runId);

signals:
    // The journal could not be opened; one line naming the file.
    void journalProblem(const QString &message);

private:
    void syncJournal();

    SystemClock m_clock;
    Journal m_journal;
    QString m_journalPath;
    ClerkClient *m_client;
    ResultsWindow *m_view = nullptr;
    QHash<QString, QString> m_organizationNames;
    bool m_released = false;
    bool m_closing = false;
    qint64 m_runToShow = 0;
};
