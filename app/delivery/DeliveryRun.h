#pragma once

#include "CallQueue.h"
#include "DeliveryInput.h"
#include "DeliveryOptions.h"
#include "DeliveryProgress.h"
#include "DeliverySummary.h"
#include "Reconciler.h"
#include "clerk/ApiExchange.h"
#include "core/RowOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class Clock;
class ClerkClient;
class Journal;
class Preflight;

// The state machine that delivers a checked invitee table exactly once: journals the run, reconciles calls a killed
// process left open, runs the pre-flight checks, then sends paced bulk calls and maps every answer onto rows
// (ARCHITECTURE.md, "The flow of one run"). Waits only through the Clock; never sleeps.
class DeliveryRun : public QObject
{
    Q_OBJECT

public:
    // client, journal (open) and clock must outlive the run.
    DeliveryRun(const DeliveryInput &input, const DeliveryOptions &options, ClerkClient *client, Journal *journal,
                Clock *clock, QObject *parent = nullptr);

    // Starts (or resumes, when the journal holds an unfinished run of the same input) the delivery. Once.
    void start();
    // No new call goes out; a call in flight finishes and is recorded; then finished() with interrupted = true.
    void stop();

    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Finished; }
    qint64 runId() const { return m_runId; }
    bool isResumed() const { return m_resumed; }
    // Every row's outcome so far, by table row.
    const QList<RowOutcome> &outcomes() const { return m_outcomes; }
    DeliveryProgress currentProgress() const;
    DeliverySummary summary() const;

signals:
    void progress(const DeliveryProgress &progress);
    void rowChanged(int row, const RowOutcome &outcome);
    void exchangeRecorded(const ApiExchange &exchange);
    void finished(const DeliverySummary &summary);

private:
    enum class Phase { Idle, Resuming, Preflight, Sending, Finished };
    struct Unknown // rows of a journaled call whose fate a lookup must settle
    {
        qint64 callId = 0;
        QList<int> rows;
        QHash<int, RowOutcome> known; // rows of the call its answer did settle
        int attempt = 1;
        QString lastError;
        bool resumed = false; // left open by an earlier process: rows not found simply become pending again
    };

    bool openRun();
    void reconcileNextLeftover();
    void reconcile(const Unknown &unknown);
    void onReconciled(const Unknown &unknown, const Reconciler::Result &result);
    void runPreflight();
    void sendNext();
    void send(const CallQueue::Entry &call);
    void onAnswered(const CallQueue::Entry &call, qint64 callId, const ApiExchange &exchange);
    void failAllPending(const RowOutcome &failure);
    void waitUntil(qint64 atMs, const QString &reason);

    void record(const ApiExchange &exchange);
    void apply(const QHash<int, RowOutcome> &outcomes);
    bool journalOk(bool ok);
    void stopWith(const QString &fatalError);
    void finish();
    void emitProgress();
    QList<int> pendingRows() const;

    DeliveryInput m_input;
    DeliveryOptions m_options;
    ClerkClient *m_client;
    Journal *m_journal;
    Clock *m_clock;
    Preflight *m_preflight;
    Reconciler *m_reconciler;

    Phase m_phase = Phase::Idle;
    qint64 m_runId = 0;
    bool m_resumed = false;
    bool m_stopping = false;
    quint64 m_wakeId = 0;
    qint64 m_waitUntilMs = 0;
    QString m_waitReason;
    QList<RowOutcome> m_outcomes;
    QList<Unknown> m_leftovers; // open calls found on resume
    CallQueue m_queue;
    int m_callsMade = 0;
    QString m_fatalError;
};
