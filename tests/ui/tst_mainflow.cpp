#include "AppSession.h"
#include "BodyView.h"
#include "ConnectionSetup.h"
#include "EnvironmentBadge.h"
#include "ExchangeView.h"
#include "OrganizationPicker.h"
#include "ResultsDock.h"
#include "ResultsWindow.h"
#include "RunExchangesPanel.h"
#include "SendFlow.h"
#include "SendPanel.h"
#include "SettingsDialog.h"
#include "TableDocument.h"
#include "WindowFixture.h"
#include "clerk/ClerkClient.h"
#include "core/Translations.h"
#include "results/ExchangeListModel.h"
#include "results/RunHistoryModel.h"
#include "session/Connection.h"
#include "session/OrganizationDirectory.h"
#include "session/RunController.h"
#include "support/FakeSecretStore.h"

#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeWidget>

// The whole job in the real main window, offscreen, against the built-in sandbox: start with the sample table, fix
// what is flagged, send, watch the rows turn Invited, review the raw exchange, copy it as cURL, stop and resume.
class TestMainFlow : public QObject
{
    Q_OBJECT

    static constexpr int RunTimeoutMs = 30'000;

    // A window and its session on throwaway settings, journal and autosave folder, started as the app starts.
    struct Session
    {
        Session()
        {
            AppSettings settings = AppSettings::forFile(fixture.dir.filePath(QStringLiteral("settings.ini")));
            settings.setJournalPath(fixture.dir.filePath(QStringLiteral("journal.sqlite")));
            settings.sync();
            fixture.window = fixture.createWindow(); // on the settings with the journal path
            app = std::make_unique<AppSession>(fixture.window.get(), &store);
        }
        ~Session() { app.reset(); } // before the window it is part of

        bool start()
        {
            if (!fixture.show()) {
                return false;
            }
            app->start(AppSession::StartOptions());
            return QTest::qWaitFor([this] { return app->isStartedUp(); });
        }

        MainWindow *window() const { return fixture.window.get(); }
        InviteeTable *table() const { return fixture.table(); }
        Connection *connection() const { return app->connectionSetup()->connection(); }
        RunController *controller() const { return app->sendFlow()->controller(); }
        SendPanel *panel() const { return app->sendFlow()->panel(); }
        ResultsWindow *results() const { return app->resultsDock()->resultsWindow(); }

        // Table rows whose status is status.
        QList<int> rowsWith(RowStatus::Value status) const
        {
            QList<int> rows;
            for (int row = 0; row < table()->rowCount(); ++row) {
                if (table()->effectiveStatus(row) == status) {
                    rows.append(row);
                }
            }
            return rows;
        }

        void setRate(const QString &rate)
        {
            window()->settings().setRate(rate);
            app->connectionSetup()->applySettings();
        }

        WindowFixture fixture;
        FakeSecretStore store;
        std::unique_ptr<AppSession> app;
    };

    // Emails user0@example.org ... as a typed table.
    static QStringList emails(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i) {
            list.append(QStringLiteral("user%1@example.org").arg(i));
        }
        return list;
    }

private slots:
    void initTestCase() { Translations::install(qApp); }

    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QApplication::clipboard()->clear();
    }

    void startsOnTheSandboxWithTheSampleLoaded()
    {
        Session s;
        QVERIFY(s.start());
        QCOMPARE(s.connection()->environment(), Connection::Environment::Sandbox);
        QCOMPARE(s.app->connectionSetup()->badge()->text(), QStringLiteral("SANDBOX"));
        QVERIFY(s.window()->windowTitle().contains(u"SANDBOX"));
        QVERIFY(s.window()->windowTitle().contains(u"sample-invitees.csv"));
        QCOMPARE(s.table()->rowCount(), 7);
        QVERIFY(s.table()->problemCount() > 0);
        QCOMPARE(s.table()->validationStatus(4), RowStatus::Invalid);   // edsger.dijkstra@example
        QCOMPARE(s.table()->validationStatus(6), RowStatus::Duplicate); // GRACE.HOPPER@example.com
        QVERIFY(!s.window()->settings().recentFiles().contains(AppSession::sampleFilePath()));
        QVERIFY(!s.window()->isModified());

        // The demo organization is chosen, named in the status bar, and its roles and admins feed the editor.
        QCOMPARE(s.connection()->organizationId(), QStringLiteral("org_sandbox_demo"));
        QTRY_VERIFY(s.app->connectionSetup()->organizationLabel()->text().contains(u"Sandbox Demo Co"));
        QTRY_VERIFY(s.window()->organizationDirectory()->roleKeys().contains(u"org:admin"));
        QTRY_VERIFY(!s.window()->organizationDirectory()->admins().isEmpty());
    }

    void aFileOnTheCommandLineTakesThePlaceOfTheSample()
    {
        Session s;
        QVERIFY(s.fixture.show());
        AppSession::StartOptions options;
        options.file = QStringLiteral(INVITEDESK_TEST_DATA "/excel-semicolon-bom-crlf.csv");
        s.app->start(options);
        QTRY_VERIFY(s.app->isStartedUp());
        QVERIFY(s.window()->currentFile().endsWith(u"excel-semicolon-bom-crlf.csv"));
    }

    void fixingAFlaggedCellByTyping()
    {
        Session s;
        QVERIFY(s.start());
        const int problems = s.table()->problemCount();
        QVERIFY(s.fixture.typeIntoCell(4, Invitee::Email, QStringLiteral("edsger.dijkstra@example.com")));
        QCOMPARE(s.table()->validationStatus(4), RowStatus::Pending);
        QCOMPARE(s.table()->problemCount(), problems - 1);
        QVERIFY(s.window()->isModified());

        s.fixture.trigger(EditorActions::Validate);
        QVERIFY(s.window()->statusBar()->currentMessage().contains(u"problem"));
        QCOMPARE(s.window()->tableView()->currentIndex().row(), 5); // the first problem left: barbara's row
    }

    void sendingInvitesEverySendableRowAndTheResultsShowTheExchange()
    {
        Session s;
        QVERIFY(s.start());
        QVERIFY(s.fixture.typeIntoCell(4, Invitee::Email, QStringLiteral("edsger.dijkstra@example.com")));
        const int sendable = s.table()->sendableRowCount();
        QCOMPARE(sendable, 5);

        QVERIFY(s.window()->sendAction()->isEnabled());
        s.window()->sendAction()->trigger();
        QVERIFY(s.window()->isRunInProgress());
        QVERIFY(s.app->sendFlow()->dock()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(s.rowsWith(RowStatus::Invited).size(), sendable, RunTimeoutMs);
        QTRY_VERIFY(!s.window()->isRunInProgress());
        QCOMPARE(s.rowsWith(RowStatus::Invalid), QList<int>({5}));
        QCOMPARE(s.rowsWith(RowStatus::Duplicate), QList<int>({6}));
        QVERIFY(s.panel()->resultText().startsWith(u"Done: 5 invited"));
        QCOMPARE(s.panel()->progressBar()->value(), s.panel()->progressBar()->maximum());
        QVERIFY(s.window()->statusBar()->currentMessage().startsWith(u"Done: 5 invited"));

        // The results view comes up on the run, with its bulk exchange.
        ResultsWindow *results = s.results();
        QTRY_VERIFY(s.app->resultsDock()->isVisible());
        QVERIFY(s.app->resultsDock()->isJournalOpen());
        QCOMPARE(results->historyModel()->rowCount(), 1);
        QCOMPARE(results->currentRunId(), s.controller()->runId());
        const ExchangeListModel *exchanges = results->exchangesPanel()->model();
        int bulk = -1;
        for (int row = 0; row < exchanges->rowCount(); ++row) {
            const ApiExchange &exchange = exchanges->exchangeAt(row);
            if (exchange.status == 200 && exchange.url.path().endsWith(u"/invitations/bulk")) {
                bulk = row;
            }
        }
        QVERIFY(bulk >= 0);
        QVERIFY(results->exchangesPanel()->selectExchange(bulk));
        ExchangeView *view = results->exchangeView();
        QCOMPARE(view->responseBody()->mode(), BodyView::Mode::Pretty);
        const QString invitationId = s.controller()->outcomes().at(0).invitationId;
        QVERIFY(invitationId.startsWith(u"orginv_"));
        QVERIFY(view->responseBody()->text().contains(invitationId));
        QVERIFY(view->responseBody()->text().contains(u"\n  \"data\": [\n"));

        // Copy as cURL: the command is on the clipboard and reads the key from the environment.
        view->copyAsCurlButton()->click();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.startsWith(u"curl"));
        QVERIFY(curl.contains(u"$CLERK_SECRET_KEY"));
        const QString key = s.connection()->client()->config().secretKey();
        QVERIFY(key.startsWith(u"sk_test_"));
        QVERIFY(!curl.contains(key));
    }

    void stopDuringAPacedRunAndSendAgainToResume()
    {
        Session s;
        QVERIFY(s.start());
        s.fixture.setEmails(emails(15));
        s.setRate(QStringLiteral("1/3600")); // the second call waits an hour

        s.window()->sendAction()->trigger();
        QVERIFY(s.window()->stopAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!s.panel()->waitText().isEmpty(), RunTimeoutMs);
        QCOMPARE(s.rowsWith(RowStatus::Invited).size(), 10);
        s.window()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!s.window()->isRunInProgress(), RunTimeoutMs);
        QCOMPARE(s.rowsWith(RowStatus::Pending).size(), 5);
        QVERIFY(s.panel()->resultText().startsWith(u"Stopped with 5 rows left"));
        QVERIFY(!s.window()->stopAction()->isEnabled());
        const qint64 firstRun = s.controller()->runId();

        // A second Send at a rate that lets the call go picks the same run up and finishes it.
        s.setRate(QStringLiteral("50/3600"));
        s.window()->sendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(s.rowsWith(RowStatus::Invited).size(), 15, RunTimeoutMs);
        QTRY_VERIFY(!s.window()->isRunInProgress());
        QVERIFY(s.controller()->isResumed());
        QCOMPARE(s.controller()->runId(), firstRun);
        QVERIFY(s.panel()->resultText().startsWith(u"Done: 15 invited"));
        QTRY_COMPARE(s.results()->currentRunId(), firstRun);
    }

    void sendWithoutAnOrganizationAsksForOneThenSends()
    {
        Session s;
        QVERIFY(s.start());
        s.connection()->clearOrganization();
        QVERIFY(s.app->connectionSetup()->organizationLabel()->text().contains(u"No organization"));

        s.window()->sendAction()->trigger();
        QVERIFY(!s.window()->isRunInProgress());
        OrganizationPicker *picker = s.app->connectionSetup()->organizationPicker();
        QVERIFY(picker && picker->isVisible());
        QTRY_VERIFY(picker->list()->topLevelItemCount() > 0);
        const QList<QTreeWidgetItem *> demo =
            picker->list()->findItems(QStringLiteral("org_sandbox_demo"), Qt::MatchExactly, 2);
        QCOMPARE(demo.size(), 1);
        picker->list()->setCurrentItem(demo.constFirst());
        picker->accept();

        QVERIFY(s.window()->isRunInProgress()); // the Send that asked goes on
        QTRY_VERIFY_WITH_TIMEOUT(!s.window()->isRunInProgress(), RunTimeoutMs);
        QCOMPARE(s.rowsWith(RowStatus::Invited).size(), 4);
        QVERIFY(s.app->connectionSetup()->organizationLabel()->text().contains(u"org_sandbox_demo"));
    }

    void settingsAndOrganizationDialogsOpenFromTheMenus()
    {
        Session s;
        QVERIFY(s.start());
        s.app->connectionSetup()->settingsAction()->trigger();
        QTRY_VERIFY(s.app->connectionSetup()->settingsDialog() &&
                    s.app->connectionSetup()->settingsDialog()->isVisible());
        s.app->connectionSetup()->settingsDialog()->reject();
        QTRY_VERIFY(!s.app->connectionSetup()->settingsDialog());

        s.app->connectionSetup()->organizationAction()->trigger();
        QTRY_VERIFY(s.app->connectionSetup()->organizationPicker() &&
                    s.app->connectionSetup()->organizationPicker()->isVisible());
        s.app->connectionSetup()->organizationPicker()->reject();
        QTRY_VERIFY(!s.app->connectionSetup()->organizationPicker());
    }

    void aRememberedKeyThatCannotBeReadFallsBackToTheSandbox()
    {
        Session s;
        s.window()->settings().setRememberKey(true);
        s.store.setFailure(QStringLiteral("No keychain service is running."));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(s.start());
        QCOMPARE(s.connection()->environment(), Connection::Environment::Sandbox);
        QVERIFY(MessageBox::lastText().startsWith(u"No keychain service is running. Sending goes to the built-in"));
        QCOMPARE(s.table()->rowCount(), 7); // the sample, as on any sandbox start
    }

    void aRememberedKeyIsReadFromTheKeychain()
    {
        Session s;
        s.window()->settings().setRememberKey(true);
        s.window()->settings().setApiBaseUrl(QStringLiteral("https://api.clerk.com/v1"));
        s.store.entries.insert(SecretStore::accountFor(QStringLiteral("https://api.clerk.com/v1")),
                               QStringLiteral("sk_test_remembered"));
        QVERIFY(s.start());
        QCOMPARE(s.connection()->environment(), Connection::Environment::Test);
        QCOMPARE(s.app->connectionSetup()->badge()->text(), QStringLiteral("TEST"));
        QCOMPARE(s.table()->rowCount(), 0); // the sample belongs to the sandbox
        QVERIFY(s.window()->windowTitle().contains(u"TEST"));
    }

    void sendWaitsUntilTheKeychainHasAnswered_data()
    {
        QTest::addColumn<QString>("storedKey"); // empty: none in the keychain
        QTest::addColumn<QString>("failure");   // empty: the keychain works
        QTest::addColumn<Connection::Environment>("environment");
        QTest::newRow("the key is found")
            << QStringLiteral("sk_test_remembered") << QString() << Connection::Environment::Test;
        QTest::newRow("the key is no longer there") << QString() << QString() << Connection::Environment::Sandbox;
        QTest::newRow("the keychain fails")
            << QString() << QStringLiteral("No keychain service is running.") << Connection::Environment::Sandbox;
    }

    void sendWaitsUntilTheKeychainHasAnswered()
    {
        QFETCH(QString, storedKey);
        QFETCH(QString, failure);
        QFETCH(Connection::Environment, environment);
        Session s;
        const QString url = QStringLiteral("https://api.clerk.com/v1");
        s.window()->settings().setRememberKey(true);
        s.window()->settings().setApiBaseUrl(url);
        if (!storedKey.isEmpty()) {
            s.store.entries.insert(SecretStore::accountFor(url), storedKey);
        }
        s.store.setFailure(failure);
        s.store.holdReads(); // a keychain that takes its time to unlock
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(s.fixture.show());
        s.app->start(AppSession::StartOptions());
        s.fixture.setEmails({QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com")});
        QCoreApplication::processEvents();

        QAction *send = s.window()->sendAction();
        QVERIFY(!s.app->isStartedUp());
        QVERIFY(!send->isEnabled());
        QVERIFY(send->toolTip().contains(u"keychain"));
        QVERIFY(s.window()->statusBar()->currentMessage().contains(u"keychain"));

        s.store.releaseReads();
        QTRY_VERIFY(s.app->isStartedUp());
        QVERIFY(send->isEnabled());
        QVERIFY(!send->toolTip().contains(u"keychain"));
        QCOMPARE(s.connection()->environment(), environment);
        QCOMPARE(s.table()->rowCount(), 2); // what was typed meanwhile stays
    }

    void saveAsSuggestsAWritablePlace_data()
    {
        QTest::addColumn<QString>("file"); // empty: the sample on the sandbox
        QTest::addColumn<QString>("suggested");
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QTest::newRow("the sample built into the app")
            << QString() << QDir(documents).filePath(QStringLiteral("invitees.csv"));
        QTest::newRow("a file on disk") << QStringLiteral(INVITEDESK_TEST_DATA "/excel-semicolon-bom-crlf.csv")
                                        << QStringLiteral(INVITEDESK_TEST_DATA "/excel-semicolon-bom-crlf.csv");
    }

    void saveAsSuggestsAWritablePlace()
    {
        QFETCH(QString, file);
        QFETCH(QString, suggested);
        Session s;
        QVERIFY(s.fixture.show());
        AppSession::StartOptions options;
        options.file = file;
        s.app->start(options);
        QTRY_VERIFY(s.app->isStartedUp());
        QVERIFY(s.table()->rowCount() > 0);
        if (file.isEmpty()) {
            QCOMPARE(s.window()->currentFile(), AppSession::sampleFilePath());
        }
        QCOMPARE(QFileInfo(s.window()->document()->suggestedSavePath()).absoluteFilePath(),
                 QFileInfo(suggested).absoluteFilePath());
        QVERIFY(!s.window()->document()->suggestedSavePath().startsWith(u':'));
    }
};

QTEST_MAIN(TestMainFlow)
#include "tst_mainflow.moc"
