#include "OrganizationDirectory.h"

OrganizationDirectory::OrganizationDirectory(QObject *parent)
    : QObject(parent)
{}

QStringList OrganizationDirectory::roleKeys() const
{
    QStringList keys;
    keys.reserve(m_roles.size());
    for (const ClerkRole &role : m_roles) {
        keys.append(role.key);
    }
    return keys;
}

void OrganizationDirectory::setRoles(const QList<ClerkRole> &roles)
{
    if (roles != m_roles) {
        m_roles = roles;
        emit rolesChanged();
    }
}

void OrganizationDirectory::setAdmins(const QList<ClerkMembership> &admins)
{
    if (admins != m_admins) {
        m_admins = admins;
        emit adminsChanged();
    }
}

void OrganizationDirectory::clear()
{
    setRoles({});
    setAdmins({});
}
