#include "ScriptedClerkServer.h"
#include "clerk/ClerkClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray invitationsBody = "[{\"email_address\":\"ann@example.org\",\"role\":\"org:member\"}]";

HttpResponse clerkErrors(int status, const QString &code, const QJsonObject &meta = {})
{
    QJsonObject error{{QStringLiteral("message"), QStringLiteral("short")},
                      {QStringLiteral("long_message"), QStringLiteral("Long message for %1").arg(code)},
                      {QStringLiteral("code"), code}};
    if (!meta.isEmpty()) {
        error.insert(QStringLiteral("meta"), meta);
    }
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("errors"), QJsonArray{error}},
                                                  {QStringLiteral("clerk_trace_id"), QStringLiteral("trace_7")}});
}

// Sends one bulk call through a fresh client and returns its exchange (from exchangeFinished).
ApiExchange sendOne(ScriptedClerkServer &server, int transferTimeoutMs = 10000)
{
    ClerkClient client(server.config(transferTimeoutMs));
    QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
    client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, nullptr, {});
    if (!finished.wait(10000)) {
        return {};
    }
    return finished.constFirst().constFirst().value<ApiExchange>();
}

} // namespace

// What ClerkClient reports when Clerk says no, when a proxy answers instead, and when no answer comes at all.
class TestClerkFailures : public QObject
{
    Q_OBJECT

private slots:
    void errorAnswers_data()
    {
        QTest::addColumn<HttpResponse>("response");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");

        QTest::newRow("400 duplicate_record")
            << clerkErrors(400, QStringLiteral("duplicate_record"),
                           {{QStringLiteral("email_addresses"), QJsonArray{QStringLiteral("ann@example.org")}}})
            << int(ClerkError::Kind::Duplicate) << QStringLiteral("duplicate_record");
        QTest::newRow("400 already a member")
            << clerkErrors(400, QStringLiteral("already_a_member_in_organization"))
            << int(ClerkError::Kind::AlreadyMember) << QStringLiteral("already_a_member_in_organization");
        QTest::newRow("422 form_param_value_invalid")
            << clerkErrors(422, QStringLiteral("form_param_value_invalid"),
                           {{QStringLiteral("param_name"), QStringLiteral("role")}})
            << int(ClerkError::Kind::InvalidParam) << QStringLiteral("form_param_value_invalid");
        QTest::newRow("401") << clerkErrors(401, QStringLiteral("authentication_invalid"))
                             << int(ClerkError::Kind::Unauthorized) << QStringLiteral("authentication_invalid");
        QTest::newRow("403 quota") << clerkErrors(403, QStringLiteral("organization_membership_quota_exceeded"))
                                   << int(ClerkError::Kind::QuotaExceeded)
                                   << QStringLiteral("organization_membership_quota_exceeded");
        QTest::newRow("404") << clerkErrors(404, QStringLiteral("resource_not_found"))
                             << int(ClerkError::Kind::NotFound) << QStringLiteral("resource_not_found");
        QTest::newRow("html 502") << HttpResponse::text(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>")
                                  << int(ClerkError::Kind::ServerError) << QString();
        QTest::newRow("503 empty") << HttpResponse::text(503, "text/plain", {}) << int(ClerkError::Kind::ServerError)
                                   << QString();
        QTest::newRow("truncated json") << HttpResponse::text(400, "application/json", "{\"errors\":[{\"code\":")
                                        << int(ClerkError::Kind::Other) << QString();
    }

    void errorAnswers()
    {
        QFETCH(HttpResponse, response);
        QFETCH(int, kind);
        QFETCH(QString, code);

        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        const ApiExchange exchange = sendOne(server);
        QCOMPARE(exchange.status, response.status);
        QCOMPARE(exchange.statusText, HttpResponse::reasonPhrase(response.status));
        QCOMPARE(exchange.responseBody, response.body);
        QVERIFY2(exchange.networkError.isEmpty(),
                 qPrintable(exchange.networkError)); // HTTP errors are not transport errors
        QVERIFY(!exchange.isSuccess());
        const ClerkError error = ClerkError::fromExchange(exchange);
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.firstCode(), code);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(server.requests().size(), 1);
    }

    void rateLimited()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        HttpResponse limited = clerkErrors(429, QStringLiteral("too_many_requests"));
        limited.headers.emplaceBack("Retry-After", "42");
        server.enqueue(limited);
        const ClerkError error = ClerkError::fromExchange(sendOne(server));
        QCOMPARE(error.kind(), ClerkError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds(), std::optional<qint64>(42));
        QCOMPARE(error.clerkTraceId(), QStringLiteral("trace_7"));
    }

    // The outcome of a POST that got no complete answer is unknown; it must never be resent behind our back.
    void connectionFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("statusExpected");
        QTest::newRow("reset before any byte") << int(HttpResponse::Fault::ResetBeforeReply) << false;
        QTest::newRow("reset after the headers") << int(HttpResponse::Fault::ResetAfterHeaders) << true;
    }

    void connectionFaults()
    {
        QFETCH(int, fault);
        QFETCH(bool, statusExpected);

        ScriptedClerkServer server;
        QVERIFY(server.listen());
        HttpResponse faulty = clerkErrors(200, QStringLiteral("unused"));
        faulty.fault = static_cast<HttpResponse::Fault>(fault);
        server.enqueue(faulty);
        const ApiExchange exchange = sendOne(server);
        QVERIFY(!exchange.networkError.isEmpty());
        QCOMPARE(exchange.hasResponse(), statusExpected);
        if (!statusExpected) {
            QCOMPARE(exchange.status, 0);
        }
        QVERIFY(!exchange.isSuccess());
        QVERIFY(exchange.waitMs >= 0);
        QVERIFY(exchange.totalMs >= 0);
        const ClerkError error = ClerkError::fromExchange(exchange);
        QCOMPARE(error.kind(), ClerkError::Kind::NetworkUnknown);
        QVERIFY(error.isOutcomeUnknown());
        QVERIFY(error.message().contains(exchange.networkError));
        QCOMPARE(server.requests().size(), 1);
    }

    // Qt may resend a request when a kept-alive connection dies; a POST must not be.
    void postOnReusedConnectionIsNotResent()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedClerkServer::page({}, 0));
        server.enqueue(HttpResponse::withFault(HttpResponse::Fault::ResetBeforeReply));
        ClerkClient client(server.config());
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, nullptr, {});
        QVERIFY(finished.wait(5000));
        client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, nullptr, {});
        QTRY_COMPARE(finished.size(), 2);
        const auto second = finished.at(1).constFirst().value<ApiExchange>();
        QCOMPARE(second.status, 0);
        QVERIFY(!second.networkError.isEmpty());
        QCOMPARE(server.requests().size(), 2);
    }

    void transferTimeout()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(HttpResponse::withFault(HttpResponse::Fault::NeverReply));
        ClerkClient client(server.config(200));
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        std::optional<ApiExchange> result;
        QObject context;
        client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, &context,
                                     [&result](const ApiExchange &exchange) { result = exchange; });
        QVERIFY(finished.wait(5000));
        QVERIFY(result);
        QCOMPARE(result->status, 0);
        QVERIFY2(result->networkError.contains(QStringLiteral("200 ms")), qPrintable(result->networkError));
        QVERIFY(result->totalMs >= 0);
        QVERIFY(result->waitMs >= 0);
        QCOMPARE(ClerkError::fromExchange(*result).kind(), ClerkError::Kind::NetworkUnknown);
        QCOMPARE(server.requests().size(), 1);
    }

    void slowAnswerWithinTimeout()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        HttpResponse slow = ScriptedClerkServer::page({}, 0);
        slow.delayMs = 50;
        server.enqueue(slow);
        const ApiExchange exchange = sendOne(server, 5000);
        QCOMPARE(exchange.status, 200);
        QVERIFY(exchange.networkError.isEmpty());
        QVERIFY(exchange.waitMs >= 0);
        QVERIFY(exchange.totalMs >= exchange.waitMs);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            ScriptedClerkServer closed;
            QVERIFY(closed.listen());
            port = closed.server().port();
        }
        ClerkConfig config;
        config.setApiBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        config.setSecretKey(ScriptedClerkServer::secretKey());
        ClerkClient client(config);
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        client.listRoles(nullptr, {});
        QVERIFY(finished.wait(5000));
        const auto exchange = finished.constFirst().constFirst().value<ApiExchange>();
        QCOMPARE(exchange.status, 0);
        QVERIFY(!exchange.networkError.isEmpty());
        QVERIFY(!exchange.refused);
    }
};

QTEST_GUILESS_MAIN(TestClerkFailures)
#include "tst_clerkfailures.moc"
