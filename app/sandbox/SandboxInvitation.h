#pragma once

#include <QJsonObject>
#include <QString>

// An organization invitation held by the simulated Clerk instance.
struct SandboxInvitation
{
    QString id; // orginv_...
    QString organizationId;
    QString emailAddress; // lower case, as Clerk stores it
    QString role;
    QString inviterId; // empty: none
    QJsonObject publicMetadata;
    QJsonObject privateMetadata;
    QString redirectUrl;
    bool notify = true;
    QString status = QStringLiteral("pending"); // pending, accepted or revoked; see statusAt() for expired
    qint64 createdAt = 0;                       // Unix ms
    qint64 updatedAt = 0;
    qint64 expiresAt = 0;

    // The status Clerk reports at nowMs: a pending invitation past its expiry is "expired".
    QString statusAt(qint64 nowMs) const
    {
        return status == u"pending" && expiresAt <= nowMs ? QStringLiteral("expired") : status;
    }
    bool isPendingAt(qint64 nowMs) const { return statusAt(nowMs) == u"pending"; }
};
