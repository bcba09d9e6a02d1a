#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

class SandboxBulkEndpoint;
class SandboxQuery;
class SandboxState;

// Answers the simulated instance's /v1 requests: checks the Bearer secret key, routes, and serves the read
// endpoints and revoke itself; bulk invitation calls go to SandboxBulkEndpoint.
class SandboxRoutes
{
public:
    SandboxRoutes(SandboxState &state, SandboxBulkEndpoint &bulk);

    HttpResponse handle(const HttpRequest &request, qint64 nowMs);

    // When set, only exactly this secret key is accepted; otherwise any sk_test_... / sk_live_... key is.
    void setRequiredKey(const QByteArray &key) { m_requiredKey = key; }
    bool isAuthorized(const HttpRequest &request) const;

private:
    HttpResponse route(const HttpRequest &request, const QStringList &segments, qint64 nowMs);
    HttpResponse listOrganizations(const SandboxQuery &query, qint64 nowMs) const;
    HttpResponse listRoles(const SandboxQuery &query) const;
    HttpResponse listMemberships(const QString &organizationId, const SandboxQuery &query, qint64 nowMs) const;
    HttpResponse listInvitations(const QString &organizationId, const SandboxQuery &query, qint64 nowMs) const;
    HttpResponse revokeInvitation(const QString &organizationId, const QString &invitationId, const QByteArray &body,
                                  qint64 nowMs);
    static HttpResponse page(const QJsonArray &all, const SandboxQuery &query);

    SandboxState &m_state;
    SandboxBulkEndpoint &m_bulk;
    QByteArray m_requiredKey;
};
