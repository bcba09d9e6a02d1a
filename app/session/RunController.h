#pragma once

#include "SendPlan.h"
#include "clerk/ApiExchange.h"
#include "core/RowOutcome.h"
#include "delivery/DeliveryProgress.h"
#include "delivery/DeliverySummary.h"
#include "delivery/RatePacer.h"
#include "io/InputCheck.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class Connection;
class InviteeTable;
class QThread;
class RunWorker;

// Runs a DeliveryRun for the window: checks a snapshot of the invitee table, sends it through the connection's
// current instance and organization, keeps the table's row statuses up to date, and journals everything so a stopped
// run resumes the next time the same table is sent. The run and its journal live in a thread of their own, so the
// window never waits for them: everything after start() arrives as signals.
//
// The journal file is open only while a run goes (between start() and finished()); readers such as the results view
// open it themselves when isRunning() is false, and close it again before the next start().
class RunController : public QObject
{
    Q_OBJECT

public:
    // connection and table must outlive the controller.
    RunController(Connection *connection, InviteeTable *table, const QString &journalPath, QObject *parent = nullptr);
    // A run still going is abandoned without waiting for its call in flight; it resumes the next time.
    ~RunController() override;

    // Pacing of bulk calls (AppSettings::rate(), through RatePacer::parse); takes effect at the next start().
    void setPacer(const RatePacer &pacer) { m_pacer = pacer; }
    RatePacer pacer() const { return m_pacer; }
    // The inviter of rows whose inviter cell is empty (an admin of the organization); empty: none.
    void setDefaultInviterUserId(const QString &userId) { m_defaultInviterUserId = userId; }
    QString journalPath() const { return m_journalPath; }

    // What start() would do with the table as it is now, for the confirmation. Reads the calls of the last hour
    // (or rate window) from the journal when it is free, since they count against the rate.
    SendPlan plan() const;

    // Starts (or resumes, when the journal holds an unfinished run of the same rows, organization and instance)
    // sending a snapshot of the table; checking it and opening the journal happen in the run's thread. false with
    // errorString() when it cannot start: a run is going, no organization is chosen, or the table is empty. When no
    // row is fit to send or the journal cannot be opened: runFailed(), then runningChanged(false). Otherwise
    // runOpened() with the rows' statuses (verdicts, and what the journal knew) written to the table.
    bool start();
    // No new call goes out; a call in flight finishes and is recorded; then finished() with interrupted set.
    // The rows left pending go out when the same table is sent again.
    void stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    // The latest progress of the current (or last) run, its waits counted down to now; empty before the first.
    DeliveryProgress progress() const;
    // Known once runOpened() has arrived: the journal's id of the run and whether it continues an earlier one.
    qint64 runId() const { return m_runId; }
    bool isResumed() const { return m_resumed; }
    // Every row's outcome in the current (or last) run, by table row.
    const QList<RowOutcome> &outcomes() const { return m_outcomes; }

signals:
    void started();
    void runOpened(qint64 runId, bool resumed);
    void progressChanged(const DeliveryProgress &progress);
    void rowChanged(int row, const RowOutcome &outcome);
    void exchangeRecorded(const ApiExchange &exchange);
    void finished(const DeliverySummary &summary);
    // The run could not begin (the journal could not be opened); message in one line.
    void runFailed(const QString &message);
    void runningChanged(bool running);

private:
    InputCheck::Result checkTable() const;
    RatePacer pacerWithHistory() const;
    bool fail(const QString &message);
    void showOutcome(int row, RowStatus::Value status);
    void onOpened(qint64 runId, bool resumed, const QList<RowOutcome> &outcomes);
    void onRowChanged(int row, const RowOutcome &outcome);
    void onProgress(const DeliveryProgress &progress);
    void onFinished(const DeliverySummary &summary);
    void onFailed(const QString &message);

    Connection *m_connection;
    InviteeTable *m_table;
    QString m_journalPath;
    RatePacer m_pacer;
    QString m_defaultInviterUserId;
    QThread *m_thread;
    RunWorker *m_worker; // lives in m_thread
    bool m_running = false;
    bool m_tableChanged = false; // rows moved in the table during the run: statuses no longer written
    qint64 m_runId = 0;
    bool m_resumed = false;
    QList<RowOutcome> m_outcomes;
    DeliveryProgress m_progress;
    QElapsedTimer m_progressAge; // since m_progress arrived
    QString m_error;
};
