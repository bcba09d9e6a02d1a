#pragma once

#include <QJsonObject>
#include <QString>

// One organization role of the instance (GET /organization_roles): the key is what an invitation's role names.
struct ClerkRole
{
    QString id;
    QString key; // "org:member"
    QString name;
    QString description;

    static ClerkRole fromJson(const QJsonObject &object);

    friend bool operator==(const ClerkRole &, const ClerkRole &) = default;
};
