#include "core/InviteeTable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

// The editor's model: Qt's model tester watches every change while the tests edit, insert, remove and reset, and the
// problem roles must follow each edit, including on rows the edit did not touch.
class TestInviteeTable : public QObject
{
    Q_OBJECT

    static Invitee invitee(const QString &email, int sourceRow = 0)
    {
        Invitee result;
        result.setValue(Invitee::Email, email);
        result.setSourceRow(sourceRow);
        return result;
    }

    static QList<Invitee> invitees(const QStringList &emails)
    {
        QList<Invitee> result;
        for (const QString &email : emails) {
            result.append(invitee(email));
        }
        return result;
    }

    // A table already watched by QAbstractItemModelTester, which aborts the test on any inconsistency.
    struct Fixture
    {
        InviteeTable table;
        QAbstractItemModelTester tester{&table, QAbstractItemModelTester::FailureReportingMode::Fatal};
    };

    static QString problem(const InviteeTable &table, int row, Invitee::Field field)
    {
        return table.index(row, field).data(InviteeTable::ProblemRole).toString();
    }

    // The cells named by the dataChanged() emissions that carried the given role.
    static QList<std::pair<int, int>> changedCells(const QSignalSpy &spy, int role)
    {
        QList<std::pair<int, int>> cells;
        for (const QList<QVariant> &arguments : spy) {
            const auto roles = arguments.at(2).value<QList<int>>();
            if (!roles.isEmpty() && !roles.contains(role)) {
                continue;
            }
            const auto topLeft = arguments.at(0).value<QModelIndex>();
            const auto bottomRight = arguments.at(1).value<QModelIndex>();
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
                    cells.append({row, column});
                }
            }
        }
        return cells;
    }

    using Cells = QList<std::pair<int, int>>;

private slots:
    void shapeAndHeaders()
    {
        Fixture f;
        QList<Invitee> rows = invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        rows[1].setSourceRow(7);
        f.table.setInvitees(rows);
        QCOMPARE(f.table.rowCount(), 2);
        QCOMPARE(f.table.columnCount(), Invitee::FieldCount);
        QCOMPARE(f.table.rowCount(f.table.index(0, 0)), 0);
        for (const Invitee::Field field : Invitee::allFields()) {
            QCOMPARE(f.table.headerData(field, Qt::Horizontal).toString(), Invitee::fieldTitle(field));
            QCOMPARE(f.table.headerData(field, Qt::Horizontal, Qt::ToolTipRole).toString(), Invitee::fieldKey(field));
            QVERIFY(f.table.flags(f.table.index(0, field)).testFlag(Qt::ItemIsEditable));
        }
        QCOMPARE(f.table.headerData(0, Qt::Vertical).toInt(), 1); // typed: its position
        QCOMPARE(f.table.headerData(1, Qt::Vertical).toInt(), 7); // imported: its spreadsheet row
        QCOMPARE(f.table.index(1, Invitee::Notify).data(InviteeTable::SourceRowRole).toInt(), 7);
        QCOMPARE(f.table.invitees(), rows);
        QCOMPARE(f.table.invitee(1), rows.at(1));
    }

    void rawTextShown()
    {
        Fixture f;
        Invitee row = invitee(QStringLiteral("  ada@example.com "));
        row.setValue(Invitee::Notify, QStringLiteral(" YES"));
        f.table.setInvitees({row});
        for (const int role : {int(Qt::DisplayRole), int(Qt::EditRole)}) {
            QCOMPARE(f.table.index(0, Invitee::Email).data(role).toString(), QStringLiteral("  ada@example.com "));
            QCOMPARE(f.table.index(0, Invitee::Notify).data(role).toString(), QStringLiteral(" YES"));
        }
    }

    void setDataRefused_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("foreignIndex");
        QTest::addColumn<bool>("invalidIndex");
        QTest::newRow("display role") << int(Qt::DisplayRole) << false << false;
        QTest::newRow("tooltip role") << int(Qt::ToolTipRole) << false << false;
        QTest::newRow("problem role") << int(InviteeTable::ProblemRole) << false << false;
        QTest::newRow("row status role") << int(InviteeTable::RowStatusRole) << false << false;
        QTest::newRow("invalid index") << int(Qt::EditRole) << false << true;
        QTest::newRow("index of another model") << int(Qt::EditRole) << true << false;
    }

    void setDataRefused()
    {
        QFETCH(int, role);
        QFETCH(bool, foreignIndex);
        QFETCH(bool, invalidIndex);
        Fixture f;
        f.table.setInvitees(invitees({QStringLiteral("a@example.com")}));
        InviteeTable other;
        other.setInvitees(invitees({QStringLiteral("b@example.com")}));
        const QModelIndex index = invalidIndex   ? QModelIndex()
                                  : foreignIndex ? other.index(0, Invitee::Email)
                                                 : f.table.index(0, Invitee::Email);
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        QVERIFY(!f.table.setData(index, QStringLiteral("x@example.com"), role));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.table.invitee(0).value(Invitee::Email), QStringLiteral("a@example.com"));
    }

    void setDataStoresAndSignalsTheCell()
    {
        Fixture f;
        f.table.setInvitees(invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        QSignalSpy problems(&f.table, &InviteeTable::problemsChanged);

        QVERIFY(f.table.setData(f.table.index(1, Invitee::Role), QStringLiteral("org:admin")));
        QCOMPARE(f.table.invitee(1).value(Invitee::Role), QStringLiteral("org:admin"));
        QCOMPARE(changedCells(changed, Qt::DisplayRole), (Cells{{1, Invitee::Role}}));
        QCOMPARE(changedCells(changed, InviteeTable::ProblemRole), Cells());
        QCOMPARE(problems.count(), 0);

        // The same text again changes nothing and says so by not signalling.
        changed.clear();
        QVERIFY(f.table.setData(f.table.index(1, Invitee::Role), QStringLiteral("org:admin")));
        QCOMPARE(changed.count(), 0);
    }

    void problemRoles_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid email") << int(Invitee::Email) << QStringLiteral("x@y")
                                       << QStringLiteral("'x@y' is not a valid email address");
        QTest::newRow("bad role") << int(Invitee::Role) << QStringLiteral("Admin")
                                  << QStringLiteral("'Admin' is not a role key; role keys look like org:admin");
        QTest::newRow("metadata array") << int(Invitee::PrivateMetadata) << QStringLiteral("[]")
                                        << QStringLiteral("must be a JSON object, not an array");
    }

    void problemRoles()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(QString, message);
        Fixture f;
        f.table.setInvitees(invitees({QStringLiteral("a@example.com")}));
        const QModelIndex cell = f.table.index(0, field);
        QCOMPARE(cell.data(InviteeTable::ProblemRole).toString(), QString());
        QVERIFY(!cell.data(InviteeTable::ProblemKindRole).isValid());
        QVERIFY(!cell.data(Qt::ToolTipRole).isValid());

        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        QSignalSpy problems(&f.table, &InviteeTable::problemsChanged);
        QVERIFY(f.table.setData(cell, text));
        QCOMPARE(cell.data(InviteeTable::ProblemRole).toString(), message);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), message);
        QCOMPARE(cell.data(InviteeTable::ProblemKindRole).toInt(), int(CellProblem::Invalid));
        QCOMPARE(changedCells(changed, InviteeTable::ProblemRole), (Cells{{0, field}}));
        QCOMPARE(problems.count(), 1);
        QCOMPARE(f.table.problemCount(), 1);
        QCOMPARE(f.table.invalidRowCount(), 1);
        QCOMPARE(f.table.validationStatus(0), RowStatus::Invalid);

        // Put right again: the problem goes and the cell says so.
        changed.clear();
        QVERIFY(f.table.setData(cell, field == Invitee::Email ? QStringLiteral("a@example.com") : QString()));
        QCOMPARE(cell.data(InviteeTable::ProblemRole).toString(), QString());
        QVERIFY(!cell.data(Qt::ToolTipRole).isValid());
        QCOMPARE(changedCells(changed, InviteeTable::ProblemRole), (Cells{{0, field}}));
        QCOMPARE(problems.count(), 2);
        QCOMPARE(f.table.problemCount(), 0);
        QCOMPARE(f.table.validationStatus(0), RowStatus::Pending);
    }

    void editClearsDuplicateOnAnotherRow()
    {
        Fixture f;
        f.table.setInvitees(invitees(
            {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"), QStringLiteral("A@example.com")}));
        QCOMPARE(problem(f.table, 2, Invitee::Email), QStringLiteral("same email as row 1"));
        QCOMPARE(f.table.index(2, Invitee::Email).data(InviteeTable::ProblemKindRole).toInt(),
                 int(CellProblem::Duplicate));
        QCOMPARE(f.table.validationStatus(2), RowStatus::Duplicate);

        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        QVERIFY(f.table.setData(f.table.index(0, Invitee::Email), QStringLiteral("z@example.com")));
        QCOMPARE(problem(f.table, 2, Invitee::Email), QString());
        QCOMPARE(f.table.problemCount(), 0);
        // The edited cell, and the other row whose problem went; nothing else.
        QCOMPARE(changedCells(changed, Qt::DisplayRole), (Cells{{0, Invitee::Email}}));
        QCOMPARE(changedCells(changed, InviteeTable::ProblemRole), (Cells{{2, Invitee::Email}}));
    }

    void editMakesAnotherRowDuplicate()
    {
        Fixture f;
        f.table.setInvitees(invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        // Row 1 takes row 2's address: row 2, the later one, is the duplicate.
        QVERIFY(f.table.setData(f.table.index(0, Invitee::Email), QStringLiteral(" B@example.com ")));
        QCOMPARE(problem(f.table, 0, Invitee::Email), QString());
        QCOMPARE(problem(f.table, 1, Invitee::Email), QStringLiteral("same email as row 1"));
        QCOMPARE(changedCells(changed, InviteeTable::ProblemRole), (Cells{{1, Invitee::Email}}));
    }

    void insertRows()
    {
        Fixture f;
        QList<Invitee> rows = invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        rows[1].setValue(Invitee::Role, QStringLiteral("Admin"));
        f.table.setInvitees(rows);
        f.table.setRowStatus(1, RowStatus::Failed);
        QSignalSpy problems(&f.table, &InviteeTable::problemsChanged);

        QVERIFY(f.table.insertRows(1, 2));
        QCOMPARE(f.table.rowCount(), 4);
        QCOMPARE(f.table.invitee(1), Invitee());
        QCOMPARE(f.table.rowStatus(1), RowStatus::Pending);
        QCOMPARE(f.table.rowStatus(3), RowStatus::Failed);
        // The new rows lack an email; the bad role moved down with its row.
        QCOMPARE(problem(f.table, 1, Invitee::Email), QStringLiteral("missing email address"));
        QCOMPARE(problem(f.table, 2, Invitee::Email), QStringLiteral("missing email address"));
        QCOMPARE(problem(f.table, 3, Invitee::Role),
                 QStringLiteral("'Admin' is not a role key; role keys look like org:admin"));
        QCOMPARE(problem(f.table, 1, Invitee::Role), QString());
        QCOMPARE(f.table.invalidRowCount(), 3);
        QCOMPARE(problems.count(), 1);

        QVERIFY(f.table.insertRows(4, 1)); // at the end
        QCOMPARE(f.table.rowCount(), 5);
        QVERIFY(!f.table.insertRows(6, 1));
        QVERIFY(!f.table.insertRows(-1, 1));
        QVERIFY(!f.table.insertRows(0, 0));
        QVERIFY(!f.table.insertRows(0, 1, f.table.index(0, 0)));
    }

    void removeRows()
    {
        Fixture f;
        QList<Invitee> rows = invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                                        QStringLiteral("a@example.com"), QStringLiteral("c@example.com")});
        rows[3].setValue(Invitee::Notify, QStringLiteral("maybe"));
        f.table.setInvitees(rows);
        f.table.setRowStatus(3, RowStatus::Invited);
        QCOMPARE(problem(f.table, 2, Invitee::Email), QStringLiteral("same email as row 1"));
        QSignalSpy problems(&f.table, &InviteeTable::problemsChanged);

        // Removing the first "a" leaves the second one alone: no longer a duplicate.
        QVERIFY(f.table.removeRows(0, 1));
        QCOMPARE(f.table.rowCount(), 3);
        QCOMPARE(problem(f.table, 1, Invitee::Email), QString());
        QCOMPARE(problem(f.table, 2, Invitee::Notify),
                 QStringLiteral("'maybe' is not a yes or no; write true or false, yes or no, 1 or 0"));
        QCOMPARE(f.table.rowStatus(2), RowStatus::Invited);
        QCOMPARE(problems.count(), 1);

        // Removing a row with a problem changes the problem list even though no remaining cell changes.
        QVERIFY(f.table.removeRows(2, 1));
        QCOMPARE(f.table.problemCount(), 0);
        QCOMPARE(problems.count(), 2);

        QVERIFY(!f.table.removeRows(1, 2));
        QVERIFY(!f.table.removeRows(-1, 1));
        QVERIFY(!f.table.removeRows(0, 0));
        QVERIFY(f.table.removeRows(0, 2));
        QCOMPARE(f.table.rowCount(), 0);
    }

    void duplicateMessageFollowsRowNumbers()
    {
        Fixture f;
        f.table.setInvitees(invitees({QStringLiteral("a@example.com"), QStringLiteral("a@example.com")}));
        QCOMPARE(problem(f.table, 1, Invitee::Email), QStringLiteral("same email as row 1"));
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        QVERIFY(f.table.insertRows(0, 1));
        // Typed rows are named by position, so the message changes with it.
        QCOMPARE(problem(f.table, 2, Invitee::Email), QStringLiteral("same email as row 2"));
        QVERIFY(changedCells(changed, InviteeTable::ProblemRole).contains(std::pair(2, int(Invitee::Email))));
    }

    void bulkEditRevalidatesOnce()
    {
        Fixture f;
        f.table.setInvitees(invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        QSignalSpy problems(&f.table, &InviteeTable::problemsChanged);
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);

        f.table.beginBulkEdit();
        f.table.beginBulkEdit(); // nested, as a paste inside an undo macro would
        QVERIFY(f.table.isInBulkEdit());
        QVERIFY(f.table.setData(f.table.index(0, Invitee::Email), QStringLiteral("b@example.com")));
        QVERIFY(f.table.setData(f.table.index(0, Invitee::Role), QStringLiteral("Admin")));
        QVERIFY(f.table.setData(f.table.index(1, Invitee::Notify), QStringLiteral("perhaps")));
        QVERIFY(f.table.insertRows(2, 1));
        QCOMPARE(f.table.problemCount(), 0); // not yet revalidated
        QCOMPARE(problems.count(), 0);
        QCOMPARE(changedCells(changed, Qt::DisplayRole).size(), 3);
        f.table.endBulkEdit();
        QCOMPARE(problems.count(), 0);
        f.table.endBulkEdit();
        QVERIFY(!f.table.isInBulkEdit());

        QCOMPARE(problems.count(), 1);
        QCOMPARE(f.table.problemCount(), 4);
        QCOMPARE(problem(f.table, 1, Invitee::Email), QStringLiteral("same email as row 1"));
        QCOMPARE(changedCells(changed, InviteeTable::ProblemRole),
                 (Cells{{0, Invitee::Role}, {1, Invitee::Email}, {1, Invitee::Notify}, {2, Invitee::Email}}));
    }

    void rowStatusRole()
    {
        Fixture f;
        f.table.setInvitees(invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        for (int column = 0; column < Invitee::FieldCount; ++column) {
            QCOMPARE(f.table.index(1, column).data(InviteeTable::RowStatusRole).toInt(), int(RowStatus::Pending));
        }
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        f.table.setRowStatus(1, RowStatus::Invited);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), f.table.index(1, 0));
        QCOMPARE(changed.first().at(1).value<QModelIndex>(), f.table.index(1, Invitee::FieldCount - 1));
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{InviteeTable::RowStatusRole});
        QCOMPARE(f.table.index(1, Invitee::Role).data(InviteeTable::RowStatusRole).toInt(), int(RowStatus::Invited));
        QCOMPARE(f.table.rowStatus(1), RowStatus::Invited);
        QCOMPARE(f.table.rowStatus(0), RowStatus::Pending);

        f.table.setRowStatus(1, RowStatus::Invited); // unchanged
        f.table.setRowStatus(5, RowStatus::Failed);  // no such row
        f.table.setRowStatus(-1, RowStatus::Failed);
        QCOMPARE(changed.count(), 1);

        // A reset starts every row over.
        f.table.setInvitees(f.table.invitees());
        QCOMPARE(f.table.rowStatus(1), RowStatus::Pending);
    }

    void resetSignalsProblems()
    {
        Fixture f;
        QSignalSpy problems(&f.table, &InviteeTable::problemsChanged);
        QSignalSpy reset(&f.table, &QAbstractItemModel::modelReset);
        f.table.setInvitees(invitees({QStringLiteral("x@y"), QString(), QStringLiteral("ok@example.com")}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(problems.count(), 1);
        QCOMPARE(f.table.problemCount(), 2);
        QCOMPARE(f.table.invalidRowCount(), 2);
        QCOMPARE(f.table.problems().at(1).row, 1);
        QCOMPARE(problem(f.table, 1, Invitee::Email), QStringLiteral("missing email address"));
        f.table.setInvitees({});
        QCOMPARE(f.table.problemCount(), 0);
        QCOMPARE(f.table.rowCount(), 0);
    }

    void defaultRoleRevalidates()
    {
        Fixture f;
        QList<Invitee> rows = invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        rows[1].setValue(Invitee::Role, QStringLiteral("org:admin"));
        f.table.setInvitees(rows);
        QCOMPARE(f.table.defaultRole(), QStringLiteral("org:member"));
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);

        f.table.setDefaultRole(QStringLiteral("Viewer"));
        QCOMPARE(f.table.defaultRole(), QStringLiteral("Viewer"));
        QCOMPARE(f.table.validator().defaultRole(), QStringLiteral("Viewer"));
        QCOMPARE(problem(f.table, 0, Invitee::Role),
                 QStringLiteral("no role given and the default role 'Viewer' is not a role key; role keys look like "
                                "org:admin"));
        QCOMPARE(problem(f.table, 1, Invitee::Role), QString());
        QCOMPARE(changedCells(changed, InviteeTable::ProblemRole), (Cells{{0, Invitee::Role}}));

        Validator validator;
        validator.setDefaultRole(QStringLiteral("org:viewer"));
        f.table.setValidator(validator);
        QCOMPARE(f.table.problemCount(), 0);
    }

    void manyChangedCellsSignalledAsOneRange()
    {
        Fixture f;
        QList<Invitee> rows;
        for (int i = 0; i < 1000; ++i) {
            rows.append(invitee(QStringLiteral("person%1@example.com").arg(i)));
        }
        f.table.setInvitees(rows);
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        f.table.setDefaultRole(QStringLiteral("nobody"));
        QCOMPARE(f.table.problemCount(), 1000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), f.table.index(0, Invitee::Role));
        QCOMPARE(changed.first().at(1).value<QModelIndex>(), f.table.index(999, Invitee::Role));
    }

    void behindSortFilterProxy()
    {
        Fixture f;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&f.table);
        proxy.setDynamicSortFilter(true);
        proxy.sort(Invitee::Email);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

        f.table.setInvitees(invitees(
            {QStringLiteral("c@example.com"), QStringLiteral("a@example.com"), QStringLiteral("c@example.com")}));
        QCOMPARE(proxy.index(0, Invitee::Email).data().toString(), QStringLiteral("a@example.com"));
        QVERIFY(proxy.setData(proxy.index(0, Invitee::Email), QStringLiteral("d@example.com")));
        QCOMPARE(proxy.index(2, Invitee::Email).data().toString(), QStringLiteral("d@example.com"));
        QVERIFY(proxy.insertRows(0, 1));
        QVERIFY(proxy.removeRows(0, 2));
        QCOMPARE(f.table.rowCount(), 2);
        f.table.setInvitees({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    // QBENCHMARK runs once under ctest; run with -iterations 20 (Release) to measure one edit on a large table.
    void benchmarkEditLargeTable()
    {
        InviteeTable table;
        QList<Invitee> rows;
        rows.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            rows.append(invitee(QStringLiteral("person%1@example.com").arg(i), i + 2));
        }
        table.setInvitees(rows);
        const QModelIndex cell = table.index(50000, Invitee::Email);
        bool duplicate = false;
        QBENCHMARK
        {
            duplicate = !duplicate;
            table.setData(cell, duplicate ? QStringLiteral("person1@example.com") : QStringLiteral("new@example.com"));
        }
        QCOMPARE(table.problemCount(), duplicate ? 1 : 0);
    }

    void roleNames()
    {
        const InviteeTable table;
        const QHash<int, QByteArray> names = table.roleNames();
        QCOMPARE(names.value(InviteeTable::ProblemRole), QByteArray("problem"));
        QCOMPARE(names.value(InviteeTable::RowStatusRole), QByteArray("rowStatus"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    }
};

QTEST_GUILESS_MAIN(TestInviteeTable)
#include "tst_inviteetable.moc"
