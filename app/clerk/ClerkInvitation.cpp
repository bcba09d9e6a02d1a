#include "ClerkInvitation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Clerk's timestamps are milliseconds since the Unix epoch.
QDateTime fromClerkTime(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
}

} // namespace

ClerkInvitation ClerkInvitation::fromJson(const QJsonObject &object)
{
    ClerkInvitation invitation;
    invitation.id = object.value(u"id").toString();
    invitation.email = object.value(u"email_address").toString();
    invitation.role = object.value(u"role").toString();
    invitation.status = object.value(u"status").toString();
    invitation.organizationId = object.value(u"organization_id").toString();
    invitation.inviterId = object.value(u"inviter_id").toString();
    invitation.createdAt = fromClerkTime(object.value(u"created_at"));
    invitation.expiresAt = fromClerkTime(object.value(u"expires_at"));
    invitation.publicMetadata = object.value(u"public_metadata").toObject();
    invitation.privateMetadata = object.value(u"private_metadata").toObject();
    return invitation;
}

std::optional<QList<ClerkInvitation>> ClerkInvitation::listFromBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue data = document.object().value(u"data");
    if (!data.isArray()) {
        return std::nullopt;
    }
    QList<ClerkInvitation> invitations;
    const QJsonArray items = data.toArray();
    invitations.reserve(items.size());
    for (const QJsonValue &item : items) {
        invitations.append(fromJson(item.toObject()));
    }
    return invitations;
}
