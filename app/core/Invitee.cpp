#include "Invitee.h"

#include <algorithm>

QString Invitee::fieldKey(Field field)
{
    switch (field) {
    case Email:
        return QStringLiteral("email_address");
    case Role:
        return QStringLiteral("role");
    case RedirectUrl:
        return QStringLiteral("redirect_url");
    case InviterUserId:
        return QStringLiteral("inviter_user_id");
    case ExpiresInDays:
        return QStringLiteral("expires_in_days");
    case Notify:
        return QStringLiteral("notify");
    case PublicMetadata:
        return QStringLiteral("public_metadata");
    case PrivateMetadata:
        return QStringLiteral("private_metadata");
    }
    return {};
}

QString Invitee::fieldTitle(Field field)
{
    switch (field) {
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case RedirectUrl:
        return tr("Redirect URL");
    case InviterUserId:
        return tr("Inviter");
    case ExpiresInDays:
        return tr("Expires (days)");
    case Notify:
        return tr("Notify");
    case PublicMetadata:
        return tr("Public metadata");
    case PrivateMetadata:
        return tr("Private metadata");
    }
    return {};
}

QList<Invitee::Field> Invitee::allFields()
{
    QList<Field> fields;
    fields.reserve(FieldCount);
    for (int i = 0; i < FieldCount; ++i) {
        fields.append(static_cast<Field>(i));
    }
    return fields;
}

bool Invitee::isEmpty() const
{
    return std::all_of(m_values.cbegin(), m_values.cend(), [](const QString &v) { return v.trimmed().isEmpty(); });
}
