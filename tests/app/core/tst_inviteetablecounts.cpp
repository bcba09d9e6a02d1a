#include "core/InviteeTable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// What the editor adds to the table: whole rows put back with their statuses (undoing a removal), the status the
// status column shows, and the row counts of the status bar and the Send action.
class TestInviteeTableCounts : public QObject
{
    Q_OBJECT

    static Invitee invitee(const QString &email, int sourceRow = 0)
    {
        Invitee result;
        result.setValue(Invitee::Email, email);
        result.setSourceRow(sourceRow);
        return result;
    }

    struct Fixture
    {
        InviteeTable table;
        QAbstractItemModelTester tester{&table, QAbstractItemModelTester::FailureReportingMode::Fatal};
    };

private slots:
    void insertInviteesKeepsRowsAndStatuses()
    {
        Fixture f;
        f.table.setInvitees({invitee(QStringLiteral("a@example.com"), 2), invitee(QStringLiteral("d@example.com"), 5)});
        Invitee withCells = invitee(QStringLiteral("b@example.com"), 3);
        withCells.setSourceCells({QStringLiteral("b@example.com"), QStringLiteral("kept")});
        const QList<Invitee> rows{withCells, invitee(QStringLiteral("a@example.com"), 4)};
        QSignalSpy problems(&f.table, &InviteeTable::problemsChanged);

        QVERIFY(f.table.insertInvitees(1, rows, {RowStatus::Invited}));
        QCOMPARE(f.table.rowCount(), 4);
        QCOMPARE(f.table.invitee(1), withCells);
        QCOMPARE(f.table.invitee(2), rows.at(1));
        QCOMPARE(f.table.rowStatus(1), RowStatus::Invited);
        QCOMPARE(f.table.rowStatus(2), RowStatus::Pending); // statuses shorter than the rows
        QCOMPARE(f.table.index(2, Invitee::Email).data(InviteeTable::ProblemRole).toString(),
                 QStringLiteral("same email as row 2"));
        QCOMPARE(problems.count(), 1);

        QVERIFY(!f.table.insertInvitees(5, rows));
        QVERIFY(!f.table.insertInvitees(-1, rows));
        QVERIFY(!f.table.insertInvitees(0, {}));
    }

    void insertInviteesInABulkEditRevalidatesAtTheEnd()
    {
        Fixture f;
        f.table.setInvitees({invitee(QStringLiteral("a@example.com"))});
        QSignalSpy problems(&f.table, &InviteeTable::problemsChanged);
        f.table.beginBulkEdit();
        QVERIFY(f.table.insertInvitees(1, {invitee(QStringLiteral("a@example.com"))}));
        QCOMPARE(problems.count(), 0);
        f.table.endBulkEdit();
        QCOMPARE(problems.count(), 1);
        QCOMPARE(f.table.duplicateRowCount(), 1);
    }

    void resetWithStatuses()
    {
        Fixture f;
        f.table.setInvitees({invitee(QStringLiteral("a@example.com")), invitee(QStringLiteral("b@example.com"))},
                            {RowStatus::Invited});
        QCOMPARE(f.table.rowStatus(0), RowStatus::Invited);
        QCOMPARE(f.table.rowStatus(1), RowStatus::Pending);
        QCOMPARE(f.table.sendableRowCount(), 1);
    }

    void effectiveStatus()
    {
        Fixture f;
        Invitee badRole = invitee(QStringLiteral("c@example.com"));
        badRole.setValue(Invitee::Role, QStringLiteral("Admin"));
        f.table.setInvitees({invitee(QStringLiteral("a@example.com")), invitee(QStringLiteral("a@example.com")),
                             badRole, invitee(QStringLiteral("d@example.com"))});
        QCOMPARE(f.table.effectiveStatus(0), RowStatus::Pending);
        QCOMPARE(f.table.effectiveStatus(1), RowStatus::Duplicate);
        QCOMPARE(f.table.effectiveStatus(2), RowStatus::Invalid);
        f.table.setRowStatus(3, RowStatus::Failed);
        QCOMPARE(f.table.effectiveStatus(3), RowStatus::Failed);
        f.table.setRowStatus(2, RowStatus::AlreadyMember); // a final delivery status wins over validation
        QCOMPARE(f.table.effectiveStatus(2), RowStatus::AlreadyMember);
    }

    void counts_data()
    {
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<int>("invitedRow"); // -1: none
        QTest::addColumn<int>("invalidRows");
        QTest::addColumn<int>("duplicateRows");
        QTest::addColumn<int>("sendableRows");

        QTest::newRow("empty table") << QStringList() << -1 << 0 << 0 << 0;
        QTest::newRow("all fine") << QStringList{QStringLiteral("a@x.com"), QStringLiteral("b@x.com")} << -1 << 0 << 0
                                  << 2;
        QTest::newRow("one invalid, one duplicate")
            << QStringList{QStringLiteral("a@x.com"), QStringLiteral("bad"), QStringLiteral("A@x.com")} << -1 << 2 << 1
            << 1;
        QTest::newRow("invited rows are not sendable")
            << QStringList{QStringLiteral("a@x.com"), QStringLiteral("b@x.com")} << 0 << 0 << 0 << 1;
        QTest::newRow("a repeated email")
            << QStringList{QStringLiteral("a@x.com"), QStringLiteral("a@x.com")} << -1 << 1 << 1 << 1;
    }

    void counts()
    {
        QFETCH(QStringList, emails);
        QFETCH(int, invitedRow);
        QFETCH(int, invalidRows);
        QFETCH(int, duplicateRows);
        QFETCH(int, sendableRows);
        Fixture f;
        QList<Invitee> rows;
        for (const QString &email : emails) {
            rows.append(invitee(email));
        }
        f.table.setInvitees(rows);
        if (invitedRow >= 0) {
            f.table.setRowStatus(invitedRow, RowStatus::Invited);
        }
        QCOMPARE(f.table.invalidRowCount(), invalidRows);
        QCOMPARE(f.table.duplicateRowCount(), duplicateRows);
        QCOMPARE(f.table.sendableRowCount(), sendableRows);
    }

    void duplicateRowWithAnotherProblemIsInvalid()
    {
        Fixture f;
        Invitee second = invitee(QStringLiteral("a@example.com"));
        second.setValue(Invitee::Notify, QStringLiteral("maybe"));
        f.table.setInvitees({invitee(QStringLiteral("a@example.com")), second});
        QCOMPARE(f.table.invalidRowCount(), 1);
        QCOMPARE(f.table.duplicateRowCount(), 0);
        QCOMPARE(f.table.effectiveStatus(1), RowStatus::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestInviteeTableCounts)
#include "tst_inviteetablecounts.moc"
