#include "RunController.h"

#include "Connection.h"
#include "RunWorker.h"
#include "clerk/ClerkClient.h"
#include "core/InviteeTable.h"
#include "delivery/Journal.h"
#include "delivery/SystemClock.h"

#include <QThread>

RunController::RunController(Connection *connection, InviteeTable *table, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_table(table)
    , m_journalPath(journalPath)
    , m_thread(new QThread(this))
    , m_worker(new RunWorker)
{
    m_thread->setObjectName(QStringLiteral("Invitedesk run"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunWorker::opened, this, &RunController::onOpened);
    connect(m_worker, &RunWorker::progress, this, &RunController::onProgress);
    connect(m_worker, &RunWorker::rowChanged, this, &RunController::onRowChanged);
    connect(m_worker, &RunWorker::exchangeRecorded, this, &RunController::exchangeRecorded);
    connect(m_worker, &RunWorker::finished, this, &RunController::onFinished);
    connect(m_worker, &RunWorker::failed, this, &RunController::onFailed);

    // Rows that move under a run would get other rows' statuses: stop writing them (the editor should be read-only
    // while a run goes; the journal still has every outcome).
    const auto moved = [this] { m_tableChanged = m_tableChanged || m_running; };
    connect(m_table, &QAbstractItemModel::rowsInserted, this, moved);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this, moved);
    connect(m_table, &QAbstractItemModel::rowsMoved, this, moved);
    connect(m_table, &QAbstractItemModel::modelReset, this, moved);
    connect(m_table, &QAbstractItemModel::layoutChanged, this, moved);
}

RunController::~RunController()
{
    if (m_thread->isRunning()) {
        RunWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker, [worker] { worker->abandon(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_worker;
    }
}

InputCheck::Result RunController::checkTable() const
{
    ImportResult import;
    import.invitees = m_table->invitees();
    return InputCheck::check(std::move(import), m_table->defaultRole());
}

RatePacer RunController::pacerWithHistory() const
{
    RatePacer pacer = m_pacer;
    if (m_running) {
        return pacer; // the run's thread holds the journal
    }
    SystemClock clock;
    Journal journal(clock);
    journal.setBusyTimeoutMs(0); // a reader holding it: plan without the history rather than wait
    if (journal.open(m_journalPath)) {
        const qint64 since = clock.nowMs() - pacer.windowMs();
        const auto sent = journal.callTimestampsSince(m_connection->apiBaseUrl().toString(), since);
        for (qint64 at : sent.value_or(QList<qint64>())) {
            pacer.recordCall(at);
        }
    }
    return pacer;
}

SendPlan RunController::plan() const
{
    const InputCheck::Result checked = checkTable();
    SendPlan plan =
        SendPlan::forRows(int(checked.rowStatus.size()), int(checked.payloads.size()),
                          BatchPlanner::ClerkMaxRowsPerCall, pacerWithHistory(), QDateTime::currentMSecsSinceEpoch());
    plan.organizationId = m_connection->organizationId();
    plan.organizationName = m_connection->organizationName();
    plan.environment = m_connection->environment();
    return plan;
}

bool RunController::start()
{
    if (m_running) {
        return fail(tr("A run is already going: stop it or wait until it ends."));
    }
    const QString organizationId = m_connection->organizationId();
    if (organizationId.isEmpty()) {
        return fail(tr("Choose the organization to invite into before sending."));
    }
    if (m_table->rowCount() == 0) {
        return fail(tr("The table is empty: type or open the invitees first."));
    }

    RunWorker::Request request;
    request.invitees = m_table->invitees(); // shared, not copied: the table copies on its next edit
    request.options.organizationId = organizationId;
    request.options.defaultRole = m_table->defaultRole();
    request.options.defaultInviterUserId = m_defaultInviterUserId;
    request.options.pacer = m_pacer;
    request.config = m_connection->client()->config(); // the run keeps this instance whatever the window does next
    request.journalPath = m_journalPath;

    m_error.clear();
    m_running = true;
    m_tableChanged = false;
    m_runId = 0;
    m_resumed = false;
    m_outcomes.clear();
    m_progress = DeliveryProgress();
    m_progressAge.invalidate();
    if (!m_thread->isRunning()) {
        m_thread->start();
    }
    RunWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
    emit started();
    emit runningChanged(true);
    return true;
}

void RunController::stop()
{
    if (m_running) {
        RunWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
    }
}

DeliveryProgress RunController::progress() const
{
    DeliveryProgress progress = m_progress;
    if (m_running && m_progressAge.isValid()) {
        const qint64 age = m_progressAge.elapsed();
        progress.waitMs = std::max<qint64>(0, progress.waitMs - age);
        if (progress.etaMs > 0) {
            progress.etaMs = std::max<qint64>(0, progress.etaMs - age);
        }
        if (progress.waitMs == 0) {
            progress.waitReason.clear();
        }
    }
    return progress;
}

bool RunController::fail(const QString &message)
{
    m_error = message;
    return false;
}

void RunController::showOutcome(int row, RowStatus::Value status)
{
    if (!m_tableChanged && row >= 0 && row < m_table->rowCount() && m_table->rowStatus(row) != status) {
        m_table->setRowStatus(row, status);
    }
}

void RunController::onOpened(qint64 runId, bool resumed, const QList<RowOutcome> &outcomes)
{
    m_runId = runId;
    m_resumed = resumed;
    m_outcomes = outcomes;
    for (int row = 0; row < outcomes.size(); ++row) {
        showOutcome(row, outcomes.at(row).status);
    }
    emit runOpened(runId, resumed);
}

void RunController::onRowChanged(int row, const RowOutcome &outcome)
{
    if (row >= 0 && row < m_outcomes.size()) {
        m_outcomes[row] = outcome;
    }
    showOutcome(row, outcome.status);
    emit rowChanged(row, outcome);
}

void RunController::onProgress(const DeliveryProgress &progress)
{
    m_progress = progress;
    m_progressAge.start();
    emit progressChanged(progress);
}

void RunController::onFinished(const DeliverySummary &summary)
{
    m_running = false;
    if (!summary.fatalError.isEmpty()) {
        m_error = summary.fatalError;
    }
    emit finished(summary);
    emit runningChanged(false);
}

void RunController::onFailed(const QString &message)
{
    m_running = false;
    m_error = message;
    emit runFailed(message);
    emit runningChanged(false);
}
