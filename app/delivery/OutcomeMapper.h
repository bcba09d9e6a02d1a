#pragma once

#include "CallOutcome.h"
#include "clerk/ApiExchange.h"
#include "clerk/ClerkError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Turns the answer to one bulk call into per-row outcomes and the rows to resend, split or reconcile, following
// ARCHITECTURE.md's outcome mapping. Pure: no network, no journal, no clock.
class OutcomeMapper
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeMapper)

public:
    // Wait used for a 429 that carries no readable Retry-After.
    static constexpr qint64 DefaultRetryAfterMs = 60'000;

    // rows and emails are parallel: the table row and email address of each invitation the call carried.
    static CallOutcome map(const QList<int> &rows, const QStringList &emails, const ApiExchange &exchange);

    // One line saying why the run cannot go on and what to fix, for errors that stop it (401, 403, 404, refused).
    static QString stopMessage(const ClerkError &error, const QString &organizationId);
    // Whether the error stops the whole run (bad key, no access, unknown organization, refused to send).
    static bool stopsRun(const ClerkError &error);

    // Whether text mentions email as a whole address (case-insensitive; "a@x.org" is not in "ba@x.org").
    static bool mentions(QStringView text, QStringView email);

private:
    static RowOutcome rowOutcome(RowStatus::Value status, const ClerkError &error);
    static void mapSuccess(CallOutcome &outcome, const QList<int> &rows, const QStringList &emails,
                           const ApiExchange &exchange);
    static void mapNamedRows(CallOutcome &outcome, const QList<int> &rows, const QStringList &emails,
                             const ClerkError &error);
};
