#include "SheetTestSupport.h"
#include "io/InputCheck.h"
#include "io/InviteeImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Workbooks end to end: the typed cells of XLSX and ODS files become the exact invitation bodies (a numeric cell a
// JSON number, a boolean cell a JSON boolean, expires_in_days an integer), the sheet can be chosen, and the reader
// is picked by content.
class TestSheetImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray payloadFor(const InputCheck::Result &result, int sourceRow)
    {
        for (qsizetype i = 0; i < result.payloadRows.size(); ++i) {
            if (result.import.invitees.at(result.payloadRows.at(i)).sourceRow() == sourceRow) {
                return result.payloads.at(i);
            }
        }
        return {};
    }

    // JSON written with single quotes, to keep the expectations readable.
    static QByteArray json(const char *text) { return QByteArray(text).replace('\'', '"'); }

    QString copyAs(const QString &fixture, const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QFile::remove(target);
        if (!QFile::copy(sheetFixture(fixture), target)) {
            qFatal("cannot copy a fixture");
        }
        return target;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The compact JSON of each row, byte for byte: 30 not 30.0, true not "TRUE", dates as ISO text.
    void payloads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<int>("sourceRow");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("excel: rich text email, typed metadata of every kind")
            << QStringLiteral("excel.xlsx") << QString() << 2
            << json("{'email_address':'ann@example.com','expires_in_days':30,'notify':true,'private_metadata':{"
                    "'employee_id':'0012'},'public_metadata':{'department':'ENG','ends':'2024-03-31','rate':0.25,"
                    "'start_time':'09:30:00','started':'2024-03-01'},'role':'org:admin'}");
        QTest::newRow("excel: empty role takes the default; date-time in UTC; number stays a number")
            << QStringLiteral("excel.xlsx") << QString() << 4
            << json("{'email_address':'bob@example.com','expires_in_days':7,'notify':false,'private_metadata':{"
                    "'employee_id':1234},'public_metadata':{'rate':'_x0041_ stays','started':'2024-03-01T18:00:00Z'},"
                    "'role':'org:viewer'}");
        QTest::newRow("excel: 1.5E1 expires in 15 days")
            << QStringLiteral("excel.xlsx") << QString() << 9
            << json("{'email_address':'dora@example.com','expires_in_days':15,'role':'org:member'}");
        QTest::newRow("excel: second sheet") << QStringLiteral("excel.xlsx") << QStringLiteral("Archive") << 2
                                             << json("{'email_address':'old@example.com','role':'org:member'}");
        QTest::newRow("google: 30.0 is the integer 30, 3.0 the number 3")
            << QStringLiteral("google-sheets.xlsx") << QString() << 2
            << json("{'email_address':'eve@example.com','expires_in_days':30,'notify':true,'public_metadata':{"
                    "'joined':'2024-03-01','level':3,'team':'Research'},'role':'org:member'}");
        QTest::newRow("inline strings: 1904 dates, booleans, white space trimmed in metadata")
            << QStringLiteral("inline-strings.xlsx") << QString() << 2
            << json("{'email_address':'gus@example.com','public_metadata':{'at':'2024-03-01T09:30:00Z','flag':true,"
                    "'note':'padded','since':'1904-01-01'},'role':'org:viewer'}");
        for (const char *file : {"libreoffice.xlsx", "libreoffice.ods"}) {
            QTest::addRow("%s: numbers, booleans, dates", file)
                << QString::fromLatin1(file) << QString() << 2
                << json("{'email_address':'ann@example.com','expires_in_days':30,'notify':true,'private_metadata':{"
                        "'employee_id':'0012'},'public_metadata':{'active':true,'department':'Engineering',"
                        "'score':4.5,'started':'2024-03-01'},'role':'org:admin'}");
            QTest::addRow("%s: false, date-time, percentage", file)
                << QString::fromLatin1(file) << QString() << 3
                << json("{'email_address':'bob@example.com','expires_in_days':7,'notify':false,'private_metadata':{"
                        "'employee_id':1234},'public_metadata':{'active':false,'department':'Sales','score':0.25,"
                        "'started':'2024-03-01T09:30:00Z'},'role':'org:viewer'}");
            QTest::addRow("%s: currency, time, no notify", file)
                << QString::fromLatin1(file) << QString() << 5
                << json("{'email_address':'carl@example.com','expires_in_days':14,'private_metadata':{"
                        "'employee_id':'München'},'public_metadata':{'department':12.5,'started':'09:30:00'},"
                        "'role':'org:member'}");
        }
        QTest::newRow("handmade ods: repeated row") << QStringLiteral("handmade.ods") << QString() << 3
                                                    << json("{'email_address':'jay@example.com','role':'org:member'}");
    }

    void payloads()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(int, sourceRow);
        QFETCH(QByteArray, expected);
        const InputCheck::Result result = InputCheck::run(sheetFixture(file), QStringLiteral("org:viewer"), sheet);
        QVERIFY2(result.import.ok(), qPrintable(result.import.errorString));
        const QByteArray payload = payloadFor(result, sourceRow);
        QVERIFY2(!payload.isEmpty(), "no payload for the row");
        QCOMPARE(QJsonDocument::fromJson(payload).object(), QJsonDocument::fromJson(expected).object());
        // The typing is in the bytes, not only in the parsed values.
        if (expected.contains("\"expires_in_days\"")) {
            const qsizetype at = expected.indexOf("\"expires_in_days\":");
            QVERIFY2(payload.contains(expected.mid(at, expected.indexOf(',', at) - at + 1)), payload.constData());
        }
        QVERIFY2(!payload.contains(".0,") && !payload.contains(".0}"), payload.constData());
    }

    void summaries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("invitees");
        QTest::addColumn<int>("payloads");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<QString>("formatName");
        QTest::addColumn<QStringList>("unknownColumns");

        QTest::newRow("excel") << QStringLiteral("excel.xlsx") << 4 << 4 << 0
                               << QStringLiteral("XLSX workbook, sheet “Invitees”")
                               << QStringList{QStringLiteral("Notes")};
        QTest::newRow("libreoffice xlsx: the repeated row is a duplicate")
            << QStringLiteral("libreoffice.xlsx") << 5 << 4 << 1 << QStringLiteral("XLSX workbook, sheet “Invitees”")
            << QStringList{QStringLiteral("Notes")};
        QTest::newRow("libreoffice ods") << QStringLiteral("libreoffice.ods") << 5 << 4 << 1
                                         << QStringLiteral("ODS workbook, sheet “Invitees”")
                                         << QStringList{QStringLiteral("Notes")};
        QTest::newRow("handmade ods: three copies of one row")
            << QStringLiteral("handmade.ods") << 5 << 3 << 2 << QStringLiteral("ODS workbook, sheet “People”")
            << QStringList{QStringLiteral("notes"), QStringLiteral("Merged"), QStringLiteral("Beyond")};
    }

    void summaries()
    {
        QFETCH(QString, file);
        QFETCH(int, invitees);
        QFETCH(int, payloads);
        QFETCH(int, duplicates);
        QFETCH(QString, formatName);
        QFETCH(QStringList, unknownColumns);
        const InputCheck::Result result = InputCheck::run(sheetFixture(file), QStringLiteral("org:member"));
        QVERIFY2(result.import.ok(), qPrintable(result.import.errorString));
        QCOMPARE(result.import.invitees.size(), invitees);
        QCOMPARE(result.payloads.size(), payloads);
        QCOMPARE(result.duplicateRows, duplicates);
        QCOMPARE(result.import.formatName, formatName);
        QCOMPARE(result.import.unknownColumns, unknownColumns);
    }

    void sheetNamesAndChoice()
    {
        const ImportResult first = InviteeImporter().importFile(sheetFixture(QStringLiteral("excel.xlsx")));
        QVERIFY(first.ok());
        QCOMPARE(first.sheetNames, (QStringList{QStringLiteral("Lookup"), QStringLiteral("Invitees"),
                                                QStringLiteral("Archive"), QStringLiteral("Chart")}));
        QCOMPARE(first.sheetName, QStringLiteral("Invitees"));

        const ImportResult archive =
            InviteeImporter().importFile(sheetFixture(QStringLiteral("excel.xlsx")), QStringLiteral("archive"));
        QVERIFY(archive.ok());
        QCOMPARE(archive.sheetName, QStringLiteral("Archive"));
        QCOMPARE(archive.sourceHeader, (QStringList{QStringLiteral("Email"), QStringLiteral("Role")}));
        QCOMPARE(archive.invitees.size(), 1);
        QCOMPARE(archive.invitees.constFirst().sourceRow(), 2);
    }

    void sourceCellsKeepTheTextOfTypedCells()
    {
        const ImportResult result = InviteeImporter().importFile(sheetFixture(QStringLiteral("libreoffice.ods")));
        QVERIFY(result.ok());
        const QStringList cells = result.invitees.at(1).sourceCells(); // row 3
        QCOMPARE(cells, (QStringList{QStringLiteral("bob@example.com"), QString(), QStringLiteral("7"),
                                     QStringLiteral("false"), QStringLiteral("Sales"),
                                     QStringLiteral("2024-03-01T09:30:00Z"), QStringLiteral("1234"),
                                     QStringLiteral("0.25"), QStringLiteral("false"), QStringLiteral("a  bcd")}));
    }

    void importProblems_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("message");

        QTest::newRow("a sheet with no email column names the sheet")
            << QStringLiteral("excel.xlsx") << QStringLiteral("excel.xlsx") << QStringLiteral("Lookup")
            << QStringLiteral("sheet “Lookup”: no email column: name one of email_address, email, e-mail, mail");
        QTest::newRow("a sheet name for a CSV file")
            << QStringLiteral("renamed-csv.xlsx") << QStringLiteral("people.csv") << QStringLiteral("Invitees")
            << QStringLiteral("The file is delimited text, which has no sheets; a sheet (“Invitees”) can only be "
                              "chosen in an XLSX or ODS workbook.");
        QTest::newRow("text named .ods") << QStringLiteral("renamed-csv.xlsx") << QStringLiteral("people.ods")
                                         << QString()
                                         << QStringLiteral("The file is named .ods but holds text, not a workbook (it "
                                                           "looks like CSV); if it is CSV, rename it to .csv.");
        QTest::newRow("text named .xls (a web export)")
            << QStringLiteral("renamed-csv.xlsx") << QStringLiteral("export.xls") << QString()
            << QStringLiteral(
                   "The file is named .xls but holds text, not a workbook (it looks like CSV); if it is CSV, "
                   "rename it to .csv.");
    }

    void importProblems()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, name);
        QFETCH(QString, sheet);
        QFETCH(QString, message);
        const QString path = copyAs(fixture, name);
        const ImportResult result = InviteeImporter().importFile(path, sheet);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString, QDir::toNativeSeparators(path) + QStringLiteral(": ") + message);
    }

    // The content decides: a workbook whose name says otherwise is read as the workbook it is.
    void readerPickedByContent_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("formatName");
        QTest::newRow("XLSX named .csv") << QStringLiteral("google-sheets.xlsx") << QStringLiteral("people.csv")
                                         << QStringLiteral("XLSX workbook, sheet “Sheet1”");
        QTest::newRow("ODS named .xlsx") << QStringLiteral("libreoffice.ods") << QStringLiteral("people.xlsx")
                                         << QStringLiteral("ODS workbook, sheet “Invitees”");
        QTest::newRow("XLSX without an extension") << QStringLiteral("excel.xlsx") << QStringLiteral("people")
                                                   << QStringLiteral("XLSX workbook, sheet “Invitees”");
    }

    void readerPickedByContent()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, name);
        QFETCH(QString, formatName);
        const ImportResult result = InviteeImporter().importFile(copyAs(fixture, name));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.formatName, formatName);
        QVERIFY(!result.invitees.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSheetImport)
#include "tst_sheetimport.moc"
