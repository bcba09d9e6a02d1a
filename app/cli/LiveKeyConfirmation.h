#pragma once

#include "CliContext.h"
#include "delivery/RatePacer.h"

#include <QCoreApplication>
#include <QString>

// The question `send` asks before more than ten invitations go out with a live (sk_live_) key, so that a production
// instance is never invited into by accident; without a terminal --yes stands in for the answer.
class LiveKeyConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(LiveKeyConfirmation)

public:
    static constexpr int RowsWithoutQuestion = 10;

    enum class Answer {
        Yes,
        No,
        CannotAsk, // no terminal (or no input) to ask on
    };

    // Whether sending sendableRows rows with this key needs a confirmation.
    static bool isNeeded(const QString &secretKey, int sendableRows);
    // "Send 15 invitations to org_x with a LIVE key? This takes less than a minute at 50 calls per hour. [y/N] "
    static QString question(int sendableRows, const QString &organizationId, const RatePacer &pacer, qint64 nowMs);
    // How long sending rows takes at the pacer's rate, in words ("about 1 h").
    static QString duration(int sendableRows, const RatePacer &pacer, qint64 nowMs);
    // "50 calls per hour"
    static QString rate(const RatePacer &pacer);

    // Asks question on context.err and reads one line from context.in; CannotAsk when not interactive.
    static Answer ask(CliContext &context, const QString &question);
    // y, yes (any case, surrounding spaces ignored); anything else, an empty line included, is no.
    static bool isYes(QStringView answer);
};
