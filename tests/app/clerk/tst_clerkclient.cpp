#include "ScriptedClerkServer.h"
#include "clerk/ClerkClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

QString logged;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logged += message + u'\n';
    previousHandler(type, context, message);
}

const QByteArray invitationsBody = "[{\"email_address\":\"ann@example.org\",\"role\":\"org:member\"}]";

HttpResponse invitationsCreated()
{
    const QJsonObject invitation{{QStringLiteral("id"), QStringLiteral("orginv_1")},
                                 {QStringLiteral("email_address"), QStringLiteral("ann@example.org")},
                                 {QStringLiteral("status"), QStringLiteral("pending")}};
    return ScriptedClerkServer::page(QJsonArray{invitation}, 1);
}

} // namespace

// ClerkClient sends what Clerk expects, reports each exchange faithfully, and never lets the key out.
class TestClerkClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        logged.clear();
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QVERIFY(!logged.contains(ScriptedClerkServer::secretKey()));
    }

    void headersSentAndRedacted()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(invitationsCreated());
        ClerkClient client(server.config());
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        std::optional<ApiExchange> result;
        QObject context;
        client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, &context,
                                     [&result](const ApiExchange &exchange) { result = exchange; });
        QVERIFY(!result); // never answers before returning
        QTRY_VERIFY(result);

        QCOMPARE(server.requests().size(), 1);
        const HttpRequest &request = server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/v1/organizations/org_1/invitations/bulk"));
        QCOMPARE(request.header("Authorization"), "Bearer " + ScriptedClerkServer::secretKey().toUtf8());
        QCOMPARE(request.header("Clerk-API-Version"), QByteArray("2026-05-12"));
        QCOMPARE(request.header("User-Agent"),
                 "Invitedesk/" INVITEDESK_VERSION " (+Qt " + QByteArray(qVersion()) + ')');
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.body, invitationsBody);

        const ApiExchange &exchange = *result;
        QCOMPARE(exchange.method, QByteArray("POST"));
        QCOMPARE(exchange.url.toString(),
                 server.apiUrl().toString() + QStringLiteral("/organizations/org_1/invitations/bulk"));
        QCOMPARE(exchange.requestHeader("Authorization"), QByteArray("Bearer [REDACTED]"));
        QCOMPARE(exchange.requestHeader("Clerk-API-Version"), QByteArray("2026-05-12"));
        QCOMPARE(exchange.requestHeader("User-Agent"), ClerkClient::userAgent());
        QCOMPARE(exchange.requestBody, invitationsBody);
        QCOMPARE(exchange.status, 200);
        QCOMPARE(exchange.statusText, QByteArray("OK"));
        QCOMPARE(exchange.responseHeader("content-type"), QByteArray("application/json"));
        QVERIFY(exchange.networkError.isEmpty());
        QVERIFY(exchange.isSuccess());
        QVERIFY(!exchange.refused);
        const auto invitations = ClerkInvitation::listFromBody(exchange.responseBody);
        QVERIFY(invitations);
        QCOMPARE(invitations->constFirst().id, QStringLiteral("orginv_1"));

        QVERIFY(exchange.startedAt.isValid());
        QCOMPARE(exchange.startedAt.timeSpec(), Qt::UTC);
        QVERIFY(exchange.waitMs >= 0);
        QVERIFY(exchange.totalMs >= exchange.waitMs);

        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<ApiExchange>(), exchange);
        QCOMPARE(client.requestsInFlight(), 0);
    }

    void getHasNoContentType()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedClerkServer::page({}, 0));
        ClerkClient client(server.config());
        std::optional<ClerkListing<ClerkRole>> result;
        QObject context;
        client.listRoles(&context, [&result](const ClerkListing<ClerkRole> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        const HttpRequest &request = server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path(), QStringLiteral("/v1/organization_roles"));
        QVERIFY(request.header("Content-Type").isEmpty());
        QVERIFY(!request.header("Authorization").isEmpty());
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QVERIFY(result->exchanges.constFirst().requestHeader("Content-Type").isEmpty());
    }

    // A server (or a proxy) that echoes the request must not make the key show up in what we keep or print.
    void keyAppearsNowhere()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        const QByteArray key = ScriptedClerkServer::secretKey().toUtf8();
        HttpResponse echo = HttpResponse::text(401, "text/plain", "you sent Authorization: Bearer " + key);
        echo.headers.emplaceBack("X-Echo", key);
        server.enqueue(echo);
        ClerkClient client(server.config());
        std::optional<ApiExchange> result;
        QObject context;
        client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, &context,
                                     [&result](const ApiExchange &exchange) { result = exchange; });
        QTRY_VERIFY(result);
        QCOMPARE(server.requests().constFirst().header("Authorization"), "Bearer " + key);

        const QByteArray text = ScriptedClerkServer::everything(*result);
        QVERIFY2(!text.contains(key), text.constData());
        QVERIFY(text.contains("[REDACTED]"));
        const ClerkError error = ClerkError::fromExchange(*result);
        QCOMPARE(error.kind(), ClerkError::Kind::Unauthorized);
        QVERIFY(!error.message().contains(ScriptedClerkServer::secretKey()));
        QVERIFY(!error.toString().contains(ScriptedClerkServer::secretKey()));

        logged.clear();
        qDebug() << *result << error << client.config();
        QVERIFY(logged.contains(QStringLiteral("ApiExchange(")));
        QVERIFY(logged.contains(QStringLiteral("ClerkError(")));
        QVERIFY(logged.contains(QStringLiteral("ClerkConfig(")));
        QVERIFY(!logged.contains(ScriptedClerkServer::secretKey()));
    }

    void refusedWithoutRequest_data()
    {
        QTest::addColumn<QString>("apiUrl"); // empty: the scripted server
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("organizationId");
        QTest::addColumn<QString>("problemPart");

        const QString key = ScriptedClerkServer::secretKey();
        QTest::newRow("plain http to a public host")
            << QStringLiteral("http://api.clerk.com/v1") << key << QStringLiteral("org_1") << QStringLiteral("https");
        QTest::newRow("plain http to a lan address")
            << QStringLiteral("http://10.1.2.3:8080/v1") << key << QStringLiteral("org_1") << QStringLiteral("https");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1") << key << QStringLiteral("org_1")
                             << QStringLiteral("https");
        QTest::newRow("no secret key") << QString() << QString() << QStringLiteral("org_1")
                                       << QStringLiteral("CLERK_SECRET_KEY");
        QTest::newRow("empty organization id") << QString() << key << QString() << QStringLiteral("identifier");
        QTest::newRow("dot-dot organization id")
            << QString() << key << QStringLiteral("..") << QStringLiteral("identifier");
    }

    void refusedWithoutRequest()
    {
        QFETCH(QString, apiUrl);
        QFETCH(QString, key);
        QFETCH(QString, organizationId);
        QFETCH(QString, problemPart);

        ScriptedClerkServer server;
        QVERIFY(server.listen());
        ClerkConfig config = server.config();
        if (!apiUrl.isEmpty()) {
            config.setApiBaseUrl(QUrl(apiUrl));
        }
        config.setSecretKey(key);
        ClerkClient client(config);
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        std::optional<ApiExchange> result;
        QObject context;
        client.bulkCreateInvitations(organizationId, invitationsBody, &context,
                                     [&result](const ApiExchange &exchange) { result = exchange; });
        QCOMPARE(client.requestsInFlight(), 0);
        QVERIFY(!result);
        QTRY_VERIFY(result);
        QVERIFY(result->refused);
        QCOMPARE(result->status, 0);
        QVERIFY2(result->networkError.contains(problemPart), qPrintable(result->networkError));
        QCOMPARE(result->requestHeader("Authorization"), QByteArray("Bearer [REDACTED]"));
        QCOMPARE(ClerkError::fromExchange(*result).kind(), ClerkError::Kind::Refused);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(server.requests().size(), 0);
    }

    void pathSegmentsEncoded_data()
    {
        QTest::addColumn<QString>("basePath");
        QTest::addColumn<QString>("organizationId");
        QTest::addColumn<QByteArray>("target");

        QTest::newRow("plain id") << QStringLiteral("/v1") << QStringLiteral("org_2abc")
                                  << QByteArray("/v1/organizations/org_2abc/invitations/bulk");
        QTest::newRow("base url with trailing slash") << QStringLiteral("/v1/") << QStringLiteral("org_2abc")
                                                      << QByteArray("/v1/organizations/org_2abc/invitations/bulk");
        QTest::newRow("slash, dots, space, query and fragment characters")
            << QStringLiteral("/v1") << QStringLiteral("org 1/../x?y#z")
            << QByteArray("/v1/organizations/org%201%2F..%2Fx%3Fy%23z/invitations/bulk");
        QTest::newRow("percent and non-ascii") << QStringLiteral("/v1") << QStringLiteral("org%2Fé")
                                               << QByteArray("/v1/organizations/org%252F%C3%A9/invitations/bulk");
    }

    void pathSegmentsEncoded()
    {
        QFETCH(QString, basePath);
        QFETCH(QString, organizationId);
        QFETCH(QByteArray, target);

        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(invitationsCreated());
        ClerkConfig config = server.config();
        QUrl base = config.apiBaseUrl();
        base.setPath(basePath);
        config.setApiBaseUrl(base);
        ClerkClient client(config);
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        client.bulkCreateInvitations(organizationId, invitationsBody, nullptr, {});
        QVERIFY(finished.wait(5000));
        QCOMPARE(server.requests().constFirst().target, target);
        QCOMPARE(finished.constFirst().constFirst().value<ApiExchange>().url.path(QUrl::FullyEncoded),
                 QString::fromLatin1(target));
    }

    // The one-line summary logs and failure messages show: the URL and the error exactly as they are.
    void summaryKeepsPercentSigns_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("networkError");
        QTest::addColumn<QString>("expected");
        QTest::newRow("encoded plus and at sign in a filter")
            << QStringLiteral(
                   "https://api.clerk.com/v1/organizations/org_1/memberships?email_address=ann%2Bnews%40x.org")
            << QString()
            << QStringLiteral("GET https://api.clerk.com/v1/organizations/org_1/memberships"
                              "?email_address=ann%2Bnews%40x.org -> 200 OK (12 ms)");
        QTest::newRow("an error text with a percent sign")
            << QStringLiteral("https://api.clerk.com/v1/organization_roles") << QStringLiteral("reset at 50%1")
            << QStringLiteral("GET https://api.clerk.com/v1/organization_roles -> 200 OK, then reset at 50%1 (12 ms)");
    }

    void summaryKeepsPercentSigns()
    {
        QFETCH(QString, url);
        QFETCH(QString, networkError);
        QFETCH(QString, expected);
        ApiExchange exchange;
        exchange.method = "GET";
        exchange.url = QUrl(url, QUrl::StrictMode);
        exchange.status = 200;
        exchange.statusText = "OK";
        exchange.networkError = networkError;
        exchange.totalMs = 12;
        QCOMPARE(exchange.summary(), expected);
    }

    void revokeInvitation()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("orginv_9")},
                                                           {QStringLiteral("status"), QStringLiteral("revoked")}}));
        server.enqueue(HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("orginv_9")}}));
        ClerkClient client(server.config());
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        client.revokeInvitation(QStringLiteral("org_1"), QStringLiteral("orginv_9"), QStringLiteral("user_1"), nullptr,
                                {});
        client.revokeInvitation(QStringLiteral("org_1"), QStringLiteral("orginv_9"), QString(), nullptr, {});
        QTRY_COMPARE(finished.size(), 2);
        const HttpRequest &first = server.requests().at(0);
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.target, QByteArray("/v1/organizations/org_1/invitations/orginv_9/revoke"));
        QCOMPARE(QJsonDocument::fromJson(first.body).object(),
                 QJsonObject({{QStringLiteral("requesting_user_id"), QStringLiteral("user_1")}}));
        QCOMPARE(server.requests().at(1).body, QByteArray("{}"));
        QCOMPARE(finished.at(0).constFirst().value<ApiExchange>().status, 200);
    }

    // A redirect could carry the key to another host: it is reported, not followed.
    void redirectNotFollowed()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        HttpResponse redirect = HttpResponse::text(302, "text/plain", "moved");
        redirect.headers.emplaceBack("Location", server.server().baseUrl().toEncoded() + "/elsewhere");
        server.enqueue(redirect);
        ClerkClient client(server.config());
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, nullptr, {});
        QVERIFY(finished.wait(5000));
        const auto exchange = finished.constFirst().constFirst().value<ApiExchange>();
        QCOMPARE(exchange.status, 302);
        QCOMPARE(ClerkError::fromExchange(exchange).kind(), ClerkError::Kind::Other);
        QCOMPARE(server.requests().size(), 1);
    }

    void noAnswerOnceContextIsGone()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(invitationsCreated());
        ClerkClient client(server.config());
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        bool answered = false;
        auto context = std::make_unique<QObject>();
        client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, context.get(),
                                     [&answered](const ApiExchange &) { answered = true; });
        context.reset();
        QVERIFY(finished.wait(5000)); // the exchange is still reported to listeners
        QVERIFY(!answered);
    }

    void abortAll()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(HttpResponse::withFault(HttpResponse::Fault::NeverReply));
        ClerkClient client(server.config(60000));
        QSignalSpy handled(&server.server(), &LoopbackHttpServer::requestHandled);
        std::optional<ApiExchange> result;
        QObject context;
        client.bulkCreateInvitations(QStringLiteral("org_1"), invitationsBody, &context,
                                     [&result](const ApiExchange &exchange) { result = exchange; });
        QVERIFY(handled.wait(5000));
        QCOMPARE(client.requestsInFlight(), 1);
        client.abortAll();
        QTRY_VERIFY(result);
        QCOMPARE(result->status, 0);
        QVERIFY(!result->networkError.isEmpty());
        QVERIFY(!result->networkError.contains(QStringLiteral("timeout")));
        QCOMPARE(ClerkError::fromExchange(*result).kind(), ClerkError::Kind::NetworkUnknown);
        QCOMPARE(client.requestsInFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClerkClient)
#include "tst_clerkclient.moc"
