#include "sandbox/SandboxBulkValidator.h"
#include "sandbox/SandboxState.h"

#include <QJsonDocument>
#include <QTest>

// What the sandbox accepts as an email address and how it reads a valid bulk body.
class TestSandboxBulkValidator : public QObject
{
    Q_OBJECT

private slots:
    void emailAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ada@example.com") << true;
        QTest::newRow("plus tag") << QStringLiteral("ada+invites@example.com") << true;
        QTest::newRow("dots and subdomain") << QStringLiteral("ada.l.king@mail.example.co.uk") << true;
        QTest::newRow("upper case") << QStringLiteral("ADA@EXAMPLE.COM") << true;
        QTest::newRow("hyphenated domain") << QStringLiteral("x@my-company.example") << true;
        QTest::newRow("no at") << QStringLiteral("ada.example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("ada@lovelace@example.com") << false;
        QTest::newRow("no local part") << QStringLiteral("@example.com") << false;
        QTest::newRow("no top-level domain") << QStringLiteral("ada@example") << false;
        QTest::newRow("leading dot") << QStringLiteral(".ada@example.com") << false;
        QTest::newRow("double dot") << QStringLiteral("ada..l@example.com") << false;
        QTest::newRow("trailing space") << QStringLiteral("ada@example.com ") << false;
        QTest::newRow("inner space") << QStringLiteral("ada l@example.com") << false;
        QTest::newRow("domain starts with hyphen") << QStringLiteral("ada@-example.com") << false;
        QTest::newRow("non-ascii") << QStringLiteral("jörg@example.com") << false;
        QTest::newRow("too long") << QString(250, u'a') + QStringLiteral("@example.com") << false;
    }

    void emailAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(SandboxBulkValidator::isValidEmailAddress(address), valid);
    }

    void readsDraftsInOrder()
    {
        SandboxState state;
        state.seed(0);
        const QByteArray body = R"([{"email_address":"B@Example.com","role":"org:admin","expires_in_days":9},
                                    {"email_address":"a@example.com","role":"org:member","notify":false,
                                     "inviter_user_id":"user_sandbox_admin1","public_metadata":{"k":[1,2]}}])";
        const auto result = SandboxBulkValidator::validate(body, state);
        QVERIFY(result.ok);
        QCOMPARE(result.invitations.size(), 2);
        QCOMPARE(result.invitations.at(0).emailAddress, QStringLiteral("b@example.com"));
        QCOMPARE(result.expiresInDays, (QList<int>{9, SandboxBulkValidator::DefaultExpiresInDays}));
        QCOMPARE(result.invitations.at(0).notify, true);
        QCOMPARE(result.invitations.at(1).notify, false);
        QCOMPARE(result.invitations.at(1).inviterId, QStringLiteral("user_sandbox_admin1"));
        QCOMPARE(QJsonDocument(result.invitations.at(1).publicMetadata).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"k":[1,2]})"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxBulkValidator)
#include "tst_sandboxbulkvalidator.moc"
