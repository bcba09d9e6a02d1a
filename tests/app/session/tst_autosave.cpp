#include "core/InviteeTable.h"
#include "session/Autosave.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The autosave without a window: debounced writes after edits, nothing for status changes, the marker, restoring,
// a clean state removing the files, and one session per directory.
class TestAutosave : public QObject
{
    Q_OBJECT

    static Invitee invitee(const QString &email, const QString &metadata = QString())
    {
        Invitee result;
        result.setValue(Invitee::Email, email);
        result.setValue(Invitee::PublicMetadata, metadata);
        return result;
    }

private slots:
    void writesOnlyAfterTheDelay()
    {
        QTemporaryDir dir;
        InviteeTable table;
        Autosave autosave(&table, dir.path());
        QVERIFY(autosave.isActive());
        autosave.setDelay(20);
        QSignalSpy saved(&autosave, &Autosave::saved);

        table.setInvitees({invitee(QStringLiteral("a@example.com"))});
        autosave.markClean(); // opened from a file: nothing to keep yet
        QVERIFY(!autosave.isPending());

        table.setData(table.index(0, Invitee::Role), QStringLiteral("org:admin"));
        QVERIFY(autosave.isPending());
        QVERIFY(!QFile::exists(autosave.filePath()));
        table.setData(table.index(0, Invitee::Role), QStringLiteral("org:member"));
        QVERIFY(saved.wait());
        QCOMPARE(saved.size(), 1); // both edits in one write
        QVERIFY(QFile::exists(autosave.filePath()));
        QVERIFY(QFile::exists(autosave.markerPath()));
    }

    void editsWithoutAPauseAreStillWritten()
    {
        QTemporaryDir dir;
        InviteeTable table;
        Autosave autosave(&table, dir.path());
        autosave.setDelay(40);
        table.setInvitees({invitee(QStringLiteral("a@example.com"))});
        autosave.markClean();
        QSignalSpy saved(&autosave, &Autosave::saved);
        // An edit every 10 ms never leaves a 40 ms pause.
        QTimer typing;
        int keystrokes = 0;
        connect(&typing, &QTimer::timeout, &table,
                [&] { table.setData(table.index(0, Invitee::Role), QStringLiteral("org:x%1").arg(++keystrokes)); });
        typing.start(10);
        QVERIFY(saved.wait(5000));
        QVERIFY(typing.isActive());
    }

    void statusChangesAreNotEdits()
    {
        QTemporaryDir dir;
        InviteeTable table;
        Autosave autosave(&table, dir.path());
        table.setInvitees({invitee(QStringLiteral("a@example.com"))});
        autosave.markClean();
        table.setRowStatus(0, RowStatus::Invited);
        QVERIFY(!autosave.isPending());
    }

    void rowsInsertedAndRemovedSchedule_data()
    {
        QTest::addColumn<bool>("insert");
        QTest::newRow("row added") << true;
        QTest::newRow("row removed") << false;
    }

    void rowsInsertedAndRemovedSchedule()
    {
        QFETCH(bool, insert);
        QTemporaryDir dir;
        InviteeTable table;
        Autosave autosave(&table, dir.path());
        table.setInvitees({invitee(QStringLiteral("a@example.com"))});
        autosave.markClean();
        QVERIFY(insert ? table.insertRows(1, 1) : table.removeRows(0, 1));
        QVERIFY(autosave.isPending());
    }

    void restoresWhatWasTypedAndWhereItCameFrom()
    {
        QTemporaryDir dir;
        const QList<Invitee> rows{
            invitee(QStringLiteral(" ada@example.com "), QStringLiteral("{\"a\":\"x,\\\"y\\\"\"}")),
            invitee(QStringLiteral("not an email"))};
        {
            InviteeTable table;
            Autosave autosave(&table, dir.path());
            autosave.setSourceFile(QStringLiteral("/home/ada/invitees.csv"));
            table.setInvitees(rows);
            QVERIFY(autosave.saveNow());
            // The session ends without a clean exit: the files stay.
        }
        InviteeTable table;
        Autosave next(&table, dir.path());
        const std::optional<Autosave::Recovery> recovery = next.recovery();
        QVERIFY(recovery.has_value());
        QCOMPARE(recovery->sourceFile, QStringLiteral("/home/ada/invitees.csv"));
        QCOMPARE(recovery->rowCount, 2);
        QVERIFY(recovery->savedAt.secsTo(QDateTime::currentDateTime()) < 60);

        const Autosave::Restored restored = next.restore();
        QVERIFY2(restored.errorString.isEmpty(), qPrintable(restored.errorString));
        QCOMPARE(restored.sourceFile, QStringLiteral("/home/ada/invitees.csv"));
        QCOMPARE(restored.invitees, rows);
    }

    void cleanStateRemovesTheFiles()
    {
        QTemporaryDir dir;
        InviteeTable table;
        Autosave autosave(&table, dir.path());
        table.setInvitees({invitee(QStringLiteral("a@example.com"))});
        QVERIFY(autosave.saveNow());
        QVERIFY(autosave.recovery().has_value());
        autosave.markClean();
        QVERIFY(!QFile::exists(autosave.filePath()));
        QVERIFY(!QFile::exists(autosave.markerPath()));
        QVERIFY(!autosave.recovery().has_value());
    }

    void anEmptyTableLeavesNoAutosave()
    {
        QTemporaryDir dir;
        InviteeTable table;
        Autosave autosave(&table, dir.path());
        table.setInvitees({invitee(QStringLiteral("a@example.com"))});
        QVERIFY(autosave.saveNow());
        QVERIFY(table.removeRows(0, 1));
        QVERIFY(autosave.saveNow());
        QVERIFY(!QFile::exists(autosave.filePath()));
    }

    void aSecondSessionLeavesTheFirstsAutosaveAlone()
    {
        QTemporaryDir dir;
        InviteeTable first;
        Autosave firstAutosave(&first, dir.path());
        first.setInvitees({invitee(QStringLiteral("a@example.com"))});
        QVERIFY(firstAutosave.saveNow());

        InviteeTable second;
        Autosave secondAutosave(&second, dir.path());
        QVERIFY(!secondAutosave.isActive());
        QVERIFY(!secondAutosave.recovery().has_value());
        second.setInvitees({invitee(QStringLiteral("b@example.com"))});
        QVERIFY(!secondAutosave.saveNow());
        secondAutosave.markClean();
        QVERIFY(QFile::exists(firstAutosave.filePath()));
    }

    void reportsAFailedWrite()
    {
        QTemporaryDir dir;
        InviteeTable table;
        Autosave autosave(&table, dir.path());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("autosave.csv"))); // a folder where the file should go
        table.setInvitees({invitee(QStringLiteral("a@example.com"))});
        QSignalSpy failed(&autosave, &Autosave::failed);
        QVERIFY(!autosave.saveNow());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("autosave.csv")));
    }
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
