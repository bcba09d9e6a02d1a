#include "EnvironmentBadge.h"
#include "MessageBox.h"
#include "SendConfirmation.h"
#include "SendPanel.h"
#include "core/InviteeTable.h"
#include "core/Translations.h"
#include "session/Connection.h"
#include "session/RunController.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The widgets around sending: the environment badge, the question before a large live run, and the panel that
// follows a run to the embedded sandbox.
class TestSendWidgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_journals = 0;

    QString freshJournal() { return m_dir.filePath(QStringLiteral("journal%1.sqlite").arg(++m_journals)); }

    static QList<Invitee> invitees(int count)
    {
        QList<Invitee> list;
        for (int row = 0; row < count; ++row) {
            Invitee person;
            person.setValue(Invitee::Email, QStringLiteral("panel%1@example.org").arg(row));
            list.append(person);
        }
        return list;
    }

    static SendPlan livePlan(int rows)
    {
        SendPlan plan = SendPlan::forRows(rows, rows, 10, RatePacer(50, 3600), 0);
        plan.organizationId = QStringLiteral("org_2abc");
        plan.organizationName = QStringLiteral("Acme");
        plan.environment = Connection::Environment::Live;
        return plan;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install(QCoreApplication::instance());
    }

    void badge_data()
    {
        QTest::addColumn<Connection::Environment>("environment");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("sandbox") << Connection::Environment::Sandbox << QStringLiteral("SANDBOX")
                                 << QStringLiteral("#1565c0") << QStringLiteral("Nothing is sent anywhere");
        QTest::newRow("development instance") << Connection::Environment::Test << QStringLiteral("TEST")
                                              << QStringLiteral("#f9a825") << QStringLiteral("sk_test_");
        QTest::newRow("production instance") << Connection::Environment::Live << QStringLiteral("LIVE")
                                             << QStringLiteral("#c62828") << QStringLiteral("Real people");
    }

    void badge()
    {
        QFETCH(Connection::Environment, environment);
        QFETCH(QString, text);
        QFETCH(QString, colour);
        QFETCH(QString, meaning);
        EnvironmentBadge badge;
        badge.setEnvironment(environment, QStringLiteral("the place"));
        QCOMPARE(badge.text(), text);
        QCOMPARE(EnvironmentBadge::textFor(environment), text);
        // A light, ordinary theme gets the classic colours; the word is there whatever the colours.
        const QPalette light(Qt::black, QColor(0xef, 0xef, 0xef), Qt::white, Qt::darkGray, Qt::gray, Qt::black,
                             Qt::white);
        QCOMPARE(EnvironmentBadge::colorsFor(environment, light).background.name(), colour);
        QVERIFY2(badge.toolTip().contains(meaning) && badge.toolTip().contains(QStringLiteral("the place")),
                 qPrintable(badge.toolTip()));
        QCOMPARE(badge.accessibleName(), QStringLiteral("Environment: %1").arg(text));
    }

    void badgeFollowsTheConnection()
    {
        Connection connection;
        EnvironmentBadge badge;
        badge.setConnection(&connection);
        QVERIFY(connection.useSandbox());
        QCOMPARE(badge.text(), QStringLiteral("SANDBOX"));
        QVERIFY(badge.toolTip().contains(connection.apiBaseUrl().toString()));
        QVERIFY(connection.useClerk(QString(), QStringLiteral("sk_live_abcdef")));
        QCOMPARE(badge.text(), QStringLiteral("LIVE"));
        QVERIFY(badge.toolTip().contains(QStringLiteral("https://api.clerk.com/v1")));
        QVERIFY(!badge.toolTip().contains(QStringLiteral("sk_live_abcdef")));
        QVERIFY(connection.useClerk(QString(), QStringLiteral("sk_test_abcdef")));
        QCOMPARE(badge.text(), QStringLiteral("TEST"));
    }

    void confirmationText()
    {
        QCOMPARE(SendConfirmation::question(livePlan(1000)),
                 QStringLiteral("Send 1,000 invitations to Acme (org_2abc) with a LIVE key? At 50 calls per hour "
                                "this takes about 1 hour."));
        SendPlan unnamed = livePlan(11);
        unnamed.organizationName.clear();
        QCOMPARE(SendConfirmation::question(unnamed),
                 QStringLiteral("Send 11 invitations to org_2abc with a LIVE key? At 50 calls per hour this takes "
                                "less than a minute."));
    }

    void confirmation_data()
    {
        QTest::addColumn<Connection::Environment>("environment");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("asked");
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("goes");
        const int yes = QMessageBox::Yes;
        const int no = QMessageBox::No;
        QTest::newRow("live, 11 rows, yes") << Connection::Environment::Live << 11 << true << yes << true;
        QTest::newRow("live, 1000 rows, no") << Connection::Environment::Live << 1000 << true << no << false;
        QTest::newRow("live, 10 rows: not asked") << Connection::Environment::Live << 10 << false << no << true;
        QTest::newRow("test key, 1000 rows: not asked") << Connection::Environment::Test << 1000 << false << no << true;
        QTest::newRow("sandbox, 1000 rows: not asked")
            << Connection::Environment::Sandbox << 1000 << false << no << true;
    }

    void confirmation()
    {
        QFETCH(Connection::Environment, environment);
        QFETCH(int, rows);
        QFETCH(bool, asked);
        QFETCH(int, answer);
        QFETCH(bool, goes);
        SendPlan plan = livePlan(rows);
        plan.environment = environment;
        // Asking without an answer queued would block on a modal box: the answer is always queued, and a question
        // that should not come would take it and return No.
        MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
        const bool result = SendConfirmation::confirm(nullptr, plan);
        QCOMPARE(result, goes);
        if (asked) {
            QCOMPARE(MessageBox::lastText(), SendConfirmation::question(plan));
        } else {
            // The queued answer is still there: take it back.
            QCOMPARE(MessageBox::question(nullptr, QString(), QStringLiteral("drain")),
                     QMessageBox::StandardButton(answer));
        }
    }

    void panelFollowsARunAndStopStopsIt()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        table.setInvitees(invitees(15));
        RunController controller(&connection, &table, freshJournal());
        controller.setPacer(RatePacer(1, 3600)); // one call now, then an hour's wait
        SendPanel panel(&controller);
        QStringList notifications;
        panel.setNotifier([&](const QString &, const QString &message) { notifications.append(message); });
        panel.show();
        QVERIFY(!panel.stopButton()->isEnabled());

        QVERIFY(controller.start());
        QVERIFY(panel.stopButton()->isEnabled());
        QTRY_VERIFY2(panel.waitText().contains(QStringLiteral("rate limit")), qPrintable(panel.waitText()));
        QCOMPARE(panel.rowsText(), QStringLiteral("10 of 15 rows done"));
        QCOMPARE(panel.callsText(), QStringLiteral("1 bulk call made"));
        QCOMPARE(panel.progressBar()->maximum(), 15);
        QCOMPARE(panel.progressBar()->value(), 10);
        QVERIFY2(panel.etaText().contains(QStringLiteral("about 1 hour")), qPrintable(panel.etaText()));
        QVERIFY2(panel.waitText().startsWith(QStringLiteral("Waiting (about 1 hour left)")),
                 qPrintable(panel.waitText()));

        QSignalSpy finished(&controller, &RunController::finished);
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QVERIFY(!panel.stopButton()->isEnabled());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<DeliverySummary>().interrupted);
        QVERIFY2(panel.resultText().contains(QStringLiteral("5 rows left")), qPrintable(panel.resultText()));
        QCOMPARE(panel.waitText(), QString());
        QVERIFY(!panel.stopButton()->isEnabled());
        QVERIFY(notifications.isEmpty()); // a short run: no notification
    }

    void aLongRunEndsWithANotification_data()
    {
        QTest::addColumn<qint64>("notifyAfterMs");
        QTest::addColumn<int>("notifications");
        QTest::newRow("longer than the threshold") << qint64(0) << 1;
        QTest::newRow("shorter than the threshold") << SendPanel::DefaultNotifyAfterMs << 0;
    }

    void aLongRunEndsWithANotification()
    {
        QFETCH(qint64, notifyAfterMs);
        QFETCH(int, notifications);
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        table.setInvitees(invitees(3));
        RunController controller(&connection, &table, freshJournal());
        SendPanel panel(&controller);
        panel.setNotifyAfterMs(notifyAfterMs);
        QStringList messages;
        panel.setNotifier([&](const QString &title, const QString &message) {
            QVERIFY(title.contains(QStringLiteral("Invitedesk")));
            messages.append(message);
        });
        QSignalSpy finished(&controller, &RunController::finished);
        QVERIFY(controller.start());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(messages.size(), notifications);
        QCOMPARE(panel.resultText(), QStringLiteral("Done: 3 invited, 0 already invited, 0 already members, 0 failed, "
                                                    "0 not sent (invalid or duplicate)."));
        QCOMPARE(panel.progressBar()->value(), 3);
        if (notifications > 0) {
            QCOMPARE(messages.constFirst(), panel.resultText());
        }
    }

    void aRunThatCannotBeginSaysWhy()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        InviteeTable table;
        Invitee broken;
        broken.setValue(Invitee::Email, QStringLiteral("not an address"));
        table.setInvitees({broken});
        RunController controller(&connection, &table, freshJournal());
        SendPanel panel(&controller);
        QSignalSpy failed(&controller, &RunController::runFailed);
        QVERIFY(controller.start());
        QVERIFY(panel.stopButton()->isEnabled());
        QVERIFY(failed.wait());
        QVERIFY2(panel.resultText().startsWith(QStringLiteral("Not sent: No row can be sent")),
                 qPrintable(panel.resultText()));
        QVERIFY(!panel.stopButton()->isEnabled());
    }

    void summaryTexts()
    {
        DeliverySummary failed;
        failed.fatalError = QStringLiteral("Clerk did not accept the secret key (401)");
        QCOMPARE(SendPanel::summaryText(failed), QStringLiteral("Stopped: Clerk did not accept the secret key (401)"));
        DeliverySummary one;
        one.counts[RowStatus::Pending] = 1;
        one.interrupted = true;
        QCOMPARE(SendPanel::summaryText(one),
                 QStringLiteral("Stopped with 1 row left: send the same table again to resume."));
    }
};

QTEST_MAIN(TestSendWidgets)
#include "tst_sendwidgets.moc"
