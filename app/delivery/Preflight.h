#pragma once

#include "DeliveryInput.h"
#include "clerk/ApiExchange.h"
#include "clerk/ClerkError.h"
#include "core/RowOutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class ClerkClient;

// The checks before the first bulk call, none of which spends one: the instance's roles (rows naming an unknown role
// become invalid), the organization's pending invitations (already_invited) and its members (already_member).
class Preflight : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QHash<int, RowOutcome> decided; // rows settled without sending them
        ClerkError error;               // a listing failed (isError()): the run cannot safely go on
        QString failedStep;             // what was being read when it failed ("roles", ...), translated
    };
    using Done = std::function<void(const Result &)>;
    using ExchangeHandler = std::function<void(const ApiExchange &)>;

    // Addresses asked for per listing request (they go into the URL).
    static constexpr int EmailsPerLookup = 50;

    Preflight(ClerkClient *client, const QString &organizationId, ExchangeHandler onExchange,
              QObject *parent = nullptr);

    // Checks the given (pending) rows of input; done is called from the event loop, once.
    void run(const DeliveryInput &input, const QList<int> &rows, Done done);

    // The pure halves, for tests.
    static QHash<int, RowOutcome> checkRoles(const DeliveryInput &input, const QList<int> &rows,
                                             const QStringList &roleKeys);

private:
    void readRoles();
    void readInvitations();
    void readMembers(qsizetype from);
    bool failed(const ClerkError &error, const QString &step);
    QStringList emailsFrom(qsizetype from) const;
    void settle(const QString &email, const RowOutcome &outcome);

    ClerkClient *m_client;
    QString m_organizationId;
    ExchangeHandler m_onExchange;
    DeliveryInput m_input;
    QList<int> m_rows;                        // rows still to check (not decided by an earlier step)
    QStringList m_emails;                     // distinct addresses of m_rows, input order
    QHash<QString, QList<int>> m_rowsOfEmail; // case-folded address -> rows
    Result m_result;
    Done m_done;
};
