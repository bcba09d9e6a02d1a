#include "BodyView.h"
#include "ExchangeView.h"
#include "HeaderTable.h"
#include "MessageBox.h"
#include "ResultsFixture.h"
#include "ResultsWindow.h"
#include "RunExchangesPanel.h"
#include "RunRowsPanel.h"
#include "SaveDialog.h"
#include "StatusCountsBar.h"
#include "TextFindBar.h"
#include "WidgetTexts.h"
#include "io/CsvReader.h"
#include "results/ExchangeListModel.h"
#include "results/RowResultsFilter.h"
#include "results/RowResultsModel.h"
#include "results/RunHistoryModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

const QString secretPart = ResultsFixture::SecretPart;

// Rows of the exchange list whose exchange satisfies predicate.
QList<int> exchangeRows(const ResultsWindow &window, const std::function<bool(const ApiExchange &)> &predicate)
{
    QList<int> rows;
    const ExchangeListModel *model = window.exchangesPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (predicate(model->exchangeAt(row))) {
            rows.append(row);
        }
    }
    return rows;
}

bool isBulkSuccess(const ApiExchange &exchange)
{
    return exchange.status == 200 && exchange.url.path().endsWith(u"/invitations/bulk");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The results view over a journal a real delivery to the sandbox wrote: the run, its rows, the raw exchanges, the
// exports and revoking the run's invitations, with the secret key nowhere to be seen.
class TestResultsWindow : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::clipboard()->clear(); }

    void showsTheRunItsCountsAndRows()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.runsView()->model()->rowCount(), 1);
        QCOMPARE(window.currentRunId(), fixture.runId); // the newest run is shown at once
        const QString counts = window.countsBar()->text();
        QVERIFY2(counts.contains(u"Invited: 9") && counts.contains(u"Failed: 1") && counts.contains(u"Invalid: 1") &&
                     !counts.contains(u"Pending"),
                 qPrintable(counts));
        QVERIFY(!window.countsBar()->button(RowStatus::Invited)->icon().isNull());

        QTableView *rows = window.rowsPanel()->view();
        QCOMPARE(rows->model()->rowCount(), ResultsFixture::RowCount);
        const QModelIndex status = rows->model()->index(0, RowResultsModel::StatusColumn);
        QCOMPARE(status.data().toString(), RowStatus::title(RowStatus::Invited)); // text and icon, not colour alone
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(window.exportReportAction()->isEnabled());
        QVERIFY(window.exportHarAction()->isEnabled());
        QVERIFY(window.revokeAction()->isEnabled());
    }

    void filtersRowsByStatus()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        QAbstractItemModel *rows = window.rowsPanel()->view()->model();

        QComboBox *filter = window.rowsPanel()->filterBox();
        filter->setCurrentIndex(filter->findText(RowStatus::title(RowStatus::Failed)));
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, RowResultsModel::MessageColumn).data().toString(),
                 QStringLiteral("expires_in_days must be between 1 and 365."));
        filter->setCurrentIndex(1); // the rows that need a look
        QCOMPARE(rows->rowCount(), 3);

        window.tabs()->setCurrentIndex(1);
        window.countsBar()->button(RowStatus::Invited)->click();
        QCOMPARE(window.tabs()->currentWidget(), window.rowsPanel());
        QCOMPARE(rows->rowCount(), ResultsFixture::InvitedCount);
        QCOMPARE(filter->currentText(), RowStatus::title(RowStatus::Invited));

        filter->setCurrentIndex(0);
        QCOMPARE(rows->rowCount(), ResultsFixture::RowCount);
    }

    void showsTheRawExchangeOfABulkCall()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        const QList<int> bulk = exchangeRows(window, isBulkSuccess);
        QVERIFY(!bulk.isEmpty());
        QVERIFY(window.exchangesPanel()->selectExchange(bulk.constFirst()));
        ExchangeView *view = window.exchangeView();
        const ApiExchange &exchange = window.exchangesPanel()->model()->exchangeAt(bulk.constFirst());
        QCOMPARE(view->exchange(), exchange);
        QVERIFY(view->requestLine().startsWith(u"POST http://127.0.0.1:"));
        QVERIFY(view->requestLine().endsWith(u"/invitations/bulk"));

        // Pretty: indented, and every invitation the call created is in it.
        BodyView *body = view->responseBody();
        QCOMPARE(body->mode(), BodyView::Mode::Pretty);
        QVERIFY(body->text().contains(u"\n  \"data\": [\n"));
        int idsInCall = 0;
        for (const QString &id : fixture.invitedIds()) {
            idsInCall += body->text().contains(id) ? 1 : 0;
        }
        QVERIFY(idsInCall > 0);
        QCOMPARE(idsInCall, QJsonDocument::fromJson(exchange.responseBody)[u"data"].toArray().size());
        // Raw: the exact bytes.
        body->setMode(BodyView::Mode::Raw);
        QCOMPARE(body->text(), QString::fromUtf8(exchange.responseBody));
        QVERIFY(!body->text().contains(u'\n'));

        QCOMPARE(view->requestHeaders()->shownValue("Authorization"), QStringLiteral("Bearer [REDACTED]"));
        QVERIFY(view->requestBody()->text().contains(u"user0@example.org"));
    }

    void showsThe502FromTheProxyAsText()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        const QList<int> badGateway =
            exchangeRows(window, [](const ApiExchange &exchange) { return exchange.status == 502; });
        QCOMPARE(badGateway.size(), 1);
        QVERIFY(window.exchangesPanel()->selectExchange(badGateway.constFirst()));
        ExchangeView *view = window.exchangeView();
        QVERIFY(view->outcomeText().startsWith(u"502"));
        QVERIFY2(view->responseBody()->note().startsWith(u"Not JSON"), qPrintable(view->responseBody()->note()));
        QVERIFY(view->responseBody()->text().contains(u"<html", Qt::CaseInsensitive));
    }

    void findInTheBodyOfTheSelectedExchange()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        window.tabs()->setCurrentWidget(window.exchangesPanel());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.exchangesPanel()->selectExchange(exchangeRows(window, isBulkSuccess).constFirst()));
        BodyView *body = window.exchangeView()->responseBody();
        const int expected = int(body->text().count(u"\"id\": \"orginv_"));
        QVERIFY(expected > 0);

        body->editor()->setFocus();
        QTRY_VERIFY(body->editor()->hasFocus());
        QTest::keyClick(body->editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(body->findBar()->isVisible());
        QTest::keyClicks(body->findBar()->field(), QStringLiteral("\"id\": \"orginv_"));
        QCOMPARE(body->findBar()->matchCount(), expected);
        QCOMPARE(body->findBar()->statusText(), QStringLiteral("1 of %1").arg(expected));
    }

    void theKeyIsNowhere()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        const QString har = fixture.harness.dir.filePath(QStringLiteral("run.har"));
        const QString report = fixture.harness.dir.filePath(QStringLiteral("report.csv"));

        // Every exchange, shown in turn, Pretty and Raw, then copied as cURL.
        for (int row = 0; row < window.exchangesPanel()->model()->rowCount(); ++row) {
            QVERIFY(window.exchangesPanel()->selectExchange(row));
            window.exchangeView()->copyAsCurlButton()->click();
            const QString copied = QApplication::clipboard()->text();
            QVERIFY(copied.startsWith(u"curl "));
            QVERIFY(copied.contains(u"$CLERK_SECRET_KEY"));
            QVERIFY2(!copied.contains(secretPart), qPrintable(copied));
            QVERIFY(!anyTextContains(&window, secretPart));
            window.exchangeView()->responseBody()->setMode(BodyView::Mode::Raw);
            window.exchangeView()->requestBody()->setMode(BodyView::Mode::Raw);
            QVERIFY(!anyTextContains(&window, secretPart));
        }

        SaveDialog::setNextPath(har);
        window.exportHarAction()->trigger();
        SaveDialog::setNextPath(report);
        window.exportReportAction()->trigger();
        QVERIFY(window.statusMessage().contains(u"report.csv"));
        QVERIFY(QFile::exists(har) && QFile::exists(report));
        QVERIFY(!fileBytes(har).contains(secretPart.toLatin1()));
        QVERIFY(!fileBytes(report).contains(secretPart.toLatin1()));
        QVERIFY(!anyTextContains(&window, secretPart));
    }

    void exportsHarAndReportThatParse()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        const QString har = fixture.harness.dir.filePath(QStringLiteral("run.har"));
        const QString report = fixture.harness.dir.filePath(QStringLiteral("report.csv"));

        SaveDialog::setNextPath(har);
        window.exportHarAction()->trigger();
        QVERIFY2(window.statusMessage().contains(u"run.har"), qPrintable(window.statusMessage()));
        QJsonParseError error;
        const QJsonDocument archive = QJsonDocument::fromJson(fileBytes(har), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(archive[u"log"][u"version"].toString(), QStringLiteral("1.2"));
        QCOMPARE(archive[u"log"][u"entries"].toArray().size(), window.exchangesPanel()->model()->rowCount());

        QVERIFY(window.exportReport(report));
        QList<QStringList> records;
        CsvReader reader;
        QVERIFY(reader.readFile(report, [&records](int, QStringList &cells) {
            records.append(cells);
            return true;
        }));
        QCOMPARE(records.size(), 1 + ResultsFixture::RowCount);
        QVERIFY(records.constFirst().contains(u"invitation_id"));

        // Cancelling the file question writes nothing.
        const QString before = window.statusMessage();
        SaveDialog::setNextPath(QString());
        window.exportHarAction()->trigger();
        QCOMPARE(window.statusMessage(), before);

        // A file that cannot be written is said so.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.exportHar(fixture.harness.dir.filePath(QStringLiteral("missing/run.har"))));
        QVERIFY(MessageBox::lastText().contains(u"run.har"));
    }

    void revokeWithYesRevokesEveryInvitationOfTheRun()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        window.setOrganizationNames({{ResultsFixture::organization(), QStringLiteral("Sandbox Demo")}});
        window.setRequestingUserId(QStringLiteral("user_sandbox_admin1"));
        const QSet<QString> ids = fixture.invitedIds();
        const int exchangesBefore = window.exchangesPanel()->model()->rowCount();
        QSignalSpy finished(&window, &ResultsWindow::revokeFinished);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.revokeAction()->trigger();
        const QString asked = MessageBox::lastText();
        QVERIFY2(asked.contains(u"Invitations to revoke: 9") && asked.contains(u"Sandbox Demo") &&
                     asked.contains(ResultsFixture::organization()),
                 qPrintable(asked));
        QVERIFY(window.isRevoking());
        QVERIFY(!window.revokeAction()->isEnabled());
        QVERIFY(finished.wait(10'000));

        const auto summary = finished.constFirst().constFirst().value<RevokeSummary>();
        QCOMPARE(summary.revoked, ResultsFixture::InvitedCount);
        QCOMPARE(fixture.sandboxStatuses(ids), QStringList(ResultsFixture::InvitedCount, QStringLiteral("revoked")));
        QVERIFY2(window.statusMessage().contains(u"Revoked: 9. Already gone: 0. Failed: 0."),
                 qPrintable(window.statusMessage()));
        // The revoke requests are on the run's record, in the list.
        QCOMPARE(window.exchangesPanel()->model()->rowCount(), exchangesBefore + ResultsFixture::InvitedCount);
        QCOMPARE(window.currentRunId(), fixture.runId);
        QVERIFY(!window.isRevoking());
    }

    void revokeWithNoDoesNothing()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        const QSet<QString> ids = fixture.invitedIds();
        const qsizetype exchangesBefore = fixture.journal().exchanges(fixture.runId)->size();

        MessageBox::setNextAnswer(QMessageBox::No);
        window.revokeAction()->trigger();
        QVERIFY(!window.isRevoking());
        QVERIFY(window.revokeAction()->isEnabled());
        QCOMPARE(fixture.sandboxStatuses(ids), QStringList(ResultsFixture::InvitedCount, QStringLiteral("pending")));
        QCOMPARE(fixture.journal().exchanges(fixture.runId)->size(), exchangesBefore);
    }

    void revokeRefusesWhenTheConnectionPointsElsewhere()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        ClerkConfig elsewhere = fixture.client().config();
        elsewhere.setApiBaseUrl(QUrl(QStringLiteral("https://api.clerk.com/v1")));
        fixture.client().setConfig(elsewhere);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        window.revokeAction()->trigger();
        QVERIFY2(MessageBox::lastText().contains(u"https://api.clerk.com/v1"), qPrintable(MessageBox::lastText()));
        QVERIFY(!window.isRevoking());
        QCOMPARE(fixture.sandboxStatuses(fixture.invitedIds()),
                 QStringList(ResultsFixture::InvitedCount, QStringLiteral("pending")));
    }

    void refreshShowsANewRunAndKeepsTheSelection()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ResultsWindow window(&fixture.journal(), &fixture.client());
        QVERIFY(window.exchangesPanel()->selectExchange(2));
        QSignalSpy shown(&window, &ResultsWindow::runShown);

        // A second, smaller run into the same journal (the window shares it; no second connection).
        DeliveryInput second = DeliveryHarness::input(2);
        second.payloads[0].insert(QStringLiteral("email_address"), QStringLiteral("late@example.org"));
        DeliveryRun run(second, DeliveryHarness::options(), &fixture.client(), &fixture.journal(),
                        &fixture.harness.clock);
        QVERIFY(fixture.harness.drive(run));

        window.refresh();
        QCOMPARE(window.runsView()->model()->rowCount(), 2);
        QCOMPARE(window.currentRunId(), fixture.runId);
        QCOMPARE(window.exchangesPanel()->selectedRow(), 2);
        QVERIFY(shown.isEmpty());

        QVERIFY(window.showRun(run.runId()));
        QCOMPARE(window.currentRunId(), run.runId());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(window.rowsPanel()->view()->model()->rowCount(), 2);
        QCOMPARE(window.exchangesPanel()->selectedRow(), -1);
        QVERIFY(!window.showRun(9999));
    }

    void withoutRunsTheViewSaysSo()
    {
        FakeClock clock;
        QTemporaryDir dir;
        Journal journal(clock);
        QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        ResultsWindow window(&journal, nullptr);
        QCOMPARE(window.currentRunId(), 0);
        QVERIFY(anyTextContains(&window, QStringLiteral("No runs yet")));
        QVERIFY(!window.exportReportAction()->isEnabled());
        QVERIFY(!window.exportHarAction()->isEnabled());
        QVERIFY(!window.revokeAction()->isEnabled());

        Journal closed(clock);
        ResultsWindow unopened(&closed, nullptr);
        QVERIFY(!unopened.statusMessage().isEmpty());
    }
};

QTEST_MAIN(TestResultsWindow)
#include "tst_resultswindow.moc"
