#include "ClerkMembership.h"

ClerkMembership ClerkMembership::fromJson(const QJsonObject &object)
{
    const QJsonObject user = object.value(u"public_user_data").toObject();
    ClerkMembership membership;
    membership.id = object.value(u"id").toString();
    membership.userId = user.value(u"user_id").toString();
    membership.email = user.value(u"identifier").toString();
    membership.role = object.value(u"role").toString();
    return membership;
}
