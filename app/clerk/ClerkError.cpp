#include "ClerkError.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace {

QString statusLine(const ApiExchange &exchange)
{
    const QString reason = QString::fromLatin1(exchange.statusText).trimmed();
    return reason.isEmpty() ? QString::number(exchange.status) : QString::number(exchange.status) + u' ' + reason;
}

bool isSuccessStatus(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

ClerkError ClerkError::fromExchange(const ApiExchange &exchange)
{
    ClerkError error;
    error.m_httpStatus = exchange.status;
    error.m_networkError = exchange.networkError;
    if (exchange.refused) {
        error.m_kind = Kind::Refused;
        error.m_fallbackMessage = exchange.networkError;
        return error;
    }
    if (!exchange.networkError.isEmpty() || exchange.status == 0) {
        error.m_kind = Kind::NetworkUnknown;
        const QString why = exchange.networkError.isEmpty() ? tr("no response") : exchange.networkError;
        error.m_fallbackMessage = exchange.status == 0
                                      ? tr("No complete answer from Clerk: %1").arg(why)
                                      : tr("The answer HTTP %1 was cut off: %2").arg(statusLine(exchange), why);
        return error;
    }
    error.m_retryAfterSeconds =
        parseRetryAfter(exchange.responseHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    error.parseBody(exchange);
    return error;
}

void ClerkError::parseBody(const ApiExchange &exchange)
{
    const QByteArray contentType = exchange.responseHeader("Content-Type");
    const bool success = isSuccessStatus(exchange.status);
    if (exchange.responseBody.trimmed().isEmpty()) {
        m_kind = success ? Kind::NetworkUnknown : classify(exchange, {});
        m_fallbackMessage = success ? tr("HTTP %1 with an empty body; the outcome is unknown").arg(statusLine(exchange))
                                    : tr("HTTP %1 with an empty body").arg(statusLine(exchange));
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.responseBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (parseError.error == QJsonParseError::NoError) {
            m_fallbackMessage = tr("HTTP %1 with a JSON body that is not an object").arg(statusLine(exchange));
        } else if (contentType.contains("json")) {
            m_fallbackMessage = tr("HTTP %1 with malformed JSON (%2 at byte %3)")
                                    .arg(statusLine(exchange), parseError.errorString())
                                    .arg(parseError.offset);
        } else {
            const QString type = contentType.isEmpty() ? tr("no content type") : QString::fromLatin1(contentType);
            m_fallbackMessage = tr("HTTP %1 from a proxy (%2, not JSON)").arg(statusLine(exchange), type);
        }
        m_kind = success ? Kind::NetworkUnknown : classify(exchange, {});
        return;
    }

    if (success) {
        m_kind = Kind::None;
        return;
    }

    const QJsonObject root = document.object();
    m_clerkTraceId = root.value(u"clerk_trace_id").toString();
    const QJsonArray errors = root.value(u"errors").toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject object = value.toObject();
        m_entries.append(Entry{object.value(u"message").toString(), object.value(u"long_message").toString(),
                               object.value(u"code").toString(), object.value(u"meta").toObject()});
    }
    if (m_entries.isEmpty()) {
        m_fallbackMessage = tr("HTTP %1 without Clerk error details").arg(statusLine(exchange));
    }
    m_kind = classify(exchange, firstCode());
}

ClerkError ClerkError::unexpectedBody(const ApiExchange &exchange, const QString &detail)
{
    ClerkError error;
    error.m_kind = Kind::Other;
    error.m_httpStatus = exchange.status;
    error.m_fallbackMessage = tr("HTTP %1 with an unexpected body: %2").arg(statusLine(exchange), detail);
    return error;
}

ClerkError::Kind ClerkError::classify(const ApiExchange &exchange, const QString &code)
{
    const int status = exchange.status;
    if (status == 429) {
        return Kind::RateLimited;
    }
    if (status == 401) {
        return Kind::Unauthorized;
    }
    if (status == 403) {
        return code.endsWith(u"quota_exceeded") ? Kind::QuotaExceeded : Kind::Forbidden;
    }
    if (status == 404) {
        return Kind::NotFound;
    }
    if (status >= 500) {
        return Kind::ServerError;
    }
    if (code == u"duplicate_record") {
        return Kind::Duplicate;
    }
    if (code == u"already_a_member_in_organization") {
        return Kind::AlreadyMember;
    }
    if (code.startsWith(u"form_param_") || status == 422) {
        return Kind::InvalidParam;
    }
    return Kind::Other;
}

QString ClerkError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Kind::AlreadyMember:
        return QStringLiteral("already_member");
    case Kind::InvalidParam:
        return QStringLiteral("invalid_param");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::QuotaExceeded:
        return QStringLiteral("quota_exceeded");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::NetworkUnknown:
        return QStringLiteral("network_unknown");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString ClerkError::firstCode() const
{
    return m_entries.isEmpty() ? QString() : m_entries.constFirst().code;
}

QString ClerkError::message() const
{
    if (m_entries.isEmpty()) {
        return m_fallbackMessage;
    }
    const Entry &first = m_entries.constFirst();
    return first.longMessage.isEmpty() ? first.message : first.longMessage;
}

QStringList ClerkError::duplicateEmails() const
{
    QStringList emails;
    for (const Entry &entry : m_entries) {
        if (entry.code != u"duplicate_record") {
            continue;
        }
        const QJsonArray addresses = entry.meta.value(u"email_addresses").toArray();
        for (const QJsonValue &address : addresses) {
            if (address.isString()) {
                emails.append(address.toString());
            }
        }
    }
    return emails;
}

QString ClerkError::paramName() const
{
    for (const Entry &entry : m_entries) {
        const QString name = entry.meta.value(u"param_name").toString();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return {};
}

bool ClerkError::hasCode(QStringView code) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [code](const Entry &entry) { return entry.code == code; });
}

QString ClerkError::toString() const
{
    QStringList codes;
    for (const Entry &entry : m_entries) {
        codes.append(entry.code);
    }
    return QStringLiteral("%1 (HTTP %2%3%4): %5")
        .arg(kindKey(m_kind))
        .arg(m_httpStatus)
        .arg(codes.isEmpty() ? QString() : QStringLiteral(", ") + codes.join(u','),
             m_clerkTraceId.isEmpty() ? QString() : QStringLiteral(", trace ") + m_clerkTraceId, message());
}

std::optional<qint64> ClerkError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        return seconds >= 0 ? std::optional(seconds) : std::nullopt;
    }
    // An HTTP-date ends in "GMT", which Qt's RFC 2822 parser does not take; without a zone it reads UTC.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(u" GMT")) {
        date.chop(4);
    }
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid()) {
        return std::nullopt;
    }
    return std::max<qint64>(0, now.secsTo(when));
}

QDebug operator<<(QDebug debug, const ClerkError &error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "ClerkError(" << error.toString() << ')';
    return debug;
}
