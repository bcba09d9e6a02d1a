#include "clerk/ClerkInvitation.h"
#include "clerk/ClerkListing.h"
#include "clerk/ClerkMembership.h"
#include "clerk/ClerkOrganization.h"
#include "clerk/ClerkRole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

// The listing value types read what the 2026-05-12 description says Clerk returns, and tolerate what is missing.
class TestClerkValues : public QObject
{
    Q_OBJECT

private slots:
    void organization()
    {
        const auto organization = ClerkOrganization::fromJson(
            parse("{\"object\":\"organization\",\"id\":\"org_1\",\"name\":\"Acme\",\"slug\":\"acme\","
                  "\"members_count\":42,\"has_image\":false}"));
        QCOMPARE(organization.id, QStringLiteral("org_1"));
        QCOMPARE(organization.name, QStringLiteral("Acme"));
        QCOMPARE(organization.slug, QStringLiteral("acme"));
        QCOMPARE(organization.membersCount, 42);
        QCOMPARE(ClerkOrganization::fromJson(parse("{\"id\":\"org_2\"}")).membersCount, -1);
    }

    void role()
    {
        const auto role = ClerkRole::fromJson(parse("{\"object\":\"role\",\"id\":\"role_1\",\"key\":\"org:admin\","
                                                    "\"name\":\"Admin\",\"description\":null,\"permissions\":[]}"));
        QCOMPARE(role.id, QStringLiteral("role_1"));
        QCOMPARE(role.key, QStringLiteral("org:admin"));
        QCOMPARE(role.name, QStringLiteral("Admin"));
        QCOMPARE(role.description, QString());
    }

    void membership()
    {
        const auto membership = ClerkMembership::fromJson(
            parse("{\"object\":\"organization_membership\",\"id\":\"orgmem_1\",\"role\":\"org:member\","
                  "\"public_user_data\":{\"user_id\":\"user_1\",\"identifier\":\"ann@example.org\"}}"));
        QCOMPARE(membership.id, QStringLiteral("orgmem_1"));
        QCOMPARE(membership.userId, QStringLiteral("user_1"));
        QCOMPARE(membership.email, QStringLiteral("ann@example.org"));
        QCOMPARE(membership.role, QStringLiteral("org:member"));
    }

    void invitation()
    {
        const auto invitation = ClerkInvitation::fromJson(
            parse("{\"object\":\"organization_invitation\",\"id\":\"orginv_1\",\"email_address\":\"bob@example.org\","
                  "\"role\":\"org:member\",\"status\":\"pending\",\"organization_id\":\"org_1\",\"inviter_id\":null,"
                  "\"public_metadata\":{\"team\":\"blue\"},\"private_metadata\":{\"n\":1},\"url\":null,"
                  "\"expires_at\":null,\"created_at\":1767225600000,\"updated_at\":1767225600000}"));
        QCOMPARE(invitation.id, QStringLiteral("orginv_1"));
        QCOMPARE(invitation.email, QStringLiteral("bob@example.org"));
        QCOMPARE(invitation.role, QStringLiteral("org:member"));
        QCOMPARE(invitation.status, QStringLiteral("pending"));
        QCOMPARE(invitation.organizationId, QStringLiteral("org_1"));
        QCOMPARE(invitation.inviterId, QString());
        QCOMPARE(invitation.createdAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!invitation.expiresAt.isValid());
        QCOMPARE(invitation.publicMetadata.value(u"team").toString(), QStringLiteral("blue"));
        QCOMPARE(invitation.privateMetadata.value(u"n").toInt(), 1);
    }

    void invitationListFromBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count"); // -1: not a listing

        QTest::newRow("two invitations") << QByteArray("{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total_count\":2}")
                                         << 2;
        QTest::newRow("empty data") << QByteArray("{\"data\":[],\"total_count\":0}") << 0;
        QTest::newRow("no data") << QByteArray("{\"total_count\":0}") << -1;
        QTest::newRow("bare array") << QByteArray("[{\"id\":\"a\"}]") << -1;
        QTest::newRow("html") << QByteArray("<html></html>") << -1;
    }

    void invitationListFromBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        const auto invitations = ClerkInvitation::listFromBody(body);
        QCOMPARE(invitations.has_value(), count >= 0);
        if (invitations) {
            QCOMPARE(invitations->size(), count);
        }
    }

    void typedListing()
    {
        ClerkListing<QJsonObject> raw;
        raw.items = {parse("{\"id\":\"role_1\",\"key\":\"org:admin\"}"),
                     parse("{\"id\":\"role_2\",\"key\":\"org:member\"}")};
        raw.totalCount = 2;
        raw.exchanges.append(ApiExchange{});
        const auto roles = ClerkListing<ClerkRole>::fromJsonListing(raw);
        QVERIFY(roles.ok());
        QCOMPARE(roles.items.size(), 2);
        QCOMPARE(roles.items.at(1).key, QStringLiteral("org:member"));
        QCOMPARE(roles.totalCount, 2);
        QCOMPARE(roles.exchanges.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClerkValues)
#include "tst_clerkvalues.moc"
