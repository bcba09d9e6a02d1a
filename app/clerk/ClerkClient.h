#pragma once

#include "ApiExchange.h"
#include "ClerkConfig.h"
#include "ClerkInvitation.h"
#include "ClerkListing.h"
#include "ClerkMembership.h"
#include "ClerkOrganization.h"
#include "ClerkRole.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class ClerkReplyRecorder;
class QNetworkAccessManager;

// The one place that speaks HTTP to Clerk's Backend API: owns the QNetworkAccessManager, sets the auth, version
// and agent headers, refuses unsafe URLs, and hands every exchange back as an ApiExchange (key redacted).
class ClerkClient : public QObject
{
    Q_OBJECT

public:
    using ExchangeHandler = std::function<void(const ApiExchange &)>;
    template<typename T>
    using ListingHandler = std::function<void(const ClerkListing<T> &)>;

    static constexpr int MaxPageSize = 500;

    explicit ClerkClient(const ClerkConfig &config, QObject *parent = nullptr);
    ~ClerkClient() override;

    const ClerkConfig &config() const { return m_config; }
    void setConfig(const ClerkConfig &config) { m_config = config; }
    // Items asked for per page of a listing (limit), 1 to 500; 500 by default.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    // "Invitedesk/0.1.0 (+Qt 6.4.2)"
    static QByteArray userAgent();

    // Every call answers through `done` from the event loop (never before it returns), unless `context` has been
    // destroyed by then; a null context means nobody is called back. A request the configuration forbids
    // (plain http to a non-loopback host, no key, ...) is not sent: it answers with exchange.refused set.

    // POST /organizations/{id}/invitations/bulk with a JSON array of at most ten invitations.
    void bulkCreateInvitations(const QString &organizationId, const QByteArray &jsonArrayBody, QObject *context,
                               ExchangeHandler done);
    // POST /organizations/{id}/invitations/{invitation_id}/revoke; requestingUserId may be empty.
    void revokeInvitation(const QString &organizationId, const QString &invitationId, const QString &requestingUserId,
                          QObject *context, ExchangeHandler done);

    // Listings fetch page after page (limit = pageSize(), offset) until total_count items have arrived.
    // GET /organizations?query=...&include_members_count=true
    void listOrganizations(const QString &query, QObject *context, ListingHandler<ClerkOrganization> done);
    // GET /organizations/{id}/memberships, optionally only the given addresses (email_address repeated).
    void listMemberships(const QString &organizationId, const QStringList &emailAddresses, QObject *context,
                         ListingHandler<ClerkMembership> done);
    // GET /organization_roles
    void listRoles(QObject *context, ListingHandler<ClerkRole> done);
    // GET /organizations/{id}/invitations?status=...; empty status = any. Clerk filters this listing by one
    // email_address (a string in its description, unlike the memberships' array): one address goes into the query,
    // several are picked here (case-insensitively) from every invitation of that status; totalCount then counts them.
    void listInvitations(const QString &organizationId, const QString &status, const QStringList &emailAddresses,
                         QObject *context, ListingHandler<ClerkInvitation> done);

    // Aborts every request in flight; each still answers, with status 0 and a networkError.
    void abortAll();
    int requestsInFlight() const { return static_cast<int>(m_inFlight.size()); }

signals:
    // Every exchange that was sent, when it ended (each page of a listing too); refused requests are not.
    void exchangeFinished(const ApiExchange &exchange);

private:
    using Query = QList<QPair<QString, QString>>;
    struct PagedFetch;

    QUrl buildUrl(const QStringList &pathSegments, const Query &query, QString *problem) const;
    void send(const QByteArray &method, const QStringList &pathSegments, const Query &query, const QByteArray &body,
              QObject *context, ExchangeHandler done);
    void fetchAll(const QStringList &pathSegments, const Query &query, QObject *context,
                  ListingHandler<QJsonObject> done);
    void fetchPage(const std::shared_ptr<PagedFetch> &fetch);

    ClerkConfig m_config;
    int m_pageSize = MaxPageSize;
    QNetworkAccessManager *m_network;
    QList<QPointer<ClerkReplyRecorder>> m_inFlight;
};
