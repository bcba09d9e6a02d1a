#include "ResultsFixture.h"
#include "io/CsvReader.h"
#include "io/ReportWriter.h"
#include "results/RunReport.h"

#include <QFile>
#include <QTest>

namespace {

QList<QStringList> readCsv(const QString &path, QString *error)
{
    QList<QStringList> records;
    CsvReader reader;
    if (!reader.readFile(path, [&records](int, QStringList &cells) {
            records.append(cells);
            return true;
        })) {
        *error = reader.errorString();
    }
    return records;
}

} // namespace

// "Export report…" of the results view: the CSV report of a journaled run, read back from the payloads that were sent.
class TestRunReport : public QObject
{
    Q_OBJECT

private slots:
    void cellsComeBackFromThePayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("expected");

        QTest::newRow("email") << QByteArray(R"({"email_address":"a@example.org"})") << int(Invitee::Email)
                               << QStringLiteral("a@example.org");
        QTest::newRow("whole number of days")
            << QByteArray(R"({"expires_in_days":7})") << int(Invitee::ExpiresInDays) << QStringLiteral("7");
        QTest::newRow("notify false") << QByteArray(R"({"notify":false})") << int(Invitee::Notify)
                                      << QStringLiteral("false");
        QTest::newRow("metadata as compact json")
            << QByteArray(R"({"public_metadata":{"team":"blue","n":1.5}})") << int(Invitee::PublicMetadata)
            << QStringLiteral(R"({"n":1.5,"team":"blue"})");
        QTest::newRow("field not sent") << QByteArray(R"({"email_address":"a@example.org"})")
                                        << int(Invitee::RedirectUrl) << QString();
        QTest::newRow("row never sent keeps the journaled email")
            << QByteArray() << int(Invitee::Email) << QStringLiteral("kept@example.org");
    }

    void cellsComeBackFromThePayload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, field);
        QFETCH(QString, expected);
        JournalRow row;
        row.rowIndex = 4;
        row.email = QStringLiteral("kept@example.org");
        row.payloadJson = payload;
        const QList<Invitee> invitees = RunReport::invitees({row});
        QCOMPARE(invitees.size(), 1);
        QCOMPARE(invitees.constFirst().value(Invitee::Field(field)), expected);
        QCOMPARE(invitees.constFirst().sourceCells().constFirst(), QStringLiteral("5")); // typed row: table row
        QCOMPARE(invitees.constFirst().sourceCells().value(1 + field), expected);
    }

    void writesOneLinePerRowOfTheRun()
    {
        ResultsFixture fixture;
        QVERIFY(fixture.init());
        const QString path = fixture.harness.dir.filePath(QStringLiteral("report.csv"));
        RunReport report;
        QVERIFY2(report.write(path, fixture.journal(), fixture.runId), qPrintable(report.errorString()));

        QString error;
        const QList<QStringList> records = readCsv(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 1 + ResultsFixture::RowCount);
        QCOMPARE(records.constFirst(), RunReport::inputHeader() + ReportWriter::outcomeHeader());

        const qsizetype status = records.constFirst().indexOf(u"status");
        const qsizetype id = records.constFirst().indexOf(u"invitation_id");
        const qsizetype message = records.constFirst().indexOf(u"error_message");
        QCOMPARE(records.at(1).at(0), QStringLiteral("2"));
        QCOMPARE(records.at(1).at(1), QStringLiteral("user0@example.org"));
        QCOMPARE(records.at(1).at(status), QStringLiteral("invited"));
        QVERIFY(fixture.invitedIds().contains(records.at(1).at(id)));
        QCOMPARE(records.at(3).at(status), QStringLiteral("already_invited"));
        QCOMPARE(records.at(4).at(status), QStringLiteral("already_member"));
        QCOMPARE(records.at(7).at(status), QStringLiteral("failed"));
        QCOMPARE(records.at(7).at(message), QStringLiteral("expires_in_days must be between 1 and 365."));
        QCOMPARE(records.at(13).at(status), QStringLiteral("invalid"));
        QCOMPARE(records.at(14).at(status), QStringLiteral("duplicate"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(ResultsFixture::SecretPart.toLatin1()));
    }

    void anUnwritablePathIsReported()
    {
        QTemporaryDir dir;
        RunReport report;
        const QString path = dir.filePath(QStringLiteral("missing/report.csv"));
        QVERIFY(!report.write(path, QList<JournalRow>()));
        QVERIFY2(report.errorString().contains(u"report.csv"), qPrintable(report.errorString()));
    }

    void anUnknownRunIsReported()
    {
        FakeClock clock;
        Journal closed(clock);
        QTemporaryDir dir;
        RunReport report;
        QVERIFY(!report.write(dir.filePath(QStringLiteral("report.csv")), closed, 1));
        QVERIFY(!report.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
