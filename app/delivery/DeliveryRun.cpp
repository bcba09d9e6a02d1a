#include "DeliveryRun.h"

#include "Clock.h"
#include "Journal.h"
#include "OutcomeMapper.h"
#include "Preflight.h"
#include "WaitReason.h"
#include "clerk/ClerkClient.h"

#include <QJsonArray>
#include <QJsonDocument>

DeliveryRun::DeliveryRun(const DeliveryInput &input, const DeliveryOptions &options, ClerkClient *client,
                         Journal *journal, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_options(options)
    , m_client(client)
    , m_journal(journal)
    , m_clock(clock)
{
    m_input.applyDefaultInviter(m_options.defaultInviterUserId);
    const auto onExchange = [this](const ApiExchange &exchange) { record(exchange); };
    m_preflight = new Preflight(client, m_options.organizationId, onExchange, this);
    m_reconciler = new Reconciler(client, clock, m_options.organizationId, onExchange, this);
    m_reconciler->setRetry(m_options.retry, m_options.jitter);
    for (int row = 0; row < m_input.rowCount(); ++row) {
        RowOutcome outcome;
        outcome.status = m_input.verdicts.at(row);
        m_outcomes.append(outcome);
    }
}

void DeliveryRun::start()
{
    if (m_phase != Phase::Idle) {
        return;
    }
    m_phase = Phase::Resuming;
    if (openRun()) {
        reconcileNextLeftover();
    }
}

void DeliveryRun::stop()
{
    if (!isRunning() || m_stopping) {
        return;
    }
    m_stopping = true;
    if (m_wakeId != 0) {
        finish(); // waiting for the pacer or a backoff: nothing is in flight
    } else if (m_reconciler->isWaiting()) {
        m_reconciler->cancel(); // answers cancelled; the call stays open for the next run
    }
    // Otherwise a request is in flight: it finishes and is recorded, and the next step stops.
}

bool DeliveryRun::openRun()
{
    JournalRun wanted;
    wanted.orgId = m_options.organizationId;
    wanted.apiBaseUrl = m_client->config().apiBaseUrl().toString();
    wanted.defaultRole = m_options.defaultRole;
    const QList<JournalRow> rows = m_input.journalRows();
    wanted.inputFingerprint = Journal::fingerprint(wanted.orgId, rows);
    const std::optional<JournalRun> run = m_journal->findOrCreateRun(wanted, rows);
    const auto outcomes = run ? m_journal->rowOutcomes(run->id) : std::nullopt;
    const auto open = run ? m_journal->unresolvedCalls(run->id) : std::nullopt;
    const qint64 since = m_clock->nowMs() - m_options.pacer.windowMs();
    const auto sent = run ? m_journal->callTimestampsSince(wanted.apiBaseUrl, since) : std::nullopt;
    if (!journalOk(run && outcomes && open && sent)) {
        return false;
    }
    m_runId = run->id;
    m_resumed = run->resumed;
    for (auto it = outcomes->cbegin(); it != outcomes->cend(); ++it) {
        if (it.key() >= 0 && it.key() < m_outcomes.size()) {
            m_outcomes[it.key()] = it.value();
        }
    }
    for (qint64 at : *sent) {
        m_options.pacer.recordCall(at);
    }
    for (const JournalCall &call : *open) {
        m_leftovers.append(Unknown{call.id, call.rows, {}, 1, {}, true});
    }
    emitProgress();
    return true;
}

void DeliveryRun::reconcileNextLeftover()
{
    if (m_stopping) {
        finish();
    } else if (m_leftovers.isEmpty()) {
        runPreflight();
    } else {
        reconcile(m_leftovers.takeFirst());
    }
}

void DeliveryRun::reconcile(const Unknown &unknown)
{
    const QStringList emails = m_input.emails(unknown.rows);
    m_reconciler->lookUp(unknown.rows, emails, [this, unknown](const Reconciler::Result &result) {
        if (result.cancelled) {
            finish(); // stop() during a retry wait: the call stays open for the next run
        } else if (!result.error.isError()) {
            onReconciled(unknown, result);
        } else if (OutcomeMapper::stopsRun(result.error)) {
            stopWith(OutcomeMapper::stopMessage(result.error, m_options.organizationId));
        } else {
            // Resending blind could invite twice: leave the call open for the next run to look up.
            stopWith(tr("could not find out whether bulk call %1 reached Clerk (%2): run again to resume")
                         .arg(QString::number(unknown.callId), result.error.message()));
        }
    });
}

void DeliveryRun::onReconciled(const Unknown &unknown, const Reconciler::Result &result)
{
    QHash<int, RowOutcome> outcomes = unknown.known;
    outcomes.insert(result.found);
    QList<int> retry;
    for (int row : result.notFound) {
        if (unknown.resumed) {
            continue; // back to pending: planned again after the pre-flight
        }
        if (unknown.attempt < m_options.retry.maxAttempts) {
            retry.append(row);
            continue;
        }
        RowOutcome failed;
        failed.status = RowStatus::Failed;
        failed.errorMessage =
            tr("row %1: no definite answer from Clerk after %2 attempts (%3)")
                .arg(QString::number(m_input.displayRow(row)), QString::number(unknown.attempt), unknown.lastError);
        outcomes.insert(row, failed);
    }
    if (!journalOk(m_journal->resolveCall(unknown.callId, outcomes))) {
        return;
    }
    apply(outcomes);
    if (unknown.resumed) {
        reconcileNextLeftover();
        return;
    }
    if (!retry.isEmpty()) {
        CallQueue::Entry again;
        again.rows = retry;
        again.attempt = unknown.attempt + 1;
        again.notBeforeMs = m_clock->nowMs() + m_options.retry.backoffMs(unknown.attempt, m_options.jitter.next());
        again.lastError = unknown.lastError;
        m_queue.pushFront(again);
    }
    sendNext();
}

void DeliveryRun::runPreflight()
{
    m_phase = Phase::Preflight;
    const QList<int> rows = pendingRows();
    if (rows.isEmpty() || m_stopping) {
        finish();
        return;
    }
    m_preflight->run(m_input, rows, [this](const Preflight::Result &result) {
        if (result.error.isError()) {
            stopWith(OutcomeMapper::stopsRun(result.error)
                         ? OutcomeMapper::stopMessage(result.error, m_options.organizationId)
                         : tr("could not read %1 before sending: %2").arg(result.failedStep, result.error.message()));
            return;
        }
        if (!result.decided.isEmpty() && !journalOk(m_journal->recordRowOutcomes(m_runId, result.decided))) {
            return;
        }
        apply(result.decided);
        m_queue.plan(pendingRows(), m_options.maxRowsPerCall);
        sendNext();
    });
}

void DeliveryRun::sendNext()
{
    m_phase = Phase::Sending;
    if (m_stopping || m_queue.isEmpty()) {
        finish();
        return;
    }
    const qint64 now = m_clock->nowMs();
    const qint64 at = std::max(m_options.pacer.nextCallAtMs(now), m_queue.front().notBeforeMs);
    if (at > now) {
        waitUntil(at, WaitReason::forNextCall(m_options.pacer, m_queue.front(), m_options.retry.maxAttempts, at));
    } else {
        send(m_queue.takeFront());
    }
}

void DeliveryRun::waitUntil(qint64 atMs, const QString &reason)
{
    m_waitUntilMs = atMs;
    m_waitReason = reason;
    emitProgress();
    m_wakeId = m_clock->wakeAt(atMs, this, [this] {
        m_wakeId = 0;
        m_waitUntilMs = 0;
        m_waitReason.clear();
        sendNext();
    });
}

void DeliveryRun::send(const CallQueue::Entry &call)
{
    const std::optional<qint64> callId = m_journal->planCall(m_runId, call.rows);
    if (!journalOk(callId.has_value()) || !journalOk(m_journal->markCallSent(*callId))) {
        return;
    }
    QJsonArray items;
    for (int row : call.rows) {
        items.append(m_input.payloads.at(row));
    }
    m_options.pacer.recordCall(m_clock->nowMs());
    ++m_callsMade;
    emitProgress();
    const QByteArray body = QJsonDocument(items).toJson(QJsonDocument::Compact);
    m_client->bulkCreateInvitations(
        m_options.organizationId, body, this,
        [this, call, id = *callId](const ApiExchange &exchange) { onAnswered(call, id, exchange); });
}

void DeliveryRun::onAnswered(const CallQueue::Entry &call, qint64 callId, const ApiExchange &exchange)
{
    emit exchangeRecorded(exchange);
    const CallOutcome outcome = OutcomeMapper::map(call.rows, m_input.emails(call.rows), exchange);
    if (!outcome.unknown.isEmpty()) {
        if (!journalOk(m_journal->recordUnresolved(callId, exchange))) {
            return;
        }
        apply(outcome.decided); // journaled with the lookup's findings (resolveCall)
        if (m_stopping) {
            finish(); // the call stays open; the next run looks its rows up
        } else {
            const QString why = ClerkError::fromExchange(exchange).message();
            reconcile(Unknown{callId, outcome.unknown, outcome.decided, call.attempt, why, false});
        }
        return;
    }
    if (!journalOk(m_journal->recordOutcome(callId, exchange, outcome.decided))) {
        return;
    }
    apply(outcome.decided);
    switch (outcome.next) {
    case CallOutcome::Next::Continue:
        m_queue.requeue(call, outcome);
        break;
    case CallOutcome::Next::Defer:
        m_options.pacer.deferUntil(m_clock->nowMs() + outcome.retryAfterMs);
        m_queue.requeue(call, outcome);
        break;
    case CallOutcome::Next::StopQuota:
        failAllPending(outcome.failure);
        break;
    case CallOutcome::Next::StopRun:
        stopWith(OutcomeMapper::stopMessage(ClerkError::fromExchange(exchange), m_options.organizationId));
        return;
    }
    sendNext();
}

void DeliveryRun::failAllPending(const RowOutcome &failure)
{
    m_queue.clear();
    QHash<int, RowOutcome> failed;
    for (int row : pendingRows()) {
        failed.insert(row, failure);
    }
    if (failed.isEmpty() || journalOk(m_journal->recordRowOutcomes(m_runId, failed))) {
        apply(failed);
    }
}

void DeliveryRun::record(const ApiExchange &exchange)
{
    if (m_runId != 0) {
        m_journal->recordExchange(m_runId, exchange); // losing the copy of a lookup is not worth stopping for
    }
    emit exchangeRecorded(exchange);
}

void DeliveryRun::apply(const QHash<int, RowOutcome> &outcomes)
{
    QList<int> rows = outcomes.keys();
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < m_outcomes.size() && m_outcomes.at(row) != outcomes.value(row)) {
            m_outcomes[row] = outcomes.value(row);
            emit rowChanged(row, m_outcomes.at(row));
        }
    }
    if (!rows.isEmpty()) {
        emitProgress();
    }
}

bool DeliveryRun::journalOk(bool ok)
{
    if (!ok) {
        stopWith(tr("journal: %1").arg(m_journal->errorString()));
    }
    return ok;
}

void DeliveryRun::stopWith(const QString &fatalError)
{
    m_fatalError = fatalError;
    m_queue.clear();
    finish();
}

void DeliveryRun::finish()
{
    if (m_phase == Phase::Finished) {
        return;
    }
    m_phase = Phase::Finished;
    if (m_wakeId != 0) {
        m_clock->cancel(m_wakeId);
        m_wakeId = 0;
    }
    m_waitUntilMs = 0;
    m_waitReason.clear();
    if (m_runId != 0) {
        const auto open = m_journal->unresolvedCalls(m_runId);
        if (pendingRows().isEmpty() && open && open->isEmpty()) {
            m_journal->finishRun(m_runId);
        } else {
            m_journal->markInterrupted(m_runId);
        }
    }
    emitProgress();
    emit finished(summary());
}

DeliveryProgress DeliveryRun::currentProgress() const
{
    DeliveryProgress progress = DeliveryProgress::tally(m_outcomes);
    progress.callsMade = m_callsMade;
    const qint64 now = m_clock->nowMs();
    if (m_waitUntilMs > now) {
        progress.waitMs = m_waitUntilMs - now;
        progress.waitReason = m_waitReason;
    }
    // While sending, the queue holds exactly the calls still to go (a call in flight is no longer in it, though its
    // rows are still pending); before that, the pending rows are what will be planned.
    const int perCall = std::max(1, m_options.maxRowsPerCall);
    const int calls =
        m_phase == Phase::Sending ? m_queue.size() : (progress.count(RowStatus::Pending) + perCall - 1) / perCall;
    progress.etaMs = calls == 0 ? 0 : m_options.pacer.estimateFinishMs(calls, now) - now;
    return progress;
}

DeliverySummary DeliveryRun::summary() const
{
    DeliverySummary summary;
    summary.counts = DeliveryProgress::tally(m_outcomes).counts;
    summary.callsMade = m_callsMade;
    summary.interrupted = m_stopping && summary.count(RowStatus::Pending) > 0; // stopped with work left
    summary.fatalError = m_fatalError;
    return summary;
}

void DeliveryRun::emitProgress()
{
    emit progress(currentProgress());
}

QList<int> DeliveryRun::pendingRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_outcomes.size(); ++row) {
        if (m_outcomes.at(row).status == RowStatus::Pending) {
            rows.append(row);
        }
    }
    return rows;
}
