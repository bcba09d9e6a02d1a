#pragma once

#include "SendPlan.h"
#include "clerk/ApiExchange.h"
#include "core/RowOutcome.h"
#include "delivery/DeliveryProgress.h"
#include "delivery/DeliverySummary.h"
#include "delivery/RatePacer.h"
#include "io/InputCheck.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class ClerkClient;
class Clock;
class Connection;
class DeliveryRun;
class InviteeTable;
class Journal;

// Runs a DeliveryRun for the window: checks a snapshot of the invitee table, sends it through the connection's
// current instance and organization, keeps the table's row statuses up to date, and journals everything so a stopped
// run resumes the next time the same table is sent. Never blocks: all results come as signals.
class RunController : public QObject
{
    Q_OBJECT

public:
    // connection and table must outlive the controller; the journal file is opened on first need.
    RunController(Connection *connection, InviteeTable *table, const QString &journalPath, QObject *parent = nullptr);
    ~RunController() override;

    // Pacing of bulk calls (AppSettings::rate(), through RatePacer::parse); takes effect at the next start().
    void setPacer(const RatePacer &pacer) { m_pacer = pacer; }
    RatePacer pacer() const { return m_pacer; }
    // The inviter of rows whose inviter cell is empty (an admin of the organization); empty: none.
    void setDefaultInviterUserId(const QString &userId) { m_defaultInviterUserId = userId; }

    // What start() would do with the table as it is now, for the confirmation.
    SendPlan plan();

    // Checks the table and starts (or resumes, when the journal holds an unfinished run of the same rows,
    // organization and instance) sending it. false with errorString() when it cannot start: a run is going, no
    // organization is chosen, no row is fit to send, or the journal cannot be opened.
    bool start();
    // No new call goes out; a call in flight finishes and is recorded; then finished() with interrupted set.
    // The rows left pending go out when the same table is sent again.
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    // Of the current (or last) run; empty before the first.
    DeliveryProgress progress() const;
    qint64 runId() const;
    bool isResumed() const;
    // Every row's outcome in the current (or last) run, by table row.
    QList<RowOutcome> outcomes() const;

    // The journal the runs write (for the results view): opened on demand; null with errorString() when it cannot.
    Journal *journal();
    QString journalPath() const { return m_journalPath; }

signals:
    void started();
    void progressChanged(const DeliveryProgress &progress);
    void rowChanged(int row, const RowOutcome &outcome);
    void exchangeRecorded(const ApiExchange &exchange);
    void finished(const DeliverySummary &summary);
    void runningChanged(bool running);

private:
    InputCheck::Result checkTable() const;
    RatePacer pacerWithHistory();
    void retireLastRun();
    bool fail(const QString &message);
    void showOutcome(int row, RowStatus::Value status);
    void onFinished(const DeliverySummary &summary);

    Connection *m_connection;
    InviteeTable *m_table;
    QString m_journalPath;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Journal> m_journal;
    RatePacer m_pacer;
    QString m_defaultInviterUserId;
    QPointer<DeliveryRun> m_run;
    QPointer<ClerkClient> m_runClient; // the connection's configuration as it was when the run started
    bool m_tableChanged = false;       // rows moved in the table during the run: statuses no longer written
    QString m_error;
};
