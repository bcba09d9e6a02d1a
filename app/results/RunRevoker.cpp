#include "RunRevoker.h"

#include "clerk/ClerkClient.h"
#include "clerk/ClerkError.h"
#include "delivery/Journal.h"

#include <QTimer>

RunRevoker::RunRevoker(ClerkClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QStringList RunRevoker::invitationIds(const QList<JournalRow> &rows)
{
    QStringList ids;
    for (const JournalRow &row : rows) {
        const QString &id = row.outcome.invitationId;
        if (row.outcome.status == RowStatus::Invited && !id.isEmpty() && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

RunRevoker::Result RunRevoker::classify(const ApiExchange &exchange)
{
    if (exchange.isSuccess()) {
        return Result::Revoked;
    }
    const ClerkError error = ClerkError::fromExchange(exchange);
    if (exchange.status == 404 || (exchange.status == 400 && error.hasCode(u"organization_invitation_not_pending"))) {
        return Result::AlreadyGone;
    }
    return Result::Failed;
}

void RunRevoker::setJournal(Journal *journal, qint64 runId)
{
    m_journal = journal;
    m_runId = runId;
}

bool RunRevoker::start(const QString &organizationId, const QStringList &invitationIds, const QString &requestingUserId)
{
    if (m_running) {
        return false;
    }
    m_organizationId = organizationId;
    m_requestingUserId = requestingUserId;
    m_ids = invitationIds;
    m_next = 0;
    m_stopping = false;
    m_summary = RevokeSummary();
    m_summary.total = int(invitationIds.size());
    m_running = true;
    // Answers (and so finished()) always come from the event loop, as ClerkClient's do.
    QTimer::singleShot(0, this, &RunRevoker::revokeNext);
    return true;
}

void RunRevoker::stop()
{
    if (m_running) {
        m_stopping = true;
    }
}

void RunRevoker::revokeNext()
{
    if (m_stopping || m_next >= m_ids.size()) {
        finish();
        return;
    }
    const QString id = m_ids.at(m_next++);
    m_client->revokeInvitation(m_organizationId, id, m_requestingUserId, this,
                               [this, id](const ApiExchange &exchange) { onAnswered(id, exchange); });
}

void RunRevoker::onAnswered(const QString &invitationId, const ApiExchange &exchange)
{
    if (m_journal && m_runId != 0 && !exchange.refused) {
        // The record is a courtesy: a journal that cannot take it does not stop the revocations.
        if (!m_journal->recordExchange(m_runId, exchange)) {
            qWarning("could not journal a revoke exchange: %s", qPrintable(m_journal->errorString()));
        }
    }
    const Result result = classify(exchange);
    switch (result) {
    case Result::Revoked:
        ++m_summary.revoked;
        break;
    case Result::AlreadyGone:
        ++m_summary.alreadyGone;
        break;
    case Result::Failed:
        ++m_summary.failed;
        m_summary.failures.append(tr("%1: %2").arg(invitationId, ClerkError::fromExchange(exchange).message()));
        break;
    }
    emit invitationDone(invitationId, result, exchange);
    emit progress(m_summary.done(), m_summary.total);
    revokeNext();
}

void RunRevoker::finish()
{
    m_summary.stopped = m_stopping && m_summary.done() < m_summary.total;
    m_running = false;
    m_stopping = false;
    emit finished(m_summary);
}
