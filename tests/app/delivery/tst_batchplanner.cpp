#include "delivery/BatchPlanner.h"

#include <QTest>

#include <numeric>

namespace {

QList<int> range(int count, int first = 0)
{
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), first);
    return rows;
}

QList<qsizetype> sizes(const QList<PlannedCall> &calls)
{
    QList<qsizetype> result;
    for (const PlannedCall &call : calls) {
        result.append(call.rows.size());
    }
    return result;
}

} // namespace

// BatchPlanner cuts rows into bulk calls of at most ten and halves a call to isolate the row a 422 names.
class TestBatchPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QList<qsizetype>>("expectedSizes");
        QTest::newRow("no rows, no calls") << 10 << QList<int>{} << QList<qsizetype>{};
        QTest::newRow("one row") << 10 << range(1) << QList<qsizetype>{1};
        QTest::newRow("exactly ten") << 10 << range(10) << QList<qsizetype>{10};
        QTest::newRow("eleven: ten and one") << 10 << range(11) << QList<qsizetype>{10, 1};
        QTest::newRow("twenty five") << 10 << range(25) << QList<qsizetype>{10, 10, 5};
        QTest::newRow("1000 invitees make 100 calls") << 10 << range(1000) << QList<qsizetype>(100, 10);
        QTest::newRow("max 3, seven rows") << 3 << range(7) << QList<qsizetype>{3, 3, 1};
        QTest::newRow("max 0 is clamped to 1") << 0 << range(3) << QList<qsizetype>{1, 1, 1};
        QTest::newRow("max 50 is clamped to Clerk's 10") << 50 << range(12) << QList<qsizetype>{10, 2};
    }

    void plan()
    {
        QFETCH(int, maxRows);
        QFETCH(QList<int>, rows);
        QFETCH(QList<qsizetype>, expectedSizes);
        const BatchPlanner planner(maxRows);
        const QList<PlannedCall> calls = planner.plan(rows);
        QCOMPARE(sizes(calls), expectedSizes);
        QList<int> concatenated;
        for (const PlannedCall &call : calls) {
            QCOMPARE(call.id, 0);
            concatenated += call.rows;
        }
        QCOMPARE(concatenated, rows); // every row once, in the order given
    }

    void keepsTheGivenOrder()
    {
        const QList<int> rows = {7, 3, 12, 0, 5};
        const QList<PlannedCall> calls = BatchPlanner(2).plan(rows);
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(0).rows, (QList<int>{7, 3}));
        QCOMPARE(calls.at(1).rows, (QList<int>{12, 0}));
        QCOMPARE(calls.at(2).rows, (QList<int>{5}));
    }

    void split_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QList<int>>("first");
        QTest::addColumn<QList<int>>("second");
        QTest::newRow("ten rows: five and five") << range(10) << range(5) << range(5, 5);
        QTest::newRow("seven rows: the first half is larger") << range(7) << range(4) << range(3, 4);
        QTest::newRow("two rows: one and one") << QList<int>{8, 9} << QList<int>{8} << QList<int>{9};
        QTest::newRow("three rows: two and one") << QList<int>{4, 2, 6} << QList<int>{4, 2} << QList<int>{6};
    }

    void split()
    {
        QFETCH(QList<int>, rows);
        QFETCH(QList<int>, first);
        QFETCH(QList<int>, second);
        const QList<PlannedCall> halves = BatchPlanner::split(PlannedCall{42, rows});
        QCOMPARE(halves.size(), 2);
        QCOMPARE(halves.at(0), (PlannedCall{0, first}));
        QCOMPARE(halves.at(1), (PlannedCall{0, second}));
    }

    void cannotSplit_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("a single row stands alone") << QList<int>{3};
        QTest::newRow("an empty call") << QList<int>{};
    }

    void cannotSplit()
    {
        QFETCH(QList<int>, rows);
        const PlannedCall call{42, rows};
        QCOMPARE(BatchPlanner::split(call), QList<PlannedCall>{call});
    }

    void halvingIsolatesAnyRowOfTen_data()
    {
        QTest::addColumn<int>("offending");
        for (int row = 0; row < 10; ++row) {
            QTest::addRow("offending row %d", row) << row;
        }
    }

    void halvingIsolatesAnyRowOfTen()
    {
        QFETCH(int, offending);
        PlannedCall call{0, range(10)};
        int splits = 0;
        while (call.rows.size() > 1) {
            const QList<PlannedCall> halves = BatchPlanner::split(call);
            call = halves.at(0).rows.contains(offending) ? halves.at(0) : halves.at(1);
            ++splits;
        }
        QCOMPARE(call.rows, QList<int>{offending});
        QVERIFY2(splits <= 4, "ten rows need at most four halvings");
    }
};

QTEST_GUILESS_MAIN(TestBatchPlanner)
#include "tst_batchplanner.moc"
