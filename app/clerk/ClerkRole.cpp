#include "ClerkRole.h"

ClerkRole ClerkRole::fromJson(const QJsonObject &object)
{
    ClerkRole role;
    role.id = object.value(u"id").toString();
    role.key = object.value(u"key").toString();
    role.name = object.value(u"name").toString();
    role.description = object.value(u"description").toString();
    return role;
}
