#pragma once

#include "clerk/ApiExchange.h"
#include "clerk/ClerkConfig.h"
#include "core/Invitee.h"
#include "core/RowOutcome.h"
#include "delivery/DeliveryOptions.h"
#include "delivery/DeliveryProgress.h"
#include "delivery/DeliverySummary.h"

#include <QList>
#include <QObject>

#include <memory>

class ClerkClient;
class DeliveryRun;
class Journal;
class SystemClock;

// The half of RunController that lives in the run's own thread, so journal writes (each one synced to disk) and the
// bookkeeping of a large table never hold up the window: opens the journal, runs one DeliveryRun with its own
// ClerkClient and clock, and closes the journal again when the run has ended. Used by RunController only.
class RunWorker : public QObject
{
    Q_OBJECT

public:
    // What one run delivers (a snapshot of the table, checked here), how, with which configuration, journaled where.
    struct Request
    {
        QList<Invitee> invitees;
        DeliveryOptions options; // options.defaultRole also fills empty role cells
        ClerkConfig config;
        QString journalPath;
    };

    explicit RunWorker(QObject *parent = nullptr);
    ~RunWorker() override;

    // In the worker's thread: checks the rows, opens the journal and starts (or resumes) the run; failed() when no
    // row can be sent or the journal cannot be opened.
    void run(const Request &request);
    // In the worker's thread: DeliveryRun::stop().
    void stop();
    // In the worker's thread, before it ends: drops a run still going without waiting for its call in flight (the
    // journal keeps the call open, so the next run looks it up) and closes the journal.
    void abandon();

signals:
    void failed(const QString &message);
    // The run is open: its journal id, whether it continues an earlier one, and every row's outcome so far.
    void opened(qint64 runId, bool resumed, const QList<RowOutcome> &outcomes);
    void progress(const DeliveryProgress &progress);
    void rowChanged(int row, const RowOutcome &outcome);
    void exchangeRecorded(const ApiExchange &exchange);
    // The journal is closed by the time this arrives in another thread.
    void finished(const DeliverySummary &summary);

private:
    void close();

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Journal> m_journal;
    ClerkClient *m_client = nullptr;
    DeliveryRun *m_run = nullptr;
};
