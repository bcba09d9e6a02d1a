#include "RowStatus.h"

QString RowStatus::key(Value status)
{
    switch (status) {
    case Pending:
        return QStringLiteral("pending");
    case Invited:
        return QStringLiteral("invited");
    case AlreadyInvited:
        return QStringLiteral("already_invited");
    case AlreadyMember:
        return QStringLiteral("already_member");
    case Invalid:
        return QStringLiteral("invalid");
    case Duplicate:
        return QStringLiteral("duplicate");
    case Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<RowStatus::Value> RowStatus::fromKey(QStringView text)
{
    for (int i = 0; i < Count; ++i) {
        const auto status = static_cast<Value>(i);
        if (text == key(status)) {
            return status;
        }
    }
    return std::nullopt;
}

QString RowStatus::title(Value status)
{
    switch (status) {
    case Pending:
        return tr("Pending");
    case Invited:
        return tr("Invited");
    case AlreadyInvited:
        return tr("Already invited");
    case AlreadyMember:
        return tr("Already a member");
    case Invalid:
        return tr("Invalid");
    case Duplicate:
        return tr("Duplicate");
    case Failed:
        return tr("Failed");
    }
    return {};
}
