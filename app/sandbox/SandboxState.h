#pragma once

#include "SandboxInvitation.h"
#include "SandboxMember.h"
#include "SandboxOrganization.h"
#include "SandboxRole.h"

#include <QList>
#include <QRandomGenerator>

// The data of the simulated Clerk instance: organizations, members, roles and invitations, seeded with a demo
// organization. Plain data with lookups; the HTTP semantics live in SandboxRoutes and SandboxBulkEndpoint.
class SandboxState
{
public:
    static inline const QString DemoOrganizationId = QStringLiteral("org_sandbox_demo");
    static inline const QString SmallOrganizationId = QStringLiteral("org_sandbox_small");

    SandboxState();

    // Replaces everything by the demo data, timestamped shortly before nowMs.
    void seed(qint64 nowMs);
    void clear();
    // Makes generated ids reproducible.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    // A new id: prefix + '_' + 27 random base62 characters (Clerk-like).
    QString newId(const QString &prefix);

    const QList<SandboxOrganization> &organizations() const { return m_organizations; }
    const SandboxOrganization *organization(const QString &id) const;
    void addOrganization(const SandboxOrganization &organization);

    const QList<SandboxRole> &roles() const { return m_roles; }
    const SandboxRole *role(const QString &key) const;

    QList<SandboxMember> members(const QString &organizationId) const;
    const SandboxMember *memberByUserId(const QString &organizationId, const QString &userId) const;
    const SandboxMember *memberByEmail(const QString &organizationId, const QString &emailAddress) const;
    // Adds a member (its id and timestamps filled in when empty) and returns it.
    SandboxMember addMember(SandboxMember member, qint64 nowMs);

    QList<SandboxInvitation> invitations(const QString &organizationId) const;
    QList<SandboxInvitation> pendingInvitations(const QString &organizationId, qint64 nowMs) const;
    const SandboxInvitation *pendingInvitation(const QString &organizationId, const QString &emailAddress,
                                               qint64 nowMs) const;
    SandboxInvitation *invitation(const QString &organizationId, const QString &id);
    void addInvitation(const SandboxInvitation &invitation);
    int invitationCount() const { return int(m_invitations.size()); }

private:
    QList<SandboxOrganization> m_organizations;
    QList<SandboxRole> m_roles;
    QList<SandboxMember> m_members;
    QList<SandboxInvitation> m_invitations; // in creation order
    QRandomGenerator m_random;
};
