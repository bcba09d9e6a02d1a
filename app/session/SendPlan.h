#pragma once

#include "Connection.h"
#include "delivery/RatePacer.h"

#include <QString>

// What sending the table now would do, for the confirmation before a run: how many rows and bulk calls, into which
// organization, how long the rate limit makes it take, and whether the key is a live one.
struct SendPlan
{
    // Above this many rows a live key needs a confirmation.
    static constexpr int ConfirmAboveRows = 10;

    int tableRows = 0;
    int sendableRows = 0; // rows fit to send: neither invalid nor a duplicate
    int skippedRows = 0;  // invalid or duplicate rows, not sent
    int calls = 0;        // bulk calls of at most maxRowsPerCall rows
    QString organizationId;
    QString organizationName;
    Connection::Environment environment = Connection::Environment::Sandbox;
    int rateCalls = RatePacer::DefaultCalls;
    int rateSeconds = RatePacer::DefaultSeconds;
    qint64 durationMs = 0; // from now until the last call may go at that rate (call durations not counted)

    bool isLive() const { return environment == Connection::Environment::Live; }
    bool needsConfirmation() const { return isLive() && sendableRows > ConfirmAboveRows; }

    // Fills the counts, calls, rate and duration for sendableRows rows sent in calls of maxRowsPerCall, paced by
    // pacer (with whatever calls it has recorded) from nowMs.
    static SendPlan forRows(int tableRows, int sendableRows, int maxRowsPerCall, const RatePacer &pacer, qint64 nowMs);
};
