#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SandboxFault.h"
#include "SandboxInvitation.h"
#include "SandboxRateLimiter.h"

#include <QList>

#include <optional>

class SandboxState;

// POST /v1/organizations/{id}/invitations/bulk of the simulated instance: rate limit, injected faults, Clerk's
// all-or-nothing checks (inviter, members, pending duplicates, quota) and the creation of the invitations.
class SandboxBulkEndpoint
{
public:
    explicit SandboxBulkEndpoint(SandboxState &state);

    HttpResponse handle(const QString &organizationId, const HttpRequest &request, qint64 nowMs);

    void setRateLimit(int calls, int seconds) { m_limiter.setLimit(calls, seconds); }
    const SandboxRateLimiter &rateLimiter() const { return m_limiter; }
    void injectFault(const SandboxFault &fault) { m_faults.append(fault); }
    qsizetype queuedFaultCount() const { return m_faults.size(); }
    int callCount() const { return m_calls; }
    int createdCount() const { return m_created; }
    // Forgets faults, counters and the rate-limit window (the limit itself stays).
    void reset();

private:
    bool takeFault(const QString &organizationId, SandboxFault *fault);
    HttpResponse process(const QString &organizationId, const HttpRequest &request, qint64 nowMs);
    // The error to answer when the drafts clash with the organization's data; nullopt when they can be created.
    std::optional<HttpResponse> checkAgainstOrganization(const QString &organizationId,
                                                         const QList<SandboxInvitation> &drafts, qint64 nowMs) const;

    SandboxState &m_state;
    SandboxRateLimiter m_limiter;
    QList<SandboxFault> m_faults;
    int m_calls = 0;
    int m_created = 0;
};
