#pragma once

#include "SandboxClock.h"
#include "SandboxFault.h"
#include "SandboxInvitation.h"

#include <QObject>
#include <QUrl>

#include <memory>

class LoopbackHttpServer;
class SandboxBulkEndpoint;
class SandboxRoutes;
class SandboxState;
struct HttpRequest;
struct HttpResponse;

// A simulated Clerk instance on 127.0.0.1 (the /v1 organization, membership, role and invitation endpoints with
// Clerk's semantics, rate limit and error bodies), for `invitedesk-cli sandbox`, demos and tests; faults on demand.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static const QString DemoOrganizationId; // "org_sandbox_demo"

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only (port 0: any free port); false with errorString() on failure.
    bool start(quint16 port = 0);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QUrl apiUrl() const; // http://127.0.0.1:PORT/v1
    QString errorString() const;

    // Only this secret key is accepted when set; by default any sk_test_... / sk_live_... key is.
    void setRequiredKey(const QByteArray &secretKey);
    // Limit of bulk invitation calls per sliding window (Clerk: 50 per 3600 s); beyond it 429 with Retry-After.
    void setBulkRateLimit(int calls, int seconds);
    // Where the time comes from (created_at, expiry, the rate-limit window); the wall clock by default.
    void setClock(SandboxClock clock);
    // Makes generated invitation ids reproducible.
    void setRandomSeed(quint32 seed);
    // Queues a fault for the next matching bulk call(s).
    void injectFault(const SandboxFault &fault);

    // Inspection for tests.
    QList<SandboxInvitation> pendingInvitations(const QString &organizationId) const;
    QList<SandboxInvitation> invitations(const QString &organizationId) const;
    int createdCount() const;  // invitations created by bulk calls since the last reset()
    int bulkCallCount() const; // authenticated bulk calls received, whatever their outcome
    qsizetype queuedFaultCount() const;
    // Makes the address a member of the organization (with role), as if it had accepted an invitation.
    void addMember(const QString &organizationId, const QString &emailAddress, const QString &role);
    // Back to the seeded demo data; forgets faults, counters and the rate-limit window (limit, key and clock stay).
    void reset();

signals:
    // One line per answered request for a console: method, path (no query, no headers: nothing secret), status.
    void requestServed(const QByteArray &method, const QString &path, int status);

private:
    HttpResponse handle(const HttpRequest &request);
    qint64 nowMs() const;

    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxBulkEndpoint> m_bulk;
    std::unique_ptr<SandboxRoutes> m_routes;
    LoopbackHttpServer *m_http;
    SandboxClock m_clock;
};
