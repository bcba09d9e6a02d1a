#include "clerk/ClerkConfig.h"

#include <QTest>

namespace {

const QString secret = QStringLiteral("sk_test_TopSecretValue0123456789");

QString captured;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured += message + u'\n';
}

} // namespace

// ClerkConfig decides where the key may be sent and never lets the key itself out.
class TestClerkConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const ClerkConfig config;
        QCOMPARE(config.apiBaseUrl(), QUrl(QStringLiteral("https://api.clerk.com/v1")));
        QCOMPARE(config.transferTimeoutMs(), 30000);
        QCOMPARE(ClerkConfig::apiVersion(), QStringLiteral("2026-05-12"));
        QVERIFY(!config.hasSecretKey());
        QVERIFY(config.validate().contains(QStringLiteral("CLERK_SECRET_KEY")));
    }

    void validateBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");

        QTest::newRow("https clerk") << QStringLiteral("https://api.clerk.com/v1") << true;
        QTest::newRow("https any host") << QStringLiteral("https://clerk.example.org:8443/v1") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:4010/v1") << true;
        QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7/v1") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/v1") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1") << true;
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST/v1") << true;
        QTest::newRow("http public host") << QStringLiteral("http://api.clerk.com/v1") << false;
        QTest::newRow("http private lan") << QStringLiteral("http://192.168.1.10/v1") << false;
        QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1/v1") << false;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.example/v1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.clerk.com/v1") << false;
        QTest::newRow("no scheme") << QStringLiteral("api.clerk.com/v1") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("user info") << QStringLiteral("https://me:pw@api.clerk.com/v1") << false;
    }

    void validateBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = ClerkConfig::validateBaseUrl(QUrl(url));
        QCOMPARE(problem.isEmpty(), allowed);
        QVERIFY(!problem.contains(u'\n'));
        QVERIFY(!problem.contains(QStringLiteral("pw")));
    }

    void environment_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("environment");

        QTest::newRow("test key") << QStringLiteral("sk_test_abc") << int(ClerkConfig::Environment::Test);
        QTest::newRow("live key") << QStringLiteral("sk_live_abc") << int(ClerkConfig::Environment::Live);
        QTest::newRow("publishable key") << QStringLiteral("pk_test_abc") << int(ClerkConfig::Environment::Unknown);
        QTest::newRow("no key") << QString() << int(ClerkConfig::Environment::Unknown);
    }

    void environment()
    {
        QFETCH(QString, key);
        QFETCH(int, environment);
        ClerkConfig config;
        config.setSecretKey(key);
        QCOMPARE(int(config.environment()), environment);
    }

    void fromEnvironment()
    {
        qputenv("CLERK_SECRET_KEY", secret.toUtf8() + "\n");
        qputenv("CLERK_API_URL", "http://127.0.0.1:4010/v1");
        ClerkConfig config = ClerkConfig::fromEnvironment();
        QCOMPARE(config.secretKey(), secret);
        QCOMPARE(config.apiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:4010/v1")));
        QCOMPARE(config.validate(), QString());

        qputenv("CLERK_API_URL", "");
        config = ClerkConfig::fromEnvironment();
        QCOMPARE(config.apiBaseUrl(), ClerkConfig::defaultApiBaseUrl());
        qunsetenv("CLERK_API_URL");
        qunsetenv("CLERK_SECRET_KEY");
        QVERIFY(!ClerkConfig::fromEnvironment().hasSecretKey());
    }

    void validateKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");

        QTest::newRow("test key") << QStringLiteral("sk_test_abc123") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("inner space") << QStringLiteral("sk_test_abc 123") << false;
        QTest::newRow("header injection") << QStringLiteral("sk_test_abc\r\nX-Evil: 1") << false;
        QTest::newRow("non-ascii") << QStringLiteral("sk_test_äbc") << false;
    }

    void validateKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        ClerkConfig config;
        config.setSecretKey(key);
        const QString problem = config.validate();
        QCOMPARE(problem.isEmpty(), valid);
        if (!key.isEmpty()) {
            QVERIFY(!problem.contains(key));
        }
    }

    void keyNeverPrinted()
    {
        ClerkConfig config;
        config.setSecretKey(secret);
        QVERIFY(config.toString().contains(QStringLiteral("secret key set")));
        QVERIFY(config.toString().contains(QStringLiteral("development instance")));
        QVERIFY(!config.toString().contains(secret));
        QVERIFY(!config.toString().contains(QStringLiteral("TopSecret")));

        captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        qDebug() << config;
        qInstallMessageHandler(previous);
        QVERIFY(captured.contains(QStringLiteral("ClerkConfig(")));
        QVERIFY(!captured.contains(QStringLiteral("TopSecret")));
    }
};

QTEST_GUILESS_MAIN(TestClerkConfig)
#include "tst_clerkconfig.moc"
