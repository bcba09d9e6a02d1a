#include "io/HeaderRedaction.h"

#include <QTest>

// The single rule deciding which header values are replaced before anything is exported.
class TestHeaderRedaction : public QObject
{
    Q_OBJECT

private slots:
    void safeValue_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("sensitive");
        QTest::addColumn<QByteArray>("expected");

        const QByteArray key("Bearer sk_test_0123456789abcdef");
        const QByteArray bearer("Bearer [REDACTED]");
        const QByteArray redacted("[REDACTED]");

        QTest::newRow("authorization with a real key") << QByteArray("Authorization") << key << true << bearer;
        QTest::newRow("authorization lower case") << QByteArray("authorization") << key << true << bearer;
        QTest::newRow("authorization upper case") << QByteArray("AUTHORIZATION") << key << true << bearer;
        QTest::newRow("authorization padded name") << QByteArray(" Authorization ") << key << true << bearer;
        QTest::newRow("authorization already redacted") << QByteArray("Authorization") << bearer << true << bearer;
        QTest::newRow("authorization empty") << QByteArray("Authorization") << QByteArray() << true << bearer;
        QTest::newRow("authorization basic")
            << QByteArray("Authorization") << QByteArray("Basic dTpw") << true << bearer;
        QTest::newRow("proxy authorization") << QByteArray("Proxy-Authorization") << key << true << redacted;
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("__session=abc") << true << redacted;
        QTest::newRow("set-cookie") << QByteArray("Set-Cookie") << QByteArray("a=b; HttpOnly") << true << redacted;
        QTest::newRow("x-api-key") << QByteArray("X-Api-Key") << QByteArray("sk_live_x") << true << redacted;
        QTest::newRow("api_key") << QByteArray("api_key") << QByteArray("x") << true << redacted;
        QTest::newRow("apikey") << QByteArray("ApiKey") << QByteArray("x") << true << redacted;
        QTest::newRow("clerk secret key")
            << QByteArray("Clerk-Secret-Key") << QByteArray("sk_test_x") << true << redacted;
        QTest::newRow("csrf token") << QByteArray("X-CSRF-Token") << QByteArray("t") << true << redacted;
        QTest::newRow("content-type kept")
            << QByteArray("Content-Type") << QByteArray("application/json") << false << QByteArray("application/json");
        QTest::newRow("trace id kept") << QByteArray("X-Clerk-Trace-Id") << QByteArray("abc") << false
                                       << QByteArray("abc");
        QTest::newRow("clerk auth status kept")
            << QByteArray("X-Clerk-Auth-Status") << QByteArray("signed-in") << false << QByteArray("signed-in");
        QTest::newRow("retry-after kept") << QByteArray("Retry-After") << QByteArray("30") << false << QByteArray("30");
        QTest::newRow("user-agent kept") << QByteArray("User-Agent") << QByteArray("Invitedesk/0.1") << false
                                         << QByteArray("Invitedesk/0.1");
    }

    void safeValue()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(bool, sensitive);
        QFETCH(QByteArray, expected);

        QCOMPARE(HeaderRedaction::isSensitive(name), sensitive);
        QCOMPARE(HeaderRedaction::safeValue(name, value), expected);
    }
};

QTEST_GUILESS_MAIN(TestHeaderRedaction)
#include "tst_headerredaction.moc"
