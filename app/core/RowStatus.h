#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What happened to one invitee row in a run; the wire names ("already_invited") are what reports and the journal store.
class RowStatus
{
    Q_DECLARE_TR_FUNCTIONS(RowStatus)

public:
    enum Value : int {
        Pending,
        Invited,
        AlreadyInvited,
        AlreadyMember,
        Invalid,
        Duplicate,
        Failed,
    };
    static constexpr int Count = Failed + 1;

    static QString key(Value status);
    static std::optional<Value> fromKey(QStringView key);
    static QString title(Value status);
    // A row that ended well: the CLI exits 0 when every row is one of these.
    static bool isSuccess(Value status)
    {
        return status == Invited || status == AlreadyInvited || status == AlreadyMember;
    }
    static bool isFinal(Value status) { return status != Pending; }
};
