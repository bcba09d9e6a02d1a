#include "SandboxRoutes.h"

#include "SandboxBulkEndpoint.h"
#include "SandboxErrors.h"
#include "SandboxJson.h"
#include "SandboxQuery.h"
#include "SandboxState.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

bool containsFolded(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

// Sorts by created_at (and insertion order for equal times), newest first unless orderBy says "+created_at".
template<typename T>
QList<T> byCreation(QList<T> items, const QString &orderBy)
{
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.createdAt < b.createdAt; });
    if (orderBy != u"created_at" && orderBy != u"+created_at") {
        std::reverse(items.begin(), items.end());
    }
    return items;
}

} // namespace

SandboxRoutes::SandboxRoutes(SandboxState &state, SandboxBulkEndpoint &bulk)
    : m_state(state)
    , m_bulk(bulk)
{}

bool SandboxRoutes::isAuthorized(const HttpRequest &request) const
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
    if (!authorization.startsWith("Bearer ")) {
        return false;
    }
    const QByteArray key = authorization.mid(7).trimmed();
    if (!m_requiredKey.isEmpty()) {
        return key == m_requiredKey;
    }
    return (key.startsWith("sk_test_") || key.startsWith("sk_live_")) && key.size() > 8;
}

HttpResponse SandboxRoutes::handle(const HttpRequest &request, qint64 nowMs)
{
    QStringList segments = request.path().split(u'/');
    if (segments.size() < 3 || !segments.at(0).isEmpty() || segments.at(1) != u"v1") {
        return SandboxErrors::notFound();
    }
    if (!isAuthorized(request)) {
        return SandboxErrors::authenticationInvalid();
    }
    segments = segments.mid(2);
    return route(request, segments, nowMs);
}

HttpResponse SandboxRoutes::route(const HttpRequest &request, const QStringList &segments, qint64 nowMs)
{
    const SandboxQuery query(request.rawQuery());
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const qsizetype count = segments.size();
    const QString resource = segments.at(0);

    if (resource == u"organization_roles" && count == 1) {
        return get ? listRoles(query) : SandboxErrors::methodNotAllowed(QByteArrayLiteral("GET"));
    }
    if (resource != u"organizations") {
        return SandboxErrors::notFound();
    }
    if (count == 1) {
        return get ? listOrganizations(query, nowMs) : SandboxErrors::methodNotAllowed(QByteArrayLiteral("GET"));
    }

    const QString organizationId = segments.at(1);
    const SandboxOrganization *organization = m_state.organization(organizationId);
    if (count == 4 && segments.at(2) == u"invitations" && segments.at(3) == u"bulk") {
        return post ? m_bulk.handle(organizationId, request, nowMs)
                    : SandboxErrors::methodNotAllowed(QByteArrayLiteral("POST"));
    }
    if (!organization) {
        return SandboxErrors::notFound();
    }
    if (count == 2) {
        return get ? HttpResponse::json(200, SandboxJson::organization(*organization, m_state, true, nowMs))
                   : SandboxErrors::methodNotAllowed(QByteArrayLiteral("GET"));
    }
    const QString collection = segments.at(2);
    if (collection == u"memberships" && count == 3) {
        return get ? listMemberships(organizationId, query, nowMs)
                   : SandboxErrors::methodNotAllowed(QByteArrayLiteral("GET"));
    }
    if (collection != u"invitations") {
        return SandboxErrors::notFound();
    }
    if (count == 3) {
        return get ? listInvitations(organizationId, query, nowMs)
                   : SandboxErrors::methodNotAllowed(QByteArrayLiteral("GET"));
    }
    const QString invitationId = segments.at(3);
    if (count == 4) {
        const SandboxInvitation *invitation = m_state.invitation(organizationId, invitationId);
        if (!invitation) {
            return SandboxErrors::notFound();
        }
        return get ? HttpResponse::json(200, SandboxJson::invitation(*invitation, m_state, nowMs))
                   : SandboxErrors::methodNotAllowed(QByteArrayLiteral("GET"));
    }
    if (count == 5 && segments.at(4) == u"revoke") {
        return post ? revokeInvitation(organizationId, invitationId, request.body, nowMs)
                    : SandboxErrors::methodNotAllowed(QByteArrayLiteral("POST"));
    }
    return SandboxErrors::notFound();
}

HttpResponse SandboxRoutes::page(const QJsonArray &all, const SandboxQuery &query)
{
    qsizetype limit = 0;
    qsizetype offset = 0;
    HttpResponse error;
    if (!query.readPaging(&limit, &offset, &error)) {
        return error;
    }
    QJsonArray data;
    for (qsizetype i = offset; i < all.size() && i < offset + limit; ++i) {
        data.append(all.at(i));
    }
    return HttpResponse::json(200, SandboxJson::list(data, all.size()));
}

HttpResponse SandboxRoutes::listOrganizations(const SandboxQuery &query, qint64 nowMs) const
{
    const QString text = query.value(QStringLiteral("query"));
    const bool withCounts = query.flag(QStringLiteral("include_members_count"));
    QJsonArray all;
    for (const SandboxOrganization &organization : byCreation(m_state.organizations(), QString())) {
        if (text.isEmpty() || organization.id == text || organization.name.contains(text, Qt::CaseInsensitive) ||
            organization.slug.contains(text, Qt::CaseInsensitive)) {
            all.append(SandboxJson::organization(organization, m_state, withCounts, nowMs));
        }
    }
    return page(all, query);
}

HttpResponse SandboxRoutes::listRoles(const SandboxQuery &query) const
{
    const QString text = query.value(QStringLiteral("query"));
    QJsonArray all;
    for (const SandboxRole &role : byCreation(m_state.roles(), query.value(QStringLiteral("order_by")))) {
        if (text.isEmpty() || role.id == text || role.name.contains(text, Qt::CaseInsensitive) ||
            role.key.contains(text, Qt::CaseInsensitive)) {
            all.append(SandboxJson::role(role));
        }
    }
    return page(all, query);
}

HttpResponse SandboxRoutes::listMemberships(const QString &organizationId, const SandboxQuery &query,
                                            qint64 nowMs) const
{
    const QStringList emails = query.values(QStringLiteral("email_address"));
    const QStringList userIds = query.values(QStringLiteral("user_id"));
    const QStringList roles = query.values(QStringLiteral("role"));
    QJsonArray all;
    for (const SandboxMember &member :
         byCreation(m_state.members(organizationId), query.value(QStringLiteral("order_by")))) {
        if ((emails.isEmpty() || containsFolded(emails, member.emailAddress)) &&
            (userIds.isEmpty() || userIds.contains(member.userId)) &&
            (roles.isEmpty() || roles.contains(member.role))) {
            all.append(SandboxJson::membership(member, m_state, nowMs));
        }
    }
    return page(all, query);
}

HttpResponse SandboxRoutes::listInvitations(const QString &organizationId, const SandboxQuery &query,
                                            qint64 nowMs) const
{
    static const QStringList Statuses = {QStringLiteral("pending"), QStringLiteral("accepted"),
                                         QStringLiteral("revoked"), QStringLiteral("expired")};
    const QStringList statuses = query.values(QStringLiteral("status"));
    for (const QString &status : statuses) {
        if (!Statuses.contains(status)) {
            return SandboxErrors::paramValueInvalid(
                QStringLiteral("status"),
                QStringLiteral("status must be one of: %1.").arg(Statuses.join(QStringLiteral(", "))));
        }
    }
    const QStringList emails = query.values(QStringLiteral("email_address"));
    const QString orderBy = query.value(QStringLiteral("order_by"));
    QList<SandboxInvitation> invitations = byCreation(m_state.invitations(organizationId), orderBy);
    if (orderBy.endsWith(u"email_address")) {
        std::stable_sort(invitations.begin(), invitations.end(),
                         [](const auto &a, const auto &b) { return a.emailAddress < b.emailAddress; });
        if (orderBy.startsWith(u'-')) {
            std::reverse(invitations.begin(), invitations.end());
        }
    }
    QJsonArray all;
    for (const SandboxInvitation &invitation : std::as_const(invitations)) {
        if ((statuses.isEmpty() || statuses.contains(invitation.statusAt(nowMs))) &&
            (emails.isEmpty() || containsFolded(emails, invitation.emailAddress))) {
            all.append(SandboxJson::invitation(invitation, m_state, nowMs));
        }
    }
    return page(all, query);
}

HttpResponse SandboxRoutes::revokeInvitation(const QString &organizationId, const QString &invitationId,
                                             const QByteArray &body, qint64 nowMs)
{
    SandboxInvitation *invitation = m_state.invitation(organizationId, invitationId);
    if (!invitation) {
        return SandboxErrors::notFound();
    }
    const QString requester = QJsonDocument::fromJson(body).object().value(u"requesting_user_id").toString();
    if (!requester.isEmpty()) {
        const SandboxMember *member = m_state.memberByUserId(organizationId, requester);
        if (!member || !member->isAdmin()) {
            return SandboxErrors::error(
                403, QStringLiteral("not_an_admin_in_organization"), QStringLiteral("not an admin"),
                QStringLiteral("The user %1 is not an admin of the organization; only admins can revoke invitations.")
                    .arg(requester));
        }
    }
    if (!invitation->isPendingAt(nowMs)) {
        return SandboxErrors::error(400, QStringLiteral("organization_invitation_not_pending"),
                                    QStringLiteral("invitation is not pending"),
                                    QStringLiteral("Only pending invitations can be revoked; this one is %1.")
                                        .arg(invitation->statusAt(nowMs)));
    }
    invitation->status = QStringLiteral("revoked");
    invitation->updatedAt = nowMs;
    return HttpResponse::json(200, SandboxJson::invitation(*invitation, m_state, nowMs));
}
