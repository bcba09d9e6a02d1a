#pragma once

#include <QJsonObject>
#include <QString>

// One member of an organization (GET /organizations/{id}/memberships): who is already in, with which role.
struct ClerkMembership
{
    QString id;
    QString userId;
    QString email; // public_user_data.identifier: the user's primary identifier, usually the email address
    QString role;

    static ClerkMembership fromJson(const QJsonObject &object);

    friend bool operator==(const ClerkMembership &, const ClerkMembership &) = default;
};
