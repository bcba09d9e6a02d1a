#pragma once

#include "delivery/JournalRun.h"
#include "results/RevokeSummary.h"

#include <QHash>
#include <QWidget>

class ClerkClient;
class ExchangeView;
class Journal;
class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class RevokeBar;
class RunExchangesPanel;
class RunHistoryModel;
class RunRowsPanel;
class StatusCountsBar;

// The results view: the history of runs on the left; for the selected run its counts per status, the per-row
// results (filter, Export report…) and its HTTP exchanges (each in full in an ExchangeView). Export HAR… and
// Revoke invitations of this run… act on the selected run. A plain QWidget: a tab, a dock or a window of its own.
class ResultsWindow : public QWidget
{
    Q_OBJECT

public:
    // journal is the window's one Journal, shared with sending (never open a second connection to its file); client
    // revokes invitations (null: revoking is unavailable). Both must outlive the window; journal may be closed.
    ResultsWindow(Journal *journal, ClerkClient *client, QWidget *parent = nullptr);
    ~ResultsWindow() override;

    // Names shown next to organization ids ("Acme Inc (org_…)"), in the history and the confirmation.
    void setOrganizationNames(const QHash<QString, QString> &namesById);
    // The admin user revocations are made on behalf of (Clerk's requesting_user_id); empty: none.
    void setRequestingUserId(const QString &userId);

    // Re-reads the journal (after a run progressed or finished), keeping the selected run and exchange.
    void refresh();
    // Selects runId in the history and shows it; false when the journal has no such run.
    bool showRun(qint64 runId);
    // The run shown, or 0.
    qint64 currentRunId() const { return m_run.id; }
    const JournalRun &currentRun() const { return m_run; }

    // What the actions do once a file is chosen; false (after saying why) when the file could not be written.
    bool exportReport(const QString &path);
    bool exportHar(const QString &path);
    // Asks for confirmation (MessageBox), then revokes every invitation the shown run created, with progress.
    void revokeInvitations();
    void stopRevoking();
    bool isRevoking() const;

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportReportAction() const { return m_exportReportAction; }
    QAction *exportHarAction() const { return m_exportHarAction; }
    QAction *revokeAction() const { return m_revokeAction; }

    RunHistoryModel *historyModel() const { return m_history; }
    QTableView *runsView() const { return m_runsView; }
    StatusCountsBar *countsBar() const { return m_counts; }
    RunRowsPanel *rowsPanel() const { return m_rowsPanel; }
    RunExchangesPanel *exchangesPanel() const { return m_exchangesPanel; }
    ExchangeView *exchangeView() const;
    QTabWidget *tabs() const { return m_tabs; }
    // The last line the view reported ("Report saved to …", the revoke summary, a journal error).
    QString statusMessage() const;

signals:
    void runShown(qint64 runId);
    void revokeFinished(const RevokeSummary &summary);

protected:
    // A tab's mnemonic (Alt+O, Alt+X) shows the tab and moves the focus into it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    QWidget *createRunPane();
    void onCurrentRunChanged();
    void loadRun(const JournalRun &run);
    void clearRun();
    void updateActions();
    void setStatusMessage(const QString &message);
    QString runTitle(const JournalRun &run) const;
    void chooseReportFile();
    void chooseHarFile();
    void onRevokeFinished(qint64 runId, const RevokeSummary &summary);

    Journal *m_journal;
    RunHistoryModel *m_history;
    RevokeBar *m_revokeBar;
    JournalRun m_run;
    bool m_refreshing = false;

    QAction *m_refreshAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_exportHarAction = nullptr;
    QAction *m_revokeAction = nullptr;
    QTableView *m_runsView = nullptr;
    QLabel *m_runTitle = nullptr;
    StatusCountsBar *m_counts = nullptr;
    QTabWidget *m_tabs = nullptr;
    RunRowsPanel *m_rowsPanel = nullptr;
    RunExchangesPanel *m_exchangesPanel = nullptr;
    QLabel *m_status = nullptr;
    QString m_readError; // why the last refresh could not read the journal
};
