#include "BodyView.h"
#include "ExchangeView.h"
#include "HeaderTable.h"
#include "SaveDialog.h"
#include "TextFindBar.h"
#include "WidgetTexts.h"
#include "io/CurlCommand.h"
#include "results/BodyFormatter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMainWindow>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString secretKey = QStringLiteral("sk_test_SECRETVALUE123");

const QByteArray bulkAnswer = QByteArrayLiteral(
    "{\"data\":[{\"object\":\"organization_invitation\",\"id\":\"orginv_111\",\"email_address\":\"a@example.org\"},"
    "{\"object\":\"organization_invitation\",\"id\":\"orginv_222\",\"email_address\":\"b@example.org\"},"
    "{\"object\":\"organization_invitation\",\"id\":\"orginv_333\",\"email_address\":\"c@example.org\"}],"
    "\"total_count\":3}");

// A bulk call as ClerkClient would hand it over, except that the Authorization header still holds the key: the view
// must redact it by itself.
ApiExchange bulkCall()
{
    ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(QStringLiteral("http://127.0.0.1:4321/v1/organizations/org_1/invitations/bulk"));
    exchange.requestHeaders = {{"Authorization", "Bearer " + secretKey.toLatin1()},
                               {"Content-Type", "application/json"},
                               {"X-Api-Key", secretKey.toLatin1()}};
    exchange.requestBody = R"([{"email_address":"a@example.org","role":"org:member"}])";
    exchange.status = 200;
    exchange.statusText = "OK";
    exchange.responseHeaders = {{"Content-Type", "application/json"}, {"Set-Cookie", "session=abc"}};
    exchange.responseBody = bulkAnswer;
    exchange.startedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 31, 2, 123), Qt::UTC);
    exchange.waitMs = 120;
    exchange.totalMs = 134;
    return exchange;
}

} // namespace

// The exchange view on its own: headers redacted, Pretty / Raw bodies, find, copy as cURL, save body, failures.
class TestExchangeView : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::clipboard()->clear(); }

    void headersAreShownWithSecretsRedacted()
    {
        ExchangeView view;
        view.setExchange(bulkCall());
        QCOMPARE(view.requestHeaders()->rowCount(), 3);
        QCOMPARE(view.requestHeaders()->shownValue("authorization"), QStringLiteral("Bearer [REDACTED]"));
        QCOMPARE(view.requestHeaders()->shownValue("X-Api-Key"), QStringLiteral("[REDACTED]"));
        QCOMPARE(view.requestHeaders()->shownValue("Content-Type"), QStringLiteral("application/json"));
        QCOMPARE(view.responseHeaders()->shownValue("Set-Cookie"), QStringLiteral("[REDACTED]"));
        QVERIFY(!anyTextContains(&view, QStringLiteral("SECRETVALUE123")));
    }

    void requestLineOutcomeAndTimings()
    {
        ExchangeView view;
        view.setExchange(bulkCall());
        QCOMPARE(view.requestLine(),
                 QStringLiteral("POST http://127.0.0.1:4321/v1/organizations/org_1/invitations/bulk"));
        QCOMPARE(view.outcomeText(), QStringLiteral("200 OK"));
        const QString timing = view.timingText();
        QVERIFY2(timing.contains(u"wait 120 ms") && timing.contains(u"total 134 ms"), qPrintable(timing));
        QVERIFY2(timing.contains(QLocale().formattedDataSize(bulkAnswer.size())), qPrintable(timing));
        QVERIFY(anyTextContains(&view, view.requestLine()));
    }

    void prettyIndentsAndRawKeepsTheBytes()
    {
        ExchangeView view;
        view.setExchange(bulkCall());
        BodyView *body = view.responseBody();
        QCOMPARE(body->mode(), BodyView::Mode::Pretty);
        QCOMPARE(body->text(), *BodyFormatter::prettyJson(bulkAnswer));
        QVERIFY(body->text().contains(u"\n  \"data\": [\n"));
        QVERIFY(body->note().isEmpty());

        const QList<QRadioButton *> modes = body->findChildren<QRadioButton *>();
        QCOMPARE(modes.size(), 2);
        modes.at(1)->click(); // Raw
        QCOMPARE(body->mode(), BodyView::Mode::Raw);
        QCOMPARE(body->text(), QString::fromUtf8(bulkAnswer));
        modes.at(0)->click();
        QCOMPARE(body->mode(), BodyView::Mode::Pretty);
        QCOMPARE(body->text(), *BodyFormatter::prettyJson(bulkAnswer));
    }

    void failuresAreShownPlainly_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("networkError");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("expectedOutcome");
        QTest::addColumn<QString>("expectedNote");

        const QByteArray page("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body>\r\n</html>");
        QTest::newRow("html 502 from a proxy") << 502 << page << QString() << false << QStringLiteral("502 Bad Gateway")
                                               << QStringLiteral("Not JSON (text/html): shown as text.");
        QTest::newRow("connection refused")
            << 0 << QByteArray() << QStringLiteral("Connection refused") << false
            << QStringLiteral("No response: Connection refused") << QStringLiteral("No body.");
        QTest::newRow("reset after the headers")
            << 200 << QByteArray(R"({"data":[)") << QStringLiteral("Connection reset by peer") << false
            << QStringLiteral("200 OK, then the transfer failed: Connection reset by peer")
            << QStringLiteral("Not JSON (text/html): shown as text.");
        QTest::newRow("refused before sending")
            << 0 << QByteArray() << QStringLiteral("No secret key is configured.") << true
            << QStringLiteral("Not sent: No secret key is configured.") << QStringLiteral("No body.");
    }

    void failuresAreShownPlainly()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, networkError);
        QFETCH(bool, refused);
        QFETCH(QString, expectedOutcome);
        QFETCH(QString, expectedNote);

        ApiExchange exchange = bulkCall();
        exchange.status = status;
        exchange.statusText = status == 502   ? QByteArrayLiteral("Bad Gateway")
                              : status == 200 ? QByteArrayLiteral("OK")
                                              : QByteArray();
        exchange.responseHeaders = {{"Content-Type", "text/html"}};
        exchange.responseBody = body;
        exchange.networkError = networkError;
        exchange.refused = refused;
        ExchangeView view;
        view.setExchange(exchange);
        QCOMPARE(view.outcomeText(), expectedOutcome);
        QVERIFY(anyTextContains(&view, expectedOutcome));
        QCOMPARE(view.responseBody()->note(), expectedNote);
        // Shown as it came, in Pretty mode too (a CRLF line end shows as a line break).
        const QString shown = QString::fromUtf8(body).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QCOMPARE(view.responseBody()->text(), shown);
        view.responseBody()->setMode(BodyView::Mode::Raw);
        QCOMPARE(view.responseBody()->text(), shown);
    }

    void copyAsCurlLeavesTheKeyOut()
    {
        ExchangeView view;
        QVERIFY(!view.copyAsCurlButton()->isEnabled());
        view.setExchange(bulkCall());
        QVERIFY(view.copyAsCurlButton()->isEnabled());
        view.copyAsCurlButton()->click();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, CurlCommand::fromExchange(bulkCall()));
        QVERIFY(copied.contains(u"Authorization: Bearer $CLERK_SECRET_KEY"));
        QVERIFY(copied.contains(u"--data-raw"));
        QVERIFY(!copied.contains(u"SECRETVALUE123"));
    }

    void findHighlightsAndMovesBetweenMatches()
    {
        QMainWindow window;
        int windowFinds = 0;
        auto *windowFind = new QAction(QStringLiteral("Find in table"), &window);
        windowFind->setShortcut(QKeySequence::Find);
        connect(windowFind, &QAction::triggered, &window, [&windowFinds] { ++windowFinds; });
        window.addAction(windowFind);
        auto *view = new ExchangeView(&window);
        window.setCentralWidget(view);
        view->setExchange(bulkCall());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        BodyView *body = view->responseBody();
        body->editor()->setFocus();
        QTRY_VERIFY(body->editor()->hasFocus());
        QTest::keyClick(body->editor(), Qt::Key_F, Qt::ControlModifier);
        TextFindBar *find = body->findBar();
        QVERIFY(find->isVisible());
        QCOMPARE(windowFinds, 0); // the view took Ctrl+F, not the window's Find
        QTRY_VERIFY(find->field()->hasFocus());

        QTest::keyClicks(find->field(), QStringLiteral("ORGINV_"));
        QCOMPARE(find->matchCount(), 3);
        QCOMPARE(find->statusText(), QStringLiteral("1 of 3"));
        QCOMPARE(body->editor()->extraSelections().size(), 3);
        QCOMPARE(body->editor()->textCursor().selectedText(), QStringLiteral("orginv_"));
        QTest::keyClick(find->field(), Qt::Key_Return);
        QCOMPARE(find->statusText(), QStringLiteral("2 of 3"));
        QTest::keyClick(find->field(), Qt::Key_F3);
        QCOMPARE(find->statusText(), QStringLiteral("3 of 3"));
        QTest::keyClick(find->field(), Qt::Key_Return);
        QCOMPARE(find->statusText(), QStringLiteral("1 of 3")); // wraps around
        QTest::keyClick(find->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(find->statusText(), QStringLiteral("3 of 3"));

        // Raw mode has the same matches, on one line.
        body->setMode(BodyView::Mode::Raw);
        QCOMPARE(find->matchCount(), 3);

        find->setText(QStringLiteral("nowhere to be found"));
        QCOMPARE(find->matchCount(), 0);
        QCOMPARE(find->statusText(), QStringLiteral("No matches"));
        QVERIFY(body->editor()->extraSelections().isEmpty());

        QTest::keyClick(find->field(), Qt::Key_Escape);
        QVERIFY(!find->isVisible());
        QVERIFY(body->editor()->extraSelections().isEmpty());

        // Outside the view the window's Find works as before.
        windowFind->trigger();
        QCOMPARE(windowFinds, 1);
    }

    void saveBodyWritesTheExactBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("body.json"));
        ExchangeView view;
        ApiExchange exchange = bulkCall();
        exchange.responseBody = QByteArray("caf\xE9\r\n{not json}\x00 end", 21);
        view.setExchange(exchange);
        SaveDialog::setNextPath(path);
        view.responseBody()->findChild<QPushButton *>()->click();
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), exchange.responseBody);

        QVERIFY(!view.responseBody()->saveBody(dir.filePath(QStringLiteral("missing/body.json"))));
        QVERIFY(view.responseBody()->errorString().contains(u"body.json"));
    }

    void clearEmptiesTheView()
    {
        ExchangeView view;
        view.setExchange(bulkCall());
        view.clear();
        QVERIFY(!view.hasExchange());
        QCOMPARE(view.requestHeaders()->rowCount(), 0);
        QVERIFY(view.responseBody()->text().isEmpty());
        QVERIFY(view.copyAsCurl().isEmpty());
    }
};

QTEST_MAIN(TestExchangeView)
#include "tst_exchangeview.moc"
