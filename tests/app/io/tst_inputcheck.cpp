#include "core/InvitationPayload.h"
#include "core/Validator.h"
#include "io/InputCheck.h"

#include <QTest>

// InputCheck checks a large file's rows on two threads; whatever the split, the outcome is the one-thread outcome:
// Validator::validate()'s problems, and the payload of every row left pending, in input order.
class TestInputCheck : public QObject
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
    void sameAsOneThread_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("small file, one thread") << 40;
        QTest::newRow("large file, two threads") << 10000;
        QTest::newRow("odd row count") << 10001;
    }

    void sameAsOneThread()
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
};

QTEST_GUILESS_MAIN(TestInputCheck)
#include "tst_inputcheck.moc"
