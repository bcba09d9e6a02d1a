#include "SandboxState.h"

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

struct SeedMember
{
    const char16_t *organizationId;
    const char16_t *userId;
    const char16_t *email;
    const char16_t *firstName;
    const char16_t *lastName;
    const char16_t *role;
};

constexpr SeedMember SeedMembers[] = {
    {u"org_sandbox_demo", u"user_sandbox_admin1", u"ada.admin@example.com", u"Ada", u"Admin", u"org:admin"},
    {u"org_sandbox_demo", u"user_sandbox_admin2", u"grace.admin@example.com", u"Grace", u"Admin", u"org:admin"},
    {u"org_sandbox_demo", u"user_sandbox_member1", u"alan.member@example.com", u"Alan", u"Member", u"org:member"},
    {u"org_sandbox_demo", u"user_sandbox_member2", u"barbara.member@example.com", u"Barbara", u"Member", u"org:member"},
    {u"org_sandbox_demo", u"user_sandbox_viewer1", u"edsger.viewer@example.com", u"Edsger", u"Viewer", u"org:viewer"},
    {u"org_sandbox_small", u"user_sandbox_admin1", u"ada.admin@example.com", u"Ada", u"Admin", u"org:admin"},
    {u"org_sandbox_small", u"user_sandbox_member3", u"donald.member@example.com", u"Donald", u"Member", u"org:member"},
};

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

} // namespace

SandboxState::SandboxState()
    : m_random(QRandomGenerator::securelySeeded())
{}

void SandboxState::clear()
{
    m_organizations.clear();
    m_roles.clear();
    m_members.clear();
    m_invitations.clear();
}

void SandboxState::seed(qint64 nowMs)
{
    clear();
    const qint64 origin = nowMs - 90 * DayMs;

    m_roles = {
        {QStringLiteral("role_sandbox_admin"),
         QStringLiteral("org:admin"),
         QStringLiteral("Admin"),
         QStringLiteral("Offers full access to organization resources"),
         {QStringLiteral("org:sys_profile:manage"), QStringLiteral("org:sys_profile:delete"),
          QStringLiteral("org:sys_memberships:read"), QStringLiteral("org:sys_memberships:manage"),
          QStringLiteral("org:sys_domains:read"), QStringLiteral("org:sys_domains:manage")},
         true,
         origin},
        {QStringLiteral("role_sandbox_member"),
         QStringLiteral("org:member"),
         QStringLiteral("Member"),
         QStringLiteral("Offers access to organization resources"),
         {QStringLiteral("org:sys_memberships:read")},
         false,
         origin + 1000},
        {QStringLiteral("role_sandbox_viewer"),
         QStringLiteral("org:viewer"),
         QStringLiteral("Viewer"),
         QStringLiteral("Can see the organization but change nothing"),
         {},
         false,
         origin + 2000},
    };

    SandboxOrganization demo;
    demo.id = DemoOrganizationId;
    demo.name = QStringLiteral("Sandbox Demo Co");
    demo.slug = QStringLiteral("sandbox-demo-co");
    demo.createdBy = QStringLiteral("user_sandbox_admin1");
    demo.publicMetadata = {{QStringLiteral("sandbox"), true}};
    demo.createdAt = origin + 10 * DayMs;
    demo.updatedAt = demo.createdAt;
    addOrganization(demo);

    SandboxOrganization small;
    small.id = SmallOrganizationId;
    small.name = QStringLiteral("Sandbox Small Team");
    small.slug = QStringLiteral("sandbox-small-team");
    small.createdBy = QStringLiteral("user_sandbox_admin1");
    small.maxAllowedMemberships = 5;
    small.createdAt = origin + 20 * DayMs;
    small.updatedAt = small.createdAt;
    addOrganization(small);

    qint64 joined = origin + 11 * DayMs;
    for (const SeedMember &seedMember : SeedMembers) {
        SandboxMember member;
        member.organizationId = text(seedMember.organizationId);
        member.userId = text(seedMember.userId);
        member.emailAddress = text(seedMember.email);
        member.firstName = text(seedMember.firstName);
        member.lastName = text(seedMember.lastName);
        member.role = text(seedMember.role);
        member.createdAt = joined;
        joined += DayMs;
        addMember(member, joined);
    }

    // One invitation still pending and one accepted, so that "already invited" can be tried by hand.
    SandboxInvitation pending;
    pending.id = QStringLiteral("orginv_sandbox_pending1");
    pending.organizationId = DemoOrganizationId;
    pending.emailAddress = QStringLiteral("pending.person@example.com");
    pending.role = QStringLiteral("org:member");
    pending.inviterId = QStringLiteral("user_sandbox_admin1");
    pending.createdAt = nowMs - 2 * DayMs;
    pending.updatedAt = pending.createdAt;
    pending.expiresAt = pending.createdAt + 30 * DayMs;
    addInvitation(pending);

    SandboxInvitation accepted = pending;
    accepted.id = QStringLiteral("orginv_sandbox_accepted1");
    accepted.emailAddress = QStringLiteral("alan.member@example.com");
    accepted.status = QStringLiteral("accepted");
    accepted.createdAt = origin + 12 * DayMs;
    accepted.updatedAt = accepted.createdAt + DayMs;
    accepted.expiresAt = accepted.createdAt + 30 * DayMs;
    addInvitation(accepted);
}

QString SandboxState::newId(const QString &prefix)
{
    static constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix + u'_';
    for (int i = 0; i < 27; ++i) {
        id += QLatin1Char(Alphabet[m_random.bounded(62)]);
    }
    return id;
}

const SandboxOrganization *SandboxState::organization(const QString &id) const
{
    for (const SandboxOrganization &organization : m_organizations) {
        if (organization.id == id) {
            return &organization;
        }
    }
    return nullptr;
}

void SandboxState::addOrganization(const SandboxOrganization &organization)
{
    m_organizations.append(organization);
}

const SandboxRole *SandboxState::role(const QString &key) const
{
    for (const SandboxRole &role : m_roles) {
        if (role.key == key) {
            return &role;
        }
    }
    return nullptr;
}

QList<SandboxMember> SandboxState::members(const QString &organizationId) const
{
    QList<SandboxMember> result;
    for (const SandboxMember &member : m_members) {
        if (member.organizationId == organizationId) {
            result.append(member);
        }
    }
    return result;
}

const SandboxMember *SandboxState::memberByUserId(const QString &organizationId, const QString &userId) const
{
    for (const SandboxMember &member : m_members) {
        if (member.organizationId == organizationId && member.userId == userId) {
            return &member;
        }
    }
    return nullptr;
}

const SandboxMember *SandboxState::memberByEmail(const QString &organizationId, const QString &emailAddress) const
{
    for (const SandboxMember &member : m_members) {
        if (member.organizationId == organizationId &&
            member.emailAddress.compare(emailAddress, Qt::CaseInsensitive) == 0) {
            return &member;
        }
    }
    return nullptr;
}

SandboxMember SandboxState::addMember(SandboxMember member, qint64 nowMs)
{
    if (member.id.isEmpty()) {
        member.id = newId(QStringLiteral("orgmem"));
    }
    member.emailAddress = member.emailAddress.toLower();
    if (member.createdAt == 0) {
        member.createdAt = nowMs;
    }
    if (member.updatedAt == 0) {
        member.updatedAt = member.createdAt;
    }
    m_members.append(member);
    return member;
}

QList<SandboxInvitation> SandboxState::invitations(const QString &organizationId) const
{
    QList<SandboxInvitation> result;
    for (const SandboxInvitation &invitation : m_invitations) {
        if (invitation.organizationId == organizationId) {
            result.append(invitation);
        }
    }
    return result;
}

QList<SandboxInvitation> SandboxState::pendingInvitations(const QString &organizationId, qint64 nowMs) const
{
    QList<SandboxInvitation> result = invitations(organizationId);
    result.removeIf([nowMs](const SandboxInvitation &invitation) { return !invitation.isPendingAt(nowMs); });
    return result;
}

const SandboxInvitation *SandboxState::pendingInvitation(const QString &organizationId, const QString &emailAddress,
                                                         qint64 nowMs) const
{
    for (const SandboxInvitation &invitation : m_invitations) {
        if (invitation.organizationId == organizationId && invitation.isPendingAt(nowMs) &&
            invitation.emailAddress.compare(emailAddress, Qt::CaseInsensitive) == 0) {
            return &invitation;
        }
    }
    return nullptr;
}

SandboxInvitation *SandboxState::invitation(const QString &organizationId, const QString &id)
{
    for (SandboxInvitation &invitation : m_invitations) {
        if (invitation.organizationId == organizationId && invitation.id == id) {
            return &invitation;
        }
    }
    return nullptr;
}

void SandboxState::addInvitation(const SandboxInvitation &invitation)
{
    m_invitations.append(invitation);
}
