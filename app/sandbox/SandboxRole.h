#pragma once

#include <QString>
#include <QStringList>

// An organization role of the simulated Clerk instance ("org:admin", ...), with its permission keys.
struct SandboxRole
{
    QString id; // role_...
    QString key;
    QString name;
    QString description;
    QStringList permissions; // "org:sys_memberships:manage", ...
    bool creatorEligible = false;
    qint64 createdAt = 0; // Unix ms
};
