#pragma once

// Checkpoints for finding where the time to the first paint goes: with INVITEDESK_STARTUP_TRACE=1 in the environment
// every mark() prints to stderr the wall milliseconds since the first mark and the CPU milliseconds since the process
// started, each also since the previous mark.
class StartupTrace
{
public:
    static bool isEnabled();
    // phase: a short name of what has just been done ("main window built").
    static void mark(const char *phase);
};
