#pragma once

#include "HttpResponse.h"
#include "SandboxInvitation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

class SandboxState;

// Checks the body of a bulk invitation call the way Clerk does before it looks at the organization's data: a JSON
// array of 1 to 10 objects, each with a valid email_address and role and well-typed optional fields.
class SandboxBulkValidator
{
public:
    static constexpr int MaxItems = 10;
    static constexpr int DefaultExpiresInDays = 30;

    struct Result
    {
        bool ok = false;
        HttpResponse error;                   // when !ok: the 400 / 422 to answer
        QList<SandboxInvitation> invitations; // when ok: drafts (email, role, inviter, metadata, expiry days)
        QList<int> expiresInDays;             // per draft
    };

    static Result validate(const QByteArray &body, const SandboxState &state);
    static bool isValidEmailAddress(const QString &address);

private:
    // Fills draft from item; returns false with error set at the first problem.
    static bool readItem(const QJsonObject &item, const SandboxState &state, SandboxInvitation *draft,
                         int *expiresInDays, HttpResponse *error);
};
