#include "Preflight.h"

#include "clerk/ClerkClient.h"

Preflight::Preflight(ClerkClient *client, const QString &organizationId, ExchangeHandler onExchange, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_organizationId(organizationId)
    , m_onExchange(std::move(onExchange))
{}

void Preflight::run(const DeliveryInput &input, const QList<int> &rows, Done done)
{
    m_input = input;
    m_rows = rows;
    m_done = std::move(done);
    m_result = {};
    readRoles();
}

QHash<int, RowOutcome> Preflight::checkRoles(const DeliveryInput &input, const QList<int> &rows,
                                             const QStringList &roleKeys)
{
    QHash<int, RowOutcome> invalid;
    if (roleKeys.isEmpty()) {
        return invalid; // nothing to compare with: let Clerk judge
    }
    for (int row : rows) {
        const QString role = input.role(row);
        if (roleKeys.contains(role)) {
            continue;
        }
        RowOutcome outcome;
        outcome.status = RowStatus::Invalid;
        outcome.errorCode = QStringLiteral("unknown_role");
        outcome.errorMessage =
            tr("row %1, column role: \"%2\" is not a role of this Clerk instance (valid: %3)")
                .arg(QString::number(input.displayRow(row)), role, roleKeys.join(QLatin1String(", ")));
        invalid.insert(row, outcome);
    }
    return invalid;
}

void Preflight::readRoles()
{
    m_client->listRoles(this, [this](const ClerkListing<ClerkRole> &listing) {
        for (const ApiExchange &exchange : listing.exchanges) {
            m_onExchange(exchange);
        }
        if (failed(listing.error, tr("the instance's roles"))) {
            return;
        }
        QStringList keys;
        for (const ClerkRole &role : listing.items) {
            keys.append(role.key);
        }
        keys.sort();
        m_result.decided = checkRoles(m_input, m_rows, keys);
        QList<int> left;
        for (int row : std::as_const(m_rows)) {
            if (!m_result.decided.contains(row)) {
                left.append(row);
                const QString key = m_input.email(row).toCaseFolded();
                if (!m_rowsOfEmail.contains(key)) {
                    m_emails.append(m_input.email(row));
                }
                m_rowsOfEmail[key].append(row);
            }
        }
        m_rows = left;
        readInvitations();
    });
}

void Preflight::readInvitations()
{
    if (m_emails.isEmpty()) {
        readMembers(0);
        return;
    }
    // Clerk filters invitations by one address at a time, so one listing of every pending invitation answers for
    // all rows at once.
    m_client->listInvitations(
        m_organizationId, QStringLiteral("pending"), {}, this, [this](const ClerkListing<ClerkInvitation> &listing) {
            for (const ApiExchange &exchange : listing.exchanges) {
                m_onExchange(exchange);
            }
            if (failed(listing.error, tr("the organization's pending invitations"))) {
                return;
            }
            for (const ClerkInvitation &invitation : listing.items) {
                RowOutcome outcome;
                outcome.status = RowStatus::AlreadyInvited;
                outcome.invitationId = invitation.id;
                outcome.errorMessage =
                    tr("%1 already has a pending invitation (%2)").arg(invitation.email, invitation.id);
                settle(invitation.email, outcome);
            }
            readMembers(0);
        });
}

void Preflight::readMembers(qsizetype from)
{
    if (from >= m_emails.size()) {
        auto done = std::move(m_done);
        done(m_result);
        return;
    }
    m_client->listMemberships(
        m_organizationId, emailsFrom(from), this, [this, from](const ClerkListing<ClerkMembership> &listing) {
            for (const ApiExchange &exchange : listing.exchanges) {
                m_onExchange(exchange);
            }
            if (failed(listing.error, tr("the organization's members"))) {
                return;
            }
            for (const ClerkMembership &member : listing.items) {
                RowOutcome outcome;
                outcome.status = RowStatus::AlreadyMember;
                outcome.errorMessage = tr("%1 is already a member of the organization").arg(member.email);
                settle(member.email, outcome);
            }
            readMembers(from + EmailsPerLookup);
        });
}

bool Preflight::failed(const ClerkError &error, const QString &step)
{
    if (!error.isError()) {
        return false;
    }
    m_result.error = error;
    m_result.failedStep = step;
    auto done = std::move(m_done);
    done(m_result);
    return true;
}

QStringList Preflight::emailsFrom(qsizetype from) const
{
    return m_emails.mid(from, EmailsPerLookup);
}

void Preflight::settle(const QString &email, const RowOutcome &outcome)
{
    // A filtered listing should only hold the addresses asked for; anything else is ignored.
    const QList<int> rows = m_rowsOfEmail.value(email.trimmed().toCaseFolded());
    for (int row : rows) {
        if (!m_result.decided.contains(row)) {
            m_result.decided.insert(row, outcome);
        }
    }
}
