#include "ClerkOrganization.h"

ClerkOrganization ClerkOrganization::fromJson(const QJsonObject &object)
{
    ClerkOrganization organization;
    organization.id = object.value(u"id").toString();
    organization.name = object.value(u"name").toString();
    organization.slug = object.value(u"slug").toString();
    organization.membersCount = object.value(u"members_count").toInt(-1);
    return organization;
}
