#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One organization invitation as Clerk returns it (bulk create, list, revoke).
struct ClerkInvitation
{
    QString id;
    QString email;
    QString role;
    QString status; // "pending", "accepted", "revoked", "expired"
    QString organizationId;
    QString inviterId;
    QDateTime createdAt; // UTC; invalid when absent
    QDateTime expiresAt; // UTC; invalid when absent or null
    QJsonObject publicMetadata;
    QJsonObject privateMetadata;

    static ClerkInvitation fromJson(const QJsonObject &object);
    // The invitations of an OrganizationInvitations body ({"data": [...], "total_count": n}), as the bulk
    // call answers; nullopt when the body does not have that shape.
    static std::optional<QList<ClerkInvitation>> listFromBody(const QByteArray &body);

    friend bool operator==(const ClerkInvitation &, const ClerkInvitation &) = default;
};
