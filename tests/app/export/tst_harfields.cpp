#include "HarTestSupport.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

// How one exchange's details become HAR fields: redaction whatever the exchange holds, query string, timings,
// start time, bodies that are not text, redirects, errors.
class TestHarFields : public QObject
{
    Q_OBJECT

private slots:
    void redaction_data()
    {
        QTest::addColumn<bool>("inResponse");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("authorization holding the real key")
            << false << QByteArray("Authorization") << QByteArray("Bearer " + secretKey)
            << QStringLiteral("Bearer [REDACTED]");
        QTest::newRow("authorization in lower case")
            << false << QByteArray("authorization") << QByteArray("Bearer " + secretKey)
            << QStringLiteral("Bearer [REDACTED]");
        QTest::newRow("authorization without scheme")
            << false << QByteArray("Authorization") << secretKey << QStringLiteral("Bearer [REDACTED]");
        QTest::newRow("api key header") << false << QByteArray("X-Api-Key") << secretKey
                                        << QStringLiteral("[REDACTED]");
        QTest::newRow("secret header") << false << QByteArray("Clerk-Secret") << secretKey
                                       << QStringLiteral("[REDACTED]");
        QTest::newRow("cookie") << false << QByteArray("Cookie") << QByteArray("__session=" + secretKey)
                                << QStringLiteral("[REDACTED]");
        QTest::newRow("set-cookie in the response")
            << true << QByteArray("Set-Cookie") << QByteArray("__client=" + secretKey) << QStringLiteral("[REDACTED]");
        QTest::newRow("token in the response")
            << true << QByteArray("X-Refresh-Token") << secretKey << QStringLiteral("[REDACTED]");
    }

    void redaction()
    {
        QFETCH(bool, inResponse);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);

        ApiExchange exchange = bulkCall();
        exchange.requestHeaders = {};
        (inResponse ? exchange.responseHeaders : exchange.requestHeaders) = {{name, value}};

        const QJsonObject entry = onlyEntry(exchange);
        const QString headersPath = inResponse ? QStringLiteral("response/headers") : QStringLiteral("request/headers");
        QCOMPARE(at(entry, headersPath).toArray(), nameValuePairs({{QString::fromLatin1(name), expected}}));
        QVERIFY(!QJsonDocument(HarWriter::toHar({exchange})).toJson().contains(secretKey));
    }

    void queryString_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QJsonArray>("expected");

        const QString base = QStringLiteral("https://api.clerk.com/v1/organizations/org_1/invitations");
        QTest::newRow("no query") << base << QJsonArray();
        QTest::newRow("two parameters") << base + u"?status=pending&limit=10"
                                        << nameValuePairs({{QStringLiteral("status"), QStringLiteral("pending")},
                                                           {QStringLiteral("limit"), QStringLiteral("10")}});
        QTest::newRow("percent-encoded values are decoded")
            << base + u"?email_address=a%2Bb%40example.org"
            << nameValuePairs({{QStringLiteral("email_address"), QStringLiteral("a+b@example.org")}});
        QTest::newRow("repeated name keeps order")
            << base + u"?email_address=a%40x.org&status=pending&email_address=b%40x.org"
            << nameValuePairs({{QStringLiteral("email_address"), QStringLiteral("a@x.org")},
                               {QStringLiteral("status"), QStringLiteral("pending")},
                               {QStringLiteral("email_address"), QStringLiteral("b@x.org")}});
        QTest::newRow("empty value") << base + u"?offset=" << nameValuePairs({{QStringLiteral("offset"), QString()}});
        QTest::newRow("unicode value") << base + u"?email_address=zo%C3%AB%40x.org"
                                       << nameValuePairs(
                                              {{QStringLiteral("email_address"), QStringLiteral("zoë@x.org")}});
    }

    void queryString()
    {
        QFETCH(QString, url);
        QFETCH(QJsonArray, expected);

        ApiExchange exchange = unansweredLookup();
        exchange.url = QUrl(url);
        QCOMPARE(at(onlyEntry(exchange), QStringLiteral("request/queryString")).toArray(), expected);
        QCOMPARE(at(onlyEntry(exchange), QStringLiteral("request/url")).toString(), url);
    }

    void timings_data()
    {
        QTest::addColumn<qint64>("totalMs");
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("wait");
        QTest::addColumn<qint64>("receive");

        QTest::newRow("wait then receive") << qint64(120) << qint64(80) << qint64(120) << qint64(80) << qint64(40);
        QTest::newRow("no first byte (error)")
            << qint64(3000) << qint64(0) << qint64(3000) << qint64(0) << qint64(3000);
        QTest::newRow("wait longer than total: receive not negative")
            << qint64(50) << qint64(80) << qint64(50) << qint64(50) << qint64(0);
        QTest::newRow("negative total clamps to zero")
            << qint64(-5) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("instant") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    }

    void timings()
    {
        QFETCH(qint64, totalMs);
        QFETCH(qint64, waitMs);
        QFETCH(qint64, time);
        QFETCH(qint64, wait);
        QFETCH(qint64, receive);

        ApiExchange exchange = bulkCall();
        exchange.totalMs = totalMs;
        exchange.waitMs = waitMs;
        const QJsonObject entry = onlyEntry(exchange);
        const QJsonObject timings = entry.value(u"timings").toObject();
        QCOMPARE(entry.value(u"time").toInteger(), time);
        QCOMPARE(timings.value(u"send").toInteger(), 0);
        QCOMPARE(timings.value(u"wait").toInteger(), wait);
        QCOMPARE(timings.value(u"receive").toInteger(), receive);
        // HAR: time is the sum of the timings that are not -1.
        QCOMPARE(timings.value(u"send").toInteger() + timings.value(u"wait").toInteger() +
                     timings.value(u"receive").toInteger(),
                 time);
    }

    void startedDateTime_data()
    {
        QTest::addColumn<QDateTime>("startedAt");
        QTest::addColumn<QString>("expected");

        QTest::newRow("utc with milliseconds")
            << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC) << QStringLiteral("2024-01-02T03:04:05.006Z");
        QTest::newRow("offset converted to utc")
            << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 600), Qt::OffsetFromUTC, 2 * 3600)
            << QStringLiteral("2024-01-02T01:04:05.600Z");
        QTest::newRow("whole second keeps .000")
            << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC) << QStringLiteral("2024-12-31T23:59:59.000Z");
        QTest::newRow("unknown time is the epoch") << QDateTime() << QStringLiteral("1970-01-01T00:00:00.000Z");
    }

    void startedDateTime()
    {
        QFETCH(QDateTime, startedAt);
        QFETCH(QString, expected);

        ApiExchange exchange = bulkCall();
        exchange.startedAt = startedAt;
        const QString text = onlyEntry(exchange).value(u"startedDateTime").toString();
        QCOMPARE(text, expected);
        QVERIFY(
            QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)")).match(text).hasMatch());
    }

    void binaryResponseIsBase64()
    {
        ApiExchange exchange = bulkCall();
        exchange.status = 502;
        exchange.statusText = "Bad Gateway";
        exchange.responseHeaders = {{"Content-Type", "text/html; charset=iso-8859-1"}};
        exchange.responseBody = QByteArray("<p>Caf\xE9</p>");
        const QJsonObject content = at(onlyEntry(exchange), QStringLiteral("response/content")).toObject();
        QCOMPARE(content.value(u"encoding").toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(content.value(u"text").toString().toLatin1()), exchange.responseBody);
        QCOMPARE(content.value(u"size").toInteger(), exchange.responseBody.size());
        QCOMPARE(content.value(u"mimeType").toString(), QStringLiteral("text/html; charset=iso-8859-1"));
    }

    void errorOfAnUnansweredExchange_data()
    {
        QTest::addColumn<QString>("networkError");
        QTest::addColumn<bool>("explained");

        QTest::newRow("network error is kept") << QStringLiteral("Operation timed out") << false;
        QTest::newRow("no error text still says there was no response") << QString() << true;
    }

    void errorOfAnUnansweredExchange()
    {
        QFETCH(QString, networkError);
        QFETCH(bool, explained);

        ApiExchange exchange = unansweredLookup();
        exchange.networkError = networkError;
        const QJsonValue error = onlyEntry(exchange).value(u"_error");
        QVERIFY(error.isString());
        if (explained) {
            QVERIFY(!error.toString().isEmpty());
        } else {
            QCOMPARE(error.toString(), networkError);
        }
    }

    void redirectUrlFromLocation()
    {
        ApiExchange exchange = bulkCall();
        exchange.status = 307;
        exchange.responseHeaders = {{"Location", "https://api.clerk.com/v1/elsewhere"}};
        QCOMPARE(at(onlyEntry(exchange), QStringLiteral("response/redirectURL")).toString(),
                 QStringLiteral("https://api.clerk.com/v1/elsewhere"));
    }
};

QTEST_GUILESS_MAIN(TestHarFields)
#include "tst_harfields.moc"
