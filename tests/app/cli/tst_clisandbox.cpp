#include "CliProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <csignal>

// `invitedesk-cli sandbox` as a person starts it: it says where it listens and how to send to it, answers the API,
// logs each request without its headers, and ends cleanly on SIGINT or SIGTERM.
class TestCliSandbox : public QObject
{
    Q_OBJECT

private slots:
    void servesUntilSignalled_data()
    {
        QTest::addColumn<int>("signalNumber");

        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("Ctrl+C (SIGINT)") << int(SIGINT);
    }

    void servesUntilSignalled()
    {
        QFETCH(int, signalNumber);
        CliProcess cli(QProcessEnvironment::systemEnvironment());
        cli.start({QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.out().contains(QStringLiteral("Press Ctrl+C to stop.")) || !cli.isRunning(),
                                 30'000);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Sandbox Clerk API: (http://127\\.0\\.0\\.1:\\d+/v1)\n"))
                .match(cli.out());
        QVERIFY2(match.hasMatch(), qPrintable(cli.out() + cli.err()));
        const QString apiUrl = match.captured(1);
        QVERIFY(cli.out().contains(QStringLiteral("Demo organization: org_sandbox_demo")));
        QVERIFY(cli.out().contains(QStringLiteral("invitedesk-cli send people.csv --org org_sandbox_demo --api-url ") +
                                   apiUrl));

        const QByteArray key = "sk_test_sandbox0command0key";
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(apiUrl + QStringLiteral("/organizations/org_sandbox_demo")));
        request.setRawHeader("Authorization", "Bearer " + key);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("org_sandbox_demo"));
        QVERIFY2(cli.waitForError(QStringLiteral("GET /v1/organizations/org_sandbox_demo 200\n")),
                 qPrintable(cli.err()));

        cli.sendSignal(signalNumber);
        QVERIFY(cli.finish(30'000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(!cli.errBytes().contains(key));
        QVERIFY(!cli.errBytes().contains("Bearer"));
    }

    void refusesABadPort()
    {
        CliProcess cli(QProcessEnvironment::systemEnvironment());
        QCOMPARE(cli.run({QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("70000")}), 2);
        QVERIFY2(cli.err().contains(QStringLiteral("--port '70000' is not a port number")), qPrintable(cli.err()));
    }
};

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_clisandbox.moc"
