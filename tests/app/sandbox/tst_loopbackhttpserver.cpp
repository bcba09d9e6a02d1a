#include "sandbox/LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Splits complete HTTP responses off the front of buffer.
QList<RawResponse> takeResponses(QByteArray &buffer)
{
    QList<RawResponse> responses;
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return responses;
        }
        RawResponse response;
        response.head = buffer.left(headEnd);
        response.status = response.head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : response.head.split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < headEnd + 4 + length) {
            return responses;
        }
        response.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        responses.append(response);
    }
}

// A client that writes raw bytes and reads raw responses, to reach what QNetworkAccessManager never sends.
class RawClient
{
public:
    explicit RawClient(const LoopbackHttpServer &server)
    {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
        m_connected = m_socket.waitForConnected(5000);
    }
    bool isConnected() const { return m_connected; }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Waits until count responses arrived (or the server closed) and returns them.
    QList<RawResponse> read(qsizetype count)
    {
        QSignalSpy ready(&m_socket, &QTcpSocket::readyRead);
        while (m_received.size() < count) {
            m_buffer += m_socket.readAll();
            m_received += takeResponses(m_buffer);
            if (m_received.size() >= count || m_socket.state() != QAbstractSocket::ConnectedState ||
                !ready.wait(5000)) {
                break;
            }
        }
        m_buffer += m_socket.readAll();
        m_received += takeResponses(m_buffer);
        return m_received;
    }
    // Whether the server closed the connection (waiting for it if it has not yet).
    bool closedByServer()
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState) {
            return true;
        }
        QSignalSpy closed(&m_socket, &QTcpSocket::disconnected);
        return closed.wait(5000);
    }
    bool stillOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QTcpSocket m_socket;
    bool m_connected = false;
    QByteArray m_buffer;
    QList<RawResponse> m_received;
};

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

// LoopbackHttpServer speaks enough HTTP/1.1 for QNetworkAccessManager and for hand-written byte streams, and acts
// out the faults a handler asks for.
class TestLoopbackHttpServer : public QObject
{
    Q_OBJECT

private:
    LoopbackHttpServer *m_server = nullptr;
    QList<HttpRequest> m_seen;
    HttpResponse m_next;

    QNetworkReply *waitFor(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(10000);
        }
        return reply;
    }

private slots:
    void init()
    {
        m_server = new LoopbackHttpServer(this);
        m_seen.clear();
        m_next = HttpResponse::text(200, "text/plain", "echo");
        m_server->setHandler([this](const HttpRequest &request) {
            m_seen.append(request);
            HttpResponse response = m_next;
            if (response.body == "echo") {
                response.body = request.method + ' ' + request.target + ' ' + request.body;
            }
            return response;
        });
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void listensOnLoopbackOnly()
    {
        QVERIFY(m_server->isListening());
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())));

        LoopbackHttpServer second;
        QVERIFY(!second.listen(m_server->port()));
        QVERIFY(!second.errorString().isEmpty());
    }

    void roundTripWithNetworkAccessManager_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("get with a query")
            << QByteArray("GET") << QStringLiteral("/v1/organizations?limit=5&offset=10") << QByteArray();
        QTest::newRow("post json") << QByteArray("POST") << QStringLiteral("/v1/organizations/org_1/invitations/bulk")
                                   << QByteArray(R"([{"email_address":"a@example.com","role":"org:member"}])");
        QTest::newRow("post 1 MiB") << QByteArray("POST") << QStringLiteral("/upload") << QByteArray(1 << 20, 'x');
        QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/v1/things/1") << QByteArray();
        QTest::newRow("patch with body") << QByteArray("PATCH") << QStringLiteral("/v1/things/1")
                                         << QByteArray(R"({"name":"x"})");
    }

    void roundTripWithNetworkAccessManager()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);

        m_next = HttpResponse::json(201, QJsonObject{{QStringLiteral("ok"), true}});
        m_next.setHeader("X-Custom", "yes");
        QNetworkAccessManager manager;
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer sk_test_abc");
        QNetworkReply *reply = waitFor(manager.sendCustomRequest(request, verb, body));

        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(reply->rawHeader("X-Custom"), QByteArray("yes"));
        QCOMPARE(reply->readAll(), QByteArray(R"({"ok":true})"));
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().method, verb);
        QCOMPARE(m_seen.first().target, path.toUtf8());
        QCOMPARE(m_seen.first().body, body);
        QCOMPARE(m_seen.first().header("authorization"), QByteArray("Bearer sk_test_abc"));
        reply->deleteLater();
    }

    void rawStreams_data()
    {
        QTest::addColumn<QByteArrayList>("writes");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QByteArrayList>("bodies");
        QTest::addColumn<bool>("serverCloses");

        const QByteArray one = post("/one", "{\"n\":1}");
        const QByteArray two = get("/two");
        QTest::newRow("request split across writes")
            << QByteArrayList{one.left(5), one.mid(5, 30), one.mid(35)} << QList<int>{200}
            << QByteArrayList{"POST /one {\"n\":1}"} << false;
        QTest::newRow("head and body in separate writes")
            << QByteArrayList{one.left(one.indexOf("\r\n\r\n") + 4), one.mid(one.indexOf("\r\n\r\n") + 4)}
            << QList<int>{200} << QByteArrayList{"POST /one {\"n\":1}"} << false;
        QTest::newRow("two requests in one write") << QByteArrayList{one + two} << QList<int>{200, 200}
                                                   << QByteArrayList{"POST /one {\"n\":1}", "GET /two "} << false;
        QTest::newRow("second request split over the first's write")
            << QByteArrayList{one + two.left(10), two.mid(10)} << QList<int>{200, 200}
            << QByteArrayList{"POST /one {\"n\":1}", "GET /two "} << false;
        QTest::newRow("connection close is honoured") << QByteArrayList{get("/bye", "Connection: close\r\n")}
                                                      << QList<int>{200} << QByteArrayList{"GET /bye "} << true;
        QTest::newRow("http/1.0 closes by default")
            << QByteArrayList{"GET /old HTTP/1.0\r\n\r\n"} << QList<int>{200} << QByteArrayList{"GET /old "} << true;
        QTest::newRow("garbage") << QByteArrayList{"\x01\x02garbage\r\n\r\n"} << QList<int>{400} << QByteArrayList{}
                                 << true;
        QTest::newRow("valid then garbage") << QByteArrayList{two + "NOT HTTP AT ALL\r\n\r\n"} << QList<int>{200, 400}
                                            << QByteArrayList{"GET /two "} << true;
        QTest::newRow("oversized headers")
            << QByteArrayList{"GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(65 * 1024, 'a') +
                              "\r\n\r\n"}
            << QList<int>{431} << QByteArrayList{} << true;
        QTest::newRow("oversized body announced")
            << QByteArrayList{"POST /big HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 9000000\r\n\r\n"}
            << QList<int>{413} << QByteArrayList{} << true;
        QTest::newRow("chunked body") << QByteArrayList{"POST /c HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                        "Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n"}
                                      << QList<int>{411} << QByteArrayList{} << true;
        QTest::newRow("http/2 preface") << QByteArrayList{"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"} << QList<int>{505}
                                        << QByteArrayList{} << true;
    }

    void rawStreams()
    {
        QFETCH(QByteArrayList, writes);
        QFETCH(QList<int>, statuses);
        QFETCH(QByteArrayList, bodies);
        QFETCH(bool, serverCloses);

        RawClient client(*m_server);
        QVERIFY(client.isConnected());
        for (const QByteArray &bytes : std::as_const(writes)) {
            client.write(bytes);
        }
        const QList<RawResponse> responses = client.read(statuses.size());
        QCOMPARE(responses.size(), statuses.size());
        for (qsizetype i = 0; i < responses.size(); ++i) {
            QCOMPARE(responses.at(i).status, statuses.at(i));
            if (i < bodies.size()) {
                QCOMPARE(responses.at(i).body, bodies.at(i));
            }
        }
        if (serverCloses) {
            QVERIFY(responses.last().head.contains("Connection: close"));
            QVERIFY(client.closedByServer());
        } else {
            QVERIFY(client.stillOpen());
        }
    }

    void rejectedRequestIsSignalled()
    {
        QSignalSpy rejected(m_server, &LoopbackHttpServer::requestRejected);
        RawClient client(*m_server);
        client.write("BROKEN\r\n\r\n");
        QCOMPARE(client.read(1).value(0).status, 400);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().toInt(), 400);
        QVERIFY(m_seen.isEmpty());
    }

    void keepAliveServesManyRequestsOnOneConnection()
    {
        QSignalSpy handled(m_server, &LoopbackHttpServer::requestHandled);
        RawClient client(*m_server);
        for (int i = 0; i < 5; ++i) {
            client.write(get("/n/" + QByteArray::number(i)));
            QCOMPARE(client.read(i + 1).size(), i + 1);
        }
        QVERIFY(client.stillOpen());
        QCOMPARE(m_server->openConnectionCount(), 1);
        QCOMPARE(handled.size(), 5);
        QCOMPARE(handled.last().first().value<HttpRequest>().target, QByteArray("/n/4"));
    }

    void pipelinedAnswersKeepTheirOrderBehindASlowOne()
    {
        int calls = 0;
        m_server->setHandler([&calls](const HttpRequest &request) {
            HttpResponse response = HttpResponse::text(200, "text/plain", request.target);
            response.delayMs = calls++ == 0 ? 150 : 0;
            return response;
        });
        RawClient client(*m_server);
        client.write(get("/slow") + get("/fast") + get("/faster"));
        const QList<RawResponse> responses = client.read(3);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.at(0).body, QByteArray("/slow"));
        QCOMPARE(responses.at(1).body, QByteArray("/fast"));
        QCOMPARE(responses.at(2).body, QByteArray("/faster"));
    }

    void delayedReplyArrivesAfterTheDelay()
    {
        m_next.delayMs = 200;
        QNetworkAccessManager manager;
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = waitFor(manager.get(QNetworkRequest(m_server->baseUrl())));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
        reply->deleteLater();
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("handlerCalls");
        QTest::addColumn<int>("status");
        // QNetworkAccessManager silently resends a request once when the connection drops before any response byte.
        QTest::newRow("reset before reply")
            << int(HttpResponse::Fault::ResetBeforeReply) << int(QNetworkReply::RemoteHostClosedError) << 2 << 0;
        QTest::newRow("reset after headers")
            << int(HttpResponse::Fault::ResetAfterHeaders) << int(QNetworkReply::RemoteHostClosedError) << 1 << 200;
        QTest::newRow("never reply") << int(HttpResponse::Fault::NeverReply)
                                     << int(QNetworkReply::OperationCanceledError) << 1 << 0;
    }

    void faults()
    {
        QFETCH(int, fault);
        QFETCH(int, error);
        QFETCH(int, handlerCalls);
        QFETCH(int, status);

        m_next.fault = static_cast<HttpResponse::Fault>(fault);
        QNetworkAccessManager manager;
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("/bulk"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(300);
        QNetworkReply *reply = waitFor(manager.post(request, QByteArrayLiteral("[]")));
        QVERIFY(reply->isFinished());
        QCOMPARE(int(reply->error()), error);
        QCOMPARE(m_seen.size(), handlerCalls);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        reply->deleteLater();
    }

    void closeDropsOpenConnections()
    {
        RawClient client(*m_server);
        client.write(get("/a"));
        QCOMPARE(client.read(1).size(), 1);
        QCOMPARE(m_server->openConnectionCount(), 1);
        m_server->close();
        QVERIFY(!m_server->isListening());
        QVERIFY(client.closedByServer());
        QCOMPARE(m_server->openConnectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackHttpServer)
#include "tst_loopbackhttpserver.moc"
