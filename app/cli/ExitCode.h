#pragma once

// The exit statuses of invitedesk-cli: part of its stable contract (see ARCHITECTURE.md).
enum class ExitCode : int {
    Success = 0,      // every row ended invited, already_invited or already_member (validate: no problem)
    RowProblems = 1,  // some row is invalid, duplicate or failed
    UsageOrInput = 2, // usage error, unreadable input, authentication or organization problem
    Interrupted = 3,  // the run was interrupted; re-run to resume
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}
