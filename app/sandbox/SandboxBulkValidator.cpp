#include "SandboxBulkValidator.h"

#include "SandboxErrors.h"
#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

const QStringList KnownFields = {
    QStringLiteral("email_address"),    QStringLiteral("role"),
    QStringLiteral("inviter_user_id"),  QStringLiteral("public_metadata"),
    QStringLiteral("private_metadata"), QStringLiteral("redirect_url"),
    QStringLiteral("expires_in_days"),  QStringLiteral("notify"),
};

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

SandboxBulkValidator::Result SandboxBulkValidator::validate(const QByteArray &body, const SandboxState &state)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = SandboxErrors::requestBodyInvalid(
            QStringLiteral("The request body is not valid JSON: %1.").arg(parseError.errorString()));
        return result;
    }
    if (!document.isArray()) {
        result.error = SandboxErrors::requestBodyInvalid(
            QStringLiteral("The request body must be a JSON array of organization invitations."));
        return result;
    }
    const QJsonArray items = document.array();
    if (items.isEmpty() || items.size() > MaxItems) {
        result.error = SandboxErrors::error(
            422, QStringLiteral("form_param_value_invalid"), QStringLiteral("is invalid"),
            QStringLiteral("A bulk request must contain between 1 and %1 organization invitations, not %2.")
                .arg(MaxItems)
                .arg(items.size()));
        return result;
    }

    QSet<QString> seen;
    for (const QJsonValue &value : items) {
        if (!value.isObject()) {
            result.error = SandboxErrors::requestBodyInvalid(
                QStringLiteral("Every element of the request body must be a JSON object."));
            return result;
        }
        SandboxInvitation draft;
        int days = DefaultExpiresInDays;
        if (!readItem(value.toObject(), state, &draft, &days, &result.error)) {
            return result;
        }
        if (seen.contains(draft.emailAddress)) {
            result.error = SandboxErrors::paramValueInvalid(
                QStringLiteral("email_address"),
                QStringLiteral("%1 appears more than once in this request.").arg(draft.emailAddress));
            return result;
        }
        seen.insert(draft.emailAddress);
        result.invitations.append(draft);
        result.expiresInDays.append(days);
    }
    result.ok = true;
    return result;
}

bool SandboxBulkValidator::readItem(const QJsonObject &item, const SandboxState &state, SandboxInvitation *draft,
                                    int *expiresInDays, HttpResponse *error)
{
    for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
        if (!KnownFields.contains(it.key())) {
            *error = SandboxErrors::paramUnknown(it.key());
            return false;
        }
    }

    const QJsonValue email = item.value(u"email_address");
    if (isAbsent(email) || (email.isString() && email.toString().isEmpty())) {
        *error = SandboxErrors::paramMissing(QStringLiteral("email_address"));
        return false;
    }
    if (!email.isString() || !isValidEmailAddress(email.toString())) {
        *error = SandboxErrors::paramFormatInvalid(QStringLiteral("email_address"),
                                                   QStringLiteral("email_address must be a valid email address."));
        return false;
    }
    draft->emailAddress = email.toString().toLower();

    const QJsonValue role = item.value(u"role");
    if (isAbsent(role) || (role.isString() && role.toString().isEmpty())) {
        *error = SandboxErrors::paramMissing(QStringLiteral("role"));
        return false;
    }
    if (!role.isString()) {
        *error = SandboxErrors::paramFormatInvalid(QStringLiteral("role"), QStringLiteral("role must be a string."));
        return false;
    }
    if (!state.role(role.toString())) {
        *error = SandboxErrors::paramValueInvalid(
            QStringLiteral("role"),
            QStringLiteral("%1 is not a valid organization role for this instance.").arg(role.toString()));
        return false;
    }
    draft->role = role.toString();

    const QJsonValue inviter = item.value(u"inviter_user_id");
    if (!isAbsent(inviter) && !inviter.isString()) {
        *error = SandboxErrors::paramFormatInvalid(QStringLiteral("inviter_user_id"),
                                                   QStringLiteral("inviter_user_id must be a string."));
        return false;
    }
    draft->inviterId = inviter.toString();

    const QJsonValue redirect = item.value(u"redirect_url");
    if (!isAbsent(redirect)) {
        const QUrl url(redirect.toString(), QUrl::StrictMode);
        const bool web = url.scheme() == u"https" || url.scheme() == u"http";
        if (!redirect.isString() ||
            (!redirect.toString().isEmpty() && (!url.isValid() || !web || url.host().isEmpty()))) {
            *error = SandboxErrors::paramFormatInvalid(QStringLiteral("redirect_url"),
                                                       QStringLiteral("redirect_url must be a valid absolute URL."));
            return false;
        }
        draft->redirectUrl = redirect.toString();
    }

    const QJsonValue expires = item.value(u"expires_in_days");
    if (!isAbsent(expires)) {
        const double days = expires.toDouble();
        if (!expires.isDouble() || days != double(qint64(days))) {
            *error = SandboxErrors::paramFormatInvalid(QStringLiteral("expires_in_days"),
                                                       QStringLiteral("expires_in_days must be an integer."));
            return false;
        }
        if (days < 1 || days > 365) {
            *error = SandboxErrors::paramValueInvalid(QStringLiteral("expires_in_days"),
                                                      QStringLiteral("expires_in_days must be between 1 and 365."));
            return false;
        }
        *expiresInDays = int(days);
    }

    const QJsonValue notify = item.value(u"notify");
    if (!isAbsent(notify) && !notify.isBool()) {
        *error =
            SandboxErrors::paramFormatInvalid(QStringLiteral("notify"), QStringLiteral("notify must be a boolean."));
        return false;
    }
    draft->notify = notify.toBool(true);

    for (const QString &field : {QStringLiteral("public_metadata"), QStringLiteral("private_metadata")}) {
        const QJsonValue metadata = item.value(field);
        if (!isAbsent(metadata) && !metadata.isObject()) {
            *error = SandboxErrors::paramFormatInvalid(field, QStringLiteral("%1 must be a JSON object.").arg(field));
            return false;
        }
    }
    draft->publicMetadata = item.value(u"public_metadata").toObject();
    draft->privateMetadata = item.value(u"private_metadata").toObject();
    return true;
}

bool SandboxBulkValidator::isValidEmailAddress(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                       "\\.[A-Za-z]{2,63}$"));
    return address.size() <= 254 && address.indexOf(u'@') <= 64 && pattern.match(address).hasMatch();
}
