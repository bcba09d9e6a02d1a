#include "SandboxBulkEndpoint.h"

#include "SandboxBulkValidator.h"
#include "SandboxErrors.h"
#include "SandboxJson.h"
#include "SandboxState.h"

#include <QJsonArray>

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

HttpResponse proxyBadGateway()
{
    return HttpResponse::text(502, QByteArrayLiteral("text/html"),
                              QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                                "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                                "<hr><center>sandbox-proxy</center>\r\n</body>\r\n</html>\r\n"));
}

} // namespace

SandboxBulkEndpoint::SandboxBulkEndpoint(SandboxState &state)
    : m_state(state)
{}

void SandboxBulkEndpoint::reset()
{
    m_faults.clear();
    m_limiter.clear();
    m_calls = 0;
    m_created = 0;
}

bool SandboxBulkEndpoint::takeFault(const QString &organizationId, SandboxFault *fault)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &queued = m_faults[i];
        if (!queued.organizationId.isEmpty() && queued.organizationId != organizationId) {
            continue;
        }
        *fault = queued;
        if (--queued.times <= 0) {
            m_faults.removeAt(i);
        }
        return true;
    }
    return false;
}

HttpResponse SandboxBulkEndpoint::handle(const QString &organizationId, const HttpRequest &request, qint64 nowMs)
{
    ++m_calls;
    SandboxFault fault;
    if (!takeFault(organizationId, &fault)) {
        return process(organizationId, request, nowMs);
    }

    HttpResponse response;
    switch (fault.kind) {
    case SandboxFault::Kind::ServerError:
        response = SandboxErrors::internalError();
        break;
    case SandboxFault::Kind::BadGateway:
        response = proxyBadGateway();
        break;
    case SandboxFault::Kind::ResetBeforeCommit:
        response = HttpResponse::withFault(HttpResponse::Fault::ResetBeforeReply);
        break;
    case SandboxFault::Kind::RateLimited:
        response = SandboxErrors::tooManyRequests(fault.retryAfterSeconds);
        break;
    case SandboxFault::Kind::NoReply:
        response = HttpResponse::withFault(HttpResponse::Fault::NeverReply);
        break;
    case SandboxFault::Kind::ResetAfterCommit:
        response = process(organizationId, request, nowMs);
        response.fault = HttpResponse::Fault::ResetBeforeReply;
        break;
    case SandboxFault::Kind::TruncatedAfterCommit:
        response = process(organizationId, request, nowMs);
        response.fault = HttpResponse::Fault::ResetAfterHeaders;
        break;
    case SandboxFault::Kind::SlowReply:
        response = process(organizationId, request, nowMs);
        break;
    }
    response.delayMs = fault.delayMs;
    return response;
}

HttpResponse SandboxBulkEndpoint::process(const QString &organizationId, const HttpRequest &request, qint64 nowMs)
{
    qint64 retryAfter = 0;
    if (!m_limiter.tryAcquire(nowMs, &retryAfter)) {
        return SandboxErrors::tooManyRequests(retryAfter);
    }
    if (!m_state.organization(organizationId)) {
        return SandboxErrors::notFound();
    }
    const SandboxBulkValidator::Result valid = SandboxBulkValidator::validate(request.body, m_state);
    if (!valid.ok) {
        return valid.error;
    }
    if (const auto rejected = checkAgainstOrganization(organizationId, valid.invitations, nowMs)) {
        return *rejected;
    }

    QJsonArray created;
    for (qsizetype i = 0; i < valid.invitations.size(); ++i) {
        SandboxInvitation invitation = valid.invitations.at(i);
        invitation.id = m_state.newId(QStringLiteral("orginv"));
        invitation.organizationId = organizationId;
        invitation.status = QStringLiteral("pending");
        invitation.createdAt = nowMs;
        invitation.updatedAt = nowMs;
        invitation.expiresAt = nowMs + valid.expiresInDays.at(i) * DayMs;
        m_state.addInvitation(invitation);
        created.append(SandboxJson::invitation(invitation, m_state, nowMs));
    }
    m_created += int(created.size());
    return HttpResponse::json(200, SandboxJson::list(created, created.size()));
}

std::optional<HttpResponse> SandboxBulkEndpoint::checkAgainstOrganization(const QString &organizationId,
                                                                          const QList<SandboxInvitation> &drafts,
                                                                          qint64 nowMs) const
{
    for (const SandboxInvitation &draft : drafts) {
        if (draft.inviterId.isEmpty()) {
            continue;
        }
        const SandboxMember *inviter = m_state.memberByUserId(organizationId, draft.inviterId);
        if (!inviter) {
            return SandboxErrors::error(
                403, QStringLiteral("not_a_member_in_organization"), QStringLiteral("not a member"),
                QStringLiteral("The inviter %1 is not a member of the organization.").arg(draft.inviterId));
        }
        if (!inviter->isAdmin()) {
            return SandboxErrors::error(
                403, QStringLiteral("not_an_admin_in_organization"), QStringLiteral("not an admin"),
                QStringLiteral("The inviter %1 is not an admin of the organization; only admins can invite.")
                    .arg(draft.inviterId));
        }
    }

    for (const SandboxInvitation &draft : drafts) {
        if (m_state.memberByEmail(organizationId, draft.emailAddress)) {
            return SandboxErrors::error(
                400, QStringLiteral("already_a_member_in_organization"), QStringLiteral("already a member"),
                QStringLiteral("%1 is already a member of the organization.").arg(draft.emailAddress));
        }
    }

    QJsonArray pending;
    QStringList pendingList;
    for (const SandboxInvitation &draft : drafts) {
        if (m_state.pendingInvitation(organizationId, draft.emailAddress, nowMs)) {
            pending.append(draft.emailAddress);
            pendingList.append(draft.emailAddress);
        }
    }
    if (!pending.isEmpty()) {
        return SandboxErrors::error(
            400, QStringLiteral("duplicate_record"), QStringLiteral("duplicate invitations"),
            QStringLiteral("There are already pending invitations for the following email addresses: %1")
                .arg(pendingList.join(QStringLiteral(", "))),
            {{QStringLiteral("email_addresses"), pending}});
    }

    const SandboxOrganization *organization = m_state.organization(organizationId);
    const qsizetype used = m_state.members(organizationId).size() +
                           m_state.pendingInvitations(organizationId, nowMs).size() + drafts.size();
    if (organization->maxAllowedMemberships > 0 && used > organization->maxAllowedMemberships) {
        return SandboxErrors::error(
            403, QStringLiteral("organization_membership_quota_exceeded"), QStringLiteral("Membership quota exceeded"),
            QStringLiteral("You have reached your limit of %1 organization memberships, including outstanding "
                           "invitations.")
                .arg(organization->maxAllowedMemberships));
    }
    return std::nullopt;
}
