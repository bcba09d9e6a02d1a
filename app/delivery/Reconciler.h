#pragma once

#include "JitterSource.h"
#include "RetryPolicy.h"
#include "clerk/ApiExchange.h"
#include "clerk/ClerkError.h"
#include "clerk/ClerkInvitation.h"
#include "core/RowOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class Clock;
class ClerkClient;

// Finds out what became of rows whose bulk call had an unknown outcome (5xx, reset, timeout, killed process): looks
// their addresses up among the organization's pending invitations. Found rows are invited; the rest were not sent.
// A lookup that fails for a passing reason (5xx, network, 429) is tried again with backoff through the Clock.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QHash<int, RowOutcome> found; // rows Clerk has a pending invitation for: Invited, with its id
        QList<int> notFound;          // rows Clerk has nothing for: safe to send again
        ClerkError error;             // the lookup failed for good (isError()): nothing is known
        bool cancelled = false;       // cancel() ended the wait for a retry: nothing is known
    };
    using Done = std::function<void(const Result &)>;
    using ExchangeHandler = std::function<void(const ApiExchange &)>;

    // onExchange sees every lookup exchange (to journal and show it). client and clock must outlive it.
    Reconciler(ClerkClient *client, Clock *clock, const QString &organizationId, ExchangeHandler onExchange,
               QObject *parent = nullptr);
    ~Reconciler() override;

    void setRetry(const RetryPolicy &policy, const JitterSource &jitter);

    // rows and emails are parallel. done is called from the event loop, once, when the rows are accounted for or the
    // lookup failed maxAttempts times (or for good: 401, 403, 404).
    void lookUp(const QList<int> &rows, const QStringList &emails, Done done);
    // Waiting for a retry: cancel() ends it now, answering cancelled. A request in flight is let finish.
    bool isWaiting() const { return m_wakeId != 0; }
    void cancel();

    // The pure half: which rows the listed invitations account for (email, case-insensitive).
    static Result match(const QList<int> &rows, const QStringList &emails, const QList<ClerkInvitation> &invitations);

private:
    void attempt(const QList<int> &rows, const QStringList &emails, int tries, const Done &done);

    ClerkClient *m_client;
    Clock *m_clock;
    QString m_organizationId;
    ExchangeHandler m_onExchange;
    RetryPolicy m_retry;
    JitterSource m_jitter;
    quint64 m_wakeId = 0;
    Done m_waitingDone;
};
