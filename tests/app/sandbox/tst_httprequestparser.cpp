#include "sandbox/HttpRequestParser.h"

#include <QTest>

// HttpRequestParser turns a byte stream into requests whatever the packet boundaries, and refuses what it cannot
// accept with the status the connection answers.
class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private:
    // Feeds input in pieces of chunkSize bytes (0: all at once) and collects the requests until it fails.
    static QList<HttpRequest> feed(HttpRequestParser &parser, const QByteArray &input, qsizetype chunkSize)
    {
        QList<HttpRequest> requests;
        const qsizetype step = chunkSize > 0 ? chunkSize : qMax<qsizetype>(1, input.size());
        for (qsizetype at = 0; at < input.size(); at += step) {
            parser.append(input.mid(at, step));
            HttpRequestParser::State state;
            while ((state = parser.parse()) == HttpRequestParser::State::Ready) {
                requests.append(parser.takeRequest());
            }
            if (state == HttpRequestParser::State::Failed) {
                break;
            }
        }
        return requests;
    }

private slots:
    void validRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qsizetype>("chunkSize");
        QTest::addColumn<QByteArrayList>("targets");
        QTest::addColumn<QByteArrayList>("bodies");

        const QByteArray get = "GET /v1/organizations?limit=5 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QByteArray post = "POST /v1/organizations/org_1/invitations/bulk HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\nContent-Length: 13\r\n\r\n[{\"a\":\"b\"}]\r\n";
        QTest::newRow("get in one piece")
            << get << qsizetype(0) << QByteArrayList{"/v1/organizations?limit=5"} << QByteArrayList{""};
        QTest::newRow("post with body in one piece")
            << post << qsizetype(0) << QByteArrayList{"/v1/organizations/org_1/invitations/bulk"}
            << QByteArrayList{"[{\"a\":\"b\"}]\r\n"};
        QTest::newRow("post fed byte by byte")
            << post << qsizetype(1) << QByteArrayList{"/v1/organizations/org_1/invitations/bulk"}
            << QByteArrayList{"[{\"a\":\"b\"}]\r\n"};
        QTest::newRow("post fed in 7-byte pieces")
            << post << qsizetype(7) << QByteArrayList{"/v1/organizations/org_1/invitations/bulk"}
            << QByteArrayList{"[{\"a\":\"b\"}]\r\n"};
        QTest::newRow("two pipelined in one piece")
            << post + get << qsizetype(0)
            << QByteArrayList{"/v1/organizations/org_1/invitations/bulk", "/v1/organizations?limit=5"}
            << QByteArrayList{"[{\"a\":\"b\"}]\r\n", ""};
        QTest::newRow("three pipelined byte by byte")
            << get + post + get << qsizetype(1)
            << QByteArrayList{"/v1/organizations?limit=5", "/v1/organizations/org_1/invitations/bulk",
                              "/v1/organizations?limit=5"}
            << QByteArrayList{"", "[{\"a\":\"b\"}]\r\n", ""};
        QTest::newRow("bare line feeds") << QByteArray("GET /x HTTP/1.1\nHost: h\n\n") << qsizetype(0)
                                         << QByteArrayList{"/x"} << QByteArrayList{""};
        QTest::newRow("empty lines before the request line")
            << QByteArray("\r\n\r\nGET /x HTTP/1.1\r\nHost: h\r\n\r\n") << qsizetype(0) << QByteArrayList{"/x"}
            << QByteArrayList{""};
        QTest::newRow("http/1.0 without host")
            << QByteArray("GET /old HTTP/1.0\r\n\r\n") << qsizetype(0) << QByteArrayList{"/old"} << QByteArrayList{""};
        QTest::newRow("repeated equal content-length")
            << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok")
            << qsizetype(0) << QByteArrayList{"/x"} << QByteArrayList{"ok"};
        QTest::newRow("incomplete body waits")
            << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 9\r\n\r\nok") << qsizetype(0)
            << QByteArrayList{} << QByteArrayList{};
        QTest::newRow("incomplete head waits")
            << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\n") << qsizetype(0) << QByteArrayList{} << QByteArrayList{};
    }

    void validRequests()
    {
        QFETCH(QByteArray, input);
        QFETCH(qsizetype, chunkSize);
        QFETCH(QByteArrayList, targets);
        QFETCH(QByteArrayList, bodies);

        HttpRequestParser parser;
        const QList<HttpRequest> requests = feed(parser, input, chunkSize);
        QVERIFY(parser.parse() != HttpRequestParser::State::Failed);
        QCOMPARE(requests.size(), targets.size());
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QCOMPARE(requests.at(i).target, targets.at(i));
            QCOMPARE(requests.at(i).body, bodies.at(i));
        }
    }

    void rejectedRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");

        QTest::newRow("tls client hello") << QByteArray::fromHex("160301020001000001fc03030d0a0d0a") << 400;
        QTest::newRow("binary noise") << QByteArray::fromHex("00ff10ee7f0a0a") << 400;
        QTest::newRow("nul in a header") << QByteArrayLiteral("GET /x HTTP/1.1\r\nHost: h\0x\r\n\r\n") << 400;
        QTest::newRow("request line with two words") << QByteArray("GET /x\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("space in the target") << QByteArray("GET /a b HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("GET /x http/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("http/2.0") << QByteArray("GET /x HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("http/1.1 without host") << QByteArray("GET /x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header without colon") << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\nBroken\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET /x HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
        QTest::newRow("negative content-length")
            << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("conflicting content-length")
            << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
        QTest::newRow("chunked body")
            << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n")
            << 411;
        QTest::newRow("unknown transfer coding")
            << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("body over 8 MiB") << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 8388609\r\n\r\n")
                                         << 413;
        QTest::newRow("header section over 64 KiB without an end")
            << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(70 * 1024, 'a')) << 431;
        QTest::newRow("header section over 64 KiB with an end")
            << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n") << 431;
    }

    void rejectedRequests()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);

        for (const qsizetype chunkSize : {qsizetype(0), qsizetype(1000)}) {
            HttpRequestParser parser;
            const QList<HttpRequest> requests = feed(parser, input, chunkSize);
            QVERIFY(requests.isEmpty());
            QCOMPARE(parser.parse(), HttpRequestParser::State::Failed);
            QCOMPARE(parser.errorStatus(), status);
            QVERIFY(!parser.errorReason().isEmpty());
        }
    }

    void bodyAtTheLimitIsAccepted()
    {
        HttpRequestParser parser(1024, 16);
        parser.append("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 16\r\n\r\n" + QByteArray(16, 'b'));
        QCOMPARE(parser.parse(), HttpRequestParser::State::Ready);
        QCOMPARE(parser.takeRequest().body.size(), 16);
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("connection");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("http/1.1 by default") << QByteArray("HTTP/1.1") << QByteArray() << true;
        QTest::newRow("http/1.1 close") << QByteArray("HTTP/1.1") << QByteArray("close") << false;
        QTest::newRow("http/1.1 close among tokens") << QByteArray("HTTP/1.1") << QByteArray("TE, Close") << false;
        QTest::newRow("http/1.0 by default") << QByteArray("HTTP/1.0") << QByteArray() << false;
        QTest::newRow("http/1.0 keep-alive") << QByteArray("HTTP/1.0") << QByteArray("Keep-Alive") << true;
    }

    void keepAlive()
    {
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, connection);
        QFETCH(bool, keepAlive);
        HttpRequest request;
        request.version = version;
        if (!connection.isEmpty()) {
            request.headers.append({"Connection", connection});
        }
        QCOMPARE(HttpRequestParser::keepAlive(request), keepAlive);
    }

    void requestAccessors()
    {
        HttpRequest request;
        request.target = "/v1/organizations/org%5F1/invitations?status=pending&email_address=a%2Bb%40x.com";
        request.headers = {{"content-TYPE", "application/json"}, {"X-Twice", "1"}, {"x-twice", "2"}};
        QCOMPARE(request.path(), QStringLiteral("/v1/organizations/org_1/invitations"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("status")), QStringLiteral("pending"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("email_address"), QUrl::FullyDecoded),
                 QStringLiteral("a+b@x.com"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Missing"), QByteArray());
        QCOMPARE(request.headerValues("X-TWICE"), (QByteArrayList{"1", "2"}));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
