#pragma once

#include "SandboxInvitation.h"
#include "SandboxMember.h"
#include "SandboxOrganization.h"
#include "SandboxRole.h"

#include <QJsonArray>
#include <QJsonObject>

class SandboxState;

// Renders sandbox data in the exact shapes of Clerk's Backend API 2026-05-12 (OrganizationInvitation,
// OrganizationMembership, Organization, Role, and the {data, total_count} lists).
class SandboxJson
{
public:
    static QJsonObject invitation(const SandboxInvitation &invitation, const SandboxState &state, qint64 nowMs);
    static QJsonObject organization(const SandboxOrganization &organization, const SandboxState &state, bool withCounts,
                                    qint64 nowMs);
    static QJsonObject membership(const SandboxMember &member, const SandboxState &state, qint64 nowMs);
    static QJsonObject role(const SandboxRole &role);
    static QJsonObject permission(const QString &key, qint64 createdAt);
    static QJsonObject list(const QJsonArray &data, qsizetype totalCount);
};
