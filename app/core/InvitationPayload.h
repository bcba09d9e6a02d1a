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
    // The same JSON as bulkBody() of each invitee's toJson(), written straight from the cells without building
    // QJsonObjects: the same bytes, except that a metadata object is copied as the user wrote it (their key order,
    // numbers as typed, white space left out) when PlainJsonObject recognizes it. Safe for cells that were not
    // validated: what is not a plain object goes through QJsonDocument and is left out when it holds no object.
    static QByteArray bulkBody(const QList<Invitee> &invitees, const QString &defaultRole);
    // One invitation as compact JSON, written directly as bulkBody() writes each item.
    static QByteArray compactJson(const Invitee &invitee, const QString &defaultRole);
    // The request body from items already written by compactJson().
    static QByteArray bulkBody(const QList<QByteArray> &compactItems);
};
