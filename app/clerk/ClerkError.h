#pragma once

#include "ApiExchange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QDebug;

// What went wrong with one exchange: Clerk's ClerkErrors body (errors[] + clerk_trace_id) when there is one,
// otherwise an explanation of the transport failure or the odd body, and the kind the delivery engine acts on.
class ClerkError
{
    Q_DECLARE_TR_FUNCTIONS(ClerkError)

public:
    // One element of Clerk's "errors" array.
    struct Entry
    {
        QString message;
        QString longMessage;
        QString code;
        QJsonObject meta;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // What the delivery engine does about an exchange (see ARCHITECTURE.md, outcome mapping).
    enum class Kind {
        None,           // 2xx with a JSON body: no error
        Duplicate,      // 400 duplicate_record: duplicateEmails() are already invited
        AlreadyMember,  // 400 already_a_member_in_organization: the address is in the long message
        InvalidParam,   // 422 (or 400) form_param_*: paramName() names the field
        RateLimited,    // 429: wait retryAfterSeconds(), resend
        Unauthorized,   // 401: the secret key is wrong
        Forbidden,      // 403 that is not a quota
        QuotaExceeded,  // 403 *_quota_exceeded
        NotFound,       // 404: the organization (or invitation) does not exist
        ServerError,    // 5xx: the outcome is unknown
        NetworkUnknown, // no complete answer (reset, timeout, refused connection, TLS failure) or an unreadable
                        // 2xx body: the outcome is unknown
        Refused,        // ClerkClient refused to send it (configuration): nothing left this machine
        Other,          // anything else (3xx, 402, 400 with another code, ...)
    };

    ClerkError() = default;

    // Never fails: a 2xx answer with a JSON body gives Kind::None; non-JSON bodies, empty bodies and transport
    // errors give an error whose message() says what arrived.
    static ClerkError fromExchange(const ApiExchange &exchange);
    // A 2xx answer whose JSON does not have the expected shape (detail says what is missing).
    static ClerkError unexpectedBody(const ApiExchange &exchange, const QString &detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // Stable lower-case name of a kind ("rate_limited"), for logs and the journal.
    static QString kindKey(Kind kind);
    // The outcome of the call is unknown: look the rows up before resending.
    bool isOutcomeUnknown() const { return m_kind == Kind::ServerError || m_kind == Kind::NetworkUnknown; }

    int httpStatus() const { return m_httpStatus; }
    const QList<Entry> &entries() const { return m_entries; }
    QString clerkTraceId() const { return m_clerkTraceId; }
    QString networkError() const { return m_networkError; }
    // Seconds from a 429's (or 503's) Retry-After header; nullopt when absent or unreadable.
    std::optional<qint64> retryAfterSeconds() const { return m_retryAfterSeconds; }

    QString firstCode() const;
    // One line for people: Clerk's long message when there is one, otherwise what arrived instead.
    QString message() const;
    // Addresses listed in meta.email_addresses of duplicate_record errors.
    QStringList duplicateEmails() const;
    // meta.param_name of the first error that has one (form_param_* errors).
    QString paramName() const;
    bool hasCode(QStringView code) const;

    // Kind, status, codes, trace id and message on one line (also what qDebug prints).
    QString toString() const;

    // Retry-After is delta-seconds or an HTTP-date; the date is measured from now.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    friend bool operator==(const ClerkError &, const ClerkError &) = default;

private:
    void parseBody(const ApiExchange &exchange);
    static Kind classify(const ApiExchange &exchange, const QString &code);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QList<Entry> m_entries;
    QString m_clerkTraceId;
    QString m_networkError;
    QString m_fallbackMessage; // used when there is no Clerk error body
    std::optional<qint64> m_retryAfterSeconds;
};

QDebug operator<<(QDebug debug, const ClerkError &error);
