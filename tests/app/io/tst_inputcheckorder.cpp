#include "core/InvitationPayload.h"
#include "core/Validator.h"
#include "io/InputCheck.h"
#include "io/InviteeImporter.h"

#include <QTemporaryDir>
#include <QTest>

// InputCheck's outcome is Validator::validate()'s problems and the payload of every row left pending, in input
// order, whether it checks rows in memory or checks a file's rows on a second thread while the file is read.
class TestInputCheckOrder : public QObject
{
    Q_OBJECT

    // count rows with problems sprinkled in: a bad role every 7th row, an invalid email every 11th, and every 13th
    // row repeating the email of a row count/2 earlier (so across the two halves when the check splits).
    static ImportResult rows(int count)
    {
        ImportResult import;
        for (int i = 0; i < count; ++i) {
            Invitee row;
            const int emailOf = i % 13 == 12 && i >= count / 2 ? i - count / 2 : i;
            row.setValue(Invitee::Email, i % 11 == 10 ? QStringLiteral("person%1@").arg(i)
                                                      : QStringLiteral("Person%1@Example.com").arg(emailOf));
            row.setValue(Invitee::Role, i % 7 == 6 ? QStringLiteral("Admin") : QString());
            row.setValue(Invitee::RedirectUrl, QStringLiteral("https://app.example.com/welcome"));
            row.setValue(Invitee::PublicMetadata, QStringLiteral("{\"seat\": %1}").arg(i));
            row.setSourceRow(i + 2);
            import.invitees.append(row);
        }
        return import;
    }

private slots:
    void inMemory_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("40 rows") << 40;
        QTest::newRow("10,001 rows") << 10001;
    }

    void inMemory()
    {
        QFETCH(int, count);
        const ImportResult import = rows(count);
        const QString role = QStringLiteral("org:viewer");
        const InputCheck::Result result = InputCheck::check(import, role);

        Validator validator;
        validator.setDefaultRole(role);
        const QList<CellProblem> problems = validator.validate(import.invitees);
        QCOMPARE(result.problems, problems);
        QList<RowStatus::Value> status(count, RowStatus::Pending);
        for (const CellProblem &problem : problems) {
            if (problem.kind == CellProblem::Invalid) {
                status[problem.row] = RowStatus::Invalid;
            } else if (status[problem.row] == RowStatus::Pending) {
                status[problem.row] = RowStatus::Duplicate;
            }
        }
        QCOMPARE(result.rowStatus, status);
        QCOMPARE(result.invalidRows, status.count(RowStatus::Invalid));
        QCOMPARE(result.duplicateRows, status.count(RowStatus::Duplicate));
        QVERIFY(result.invalidRows > 0 && result.duplicateRows > 0);

        QList<QByteArray> payloads;
        QList<int> payloadRows;
        for (int row = 0; row < count; ++row) {
            if (status.at(row) == RowStatus::Pending) {
                payloads.append(InvitationPayload::compactJson(import.invitees.at(row), role));
                payloadRows.append(row);
            }
        }
        QCOMPARE(result.payloadRows, payloadRows);
        QCOMPARE(result.payloads, payloads);
    }

    // run() hands the rows to a worker thread in batches while the file is read: the same outcome as check() on the
    // whole import, however many batches (duplicates of rows in earlier batches included).
    void fileCheckedWhileRead_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one row") << 1;
        QTest::newRow("less than a batch") << 100;
        QTest::newRow("many batches and a part") << 3000;
    }

    void fileCheckedWhileRead()
    {
        QFETCH(int, count);
        QByteArray csv = "email,role,public_metadata.seat\n";
        for (const Invitee &row : rows(count).invitees) {
            csv += row.value(Invitee::Email).toUtf8() + ',' + row.value(Invitee::Role).toUtf8() + ',' +
                   QByteArray::number(row.sourceRow()) + '\n';
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invitees.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();

        const QString role = QStringLiteral("org:viewer");
        const InputCheck::Result whileRead = InputCheck::run(path, role);
        const InputCheck::Result afterwards = InputCheck::check(InviteeImporter().importFile(path), role);
        QVERIFY(whileRead.import.ok());
        QCOMPARE(whileRead.import.invitees, afterwards.import.invitees);
        QCOMPARE(whileRead.import.sourceHeader, afterwards.import.sourceHeader);
        QCOMPARE(whileRead.problems, afterwards.problems);
        QCOMPARE(whileRead.rowStatus, afterwards.rowStatus);
        QCOMPARE(whileRead.invalidRows, afterwards.invalidRows);
        QCOMPARE(whileRead.duplicateRows, afterwards.duplicateRows);
        QCOMPARE(whileRead.payloadRows, afterwards.payloadRows);
        QCOMPARE(whileRead.payloads, afterwards.payloads);
        QCOMPARE(whileRead.payloads.size() + whileRead.invalidRows + whileRead.duplicateRows, count);
    }

    // A file that turns out unreadable after many rows: the rows checked meanwhile are dropped with the import.
    void failedFileDropsWhatWasChecked()
    {
        QByteArray csv = "email\n";
        for (int i = 0; i < 1000; ++i) {
            csv += "person" + QByteArray::number(i) + "@example.com\n";
        }
        csv += "\"never closed@example.com\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();

        const InputCheck::Result result = InputCheck::run(path, QStringLiteral("org:member"));
        QVERIFY(!result.import.ok());
        QVERIFY(result.import.invitees.isEmpty());
        QVERIFY(result.problems.isEmpty());
        QVERIFY(result.payloads.isEmpty());
        QVERIFY(result.rowStatus.isEmpty());
        QCOMPARE(result.invalidRows, 0);
    }
};

QTEST_GUILESS_MAIN(TestInputCheckOrder)
#include "tst_inputcheckorder.moc"
