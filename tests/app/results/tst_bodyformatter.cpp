#include "results/BodyFormatter.h"

#include <QTest>

// What the exchange view shows of a body: Pretty re-indents JSON without touching its members, Raw keeps the bytes.
class TestBodyFormatter : public QObject
{
    Q_OBJECT

private slots:
    void prettyJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        QTest::newRow("object keeps member order")
            << QByteArray(R"({"z":1,"a":2})") << QStringLiteral("{\n  \"z\": 1,\n  \"a\": 2\n}");
        QTest::newRow("nested array of objects")
            << QByteArray(R"([{"id":"orginv_1"},{"id":"orginv_2"}])")
            << QStringLiteral("[\n  {\n    \"id\": \"orginv_1\"\n  },\n  {\n    \"id\": \"orginv_2\"\n  }\n]");
        QTest::newRow("empty containers stay on one line")
            << QByteArray(R"({"data":[],"meta":{ }})") << QStringLiteral("{\n  \"data\": [],\n  \"meta\": {}\n}");
        QTest::newRow("punctuation inside strings is left alone")
            << QByteArray("{\"m\":\"a, b: {c} [d] \\\"e\\\"\"}")
            << QStringLiteral("{\n  \"m\": \"a, b: {c} [d] \\\"e\\\"\"\n}");
        QTest::newRow("number spelling kept") << QByteArray(R"({"n":1.50,"e":1E3,"t":true,"x":null})")
                                              << QStringLiteral("{\n  \"n\": 1.50,\n  \"e\": 1E3,\n  \"t\": true,\n"
                                                                "  \"x\": null\n}");
        QTest::newRow("already indented input is re-indented")
            << QByteArray("{\r\n\t\"a\" :  [ 1 ,2 ]\r\n}") << QStringLiteral("{\n  \"a\": [\n    1,\n    2\n  ]\n}");
        QTest::newRow("non-ascii text") << QByteArray("{\"name\":\"Zoë \xE2\x9C\x93\"}")
                                        << QStringLiteral("{\n  \"name\": \"Zo\u00EB \u2713\"\n}");
        QTest::newRow("escaped backslash before the closing quote")
            << QByteArray("[\"a\\\\\",1]") << QStringLiteral("[\n  \"a\\\\\",\n  1\n]");
    }

    void prettyJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QVERIFY(BodyFormatter::isJson(body));
        QCOMPARE(BodyFormatter::prettyJson(body), std::optional<QString>(expected));
        QCOMPARE(BodyFormatter::prettyText(body), expected);
    }

    void notJsonStaysText_data()
    {
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("html 502 page") << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                                     "<body>nginx</body>\r\n</html>\r\n");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("truncated json") << QByteArray(R"({"data":[{"id":"orginv_1")");
        QTest::newRow("plain text") << QByteArray("upstream connect error");
    }

    void notJsonStaysText()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!BodyFormatter::isJson(body));
        QVERIFY(!BodyFormatter::prettyJson(body).has_value());
        QCOMPARE(BodyFormatter::prettyText(body), QString::fromUtf8(body));
        QCOMPARE(BodyFormatter::rawText(body), QString::fromUtf8(body));
    }

    void rawTextKeepsEveryByte_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        QTest::newRow("utf-8") << QByteArray("caf\xC3\xA9") << QStringLiteral("caf\u00E9");
        QTest::newRow("latin-1 page from a proxy") << QByteArray("caf\xE9 \xFF") << QStringLiteral("caf\u00E9 \u00FF");
        QTest::newRow("compact json stays compact") << QByteArray(R"({"a":1})") << QStringLiteral(R"({"a":1})");
    }

    void rawTextKeepsEveryByte()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(BodyFormatter::rawText(body), expected);
    }
};

QTEST_GUILESS_MAIN(TestBodyFormatter)
#include "tst_bodyformatter.moc"
