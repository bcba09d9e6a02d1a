#include "OutcomeMapper.h"

#include "clerk/ClerkInvitation.h"

#include <QSet>

namespace {

// Characters that can be part of an email address next to the text that names it.
bool isAddressChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'%' || c == u'+' || c == u'-' || c == u'@';
}

QString emailKey(QStringView email)
{
    return email.trimmed().toString().toCaseFolded();
}

} // namespace

CallOutcome OutcomeMapper::map(const QList<int> &rows, const QStringList &emails, const ApiExchange &exchange)
{
    Q_ASSERT(rows.size() == emails.size());
    CallOutcome outcome;
    const ClerkError error = ClerkError::fromExchange(exchange);
    switch (error.kind()) {
    case ClerkError::Kind::None:
        mapSuccess(outcome, rows, emails, exchange);
        break;
    case ClerkError::Kind::Duplicate:
    case ClerkError::Kind::AlreadyMember:
        mapNamedRows(outcome, rows, emails, error);
        break;
    case ClerkError::Kind::InvalidParam:
        if (rows.size() == 1) {
            outcome.decided.insert(rows.constFirst(), rowOutcome(RowStatus::Failed, error));
        } else {
            outcome.split = rows;
        }
        break;
    case ClerkError::Kind::RateLimited:
        outcome.next = CallOutcome::Next::Defer;
        outcome.resend = rows;
        outcome.retryAfterMs = error.retryAfterSeconds() ? *error.retryAfterSeconds() * 1000 : DefaultRetryAfterMs;
        break;
    case ClerkError::Kind::ServerError:
    case ClerkError::Kind::NetworkUnknown:
        outcome.unknown = rows;
        break;
    case ClerkError::Kind::QuotaExceeded:
        outcome.next = CallOutcome::Next::StopQuota;
        outcome.failure = rowOutcome(RowStatus::Failed, error);
        outcome.stopMessage = error.message();
        for (int row : rows) {
            outcome.decided.insert(row, outcome.failure);
        }
        break;
    case ClerkError::Kind::Unauthorized:
    case ClerkError::Kind::Forbidden:
    case ClerkError::Kind::NotFound:
    case ClerkError::Kind::Refused:
        outcome.next = CallOutcome::Next::StopRun;
        outcome.resend = rows;
        break;
    case ClerkError::Kind::Other:
        // Another 4xx rejects something in the call: isolate it like a bad parameter. Anything else (3xx, ...)
        // will not get better by resending, so the call's rows fail with what arrived.
        if (error.httpStatus() >= 400 && error.httpStatus() < 500 && rows.size() > 1) {
            outcome.split = rows;
        } else {
            for (int row : rows) {
                outcome.decided.insert(row, rowOutcome(RowStatus::Failed, error));
            }
        }
        break;
    }
    return outcome;
}

void OutcomeMapper::mapSuccess(CallOutcome &outcome, const QList<int> &rows, const QStringList &emails,
                               const ApiExchange &exchange)
{
    const std::optional<QList<ClerkInvitation>> invitations = ClerkInvitation::listFromBody(exchange.responseBody);
    QHash<QString, QString> idOfEmail;
    if (invitations) {
        for (const ClerkInvitation &invitation : *invitations) {
            idOfEmail.insert(emailKey(invitation.email), invitation.id);
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString id = idOfEmail.value(emailKey(emails.at(i)));
        if (id.isEmpty()) {
            outcome.unknown.append(rows.at(i)); // accepted, but not answered for: find out before resending
            continue;
        }
        RowOutcome row;
        row.status = RowStatus::Invited;
        row.invitationId = id;
        row.httpStatus = exchange.status;
        outcome.decided.insert(rows.at(i), row);
    }
}

void OutcomeMapper::mapNamedRows(CallOutcome &outcome, const QList<int> &rows, const QStringList &emails,
                                 const ClerkError &error)
{
    const bool duplicate = error.kind() == ClerkError::Kind::Duplicate;
    const RowStatus::Value status = duplicate ? RowStatus::AlreadyInvited : RowStatus::AlreadyMember;
    QSet<QString> named;
    if (duplicate) {
        for (const QString &email : error.duplicateEmails()) {
            named.insert(emailKey(email));
        }
    }
    QList<int> decided;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        bool isNamed = false;
        if (duplicate) {
            isNamed = named.contains(emailKey(emails.at(i)));
        } else {
            for (const ClerkError::Entry &entry : error.entries()) {
                isNamed = isNamed || mentions(entry.longMessage, emails.at(i).trimmed()) ||
                          mentions(entry.message, emails.at(i).trimmed());
            }
        }
        if (isNamed) {
            decided.append(rows.at(i));
        }
    }
    if (decided.isEmpty() && rows.size() == 1) {
        decided = rows; // the only row is the one Clerk means
    }
    if (decided.isEmpty()) {
        outcome.split = rows; // Clerk did not say which row: halve until it stands alone
        return;
    }
    for (int row : rows) {
        if (decided.contains(row)) {
            outcome.decided.insert(row, rowOutcome(status, error));
        } else {
            outcome.resend.append(row);
        }
    }
}

RowOutcome OutcomeMapper::rowOutcome(RowStatus::Value status, const ClerkError &error)
{
    RowOutcome outcome;
    outcome.status = status;
    outcome.httpStatus = error.httpStatus();
    outcome.errorCode = error.firstCode();
    outcome.errorMessage = error.message();
    outcome.traceId = error.clerkTraceId();
    return outcome;
}

bool OutcomeMapper::stopsRun(const ClerkError &error)
{
    switch (error.kind()) {
    case ClerkError::Kind::Unauthorized:
    case ClerkError::Kind::Forbidden:
    case ClerkError::Kind::NotFound:
    case ClerkError::Kind::Refused:
        return true;
    default:
        return false;
    }
}

QString OutcomeMapper::stopMessage(const ClerkError &error, const QString &organizationId)
{
    switch (error.kind()) {
    case ClerkError::Kind::Unauthorized:
        return tr("Clerk refused the secret key (401): check CLERK_SECRET_KEY");
    case ClerkError::Kind::Forbidden:
        return tr("Clerk denied access to organization %1 (403): check that the secret key belongs to its instance "
                  "(%2)")
            .arg(organizationId, error.message());
    case ClerkError::Kind::NotFound:
        return tr("organization %1 not found (404): check --org").arg(organizationId);
    case ClerkError::Kind::Refused:
        return tr("nothing was sent: %1").arg(error.message());
    default:
        return error.message();
    }
}

bool OutcomeMapper::mentions(QStringView text, QStringView email)
{
    if (email.isEmpty()) {
        return false;
    }
    qsizetype from = 0;
    while ((from = text.indexOf(email, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = from + email.size();
        const bool startOk = from == 0 || (!isAddressChar(text.at(from - 1)) && text.at(from - 1) != u'.');
        // A dot right after the address ends a sentence unless an address character follows it.
        const bool endOk = end == text.size() ||
                           (!isAddressChar(text.at(end)) &&
                            (text.at(end) != u'.' || end + 1 == text.size() || !isAddressChar(text.at(end + 1))));
        if (startOk && endOk) {
            return true;
        }
        from = end;
    }
    return false;
}
