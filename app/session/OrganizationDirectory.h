#pragma once

#include "clerk/ClerkMembership.h"
#include "clerk/ClerkRole.h"

#include <QList>
#include <QObject>

// What the editor offers in its comboboxes: the instance's roles and the organization's admins (possible inviters).
// Filled by the connection once it has listed them; empty while offline, when the editor takes free text.
class OrganizationDirectory : public QObject
{
    Q_OBJECT

public:
    explicit OrganizationDirectory(QObject *parent = nullptr);

    const QList<ClerkRole> &roles() const { return m_roles; }
    QStringList roleKeys() const;
    void setRoles(const QList<ClerkRole> &roles);

    const QList<ClerkMembership> &admins() const { return m_admins; }
    void setAdmins(const QList<ClerkMembership> &admins);

    void clear();

signals:
    void rolesChanged();
    void adminsChanged();

private:
    QList<ClerkRole> m_roles;
    QList<ClerkMembership> m_admins;
};
