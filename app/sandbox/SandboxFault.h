#pragma once

#include <QString>

// A failure SandboxServer acts out on the next bulk invitation call(s), for tests of retries and reconciliation.
struct SandboxFault
{
    enum class Kind {
        ServerError,          // 500 with a Clerk error body; nothing created
        BadGateway,           // 502 text/html from a proxy in front; nothing created
        ResetBeforeCommit,    // connection reset, no byte answered; nothing created
        ResetAfterCommit,     // invitations created, then connection reset with no byte answered (reply lost)
        TruncatedAfterCommit, // invitations created, status line and headers sent, then reset mid-body
        SlowReply,            // handled normally, answered after delayMs
        RateLimited,          // 429 with Retry-After: retryAfterSeconds and a Clerk error body; nothing created
        NoReply,              // the connection stays open and never answers; nothing created
    };

    Kind kind = Kind::ServerError;
    int delayMs = 0;            // SlowReply; any other kind is also delayed by it
    int retryAfterSeconds = 30; // RateLimited
    int times = 1;              // how many consecutive matching bulk calls it applies to
    QString organizationId;     // only calls to this organization match; empty: any

    // QNetworkAccessManager resends a request by itself once when the connection drops before any response byte,
    // so a reset the client should see needs times >= 2 (ResetBeforeCommit, ResetAfterCommit).
    static SandboxFault of(Kind kind, int times = 1)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.times = times;
        return fault;
    }
    static SandboxFault slowReply(int delayMs)
    {
        SandboxFault fault = of(Kind::SlowReply);
        fault.delayMs = delayMs;
        return fault;
    }
    static SandboxFault rateLimited(int retryAfterSeconds)
    {
        SandboxFault fault = of(Kind::RateLimited);
        fault.retryAfterSeconds = retryAfterSeconds;
        return fault;
    }
};
