#pragma once

#include <QJsonObject>
#include <QString>

// One organization as GET /organizations lists it: enough to pick the target of a run.
struct ClerkOrganization
{
    QString id;
    QString name;
    QString slug;
    int membersCount = -1; // -1 when Clerk did not include it

    static ClerkOrganization fromJson(const QJsonObject &object);

    friend bool operator==(const ClerkOrganization &, const ClerkOrganization &) = default;
};
