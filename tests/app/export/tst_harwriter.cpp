#include "HarTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// HAR 1.2 export: the archive's structure and types as the spec requires, and the file written.
class TestHarWriter : public QObject
{
    Q_OBJECT

private slots:
    void logHeader()
    {
        const QJsonObject har = HarWriter::toHar({bulkCall(), unansweredLookup()});
        QCOMPARE(har.keys(), QStringList{QStringLiteral("log")});
        QCOMPARE(at(har, QStringLiteral("log/version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(at(har, QStringLiteral("log/creator/name")).toString(), QStringLiteral("Invitedesk"));
        QCOMPARE(at(har, QStringLiteral("log/creator/version")).toString(), QStringLiteral(INVITEDESK_VERSION));
        QVERIFY(at(har, QStringLiteral("log/entries")).isArray());
        QCOMPARE(at(har, QStringLiteral("log/entries")).toArray().size(), 2);
    }

    void noExchanges()
    {
        const QJsonObject har = HarWriter::toHar({});
        QCOMPARE(at(har, QStringLiteral("log/version")).toString(), QStringLiteral("1.2"));
        QVERIFY(at(har, QStringLiteral("log/entries")).isArray());
        QVERIFY(at(har, QStringLiteral("log/entries")).toArray().isEmpty());
    }

    void requiredFields_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("type");

        const int string = QJsonValue::String;
        const int number = QJsonValue::Double;
        const int object = QJsonValue::Object;
        const int array = QJsonValue::Array;
        QTest::newRow("startedDateTime") << QStringLiteral("startedDateTime") << string;
        QTest::newRow("time") << QStringLiteral("time") << number;
        QTest::newRow("request") << QStringLiteral("request") << object;
        QTest::newRow("request.method") << QStringLiteral("request/method") << string;
        QTest::newRow("request.url") << QStringLiteral("request/url") << string;
        QTest::newRow("request.httpVersion") << QStringLiteral("request/httpVersion") << string;
        QTest::newRow("request.cookies") << QStringLiteral("request/cookies") << array;
        QTest::newRow("request.headers") << QStringLiteral("request/headers") << array;
        QTest::newRow("request.queryString") << QStringLiteral("request/queryString") << array;
        QTest::newRow("request.headersSize") << QStringLiteral("request/headersSize") << number;
        QTest::newRow("request.bodySize") << QStringLiteral("request/bodySize") << number;
        QTest::newRow("response") << QStringLiteral("response") << object;
        QTest::newRow("response.status") << QStringLiteral("response/status") << number;
        QTest::newRow("response.statusText") << QStringLiteral("response/statusText") << string;
        QTest::newRow("response.httpVersion") << QStringLiteral("response/httpVersion") << string;
        QTest::newRow("response.cookies") << QStringLiteral("response/cookies") << array;
        QTest::newRow("response.headers") << QStringLiteral("response/headers") << array;
        QTest::newRow("response.content") << QStringLiteral("response/content") << object;
        QTest::newRow("response.content.size") << QStringLiteral("response/content/size") << number;
        QTest::newRow("response.content.mimeType") << QStringLiteral("response/content/mimeType") << string;
        QTest::newRow("response.content.text") << QStringLiteral("response/content/text") << string;
        QTest::newRow("response.redirectURL") << QStringLiteral("response/redirectURL") << string;
        QTest::newRow("response.headersSize") << QStringLiteral("response/headersSize") << number;
        QTest::newRow("response.bodySize") << QStringLiteral("response/bodySize") << number;
        QTest::newRow("cache") << QStringLiteral("cache") << object;
        QTest::newRow("timings") << QStringLiteral("timings") << object;
        QTest::newRow("timings.send") << QStringLiteral("timings/send") << number;
        QTest::newRow("timings.wait") << QStringLiteral("timings/wait") << number;
        QTest::newRow("timings.receive") << QStringLiteral("timings/receive") << number;
        QTest::newRow("timings.blocked") << QStringLiteral("timings/blocked") << number;
        QTest::newRow("timings.dns") << QStringLiteral("timings/dns") << number;
        QTest::newRow("timings.connect") << QStringLiteral("timings/connect") << number;
        QTest::newRow("timings.ssl") << QStringLiteral("timings/ssl") << number;
    }

    // Every required field is there with its HAR 1.2 type, in an answered and in an unanswered exchange.
    void requiredFields()
    {
        QFETCH(QString, path);
        QFETCH(int, type);
        for (const ApiExchange &exchange : {bulkCall(), unansweredLookup()}) {
            const QJsonValue value = at(onlyEntry(exchange), path);
            QVERIFY2(
                value.type() == type,
                qPrintable(
                    QStringLiteral("%1 of %2 has JSON type %3").arg(path, exchange.url.path()).arg(int(value.type()))));
        }
    }

    void answeredEntry()
    {
        const QJsonObject entry = onlyEntry(bulkCall());
        QCOMPARE(entry.value(u"startedDateTime").toString(), QStringLiteral("2024-05-06T07:08:09.123Z"));
        QCOMPARE(entry.value(u"time").toInteger(), 120);
        QVERIFY(!entry.contains(u"_error"));

        const QJsonObject request = entry.value(u"request").toObject();
        QCOMPARE(request.value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(u"url").toString(),
                 QStringLiteral("https://api.clerk.com/v1/organizations/org_2abc/invitations/bulk"));
        QCOMPARE(request.value(u"httpVersion").toString(), QStringLiteral("HTTP/1.1"));
        QCOMPARE(request.value(u"cookies").toArray(), QJsonArray());
        QCOMPARE(request.value(u"queryString").toArray(), QJsonArray());
        QCOMPARE(request.value(u"headersSize").toInteger(), -1);
        QCOMPARE(request.value(u"bodySize").toInteger(), bulkCall().requestBody.size());
        QCOMPARE(request.value(u"headers").toArray(),
                 nameValuePairs({{QStringLiteral("Authorization"), QStringLiteral("Bearer [REDACTED]")},
                                 {QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                                 {QStringLiteral("User-Agent"), QStringLiteral("Invitedesk/0.1.0")}}));
        QCOMPARE(request.value(u"postData").toObject(),
                 (QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                              {QStringLiteral("text"),
                               QStringLiteral(R"([{"email_address":"zoë@example.org","role":"org:member"}])")}}));

        const QJsonObject response = entry.value(u"response").toObject();
        QCOMPARE(response.value(u"status").toInt(), 200);
        QCOMPARE(response.value(u"statusText").toString(), QStringLiteral("OK"));
        QCOMPARE(response.value(u"httpVersion").toString(), QStringLiteral("HTTP/1.1"));
        QCOMPARE(response.value(u"cookies").toArray(), QJsonArray());
        QCOMPARE(response.value(u"headers").toArray(),
                 nameValuePairs({{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                                 {QStringLiteral("X-Clerk-Trace-Id"), QStringLiteral("trace-123")}}));
        QCOMPARE(response.value(u"redirectURL").toString(), QString());
        QCOMPARE(response.value(u"headersSize").toInteger(), -1);
        QCOMPARE(response.value(u"bodySize").toInteger(), bulkCall().responseBody.size());
        QCOMPARE(response.value(u"content").toObject(),
                 (QJsonObject{{QStringLiteral("size"), qint64(bulkCall().responseBody.size())},
                              {QStringLiteral("mimeType"), QStringLiteral("application/json")},
                              {QStringLiteral("text"), QString::fromUtf8(bulkCall().responseBody)}}));

        QCOMPARE(entry.value(u"cache").toObject(), QJsonObject());
        QCOMPARE(entry.value(u"timings").toObject(), (QJsonObject{{QStringLiteral("blocked"), -1},
                                                                  {QStringLiteral("dns"), -1},
                                                                  {QStringLiteral("connect"), -1},
                                                                  {QStringLiteral("send"), 0},
                                                                  {QStringLiteral("wait"), 80},
                                                                  {QStringLiteral("receive"), 40},
                                                                  {QStringLiteral("ssl"), -1}}));
    }

    void unansweredEntry()
    {
        const QJsonObject entry = onlyEntry(unansweredLookup());
        QCOMPARE(entry.value(u"_error").toString(), QStringLiteral("Connection reset by peer"));
        QVERIFY(!at(entry, QStringLiteral("request/postData")).isObject());
        QCOMPARE(at(entry, QStringLiteral("request/bodySize")).toInteger(), 0);

        const QJsonObject response = entry.value(u"response").toObject();
        QCOMPARE(response.value(u"status").toInt(), 0);
        QCOMPARE(response.value(u"statusText").toString(), QString());
        QCOMPARE(response.value(u"httpVersion").toString(), QString());
        QCOMPARE(response.value(u"headers").toArray(), QJsonArray());
        QCOMPARE(response.value(u"bodySize").toInteger(), -1);
        QCOMPARE(at(response, QStringLiteral("content/size")).toInteger(), 0);
        QCOMPARE(at(response, QStringLiteral("content/text")).toString(), QString());
        QCOMPARE(entry.value(u"time").toInteger(), 3000);
    }

    void writesFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("run.har"));
        const QList<ApiExchange> exchanges{bulkCall(), unansweredLookup()};

        HarWriter writer;
        QVERIFY2(writer.write(path, exchanges), qPrintable(writer.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(secretKey));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object(), HarWriter::toHar(exchanges));
    }

    void unwritablePathNamesIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString blocker = dir.filePath(QStringLiteral("not-a-directory"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + u"/run.har";

        HarWriter writer;
        QVERIFY(!writer.write(path, {bulkCall()}));
        QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(writer.errorString()));
        QVERIFY(!writer.errorString().contains(QString::fromLatin1(secretKey)));
    }
};

QTEST_GUILESS_MAIN(TestHarWriter)
#include "tst_harwriter.moc"
