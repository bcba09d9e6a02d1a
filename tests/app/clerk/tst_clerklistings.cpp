#include "ScriptedClerkServer.h"
#include "clerk/ClerkClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

QJsonObject role(int number)
{
    return {{QStringLiteral("object"), QStringLiteral("role")},
            {QStringLiteral("id"), QStringLiteral("role_%1").arg(number)},
            {QStringLiteral("key"), QStringLiteral("org:role%1").arg(number)},
            {QStringLiteral("name"), QStringLiteral("Role %1").arg(number)}};
}

QJsonArray roles(int first, int last)
{
    QJsonArray items;
    for (int number = first; number <= last; ++number) {
        items.append(role(number));
    }
    return items;
}

QJsonObject invitation(int number, const char *email)
{
    return {{QStringLiteral("id"), QStringLiteral("orginv_%1").arg(number)},
            {QStringLiteral("email_address"), QString::fromUtf8(email)},
            {QStringLiteral("status"), QStringLiteral("pending")}};
}

} // namespace

// ClerkClient's listings walk every page (limit + offset) until total_count, and encode their filters exactly.
class TestClerkListings : public QObject
{
    Q_OBJECT

private slots:
    void threePages()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedClerkServer::page(roles(1, 2), 5));
        server.enqueue(ScriptedClerkServer::page(roles(3, 4), 5));
        server.enqueue(ScriptedClerkServer::page(roles(5, 5), 5));
        ClerkClient client(server.config());
        client.setPageSize(2);
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        std::optional<ClerkListing<ClerkRole>> result;
        QObject context;
        client.listRoles(&context, [&result](const ClerkListing<ClerkRole> &listing) { result = listing; });
        QTRY_VERIFY(result);

        QVERIFY(result->ok());
        QCOMPARE(result->totalCount, 5);
        QCOMPARE(result->items.size(), 5);
        QCOMPARE(result->items.at(0).key, QStringLiteral("org:role1"));
        QCOMPARE(result->items.at(4).id, QStringLiteral("role_5"));
        QCOMPARE(result->exchanges.size(), 3);
        QCOMPARE(finished.size(), 3);

        const QList<QByteArray> expected{"/v1/organization_roles?limit=2&offset=0",
                                         "/v1/organization_roles?limit=2&offset=2",
                                         "/v1/organization_roles?limit=2&offset=4"};
        QCOMPARE(server.requests().size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(server.requests().at(i).target, expected.at(i));
            QCOMPARE(finished.at(i).constFirst().value<ApiExchange>(), result->exchanges.at(i));
        }
    }

    void stopsOnAnEmptyPage()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedClerkServer::page(roles(1, 2), 9)); // claims more than it has
        server.enqueue(ScriptedClerkServer::page({}, 9));
        ClerkClient client(server.config());
        client.setPageSize(2);
        std::optional<ClerkListing<ClerkRole>> result;
        QObject context;
        client.listRoles(&context, [&result](const ClerkListing<ClerkRole> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->items.size(), 2);
        QCOMPARE(server.requests().size(), 2);
    }

    void pageSizeIsClamped_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("effective");
        QTest::newRow("zero") << 0 << 1;
        QTest::newRow("negative") << -5 << 1;
        QTest::newRow("in range") << 100 << 100;
        QTest::newRow("above clerk's maximum") << 1000 << 500;
    }

    void pageSizeIsClamped()
    {
        QFETCH(int, requested);
        QFETCH(int, effective);
        ClerkClient client(ClerkConfig{});
        QCOMPARE(client.pageSize(), 500);
        client.setPageSize(requested);
        QCOMPARE(client.pageSize(), effective);
    }

    void errorOnALaterPage_data()
    {
        QTest::addColumn<HttpResponse>("failure");
        QTest::addColumn<int>("kind");
        QTest::newRow("500 on page two") << HttpResponse::text(500, "text/html", "<h1>oops</h1>")
                                         << int(ClerkError::Kind::ServerError);
        // Not a reset before any byte: Qt resends an idempotent GET then, and the resend would get the next answer.
        QTest::newRow("cut off on page two")
            << HttpResponse::withFault(HttpResponse::Fault::ResetAfterHeaders) << int(ClerkError::Kind::NetworkUnknown);
        QTest::newRow("json without data on page two")
            << HttpResponse::json(200, QJsonObject{{QStringLiteral("total_count"), 5}}) << int(ClerkError::Kind::Other);
    }

    void errorOnALaterPage()
    {
        QFETCH(HttpResponse, failure);
        QFETCH(int, kind);

        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedClerkServer::page(roles(1, 2), 5));
        server.enqueue(failure);
        ClerkClient client(server.config());
        client.setPageSize(2);
        std::optional<ClerkListing<ClerkRole>> result;
        QObject context;
        client.listRoles(&context, [&result](const ClerkListing<ClerkRole> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(int(result->error.kind()), kind);
        QVERIFY(!result->error.message().isEmpty());
        QCOMPARE(result->exchanges.size(), 2);
        QCOMPARE(result->items.size(), 2); // what arrived before the failure
        QCOMPARE(server.requests().size(), 2);
    }

    // '+' must not become a space, '&' and '=' must not split the parameter, non-ASCII is UTF-8. The memberships
    // listing takes email_address as an array (repeated), as Clerk's description says.
    void emailAddressesEncoded()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedClerkServer::page({}, 0));
        ClerkClient client(server.config());
        const QStringList emails{QStringLiteral("ann+news@example.org"), QStringLiteral("b&o=b@example.org"),
                                 QStringLiteral("zoë @example.org")};
        std::optional<ClerkListing<ClerkMembership>> result;
        QObject context;
        client.listMemberships(QStringLiteral("org_1"), emails, &context,
                               [&result](const ClerkListing<ClerkMembership> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QVERIFY(result->ok());

        const HttpRequest &request = server.requests().constFirst();
        QCOMPARE(request.path(), QStringLiteral("/v1/organizations/org_1/memberships"));
        QCOMPARE(request.rawQuery(), QByteArray("email_address=ann%2Bnews%40example.org"
                                                "&email_address=b%26o%3Db%40example.org"
                                                "&email_address=zo%C3%AB%20%40example.org"
                                                "&limit=500&offset=0"));
        QCOMPARE(request.query().allQueryItemValues(QStringLiteral("email_address"), QUrl::FullyDecoded), emails);
    }

    // The invitations listing takes one email_address (a string in Clerk's description): Clerk filters by it.
    void invitationsOfOneAddress()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedClerkServer::page(QJsonArray{invitation(1, "ann+news@example.org")}, 1));
        ClerkClient client(server.config());
        std::optional<ClerkListing<ClerkInvitation>> result;
        QObject context;
        client.listInvitations(QStringLiteral("org_1"), QStringLiteral("pending"),
                               {QStringLiteral("ann+news@example.org")}, &context,
                               [&result](const ClerkListing<ClerkInvitation> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(server.requests().constFirst().target,
                 QByteArray("/v1/organizations/org_1/invitations"
                            "?status=pending&email_address=ann%2Bnews%40example.org&limit=500&offset=0"));
        QCOMPARE(result->items.size(), 1);
        QCOMPARE(result->totalCount, 1);
    }

    // Several addresses never repeat email_address (Clerk's description forbids it): every invitation of the status
    // is listed, page after page by Clerk's own offsets, and the addresses are picked here, ignoring case.
    void invitationsOfSeveralAddresses()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedClerkServer::page(
            QJsonArray{invitation(1, "other@example.org"), invitation(2, "Ann+News@Example.org")}, 3));
        server.enqueue(ScriptedClerkServer::page(QJsonArray{invitation(3, "b&o=b@example.org")}, 3));
        ClerkClient client(server.config());
        client.setPageSize(2);
        std::optional<ClerkListing<ClerkInvitation>> result;
        QObject context;
        client.listInvitations(QStringLiteral("org_1"), QStringLiteral("pending"),
                               {QStringLiteral("ann+news@example.org"), QStringLiteral("b&o=b@example.org"),
                                QStringLiteral("nobody@example.org")},
                               &context, [&result](const ClerkListing<ClerkInvitation> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).target,
                 QByteArray("/v1/organizations/org_1/invitations?status=pending&limit=2&offset=0"));
        QCOMPARE(server.requests().at(1).target,
                 QByteArray("/v1/organizations/org_1/invitations?status=pending&limit=2&offset=2"));
        QCOMPARE(result->items.size(), 2);
        QCOMPARE(result->items.at(0).id, QStringLiteral("orginv_2"));
        QCOMPARE(result->items.at(1).id, QStringLiteral("orginv_3"));
        QCOMPARE(result->totalCount, 2);
        QCOMPARE(result->exchanges.size(), 2);
    }

    void invitationsWithoutFilters()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        const QJsonObject invitation{{QStringLiteral("id"), QStringLiteral("orginv_1")},
                                     {QStringLiteral("email_address"), QStringLiteral("ann@example.org")},
                                     {QStringLiteral("status"), QStringLiteral("accepted")}};
        server.enqueue(ScriptedClerkServer::page(QJsonArray{invitation}, 1));
        ClerkClient client(server.config());
        std::optional<ClerkListing<ClerkInvitation>> result;
        QObject context;
        client.listInvitations(QStringLiteral("org_1"), QString(), {}, &context,
                               [&result](const ClerkListing<ClerkInvitation> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QCOMPARE(server.requests().constFirst().rawQuery(), QByteArray("limit=500&offset=0"));
        QCOMPARE(result->items.constFirst().status, QStringLiteral("accepted"));
    }

    void organizations()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        const QJsonObject acme{{QStringLiteral("id"), QStringLiteral("org_1")},
                               {QStringLiteral("name"), QStringLiteral("Acme & Co")},
                               {QStringLiteral("slug"), QStringLiteral("acme")},
                               {QStringLiteral("members_count"), 3}};
        server.enqueue(ScriptedClerkServer::page(QJsonArray{acme}, 1));
        ClerkClient client(server.config());
        std::optional<ClerkListing<ClerkOrganization>> result;
        QObject context;
        client.listOrganizations(QStringLiteral("acme & co"), &context,
                                 [&result](const ClerkListing<ClerkOrganization> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QCOMPARE(server.requests().constFirst().target,
                 QByteArray("/v1/organizations?include_members_count=true&query=acme%20%26%20co&limit=500&offset=0"));
        QCOMPARE(result->items.size(), 1);
        QCOMPARE(result->items.constFirst().name, QStringLiteral("Acme & Co"));
        QCOMPARE(result->items.constFirst().membersCount, 3);
    }

    void memberships()
    {
        ScriptedClerkServer server;
        QVERIFY(server.listen());
        const QJsonObject member{{QStringLiteral("id"), QStringLiteral("orgmem_1")},
                                 {QStringLiteral("role"), QStringLiteral("org:admin")},
                                 {QStringLiteral("public_user_data"),
                                  QJsonObject{{QStringLiteral("user_id"), QStringLiteral("user_1")},
                                              {QStringLiteral("identifier"), QStringLiteral("a@x.org")}}}};
        server.enqueue(ScriptedClerkServer::page(QJsonArray{member}, 1));
        ClerkClient client(server.config());
        std::optional<ClerkListing<ClerkMembership>> result;
        QObject context;
        client.listMemberships(QStringLiteral("org_1"), {QStringLiteral("a@x.org")}, &context,
                               [&result](const ClerkListing<ClerkMembership> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QCOMPARE(server.requests().constFirst().target,
                 QByteArray("/v1/organizations/org_1/memberships?email_address=a%40x.org&limit=500&offset=0"));
        QCOMPARE(result->items.constFirst().email, QStringLiteral("a@x.org"));
        QCOMPARE(result->items.constFirst().userId, QStringLiteral("user_1"));
        QCOMPARE(result->items.constFirst().role, QStringLiteral("org:admin"));
    }

    void refusedListing()
    {
        ClerkConfig config;
        config.setApiBaseUrl(QUrl(QStringLiteral("http://api.clerk.com/v1")));
        config.setSecretKey(ScriptedClerkServer::secretKey());
        ClerkClient client(config);
        QSignalSpy finished(&client, &ClerkClient::exchangeFinished);
        std::optional<ClerkListing<ClerkRole>> result;
        QObject context;
        client.listRoles(&context, [&result](const ClerkListing<ClerkRole> &listing) { result = listing; });
        QTRY_VERIFY(result);
        QCOMPARE(result->error.kind(), ClerkError::Kind::Refused);
        QCOMPARE(result->exchanges.size(), 1);
        QVERIFY(result->exchanges.constFirst().refused);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClerkListings)
#include "tst_clerklistings.moc"
