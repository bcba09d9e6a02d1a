#include "ResultsFixture.h"
#include "results/ExchangeListModel.h"
#include "results/RowResultsFilter.h"
#include "results/RowResultsModel.h"
#include "results/RunHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

Q_DECLARE_METATYPE(QSet<RowStatus::Value>)

namespace {

// A run written straight through the journal: rows with the given final outcomes, finished or not.
qint64 writeRun(Journal &journal, const QString &orgId, const QList<RowOutcome> &outcomes, bool finish)
{
    QList<JournalRow> rows;
    for (int i = 0; i < outcomes.size(); ++i) {
        JournalRow row;
        row.rowIndex = i;
        row.sourceRow = i + 2;
        row.email = QStringLiteral("person%1@example.org").arg(i);
        row.payloadJson = QStringLiteral(R"({"email_address":"%1"})").arg(row.email).toUtf8();
        rows.append(row);
    }
    JournalRun wanted;
    wanted.orgId = orgId;
    wanted.apiBaseUrl = QStringLiteral("http://127.0.0.1:1/v1");
    wanted.inputFingerprint = Journal::fingerprint(orgId, rows);
    const std::optional<JournalRun> run = journal.findOrCreateRun(wanted, rows);
    if (!run) {
        return 0;
    }
    QHash<int, RowOutcome> settled;
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).status != RowStatus::Pending) {
            settled.insert(i, outcomes.at(i));
        }
    }
    if (!journal.recordRowOutcomes(run->id, settled) || (finish && !journal.finishRun(run->id))) {
        return 0;
    }
    return run->id;
}

RowOutcome outcome(RowStatus::Value status)
{
    RowOutcome result;
    result.status = status;
    return result;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

// The results view's models over a real journal: the run history, the per-row results with their filter, and the
// list of HTTP exchanges, each checked by QAbstractItemModelTester.
class TestResultsModels : public QObject
{
    Q_OBJECT

private slots:
    void historyShowsTheRunWithItsCounts()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        RunHistoryModel model(&fixture.journal());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), RunHistoryModel::ColumnCount);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::RunIdRole).toLongLong(), fixture.runId);
        QCOMPARE(cell(model, 0, RunHistoryModel::OrganizationColumn), ResultsFixture::organization());
        QCOMPARE(cell(model, 0, RunHistoryModel::RowsColumn), QStringLiteral("14"));
        QCOMPARE(cell(model, 0, RunHistoryModel::StateColumn), QStringLiteral("Finished"));

        const QList<QPair<RowStatus::Value, int>> expected{{RowStatus::Invited, ResultsFixture::InvitedCount},
                                                           {RowStatus::AlreadyInvited, 1},
                                                           {RowStatus::AlreadyMember, 1},
                                                           {RowStatus::Invalid, 1},
                                                           {RowStatus::Duplicate, 1},
                                                           {RowStatus::Failed, 1},
                                                           {RowStatus::Pending, 0}};
        for (const auto &[status, count] : expected) {
            const int column = RunHistoryModel::columnOfStatus(status);
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), RowStatus::title(status));
            QCOMPARE(model.index(0, column).data().toInt(), count);
        }
        const auto run = model.index(0, 0).data(RunHistoryModel::RunRole).value<JournalRun>();
        QCOMPARE(run.id, fixture.runId);

        model.setOrganizationNames({{ResultsFixture::organization(), QStringLiteral("Sandbox Demo")}});
        QCOMPARE(cell(model, 0, RunHistoryModel::OrganizationColumn),
                 QStringLiteral("Sandbox Demo (%1)").arg(ResultsFixture::organization()));
    }

    void historyListsNewestFirstWithTheirState()
    {
        FakeClock clock;
        QTemporaryDir dir;
        Journal journal(clock);
        QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        RunHistoryModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 0);

        const qint64 finished = writeRun(journal, QStringLiteral("org_a"), {outcome(RowStatus::Invited)}, true);
        clock.advance(60'000);
        const qint64 unfinished = writeRun(journal, QStringLiteral("org_b"),
                                           {outcome(RowStatus::Failed), outcome(RowStatus::Pending)}, false);
        clock.advance(60'000);
        const qint64 interrupted = writeRun(journal, QStringLiteral("org_c"), {outcome(RowStatus::Pending)}, false);
        QVERIFY(finished && unfinished && interrupted);
        QVERIFY(journal.markInterrupted(interrupted));

        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfRun(interrupted), 0);
        QCOMPARE(model.rowOfRun(unfinished), 1);
        QCOMPARE(model.rowOfRun(finished), 2);
        QCOMPARE(model.rowOfRun(999), -1);
        QCOMPARE(cell(model, 0, RunHistoryModel::StateColumn), QStringLiteral("Interrupted"));
        QCOMPARE(cell(model, 1, RunHistoryModel::StateColumn), QStringLiteral("Unfinished"));
        QCOMPARE(cell(model, 2, RunHistoryModel::StateColumn), QStringLiteral("Finished"));
        QCOMPARE(model.index(1, RunHistoryModel::columnOfStatus(RowStatus::Pending)).data().toInt(), 1);
        QCOMPARE(model.index(1, RunHistoryModel::columnOfStatus(RowStatus::Failed)).data().toInt(), 1);
        QVERIFY(model.index(0, RunHistoryModel::StartedColumn).data(RunHistoryModel::SortRole).toLongLong() >
                model.index(2, RunHistoryModel::StartedColumn).data(RunHistoryModel::SortRole).toLongLong());
    }

    void historyWithoutAnOpenJournalIsEmptyAndSaysSo()
    {
        RunHistoryModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.refresh());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorString().isEmpty());

        FakeClock clock;
        Journal closed(clock);
        model.setJournal(&closed);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorString().isEmpty());
    }

    void rowResultsShowEveryRowOfTheRun()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        RowResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(fixture.journal(), fixture.runId));
        QCOMPARE(model.rowCount(), ResultsFixture::RowCount);
        QCOMPARE(model.columnCount(), RowResultsModel::ColumnCount);

        const auto counts = model.statusCounts();
        QCOMPARE(counts[RowStatus::Invited], ResultsFixture::InvitedCount);
        QCOMPARE(counts[RowStatus::Failed], 1);
        QCOMPARE(counts[RowStatus::Pending], 0);

        // Row 0 was invited: the row number is the input file's, the id Clerk's.
        QCOMPARE(cell(model, 0, RowResultsModel::RowColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 0, RowResultsModel::EmailColumn), QStringLiteral("user0@example.org"));
        QCOMPARE(cell(model, 0, RowResultsModel::StatusColumn), RowStatus::title(RowStatus::Invited));
        QCOMPARE(model.index(0, RowResultsModel::EmailColumn).data(RowResultsModel::StatusRole).toInt(),
                 int(RowStatus::Invited));
        QVERIFY(fixture.invitedIds().contains(cell(model, 0, RowResultsModel::InvitationIdColumn)));
        QCOMPARE(cell(model, 0, RowResultsModel::HttpStatusColumn), QStringLiteral("200"));

        // Row 6 failed on Clerk's 422, with Clerk's words.
        QCOMPARE(model.index(6, 0).data(RowResultsModel::StatusRole).toInt(), int(RowStatus::Failed));
        QCOMPARE(cell(model, 6, RowResultsModel::HttpStatusColumn), QStringLiteral("422"));
        QCOMPARE(cell(model, 6, RowResultsModel::MessageColumn),
                 QStringLiteral("expires_in_days must be between 1 and 365."));
        QVERIFY(cell(model, 6, RowResultsModel::ErrorCodeColumn).startsWith(u"form_param_"));
        QVERIFY(!cell(model, 6, RowResultsModel::TraceIdColumn).isEmpty());

        // Row 12 never left: no HTTP status.
        QCOMPARE(model.index(12, 0).data(RowResultsModel::StatusRole).toInt(), int(RowStatus::Invalid));
        QCOMPARE(cell(model, 12, RowResultsModel::HttpStatusColumn), QString());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filterKeepsTheChosenStatuses_data()
    {
        QTest::addColumn<QSet<RowStatus::Value>>("statuses");
        QTest::addColumn<int>("expectedRows");

        QTest::newRow("no filter shows every row") << QSet<RowStatus::Value>() << ResultsFixture::RowCount;
        QTest::newRow("invited only") << QSet<RowStatus::Value>{RowStatus::Invited} << ResultsFixture::InvitedCount;
        QTest::newRow("problems: invalid, duplicate, failed") << RowResultsFilter::problemStatuses() << 3;
        QTest::newRow("already invited or member")
            << QSet<RowStatus::Value>{RowStatus::AlreadyInvited, RowStatus::AlreadyMember} << 2;
        QTest::newRow("a status no row has") << QSet<RowStatus::Value>{RowStatus::Pending} << 0;
    }

    void filterKeepsTheChosenStatuses()
    {
        QFETCH(QSet<RowStatus::Value>, statuses);
        QFETCH(int, expectedRows);

        ResultsFixture fixture;
        QVERIFY(fixture.init());
        RowResultsModel model;
        RowResultsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(fixture.journal(), fixture.runId));
        filter.setStatuses(statuses);
        QCOMPARE(filter.rowCount(), expectedRows);
        for (int row = 0; row < filter.rowCount(); ++row) {
            const auto status = RowStatus::Value(filter.index(row, 0).data(RowResultsModel::StatusRole).toInt());
            QVERIFY(statuses.isEmpty() || statuses.contains(status));
        }
        filter.showAll();
        QCOMPARE(filter.rowCount(), ResultsFixture::RowCount);
    }

    void sortingIsNumericWhereItShouldBe()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        RowResultsModel model;
        RowResultsFilter filter;
        filter.setSourceModel(&model);
        QVERIFY(model.load(fixture.journal(), fixture.runId));

        filter.sort(RowResultsModel::RowColumn, Qt::DescendingOrder);
        QCOMPARE(cell(filter, 0, RowResultsModel::RowColumn), QStringLiteral("15"));
        QCOMPARE(cell(filter, ResultsFixture::RowCount - 1, RowResultsModel::RowColumn), QStringLiteral("2"));

        filter.sort(RowResultsModel::HttpStatusColumn, Qt::DescendingOrder);
        QCOMPARE(cell(filter, 0, RowResultsModel::HttpStatusColumn), QStringLiteral("422"));
    }

    void exchangesListTheRunsHttpTraffic()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        ExchangeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(fixture.journal(), fixture.runId));
        QVERIFY(model.rowCount() >= 4); // pre-flight listings, the 502, its lookup, the bulk calls
        const std::optional<QList<ApiExchange>> journaled = fixture.journal().exchanges(fixture.runId);
        QVERIFY(journaled);
        QCOMPARE(model.exchanges(), *journaled);

        int bulkOk = 0;
        int badGateway = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto exchange = model.index(row, 0).data(ExchangeListModel::ExchangeRole).value<ApiExchange>();
            QCOMPARE(exchange, model.exchangeAt(row));
            QCOMPARE(cell(model, row, ExchangeListModel::MethodColumn), QString::fromLatin1(exchange.method));
            QCOMPARE(cell(model, row, ExchangeListModel::PathColumn), ExchangeListModel::pathAndQuery(exchange.url));
            QVERIFY(cell(model, row, ExchangeListModel::PathColumn).startsWith(u"/v1/"));
            QCOMPARE(model.index(row, ExchangeListModel::DurationColumn).data(ExchangeListModel::SortRole),
                     QVariant(exchange.totalMs));
            QCOMPARE(model.index(row, ExchangeListModel::SizeColumn).data(ExchangeListModel::SortRole).toLongLong(),
                     exchange.responseBody.size());
            if (exchange.status == 200 && exchange.url.path().endsWith(u"/invitations/bulk")) {
                ++bulkOk;
                QCOMPARE(cell(model, row, ExchangeListModel::StatusColumn), QStringLiteral("200 OK"));
                QVERIFY(!model.index(row, 0).data(ExchangeListModel::FailedRole).toBool());
            }
            if (exchange.status == 502) {
                ++badGateway;
                QVERIFY(model.index(row, 0).data(ExchangeListModel::FailedRole).toBool());
            }
        }
        QVERIFY(bulkOk >= 1);
        QCOMPARE(badGateway, 1);
    }

    void exchangeStatusTexts_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("expected");

        QTest::newRow("answered") << 200 << QByteArray("OK") << false << QStringLiteral("200 OK");
        QTest::newRow("answered without a reason phrase") << 429 << QByteArray() << false << QStringLiteral("429");
        QTest::newRow("connection reset") << 0 << QByteArray() << false << QStringLiteral("No response");
        QTest::newRow("refused before sending") << 0 << QByteArray() << true << QStringLiteral("Not sent");
    }

    void exchangeStatusTexts()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(bool, refused);
        QFETCH(QString, expected);
        ApiExchange exchange;
        exchange.status = status;
        exchange.statusText = reason;
        exchange.refused = refused;
        QCOMPARE(ExchangeListModel::statusText(exchange), expected);
    }

    void exchangesGrowWhileARunGoesOn()
    {
        ExchangeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ApiExchange exchange;
        exchange.method = "GET";
        exchange.url = QUrl(QStringLiteral("http://127.0.0.1:1/v1/organizations/org_1/invitations?status=pending"));
        model.append(exchange);
        model.append(exchange);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 1, ExchangeListModel::PathColumn),
                 QStringLiteral("/v1/organizations/org_1/invitations?status=pending"));
    }
};

QTEST_GUILESS_MAIN(TestResultsModels)
#include "tst_resultsmodels.moc"
