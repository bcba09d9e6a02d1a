#include "SandboxTestClient.h"

#include <QTest>

namespace {

QJsonObject item(const QString &email, const QString &role = QStringLiteral("org:member"))
{
    return {{QStringLiteral("email_address"), email}, {QStringLiteral("role"), role}};
}

QJsonArray with(QJsonArray items, qsizetype index, const QString &key, const QJsonValue &value)
{
    QJsonObject changed = items.at(index).toObject();
    if (value.isUndefined()) {
        changed.remove(key);
    } else {
        changed.insert(key, value);
    }
    items.replace(index, changed);
    return items;
}

QByteArray compact(const QJsonArray &items)
{
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

// The object's keys, sorted, comma-separated.
QString keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys.join(u',');
}

const QString SmallOrganizationId = QStringLiteral("org_sandbox_small");

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

} // namespace

// POST /v1/organizations/{id}/invitations/bulk of the sandbox: Clerk's shapes, its all-or-nothing checks, its
// error bodies, authentication and the rate limit, driven by a fake clock.
class TestSandboxBulk : public QObject
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
        m_server->reset(); // seed relative to the fake clock
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void success_data()
    {
        QTest::addColumn<QJsonArray>("items");
        QTest::addColumn<int>("expiresInDays");

        QTest::newRow("one invitation") << SandboxTestClient::people(1) << 30;
        QTest::newRow("ten invitations") << SandboxTestClient::people(10) << 30;
        QTest::newRow("mixed-case address is stored lower case")
            << QJsonArray{item(QStringLiteral("Mixed.Case@Example.COM"), QStringLiteral("org:admin"))} << 30;
        QTest::newRow("every optional field")
            << QJsonArray{QJsonObject{
                   {QStringLiteral("email_address"), QStringLiteral("full@example.com")},
                   {QStringLiteral("role"), QStringLiteral("org:viewer")},
                   {QStringLiteral("inviter_user_id"), QStringLiteral("user_sandbox_admin2")},
                   {QStringLiteral("public_metadata"),
                    QJsonObject{
                        {QStringLiteral("team"), QStringLiteral("blue")},
                        {QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Oslo")}}}}},
                   {QStringLiteral("private_metadata"), QJsonObject{{QStringLiteral("employee_no"), 12}}},
                   {QStringLiteral("redirect_url"), QStringLiteral("https://app.example.com/welcome")},
                   {QStringLiteral("expires_in_days"), 7},
                   {QStringLiteral("notify"), false},
               }}
            << 7;
        QTest::newRow("nulls for optional fields")
            << QJsonArray{QJsonObject{{QStringLiteral("email_address"), QStringLiteral("nulls@example.com")},
                                      {QStringLiteral("role"), QStringLiteral("org:member")},
                                      {QStringLiteral("inviter_user_id"), QJsonValue::Null},
                                      {QStringLiteral("public_metadata"), QJsonValue::Null},
                                      {QStringLiteral("expires_in_days"), QJsonValue::Null},
                                      {QStringLiteral("notify"), QJsonValue::Null}}}
            << 30;
        QTest::newRow("shortest expiry") << with(SandboxTestClient::people(1), 0, QStringLiteral("expires_in_days"), 1)
                                         << 1;
        QTest::newRow("longest expiry") << with(SandboxTestClient::people(1), 0, QStringLiteral("expires_in_days"), 365)
                                        << 365;
    }

    void success()
    {
        QFETCH(QJsonArray, items);
        QFETCH(int, expiresInDays);

        const qsizetype pendingBefore = m_server->pendingInvitations(SandboxServer::DemoOrganizationId).size();
        SandboxTestClient client(*m_server);
        const auto reply = client.bulk(items);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(keysOf(reply.object()), QStringLiteral("data,total_count"));
        const QJsonArray data = reply.object().value(u"data").toArray();
        QCOMPARE(data.size(), items.size());
        QCOMPARE(reply.object().value(u"total_count").toInteger(), items.size());

        const qint64 now = m_now.toMSecsSinceEpoch();
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject sent = items.at(i).toObject();
            const QJsonObject invitation = data.at(i).toObject();
            QCOMPARE(
                keysOf(invitation),
                QStringLiteral("created_at,email_address,expires_at,id,inviter_id,object,organization_id,private_"
                               "metadata,public_inviter_data,public_metadata,role,role_name,status,updated_at,url"));
            QCOMPARE(invitation.value(u"object").toString(), QStringLiteral("organization_invitation"));
            QVERIFY(invitation.value(u"id").toString().startsWith(u"orginv_"));
            QCOMPARE(invitation.value(u"id").toString().size(), 34);
            QCOMPARE(invitation.value(u"email_address").toString(), sent.value(u"email_address").toString().toLower());
            QCOMPARE(invitation.value(u"role").toString(), sent.value(u"role").toString());
            QVERIFY(!invitation.value(u"role_name").toString().isEmpty());
            QCOMPARE(invitation.value(u"organization_id").toString(), SandboxServer::DemoOrganizationId);
            QCOMPARE(invitation.value(u"status").toString(), QStringLiteral("pending"));
            QCOMPARE(invitation.value(u"created_at").toInteger(), now);
            QCOMPARE(invitation.value(u"updated_at").toInteger(), now);
            QCOMPARE(invitation.value(u"expires_at").toInteger(), now + expiresInDays * DayMs);
            QCOMPARE(invitation.value(u"public_metadata").toObject(), sent.value(u"public_metadata").toObject());
            QCOMPARE(invitation.value(u"private_metadata").toObject(), sent.value(u"private_metadata").toObject());
            const QString inviter = sent.value(u"inviter_user_id").toString();
            if (inviter.isEmpty()) {
                QVERIFY(invitation.value(u"inviter_id").isNull());
                QVERIFY(invitation.value(u"public_inviter_data").isNull());
            } else {
                QCOMPARE(invitation.value(u"inviter_id").toString(), inviter);
                const QJsonObject inviterData = invitation.value(u"public_inviter_data").toObject();
                QCOMPARE(inviterData.value(u"user_id").toString(), inviter);
                QCOMPARE(inviterData.value(u"identifier").toString(), QStringLiteral("grace.admin@example.com"));
            }
        }
        QCOMPARE(m_server->createdCount(), items.size());
        QCOMPARE(m_server->bulkCallCount(), 1);
        QCOMPARE(m_server->pendingInvitations(SandboxServer::DemoOrganizationId).size(), pendingBefore + items.size());
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("paramName");

        const QString demo = SandboxServer::DemoOrganizationId;
        const QJsonArray ten = SandboxTestClient::people(10);
        const auto row = [&](const char *name, const QJsonArray &items, int status, const char *code,
                             const char *param) {
            QTest::newRow(name) << compact(items) << demo << status << QString::fromLatin1(code)
                                << QString::fromLatin1(param);
        };
        QTest::newRow("not json") << QByteArray("[{\"email_address\":") << demo << 400
                                  << QStringLiteral("request_body_invalid") << QString();
        QTest::newRow("object instead of array")
            << QByteArray(R"({"email_address":"a@example.com","role":"org:member"})") << demo << 400
            << QStringLiteral("request_body_invalid") << QString();
        QTest::newRow("element is a string")
            << QByteArray(R"(["a@example.com"])") << demo << 400 << QStringLiteral("request_body_invalid") << QString();
        row("empty array", {}, 422, "form_param_value_invalid", "");
        row("eleven items", SandboxTestClient::people(11), 422, "form_param_value_invalid", "");
        row("missing email", with(ten, 3, QStringLiteral("email_address"), QJsonValue::Undefined), 422,
            "form_param_missing", "email_address");
        row("empty email", with(ten, 3, QStringLiteral("email_address"), QString()), 422, "form_param_missing",
            "email_address");
        row("missing role", with(ten, 9, QStringLiteral("role"), QJsonValue::Undefined), 422, "form_param_missing",
            "role");
        row("unknown role in the last item", with(ten, 9, QStringLiteral("role"), QStringLiteral("org:boss")), 422,
            "form_param_value_invalid", "role");
        row("role without org prefix", with(ten, 0, QStringLiteral("role"), QStringLiteral("admin")), 422,
            "form_param_value_invalid", "role");
        row("email without at", with(ten, 5, QStringLiteral("email_address"), QStringLiteral("person.example.com")),
            422, "form_param_format_invalid", "email_address");
        row("email with a space",
            with(ten, 5, QStringLiteral("email_address"), QStringLiteral("first last@example.com")), 422,
            "form_param_format_invalid", "email_address");
        row("email without a domain dot", with(ten, 5, QStringLiteral("email_address"), QStringLiteral("a@localhost")),
            422, "form_param_format_invalid", "email_address");
        row("email is a number", with(ten, 5, QStringLiteral("email_address"), 42), 422, "form_param_format_invalid",
            "email_address");
        row("expires in 0 days", with(ten, 2, QStringLiteral("expires_in_days"), 0), 422, "form_param_value_invalid",
            "expires_in_days");
        row("expires in 366 days", with(ten, 2, QStringLiteral("expires_in_days"), 366), 422,
            "form_param_value_invalid", "expires_in_days");
        row("expires in 1.5 days", with(ten, 2, QStringLiteral("expires_in_days"), 1.5), 422,
            "form_param_format_invalid", "expires_in_days");
        row("expires as a string", with(ten, 2, QStringLiteral("expires_in_days"), QStringLiteral("30")), 422,
            "form_param_format_invalid", "expires_in_days");
        row("notify as a string", with(ten, 1, QStringLiteral("notify"), QStringLiteral("yes")), 422,
            "form_param_format_invalid", "notify");
        row("public metadata as an array", with(ten, 1, QStringLiteral("public_metadata"), QJsonArray{1}), 422,
            "form_param_format_invalid", "public_metadata");
        row("private metadata as a string", with(ten, 1, QStringLiteral("private_metadata"), QStringLiteral("{}")), 422,
            "form_param_format_invalid", "private_metadata");
        row("relative redirect url", with(ten, 4, QStringLiteral("redirect_url"), QStringLiteral("/welcome")), 422,
            "form_param_format_invalid", "redirect_url");
        row("unknown field", with(ten, 4, QStringLiteral("nickname"), QStringLiteral("Bo")), 422, "form_param_unknown",
            "nickname");
        row("same address twice in one call",
            with(ten, 7, QStringLiteral("email_address"), QStringLiteral("PERSON1@example.com")), 422,
            "form_param_value_invalid", "email_address");
        row("inviter is not a member", with(ten, 6, QStringLiteral("inviter_user_id"), QStringLiteral("user_nobody")),
            403, "not_a_member_in_organization", "");
        row("inviter is not an admin",
            with(ten, 6, QStringLiteral("inviter_user_id"), QStringLiteral("user_sandbox_member1")), 403,
            "not_an_admin_in_organization", "");
        row("an address is already a member",
            with(ten, 8, QStringLiteral("email_address"), QStringLiteral("barbara.member@example.com")), 400,
            "already_a_member_in_organization", "");
        row("an address is already invited",
            with(ten, 8, QStringLiteral("email_address"), QStringLiteral("pending.person@example.com")), 400,
            "duplicate_record", "");
        QTest::newRow("over the membership quota")
            << compact(SandboxTestClient::people(4)) << SmallOrganizationId << 403
            << QStringLiteral("organization_membership_quota_exceeded") << QString();
        QTest::newRow("unknown organization")
            << compact(SandboxTestClient::people(1)) << QStringLiteral("org_does_not_exist") << 404
            << QStringLiteral("resource_not_found") << QString();
    }

    void rejected()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, organization);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, paramName);

        const qsizetype before = m_server->invitations(organization).size();
        SandboxTestClient client(*m_server);
        const auto reply = client.post(QStringLiteral("/organizations/%1/invitations/bulk").arg(organization), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        const QJsonObject error = reply.firstError();
        QCOMPARE(keysOf(error), QStringLiteral("code,long_message,message,meta"));
        QVERIFY(!error.value(u"message").toString().isEmpty());
        QVERIFY(!error.value(u"long_message").toString().isEmpty());
        QCOMPARE(error.value(u"meta").toObject().value(u"param_name").toString(), paramName);
        QCOMPARE(reply.object().value(u"clerk_trace_id").toString().size(), 32);
        QCOMPARE(reply.header("X-Clerk-Trace-Id"), reply.object().value(u"clerk_trace_id").toString().toLatin1());
        // All or nothing: not one invitation of a rejected call exists.
        QCOMPARE(m_server->invitations(organization).size(), before);
        QCOMPARE(m_server->createdCount(), 0);
    }

    void duplicateNamesEveryPendingAddress()
    {
        SandboxTestClient client(*m_server);
        QCOMPARE(client.bulk(SandboxTestClient::people(2)).status, 200);
        const auto reply = client.bulk(QJsonArray{item(QStringLiteral("Person2@Example.com")),
                                                  item(QStringLiteral("brand.new@example.com")),
                                                  item(QStringLiteral("person1@example.com"))});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("duplicate_record"));
        QCOMPARE(reply.firstError().value(u"meta").toObject().value(u"email_addresses").toArray(),
                 (QJsonArray{QStringLiteral("person2@example.com"), QStringLiteral("person1@example.com")}));
        QCOMPARE(m_server->createdCount(), 2);
    }

    void alreadyMemberAddressIsOnlyInLongMessage()
    {
        SandboxTestClient client(*m_server);
        const auto reply = client.bulk(
            QJsonArray{item(QStringLiteral("new.one@example.com")), item(QStringLiteral("Alan.Member@example.com"))});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("already_a_member_in_organization"));
        QVERIFY(reply.firstError().value(u"long_message").toString().contains(u"alan.member@example.com"));
        QVERIFY(reply.firstError().value(u"meta").toObject().isEmpty());
        QVERIFY(!reply.firstError().value(u"message").toString().contains(u"alan"));
    }

    void expiredInvitationNoLongerBlocks()
    {
        SandboxTestClient client(*m_server);
        QCOMPARE(client.bulk(with(SandboxTestClient::people(1), 0, QStringLiteral("expires_in_days"), 1)).status, 200);
        QCOMPARE(client.bulk(SandboxTestClient::people(1)).errorCode(), QStringLiteral("duplicate_record"));
        m_now = m_now.addDays(1);
        QCOMPARE(client.bulk(SandboxTestClient::people(1)).status, 200);
        const auto expired = client.get(
            QStringLiteral("/organizations/%1/invitations?status=expired").arg(SandboxServer::DemoOrganizationId));
        QCOMPARE(expired.object().value(u"total_count").toInteger(), 1);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("requiredKey");
        QTest::addColumn<QByteArray>("sentKey");
        QTest::addColumn<int>("status");

        QTest::newRow("no key") << QByteArray() << QByteArray() << 401;
        QTest::newRow("publishable key") << QByteArray() << QByteArray("pk_test_abc") << 401;
        QTest::newRow("bare prefix") << QByteArray() << QByteArray("sk_test_") << 401;
        QTest::newRow("any test key") << QByteArray() << QByteArray("sk_test_anything") << 200;
        QTest::newRow("any live key") << QByteArray() << QByteArray("sk_live_anything") << 200;
        QTest::newRow("required key matches") << QByteArray("sk_test_right") << QByteArray("sk_test_right") << 200;
        QTest::newRow("required key differs") << QByteArray("sk_test_right") << QByteArray("sk_test_wrong") << 401;
    }

    void authentication()
    {
        QFETCH(QByteArray, requiredKey);
        QFETCH(QByteArray, sentKey);
        QFETCH(int, status);

        m_server->setRequiredKey(requiredKey);
        SandboxTestClient client(*m_server);
        client.setSecretKey(sentKey);
        const auto reply = client.bulk(SandboxTestClient::people(1));
        QCOMPARE(reply.status, status);
        if (status == 401) {
            QCOMPARE(reply.errorCode(), QStringLiteral("authentication_invalid"));
            QVERIFY(!reply.object().value(u"clerk_trace_id").toString().isEmpty());
            QCOMPARE(m_server->bulkCallCount(), 0);
            QCOMPARE(m_server->createdCount(), 0);
        }
    }

    void rateLimit_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("waitSeconds"); // clock advance after the first refusal
        QTest::addColumn<int>("retryAfterThen");

        QTest::newRow("clerk default 50 per hour") << 50 << 3600 << 600 << 3000;
        QTest::newRow("3 per minute") << 3 << 60 << 59 << 1;
        QTest::newRow("1 per 10 seconds") << 1 << 10 << 3 << 7;
    }

    void rateLimit()
    {
        QFETCH(int, calls);
        QFETCH(int, seconds);
        QFETCH(int, waitSeconds);
        QFETCH(int, retryAfterThen);

        if (calls != 50) {
            m_server->setBulkRateLimit(calls, seconds);
        }
        SandboxTestClient client(*m_server);
        for (int i = 0; i < calls; ++i) {
            QCOMPARE(client.bulk(SandboxTestClient::people(1, i + 1)).status, 200);
        }
        auto refused = client.bulk(SandboxTestClient::people(1, 1000));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("too_many_requests"));
        QCOMPARE(refused.header("Retry-After").toInt(), seconds);

        m_now = m_now.addSecs(waitSeconds);
        refused = client.bulk(SandboxTestClient::people(1, 1000));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After").toInt(), retryAfterThen);

        m_now = m_now.addSecs(retryAfterThen);
        QCOMPARE(client.bulk(SandboxTestClient::people(1, 1000)).status, 200);
        QCOMPARE(m_server->createdCount(), calls + 1);
        QCOMPARE(m_server->bulkCallCount(), calls + 3);
    }

    void resetRestoresTheDemo()
    {
        SandboxTestClient client(*m_server);
        QCOMPARE(client.bulk(SandboxTestClient::people(3)).status, 200);
        m_server->reset();
        QCOMPARE(m_server->createdCount(), 0);
        QCOMPARE(m_server->bulkCallCount(), 0);
        QCOMPARE(m_server->pendingInvitations(SandboxServer::DemoOrganizationId).size(), 1);
        QCOMPARE(client.bulk(SandboxTestClient::people(3)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxBulk)
#include "tst_sandboxbulk.moc"
