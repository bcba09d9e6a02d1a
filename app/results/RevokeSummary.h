#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

// How revoking the invitations of a run went: how many Clerk revoked, how many were already gone (accepted,
// revoked or expired before), how many failed and why, and whether it was stopped before the end.
struct RevokeSummary
{
    Q_DECLARE_TR_FUNCTIONS(RevokeSummary)

public:
    int total = 0; // invitations there were to revoke
    int revoked = 0;
    int alreadyGone = 0;
    int failed = 0;
    QStringList failures; // one line per failed invitation: its id and what went wrong
    bool stopped = false; // stop() was called: the invitations not tried are in none of the counts

    int done() const { return revoked + alreadyGone + failed; }
    // "Revoked: 8. Already gone: 1. Failed: 0." (and "Stopped after 9 of 12." when stopped).
    QString text() const;

    friend bool operator==(const RevokeSummary &, const RevokeSummary &) = default;
};

Q_DECLARE_METATYPE(RevokeSummary)
