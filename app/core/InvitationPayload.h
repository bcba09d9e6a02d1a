#pragma once

#include "Invitee.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// Builds the body of Clerk's POST /organizations/{id}/invitations/bulk from valid invitees, reading every cell
// through FieldValues exactly as the Validator does.
class InvitationPayload
{
public:
    // One invitation: email_address (trimmed) and role (the cell, else defaultRole) always; redirect_url,
    // inviter_user_id, expires_in_days (a number), notify (a boolean) and public_metadata / private_metadata (objects)
    // only when the cell gives them. Cells that do not parse are left out: validate first.
    static QJsonObject toJson(const Invitee &invitee, const QString &defaultRole);
    // The request body: a compact JSON array of the items (Clerk takes 1 to 10).
    static QByteArray bulkBody(const QList<QJsonObject> &items);
    // The same bytes as bulkBody() of each invitee's toJson(), written straight from the cells: about ten times
    // faster, as no QJsonObject is built for rows without metadata.
    static QByteArray bulkBody(const QList<Invitee> &invitees, const QString &defaultRole);
};
