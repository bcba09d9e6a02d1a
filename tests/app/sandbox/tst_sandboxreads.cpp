#include "SandboxTestClient.h"

#include <QTest>

namespace {

QString keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys.join(u',');
}

QStringList field(const QJsonArray &data, QStringView name)
{
    QStringList values;
    for (const QJsonValue &value : data) {
        values.append(value.toObject().value(name).toString());
    }
    return values;
}

QString invitations(const QString &query = {})
{
    return QStringLiteral("/organizations/org_sandbox_demo/invitations") + query;
}

} // namespace

// The read endpoints of the sandbox (organizations, roles, memberships, invitations) with Clerk's paging and
// filters, and revoke.
class TestSandboxReads : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    QDateTime m_now;

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        m_server = new SandboxServer(this);
        m_server->setClock([this] { return m_now; });
        m_server->reset();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        // 25 invitations in three calls a minute apart: person1..10, person11..20, person21..25.
        SandboxTestClient client(*m_server);
        for (const auto &[count, first] : {std::pair{10, 1}, std::pair{10, 11}, std::pair{5, 21}}) {
            m_now = m_now.addSecs(60);
            QCOMPARE(client.bulk(SandboxTestClient::people(count, first)).status, 200);
        }
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void invitationPages_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("first");

        // 25 created + the seeded pending + the seeded accepted invitation; newest first by default.
        QTest::newRow("default page of 10") << QString() << 10 << 27 << QStringLiteral("person25@example.com");
        QTest::newRow("limit 500 returns all")
            << QStringLiteral("?limit=500") << 27 << 27 << QStringLiteral("person25@example.com");
        QTest::newRow("second page") << QStringLiteral("?limit=10&offset=10") << 10 << 27
                                     << QStringLiteral("person15@example.com");
        QTest::newRow("last partial page")
            << QStringLiteral("?limit=10&offset=20") << 7 << 27 << QStringLiteral("person5@example.com");
        QTest::newRow("offset past the end") << QStringLiteral("?offset=100") << 0 << 27 << QString();
        QTest::newRow("pending only") << QStringLiteral("?status=pending&limit=100") << 26 << 26
                                      << QStringLiteral("person25@example.com");
        QTest::newRow("accepted only") << QStringLiteral("?status=accepted") << 1 << 1
                                       << QStringLiteral("alan.member@example.com");
        QTest::newRow("two statuses") << QStringLiteral("?status=accepted&status=revoked") << 1 << 1
                                      << QStringLiteral("alan.member@example.com");
        QTest::newRow("one address, other case") << QStringLiteral("?email_address=PERSON7%40example.com") << 1 << 1
                                                 << QStringLiteral("person7@example.com");
        QTest::newRow("repeated addresses with status")
            << QStringLiteral("?status=pending&email_address=person3%40example.com&email_address=person22%40example."
                              "com&email_address=nobody%40example.com")
            << 2 << 2 << QStringLiteral("person22@example.com");
        QTest::newRow("oldest first") << QStringLiteral("?order_by=%2Bcreated_at&limit=1") << 1 << 27
                                      << QStringLiteral("alan.member@example.com");
        QTest::newRow("by address descending")
            << QStringLiteral("?order_by=-email_address&limit=1") << 1 << 27 << QStringLiteral("person9@example.com");
    }

    void invitationPages()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(int, total);
        QFETCH(QString, first);

        SandboxTestClient client(*m_server);
        const auto reply = client.get(invitations(query));
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.object()), QStringLiteral("data,total_count"));
        const QJsonArray data = reply.object().value(u"data").toArray();
        QCOMPARE(data.size(), count);
        QCOMPARE(reply.object().value(u"total_count").toInteger(), total);
        QCOMPARE(field(data, u"email_address").value(0), first);
    }

    void plusInQueryIsASpaceAsClerkDecodesIt_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<int>("total");
        QTest::newRow("percent-encoded plus matches") << QStringLiteral("tag%2Bx%40example.com") << 1;
        QTest::newRow("raw plus is a space and misses") << QStringLiteral("tag+x%40example.com") << 0;
    }

    void plusInQueryIsASpaceAsClerkDecodesIt()
    {
        QFETCH(QString, encoded);
        QFETCH(int, total);
        SandboxTestClient client(*m_server);
        QCOMPARE(
            client
                .bulk(QJsonArray{QJsonObject{{QStringLiteral("email_address"), QStringLiteral("tag+x@example.com")},
                                             {QStringLiteral("role"), QStringLiteral("org:member")}}})
                .status,
            200);
        const auto reply = client.get(invitations(QStringLiteral("?email_address=") + encoded));
        QCOMPARE(reply.object().value(u"total_count").toInteger(), total);
    }

    void badPaging_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        QTest::newRow("limit 0") << invitations(QStringLiteral("?limit=0"))
                                 << QStringLiteral("form_param_value_invalid") << QStringLiteral("limit");
        QTest::newRow("limit 501") << invitations(QStringLiteral("?limit=501"))
                                   << QStringLiteral("form_param_value_invalid") << QStringLiteral("limit");
        QTest::newRow("limit not a number") << QStringLiteral("/organizations?limit=ten")
                                            << QStringLiteral("form_param_format_invalid") << QStringLiteral("limit");
        QTest::newRow("negative offset") << QStringLiteral("/organization_roles?offset=-1")
                                         << QStringLiteral("form_param_value_invalid") << QStringLiteral("offset");
        QTest::newRow("unknown status") << invitations(QStringLiteral("?status=sent"))
                                        << QStringLiteral("form_param_value_invalid") << QStringLiteral("status");
    }

    void badPaging()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFETCH(QString, param);
        SandboxTestClient client(*m_server);
        const auto reply = client.get(path);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.firstError().value(u"meta").toObject().value(u"param_name").toString(), param);
    }

    void memberships_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("total");
        QTest::newRow("default") << QString() << 5 << 5;
        QTest::newRow("limit 2 offset 4") << QStringLiteral("?limit=2&offset=4") << 1 << 5;
        QTest::newRow("admins") << QStringLiteral("?role=org:admin") << 2 << 2;
        QTest::newRow("by address") << QStringLiteral("?email_address=Alan.Member%40example.com") << 1 << 1;
        QTest::newRow("by user id") << QStringLiteral("?user_id=user_sandbox_admin2") << 1 << 1;
    }

    void memberships()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(int, total);
        SandboxTestClient client(*m_server);
        const auto reply = client.get(QStringLiteral("/organizations/org_sandbox_demo/memberships") + query);
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.object().value(u"data").toArray();
        QCOMPARE(data.size(), count);
        QCOMPARE(reply.object().value(u"total_count").toInteger(), total);
        for (const QJsonValue &value : data) {
            const QJsonObject membership = value.toObject();
            QCOMPARE(keysOf(membership), QStringLiteral("created_at,id,object,organization,permissions,"
                                                        "private_metadata,public_metadata,public_user_data,role,"
                                                        "role_name,updated_at"));
            QCOMPARE(membership.value(u"object").toString(), QStringLiteral("organization_membership"));
            QCOMPARE(membership.value(u"organization").toObject().value(u"id").toString(),
                     SandboxServer::DemoOrganizationId);
            const QJsonObject user = membership.value(u"public_user_data").toObject();
            QVERIFY(user.value(u"user_id").toString().startsWith(u"user_sandbox_"));
            QVERIFY(user.value(u"identifier").toString().endsWith(u"@example.com"));
        }
    }

    void organizations_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("all, newest first")
            << QString() << QStringList{QStringLiteral("org_sandbox_small"), QStringLiteral("org_sandbox_demo")};
        QTest::newRow("by name") << QStringLiteral("?query=demo") << QStringList{QStringLiteral("org_sandbox_demo")};
        QTest::newRow("by exact id") << QStringLiteral("?query=org_sandbox_small")
                                     << QStringList{QStringLiteral("org_sandbox_small")};
        QTest::newRow("by slug part") << QStringLiteral("?query=small-team")
                                      << QStringList{QStringLiteral("org_sandbox_small")};
        QTest::newRow("second page of one")
            << QStringLiteral("?limit=1&offset=1") << QStringList{QStringLiteral("org_sandbox_demo")};
        QTest::newRow("no match") << QStringLiteral("?query=acme") << QStringList{};
    }

    void organizations()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, ids);
        SandboxTestClient client(*m_server);
        const auto reply = client.get(QStringLiteral("/organizations") + query);
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.object().value(u"data").toArray();
        QCOMPARE(field(data, u"id"), ids);
        for (const QJsonValue &value : data) {
            QCOMPARE(value.toObject().value(u"object").toString(), QStringLiteral("organization"));
        }
    }

    void organizationWithCounts()
    {
        SandboxTestClient client(*m_server);
        const auto reply = client.get(QStringLiteral("/organizations/org_sandbox_demo"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"name").toString(), QStringLiteral("Sandbox Demo Co"));
        QCOMPARE(reply.object().value(u"slug").toString(), QStringLiteral("sandbox-demo-co"));
        QCOMPARE(reply.object().value(u"members_count").toInt(), 5);
        QCOMPARE(reply.object().value(u"pending_invitations_count").toInt(), 26);
    }

    void roles()
    {
        SandboxTestClient client(*m_server);
        auto reply = client.get(QStringLiteral("/organization_roles?order_by=created_at"));
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.object().value(u"data").toArray();
        QCOMPARE(field(data, u"key"), (QStringList{QStringLiteral("org:admin"), QStringLiteral("org:member"),
                                                   QStringLiteral("org:viewer")}));
        const QJsonObject admin = data.first().toObject();
        QCOMPARE(
            keysOf(admin),
            QStringLiteral("created_at,description,id,is_creator_eligible,key,name,object,permissions,updated_at"));
        QCOMPARE(admin.value(u"object").toString(), QStringLiteral("role"));
        const QJsonObject permission = admin.value(u"permissions").toArray().first().toObject();
        QCOMPARE(keysOf(permission), QStringLiteral("created_at,description,id,key,name,object,type,updated_at"));
        QCOMPARE(permission.value(u"object").toString(), QStringLiteral("permission"));

        reply = client.get(QStringLiteral("/organization_roles?limit=1"));
        QCOMPARE(reply.object().value(u"data").toArray().size(), 1);
        QCOMPARE(reply.object().value(u"total_count").toInteger(), 3);
        QCOMPARE(field(reply.object().value(u"data").toArray(), u"key"), QStringList{QStringLiteral("org:viewer")});
    }

    void revoke_data()
    {
        QTest::addColumn<QString>("invitationId");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("pending, no body")
            << QStringLiteral("orginv_sandbox_pending1") << QByteArray() << 200 << QString();
        QTest::newRow("pending, by an admin")
            << QStringLiteral("orginv_sandbox_pending1")
            << QByteArray(R"({"requesting_user_id":"user_sandbox_admin2"})") << 200 << QString();
        QTest::newRow("pending, by a member") << QStringLiteral("orginv_sandbox_pending1")
                                              << QByteArray(R"({"requesting_user_id":"user_sandbox_member1"})") << 403
                                              << QStringLiteral("not_an_admin_in_organization");
        QTest::newRow("already accepted") << QStringLiteral("orginv_sandbox_accepted1") << QByteArray() << 400
                                          << QStringLiteral("organization_invitation_not_pending");
        QTest::newRow("unknown invitation")
            << QStringLiteral("orginv_nope") << QByteArray() << 404 << QStringLiteral("resource_not_found");
    }

    void revoke()
    {
        QFETCH(QString, invitationId);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);

        SandboxTestClient client(*m_server);
        const QString path = invitations(QStringLiteral("/%1/revoke").arg(invitationId));
        const auto reply = client.post(path, body);
        QCOMPARE(reply.status, status);
        if (status != 200) {
            QCOMPARE(reply.errorCode(), code);
            return;
        }
        QCOMPARE(reply.object().value(u"id").toString(), invitationId);
        QCOMPARE(reply.object().value(u"status").toString(), QStringLiteral("revoked"));
        QCOMPARE(reply.object().value(u"updated_at").toInteger(), m_now.toMSecsSinceEpoch());
        QCOMPARE(client.post(path, body).errorCode(), QStringLiteral("organization_invitation_not_pending"));
        // A revoked invitation no longer blocks a new one for the same address.
        const auto again = client.bulk(
            QJsonArray{QJsonObject{{QStringLiteral("email_address"), QStringLiteral("pending.person@example.com")},
                                   {QStringLiteral("role"), QStringLiteral("org:member")}}});
        QCOMPARE(again.status, 200);
    }

    void notFound_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown organization") << QByteArray("GET") << QStringLiteral("/organizations/org_x") << 404;
        QTest::newRow("memberships of unknown organization")
            << QByteArray("GET") << QStringLiteral("/organizations/org_x/memberships") << 404;
        QTest::newRow("invitations of unknown organization")
            << QByteArray("GET") << QStringLiteral("/organizations/org_x/invitations") << 404;
        QTest::newRow("revoke in unknown organization")
            << QByteArray("POST") << QStringLiteral("/organizations/org_x/invitations/orginv_sandbox_pending1/revoke")
            << 404;
        QTest::newRow("unknown route") << QByteArray("GET") << QStringLiteral("/users") << 404;
        QTest::newRow("get on bulk") << QByteArray("GET") << invitations(QStringLiteral("/bulk")) << 405;
        QTest::newRow("delete organizations") << QByteArray("DELETE") << QStringLiteral("/organizations") << 405;
        QTest::newRow("put on bulk") << QByteArray("PUT") << invitations(QStringLiteral("/bulk")) << 405;
    }

    void notFound()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        SandboxTestClient client(*m_server);
        const auto reply = client.call(verb, path);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(),
                 status == 404 ? QStringLiteral("resource_not_found") : QStringLiteral("request_method_not_allowed"));
        QVERIFY(!reply.object().value(u"clerk_trace_id").toString().isEmpty());
    }

    void readsNeedAuthentication()
    {
        SandboxTestClient client(*m_server);
        client.setSecretKey({});
        const auto reply = client.get(invitations());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("authentication_invalid"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxReads)
#include "tst_sandboxreads.moc"
