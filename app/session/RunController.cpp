#include "RunController.h"

#include "Connection.h"
#include "clerk/ClerkClient.h"
#include "core/InviteeTable.h"
#include "delivery/DeliveryInput.h"
#include "delivery/DeliveryRun.h"
#include "delivery/Journal.h"
#include "delivery/SystemClock.h"

RunController::RunController(Connection *connection, InviteeTable *table, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_table(table)
    , m_journalPath(journalPath)
    , m_clock(std::make_unique<SystemClock>())
{
    // Rows that move under a run would get other rows' statuses: stop writing them (the editor should be read-only
    // while a run goes; the journal still has every outcome).
    const auto moved = [this] { m_tableChanged = m_tableChanged || isRunning(); };
    connect(m_table, &QAbstractItemModel::rowsInserted, this, moved);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this, moved);
    connect(m_table, &QAbstractItemModel::rowsMoved, this, moved);
    connect(m_table, &QAbstractItemModel::modelReset, this, moved);
    connect(m_table, &QAbstractItemModel::layoutChanged, this, moved);
}

RunController::~RunController()
{
    // Runs (also retired ones not yet deleted) use the journal and the clock: they go first.
    qDeleteAll(findChildren<DeliveryRun *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<ClerkClient *>(Qt::FindDirectChildrenOnly));
}

Journal *RunController::journal()
{
    if (!m_journal) {
        m_journal = std::make_unique<Journal>(*m_clock);
    }
    if (!m_journal->isOpen() && !m_journal->open(m_journalPath)) {
        m_error = tr("Cannot open the journal: %1").arg(m_journal->errorString());
        return nullptr;
    }
    return m_journal.get();
}

InputCheck::Result RunController::checkTable() const
{
    ImportResult import;
    import.invitees = m_table->invitees();
    return InputCheck::check(std::move(import), m_table->defaultRole());
}

RatePacer RunController::pacerWithHistory()
{
    RatePacer pacer = m_pacer;
    if (Journal *history = journal()) {
        const qint64 since = m_clock->nowMs() - pacer.windowMs();
        const auto sent = history->callTimestampsSince(m_connection->apiBaseUrl().toString(), since);
        for (qint64 at : sent.value_or(QList<qint64>())) {
            pacer.recordCall(at);
        }
    }
    return pacer;
}

SendPlan RunController::plan()
{
    const InputCheck::Result checked = checkTable();
    SendPlan plan = SendPlan::forRows(int(checked.rowStatus.size()), int(checked.payloads.size()),
                                      BatchPlanner::ClerkMaxRowsPerCall, pacerWithHistory(), m_clock->nowMs());
    plan.organizationId = m_connection->organizationId();
    plan.organizationName = m_connection->organizationName();
    plan.environment = m_connection->environment();
    return plan;
}

bool RunController::start()
{
    if (isRunning()) {
        return fail(tr("A run is already going: stop it or wait until it ends."));
    }
    const QString organizationId = m_connection->organizationId();
    if (organizationId.isEmpty()) {
        return fail(tr("Choose the organization to invite into before sending."));
    }
    if (m_table->rowCount() == 0) {
        return fail(tr("The table is empty: type or open the invitees first."));
    }
    Journal *runJournal = journal();
    if (!runJournal) {
        return false;
    }
    const InputCheck::Result checked = checkTable();
    if (checked.payloads.isEmpty()) {
        return fail(tr("No row can be sent: every row is invalid or a duplicate. Fix the marked cells first."));
    }

    DeliveryOptions options;
    options.organizationId = organizationId;
    options.defaultRole = m_table->defaultRole();
    options.defaultInviterUserId = m_defaultInviterUserId;
    options.pacer = m_pacer;

    retireLastRun();
    m_runClient = new ClerkClient(m_connection->client()->config(), this);
    m_run = new DeliveryRun(DeliveryInput::fromCheck(checked.rowStatus, checked.payloads, checked.payloadRows), options,
                            m_runClient, runJournal, m_clock.get(), this);
    connect(m_run, &DeliveryRun::progress, this, &RunController::progressChanged);
    connect(m_run, &DeliveryRun::exchangeRecorded, this, &RunController::exchangeRecorded);
    connect(m_run, &DeliveryRun::rowChanged, this, [this](int row, const RowOutcome &outcome) {
        showOutcome(row, outcome.status);
        emit rowChanged(row, outcome);
    });
    connect(m_run, &DeliveryRun::finished, this, &RunController::onFinished);

    m_error.clear();
    m_tableChanged = false;
    emit started();
    emit runningChanged(true);
    m_run->start();
    if (m_run) {
        // Verdicts and, on resume, what the journal already knows: the run reports only later changes.
        const QList<RowOutcome> &known = m_run->outcomes();
        for (int row = 0; row < known.size(); ++row) {
            showOutcome(row, known.at(row).status);
        }
    }
    return true;
}

void RunController::stop()
{
    if (m_run) {
        m_run->stop();
    }
}

bool RunController::isRunning() const
{
    return m_run && m_run->isRunning();
}

DeliveryProgress RunController::progress() const
{
    return m_run ? m_run->currentProgress() : DeliveryProgress();
}

qint64 RunController::runId() const
{
    return m_run ? m_run->runId() : 0;
}

bool RunController::isResumed() const
{
    return m_run && m_run->isResumed();
}

QList<RowOutcome> RunController::outcomes() const
{
    return m_run ? m_run->outcomes() : QList<RowOutcome>();
}

void RunController::retireLastRun()
{
    // Later, not now: start() may be called from a handler of the last run's own finished signal.
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    if (m_runClient) {
        m_runClient->deleteLater();
    }
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

void RunController::onFinished(const DeliverySummary &summary)
{
    if (!summary.fatalError.isEmpty()) {
        m_error = summary.fatalError;
    }
    emit finished(summary);
    emit runningChanged(false);
}
