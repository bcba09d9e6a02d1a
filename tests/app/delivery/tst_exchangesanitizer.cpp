#include "delivery/ExchangeSanitizer.h"

#include <QTest>

namespace {

// Built at run time so no key-shaped literal sits in the sources.
QByteArray fakeKey(const char *mode)
{
    return QByteArray("sk_") + mode + "_" + QByteArray("Zx9") + QByteArray::number(4242) + "QwErTy";
}

} // namespace

// The journal never stores a secret key: Authorization values become the redacted form and anything shaped like a
// Clerk secret key is masked wherever it appears.
class TestExchangeSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void maskSecretKeys_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("nothing to mask") << QByteArray("hello sk_ world") << QByteArray("hello sk_ world");
        QTest::newRow("a live key") << QByteArray("key=" + fakeKey("live") + "&x=1")
                                    << QByteArray("key=sk_live_[REDACTED]&x=1");
        QTest::newRow("a test key in json") << QByteArray("{\"secret\":\"" + fakeKey("test") + "\"}")
                                            << QByteArray(R"({"secret":"sk_test_[REDACTED]"})");
        QTest::newRow("two keys") << QByteArray(fakeKey("live") + " " + fakeKey("test"))
                                  << QByteArray("sk_live_[REDACTED] sk_test_[REDACTED]");
        QTest::newRow("already masked stays as is")
            << QByteArray("sk_live_[REDACTED]") << QByteArray("sk_live_[REDACTED]");
        QTest::newRow("prefix alone") << QByteArray("sk_live_") << QByteArray("sk_live_");
        QTest::newRow("publishable keys are not secret") << QByteArray("pk_live_abc") << QByteArray("pk_live_abc");
    }

    void maskSecretKeys()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(ExchangeSanitizer::maskSecretKeys(text), expected);
    }

    void redactsAuthorization_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("bearer with the raw key")
            << QByteArray("Authorization") << QByteArray("Bearer " + fakeKey("live"));
        QTest::newRow("lower-case header name") << QByteArray("authorization") << QByteArray("Bearer opaque-token");
        QTest::newRow("basic credentials") << QByteArray("Authorization") << QByteArray("Basic dXNlcjpwYXNz");
        QTest::newRow("proxy credentials") << QByteArray("Proxy-Authorization") << QByteArray("Bearer abc");
        QTest::newRow("already redacted") << QByteArray("Authorization") << ExchangeSanitizer::redactedAuthorization();
    }

    void redactsAuthorization()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        ApiExchange exchange;
        exchange.requestHeaders = {{name, value}, {"Content-Type", "application/json"}};
        const ApiExchange clean = ExchangeSanitizer::sanitized(exchange);
        QCOMPARE(clean.requestHeader(name), ExchangeSanitizer::redactedAuthorization());
        QCOMPARE(clean.requestHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(ExchangeSanitizer::isClean(exchange), value == ExchangeSanitizer::redactedAuthorization());
    }

    void masksEveryField()
    {
        const QByteArray key = fakeKey("live");
        ApiExchange exchange;
        exchange.method = "POST";
        exchange.url = QUrl(QStringLiteral("https://user:%1@api.clerk.test/v1/x?key=%1").arg(QString::fromLatin1(key)));
        exchange.requestHeaders = {{"X-Debug", key}};
        exchange.requestBody = "body " + key;
        exchange.status = 500;
        exchange.statusText = "status " + key;
        exchange.responseHeaders = {{"X-Echo", key}};
        exchange.responseBody = "echo " + key;
        exchange.networkError = QStringLiteral("error %1").arg(QString::fromLatin1(key));
        const ApiExchange clean = ExchangeSanitizer::sanitized(exchange);
        QVERIFY(!ExchangeSanitizer::isClean(exchange));
        QVERIFY(ExchangeSanitizer::isClean(clean));
        QVERIFY(!clean.url.toEncoded().contains(key));
        QVERIFY(clean.url.userInfo().isEmpty());
        QCOMPARE(clean.url.host(), QStringLiteral("api.clerk.test"));
        QCOMPARE(clean.requestHeader("X-Debug"), QByteArray("sk_live_[REDACTED]"));
        QCOMPARE(clean.requestBody, QByteArray("body sk_live_[REDACTED]"));
        QCOMPARE(clean.statusText, QByteArray("status sk_live_[REDACTED]"));
        QCOMPARE(clean.responseHeader("X-Echo"), QByteArray("sk_live_[REDACTED]"));
        QCOMPARE(clean.responseBody, QByteArray("echo sk_live_[REDACTED]"));
        QCOMPARE(clean.networkError, QStringLiteral("error sk_live_[REDACTED]"));
    }

    void cleanExchangeIsUntouched()
    {
        ApiExchange exchange;
        exchange.method = "POST";
        exchange.url = QUrl(QStringLiteral("https://api.clerk.com/v1/organizations/org_1/invitations/bulk"));
        exchange.requestHeaders = {{"Authorization", ExchangeSanitizer::redactedAuthorization()}};
        exchange.requestBody = QByteArray("[{\"email_address\":\"a@b.c\"}]\xff") + QByteArray(1, '\0');
        exchange.status = 200;
        QVERIFY(ExchangeSanitizer::isClean(exchange));
        QCOMPARE(ExchangeSanitizer::sanitized(exchange), exchange);
    }
};

QTEST_GUILESS_MAIN(TestExchangeSanitizer)
#include "tst_exchangesanitizer.moc"
