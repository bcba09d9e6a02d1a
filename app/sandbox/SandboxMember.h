#pragma once

#include <QString>

// A user's membership in an organization of the simulated Clerk instance.
struct SandboxMember
{
    QString id; // orgmem_...
    QString organizationId;
    QString userId;
    QString emailAddress; // lower case; public_user_data.identifier
    QString firstName;
    QString lastName;
    QString role;         // "org:admin", ...
    qint64 createdAt = 0; // Unix ms
    qint64 updatedAt = 0;

    bool isAdmin() const { return role == u"org:admin"; }
};
