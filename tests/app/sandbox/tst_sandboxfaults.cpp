#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QTest>

// Faults SandboxServer acts out on bulk calls, as a client using QNetworkAccessManager sees them, and what each
// leaves behind on the server (created or not).
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;

private slots:
    void init()
    {
        m_server = new SandboxServer(this);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void faults_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("serverCalls");

        using Kind = SandboxFault::Kind;
        const int none = QNetworkReply::NoError;
        const int closed = QNetworkReply::RemoteHostClosedError;
        QTest::newRow("500 clerk error") << SandboxFault::of(Kind::ServerError)
                                         << int(QNetworkReply::InternalServerError) << 500
                                         << QStringLiteral("internal_clerk_error") << 0 << 1;
        QTest::newRow("502 html from a proxy") << SandboxFault::of(Kind::BadGateway)
                                               << int(QNetworkReply::UnknownServerError) << 502 << QString() << 0 << 1;
        QTest::newRow("429 with retry-after")
            << SandboxFault::rateLimited(17) << int(QNetworkReply::UnknownContentError) << 429
            << QStringLiteral("too_many_requests") << 0 << 1;
        // QNetworkAccessManager resends once by itself when a connection drops before any response byte: a fault
        // applied twice reaches the client, one applied once is hidden by the resend.
        QTest::newRow("reset before commit, twice: client sees the reset")
            << SandboxFault::of(Kind::ResetBeforeCommit, 2) << closed << 0 << QString() << 0 << 2;
        QTest::newRow("reset before commit, once: the resend succeeds")
            << SandboxFault::of(Kind::ResetBeforeCommit, 1) << none << 200 << QString() << 3 << 2;
        QTest::newRow("reset after commit, twice: created but the reply is lost")
            << SandboxFault::of(Kind::ResetAfterCommit, 2) << closed << 0 << QString() << 3 << 2;
        QTest::newRow("reset after commit, once: the resend finds them pending")
            << SandboxFault::of(Kind::ResetAfterCommit, 1) << int(QNetworkReply::ProtocolInvalidOperationError) << 400
            << QStringLiteral("duplicate_record") << 3 << 2;
        QTest::newRow("truncated after commit: headers then reset")
            << SandboxFault::of(Kind::TruncatedAfterCommit) << closed << 200 << QString() << 3 << 1;
        QTest::newRow("slow reply") << SandboxFault::slowReply(300) << none << 200 << QString() << 3 << 1;
        QTest::newRow("no reply: the client times out")
            << SandboxFault::of(Kind::NoReply) << int(QNetworkReply::OperationCanceledError) << 0 << QString() << 0
            << 1;
    }

    void faults()
    {
        QFETCH(SandboxFault, fault);
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        QFETCH(int, created);
        QFETCH(int, serverCalls);

        m_server->injectFault(fault);
        SandboxTestClient client(*m_server);
        const QJsonArray items = SandboxTestClient::people(3);
        QElapsedTimer clock;
        clock.start();
        const auto reply =
            client.call(QByteArrayLiteral("POST"),
                        QStringLiteral("/organizations/%1/invitations/bulk").arg(SandboxServer::DemoOrganizationId),
                        QJsonDocument(items).toJson(QJsonDocument::Compact), 1000);

        QCOMPARE(int(reply.error), networkError);
        QCOMPARE(reply.status, status);
        if (!errorCode.isEmpty()) {
            QCOMPARE(reply.errorCode(), errorCode);
        }
        QCOMPARE(m_server->createdCount(), created);
        QCOMPARE(m_server->bulkCallCount(), serverCalls);
        QCOMPARE(m_server->queuedFaultCount(), 0);
        const QList<SandboxInvitation> pending = m_server->pendingInvitations(SandboxServer::DemoOrganizationId);
        const auto isPending = [&pending](const QString &email) {
            return std::any_of(pending.cbegin(), pending.cend(), [&email](const SandboxInvitation &invitation) {
                return invitation.emailAddress == email;
            });
        };
        QCOMPARE(isPending(QStringLiteral("person1@example.com")), created > 0);
        QCOMPARE(isPending(QStringLiteral("person3@example.com")), created > 0);
        if (fault.kind == SandboxFault::Kind::SlowReply) {
            QVERIFY2(clock.elapsed() >= fault.delayMs - 10, qPrintable(QString::number(clock.elapsed())));
        }
        // The next call is served normally again.
        QCOMPARE(client.bulk(SandboxTestClient::people(1, 50)).status, 200);
    }

    void badGatewayIsHtml()
    {
        m_server->injectFault(SandboxFault::of(SandboxFault::Kind::BadGateway));
        SandboxTestClient client(*m_server);
        const auto reply = client.bulk(SandboxTestClient::people(1));
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/html"));
        QVERIFY(reply.body.startsWith("<html>"));
        QVERIFY(reply.body.contains("Bad Gateway"));
        QVERIFY(reply.json.isNull());
    }

    void faultsAreConsumedInOrderByMatchingBulkCalls()
    {
        SandboxFault other = SandboxFault::of(SandboxFault::Kind::ServerError);
        other.organizationId = QStringLiteral("org_sandbox_small");
        m_server->injectFault(other);
        m_server->injectFault(SandboxFault::rateLimited(5));
        m_server->injectFault(SandboxFault::of(SandboxFault::Kind::BadGateway));

        SandboxTestClient client(*m_server);
        // Reads never consume faults.
        QCOMPARE(client.get(QStringLiteral("/organizations")).status, 200);
        QCOMPARE(m_server->queuedFaultCount(), 3);

        QCOMPARE(client.bulk(SandboxTestClient::people(1)).status, 429);
        QCOMPARE(client.bulk(SandboxTestClient::people(1)).status, 502);
        QCOMPARE(client.bulk(SandboxTestClient::people(1)).status, 200);
        QCOMPARE(m_server->queuedFaultCount(), 1);
        QCOMPARE(client.bulk(SandboxTestClient::people(1), QStringLiteral("org_sandbox_small")).status, 500);
        QCOMPARE(client.bulk(SandboxTestClient::people(1), QStringLiteral("org_sandbox_small")).status, 200);
        QCOMPARE(m_server->queuedFaultCount(), 0);
        QCOMPARE(m_server->bulkCallCount(), 5);
    }

    void requestServedNamesNoSecret()
    {
        QSignalSpy served(m_server, &SandboxServer::requestServed);
        SandboxTestClient client(*m_server);
        client.setSecretKey(QByteArrayLiteral("sk_test_very_secret_value"));
        QCOMPARE(client.get(QStringLiteral("/organizations?query=sk_test")).status, 200);
        m_server->injectFault(SandboxFault::of(SandboxFault::Kind::TruncatedAfterCommit));
        QCOMPARE(client.bulk(SandboxTestClient::people(1)).error, QNetworkReply::RemoteHostClosedError);

        QCOMPARE(served.size(), 2);
        QCOMPARE(served.at(0).at(0).toByteArray(), QByteArray("GET"));
        QCOMPARE(served.at(0).at(1).toString(), QStringLiteral("/v1/organizations"));
        QCOMPARE(served.at(0).at(2).toInt(), 200);
        QCOMPARE(served.at(1).at(2).toInt(), 0); // no complete answer
        for (const QList<QVariant> &arguments : std::as_const(served)) {
            for (const QVariant &argument : arguments) {
                QVERIFY(!argument.toString().contains(u"secret"));
            }
        }
    }

    void startReportsTheLoopbackApiUrl()
    {
        QCOMPARE(m_server->apiUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port())));
        QVERIFY(m_server->isRunning());
        SandboxServer second;
        QVERIFY(!second.start(m_server->port()));
        QVERIFY(!second.errorString().isEmpty());
        m_server->stop();
        QVERIFY(!m_server->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
