#pragma once

#include "RowStatus.h"

#include <QString>

// What a run concluded for one invitee row: its status and, where Clerk answered, the invitation id or the error.
// The journal stores it, the results view shows it, the report writes it.
struct RowOutcome
{
    RowStatus::Value status = RowStatus::Pending;
    QString invitationId; // set for Invited (and AlreadyInvited when the pending invitation was found)
    int httpStatus = 0;   // status of the call that decided the row; 0 when no call did (pre-flight, validation)
    QString errorCode;    // Clerk's error code ("duplicate_record", "form_param_format_invalid", ...)
    QString errorMessage; // Clerk's long_message, or our own explanation
    QString traceId;      // clerk_trace_id of the deciding response

    friend bool operator==(const RowOutcome &, const RowOutcome &) = default;
};
