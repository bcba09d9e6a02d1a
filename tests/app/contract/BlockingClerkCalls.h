#pragma once

#include "clerk/ClerkClient.h"

#include <QObject>
#include <QTest>

#include <optional>

// Runs one ClerkClient call at a time to its end for a test, letting the event loop work meanwhile (no sleeping);
// nullopt when no answer came within the timeout.
class BlockingClerkCalls
{
public:
    explicit BlockingClerkCalls(ClerkClient &client, int timeoutMs)
        : m_client(client)
        , m_timeoutMs(timeoutMs)
    {}

    std::optional<ApiExchange> bulk(const QString &organizationId, const QByteArray &body)
    {
        std::optional<ApiExchange> answer;
        QObject context;
        m_client.bulkCreateInvitations(organizationId, body, &context,
                                       [&answer](const ApiExchange &exchange) { answer = exchange; });
        wait([&answer] { return answer.has_value(); });
        return answer;
    }

    std::optional<ApiExchange> revoke(const QString &organizationId, const QString &invitationId,
                                      const QString &requestingUserId)
    {
        std::optional<ApiExchange> answer;
        QObject context;
        m_client.revokeInvitation(organizationId, invitationId, requestingUserId, &context,
                                  [&answer](const ApiExchange &exchange) { answer = exchange; });
        wait([&answer] { return answer.has_value(); });
        return answer;
    }

    // call(client, context, done) starts one listing, e.g. [](ClerkClient &c, QObject *x, auto done) { ... }.
    template<typename T, typename Call>
    std::optional<ClerkListing<T>> listing(Call call)
    {
        std::optional<ClerkListing<T>> result;
        QObject context; // gone on return: a late answer reaches nobody
        call(m_client, &context, [&result](const ClerkListing<T> &answer) { result = answer; });
        wait([&result] { return result.has_value(); });
        return result;
    }

private:
    template<typename Done>
    void wait(Done done) const
    {
        if (!QTest::qWaitFor(done, m_timeoutMs)) {
            qWarning("no answer from ClerkClient within %d ms", m_timeoutMs);
        }
    }

    ClerkClient &m_client;
    int m_timeoutMs;
};
