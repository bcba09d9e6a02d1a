#pragma once

#include <QJsonObject>
#include <QString>

// An organization of the simulated Clerk instance.
struct SandboxOrganization
{
    QString id;
    QString name;
    QString slug;
    QString createdBy;             // user id
    int maxAllowedMemberships = 0; // 0: unlimited
    QJsonObject publicMetadata;
    QJsonObject privateMetadata;
    qint64 createdAt = 0; // Unix ms
    qint64 updatedAt = 0;
};
