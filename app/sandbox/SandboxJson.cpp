#include "SandboxJson.h"

#include "SandboxState.h"

namespace {

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString imageUrl(const QString &id)
{
    return QStringLiteral("https://img.sandbox.invalid/%1").arg(id);
}

} // namespace

QJsonObject SandboxJson::invitation(const SandboxInvitation &invitation, const SandboxState &state, qint64 nowMs)
{
    const SandboxRole *role = state.role(invitation.role);
    QJsonValue inviterData = QJsonValue::Null;
    if (const SandboxMember *inviter = state.memberByUserId(invitation.organizationId, invitation.inviterId)) {
        inviterData = QJsonObject{
            {QStringLiteral("user_id"), inviter->userId},
            {QStringLiteral("first_name"), nullable(inviter->firstName)},
            {QStringLiteral("last_name"), nullable(inviter->lastName)},
            {QStringLiteral("image_url"), imageUrl(inviter->userId)},
            {QStringLiteral("has_image"), false},
            {QStringLiteral("identifier"), inviter->emailAddress},
        };
    }
    return {
        {QStringLiteral("object"), QStringLiteral("organization_invitation")},
        {QStringLiteral("id"), invitation.id},
        {QStringLiteral("email_address"), invitation.emailAddress},
        {QStringLiteral("role"), invitation.role},
        {QStringLiteral("role_name"), role ? role->name : invitation.role},
        {QStringLiteral("organization_id"), invitation.organizationId},
        {QStringLiteral("inviter_id"), nullable(invitation.inviterId)},
        {QStringLiteral("public_inviter_data"), inviterData},
        {QStringLiteral("status"), invitation.statusAt(nowMs)},
        {QStringLiteral("public_metadata"), invitation.publicMetadata},
        {QStringLiteral("private_metadata"), invitation.privateMetadata},
        {QStringLiteral("url"), QJsonValue::Null},
        {QStringLiteral("expires_at"), invitation.expiresAt},
        {QStringLiteral("created_at"), invitation.createdAt},
        {QStringLiteral("updated_at"), invitation.updatedAt},
    };
}

QJsonObject SandboxJson::organization(const SandboxOrganization &organization, const SandboxState &state,
                                      bool withCounts, qint64 nowMs)
{
    QJsonObject json{
        {QStringLiteral("object"), QStringLiteral("organization")},
        {QStringLiteral("id"), organization.id},
        {QStringLiteral("name"), organization.name},
        {QStringLiteral("slug"), organization.slug},
        {QStringLiteral("image_url"), imageUrl(organization.id)},
        {QStringLiteral("has_image"), false},
        {QStringLiteral("max_allowed_memberships"), organization.maxAllowedMemberships},
        {QStringLiteral("admin_delete_enabled"), true},
        {QStringLiteral("public_metadata"), organization.publicMetadata},
        {QStringLiteral("private_metadata"), organization.privateMetadata},
        {QStringLiteral("created_by"), organization.createdBy},
        {QStringLiteral("created_at"), organization.createdAt},
        {QStringLiteral("updated_at"), organization.updatedAt},
        {QStringLiteral("role_set_key"), QJsonValue::Null},
    };
    if (withCounts) {
        json.insert(QStringLiteral("members_count"), state.members(organization.id).size());
        json.insert(QStringLiteral("pending_invitations_count"),
                    state.pendingInvitations(organization.id, nowMs).size());
    }
    return json;
}

QJsonObject SandboxJson::membership(const SandboxMember &member, const SandboxState &state, qint64 nowMs)
{
    const SandboxRole *role = state.role(member.role);
    const SandboxOrganization *organization = state.organization(member.organizationId);
    QJsonArray permissions;
    if (role) {
        for (const QString &key : role->permissions) {
            permissions.append(key);
        }
    }
    return {
        {QStringLiteral("object"), QStringLiteral("organization_membership")},
        {QStringLiteral("id"), member.id},
        {QStringLiteral("role"), member.role},
        {QStringLiteral("role_name"), role ? role->name : member.role},
        {QStringLiteral("permissions"), permissions},
        {QStringLiteral("public_metadata"), QJsonObject()},
        {QStringLiteral("private_metadata"), QJsonObject()},
        {QStringLiteral("organization"),
         organization ? SandboxJson::organization(*organization, state, false, nowMs) : QJsonObject()},
        {QStringLiteral("public_user_data"),
         QJsonObject{
             {QStringLiteral("user_id"), member.userId},
             {QStringLiteral("first_name"), nullable(member.firstName)},
             {QStringLiteral("last_name"), nullable(member.lastName)},
             {QStringLiteral("profile_image_url"), imageUrl(member.userId)},
             {QStringLiteral("image_url"), imageUrl(member.userId)},
             {QStringLiteral("has_image"), false},
             {QStringLiteral("identifier"), member.emailAddress},
             {QStringLiteral("username"), QJsonValue::Null},
             {QStringLiteral("banned"), false},
             {QStringLiteral("deprovisioned"), false},
         }},
        {QStringLiteral("created_at"), member.createdAt},
        {QStringLiteral("updated_at"), member.updatedAt},
    };
}

QJsonObject SandboxJson::role(const SandboxRole &role)
{
    QJsonArray permissions;
    for (const QString &key : role.permissions) {
        permissions.append(permission(key, role.createdAt));
    }
    return {
        {QStringLiteral("object"), QStringLiteral("role")},
        {QStringLiteral("id"), role.id},
        {QStringLiteral("name"), role.name},
        {QStringLiteral("key"), role.key},
        {QStringLiteral("description"), nullable(role.description)},
        {QStringLiteral("is_creator_eligible"), role.creatorEligible},
        {QStringLiteral("permissions"), permissions},
        {QStringLiteral("created_at"), role.createdAt},
        {QStringLiteral("updated_at"), role.createdAt},
    };
}

QJsonObject SandboxJson::permission(const QString &key, qint64 createdAt)
{
    // "org:sys_memberships:manage" -> id perm_sandbox_sys_memberships_manage, name "Manage memberships"
    const QStringList parts = key.split(u':');
    const QString subject = parts.value(1).mid(parts.value(1).startsWith(u"sys_") ? 4 : 0);
    const QString action = parts.value(2);
    QString name = action + u' ' + subject;
    name[0] = name.at(0).toUpper();
    const QString id = QStringLiteral("perm_sandbox_%1_%2").arg(parts.value(1), action);
    return {
        {QStringLiteral("object"), QStringLiteral("permission")},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("key"), key},
        {QStringLiteral("description"), QStringLiteral("Permission to %1 %2 of the organization").arg(action, subject)},
        {QStringLiteral("type"), QStringLiteral("system")},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), createdAt},
    };
}

QJsonObject SandboxJson::list(const QJsonArray &data, qsizetype totalCount)
{
    return {{QStringLiteral("data"), data}, {QStringLiteral("total_count"), totalCount}};
}
