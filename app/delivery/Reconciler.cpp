#include "Reconciler.h"

#include "Clock.h"
#include "clerk/ClerkClient.h"

Reconciler::Reconciler(ClerkClient *client, Clock *clock, const QString &organizationId, ExchangeHandler onExchange,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_organizationId(organizationId)
    , m_onExchange(std::move(onExchange))
{}

Reconciler::~Reconciler()
{
    if (m_wakeId != 0) {
        m_clock->cancel(m_wakeId);
    }
}

void Reconciler::setRetry(const RetryPolicy &policy, const JitterSource &jitter)
{
    m_retry = policy;
    m_jitter = jitter;
}

void Reconciler::lookUp(const QList<int> &rows, const QStringList &emails, Done done)
{
    attempt(rows, emails, 1, done);
}

void Reconciler::cancel()
{
    if (m_wakeId == 0) {
        return;
    }
    m_clock->cancel(m_wakeId);
    m_wakeId = 0;
    const Done done = std::exchange(m_waitingDone, {});
    Result result;
    result.cancelled = true;
    done(result);
}

void Reconciler::attempt(const QList<int> &rows, const QStringList &emails, int tries, const Done &done)
{
    const auto answered = [this, rows, emails, tries, done](const ClerkListing<ClerkInvitation> &listing) {
        for (const ApiExchange &exchange : listing.exchanges) {
            m_onExchange(exchange);
        }
        if (listing.ok()) {
            done(match(rows, emails, listing.items));
            return;
        }
        const ClerkError::Kind kind = listing.error.kind();
        const bool passing = listing.error.isOutcomeUnknown() || kind == ClerkError::Kind::RateLimited;
        if (!passing || tries >= m_retry.maxAttempts) {
            Result failed;
            failed.error = listing.error;
            done(failed);
            return;
        }
        qint64 delayMs = m_retry.backoffMs(tries, m_jitter.next());
        if (listing.error.retryAfterSeconds()) {
            delayMs = std::max(delayMs, *listing.error.retryAfterSeconds() * 1000);
        }
        m_waitingDone = done;
        m_wakeId = m_clock->wakeAfter(delayMs, this, [this, rows, emails, tries] {
            m_wakeId = 0;
            attempt(rows, emails, tries + 1, std::exchange(m_waitingDone, {}));
        });
    };
    m_client->listInvitations(m_organizationId, QStringLiteral("pending"), emails, this, answered);
}

Reconciler::Result Reconciler::match(const QList<int> &rows, const QStringList &emails,
                                     const QList<ClerkInvitation> &invitations)
{
    QHash<QString, QString> idOfEmail;
    for (const ClerkInvitation &invitation : invitations) {
        if (invitation.status.isEmpty() || invitation.status == u"pending") {
            idOfEmail.insert(invitation.email.trimmed().toCaseFolded(), invitation.id);
        }
    }
    Result result;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString id = idOfEmail.value(emails.value(i).trimmed().toCaseFolded());
        if (id.isEmpty()) {
            result.notFound.append(rows.at(i));
            continue;
        }
        RowOutcome outcome;
        outcome.status = RowStatus::Invited;
        outcome.invitationId = id;
        outcome.httpStatus = 200;
        result.found.insert(rows.at(i), outcome);
    }
    return result;
}
