#pragma once

#include "delivery/JournalRow.h"
#include "delivery/JournalRun.h"
#include "results/RevokeSummary.h"

#include <QWidget>

class ClerkClient;
class Journal;
class QLabel;
class QProgressBar;
class RunRevoker;

// "Revoke invitations of this run" as the results view carries it out: the checks and the confirmation, then a
// progress line with a Stop button while RunRevoker works; hidden the rest of the time.
class RevokeBar : public QWidget
{
    Q_OBJECT

public:
    // journal records each revoke exchange under its run; client sends them (null: revoking is unavailable).
    RevokeBar(Journal *journal, ClerkClient *client, QWidget *parent = nullptr);

    void setRequestingUserId(const QString &userId) { m_requestingUserId = userId; }
    bool isAvailable() const { return m_revoker != nullptr; }
    bool isRunning() const;
    // The run being (or last) revoked.
    qint64 runId() const { return m_runId; }

    // Checks that run's invitations (from its rows) can be revoked through the current connection, asks through
    // MessageBox (stating how many and organizationLabel), and starts when the answer is Yes. False when nothing
    // started.
    bool confirmAndStart(const JournalRun &run, const QList<JournalRow> &rows, const QString &organizationLabel);
    void stop();

signals:
    void finished(qint64 runId, const RevokeSummary &summary);

private:
    bool connectionMatches(const JournalRun &run) const;
    void showProgress(int done, int total);

    Journal *m_journal;
    ClerkClient *m_client;
    RunRevoker *m_revoker;
    QString m_requestingUserId;
    qint64 m_runId = 0;
    QLabel *m_label;
    QProgressBar *m_progress;
};
