#include "SheetTestSupport.h"
#include "io/XlsxReader.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTime>

// XlsxReader on what Excel, Google Sheets, LibreOffice and minimal writers produce: every cell type, the way each
// names its parts, sparse rows and cells, and the choice of a sheet.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
    }

private slots:
    void cells_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("expected");

        const QString excel = QStringLiteral("excel.xlsx");
        QTest::newRow("excel: rich text runs joined")
            << excel << QString() << 2 << 0 << QVariant(QStringLiteral("ann@example.com"));
        QTest::newRow("excel: plain shared string")
            << excel << QString() << 2 << 1 << QVariant(QStringLiteral("org:admin"));
        QTest::newRow("excel: number") << excel << QString() << 2 << 2 << QVariant(30.0);
        QTest::newRow("excel: boolean true") << excel << QString() << 2 << 3 << QVariant(true);
        QTest::newRow("excel: formula string result")
            << excel << QString() << 2 << 4 << QVariant(QStringLiteral("ENG"));
        QTest::newRow("excel: built-in date format 14") << excel << QString() << 2 << 5 << QVariant(QDate(2024, 3, 1));
        QTest::newRow("excel: built-in time format 20") << excel << QString() << 2 << 6 << QVariant(QTime(9, 30));
        QTest::newRow("excel: text kept with its leading zeros")
            << excel << QString() << 2 << 7 << QVariant(QStringLiteral("0012"));
        QTest::newRow("excel: _x000D_ escape decoded")
            << excel << QString() << 2 << 8 << QVariant(QStringLiteral("line1\r\nline2"));
        QTest::newRow("excel: percentage stays its number") << excel << QString() << 2 << 9 << QVariant(0.25);
        QTest::newRow("excel: custom date with locale prefix")
            << excel << QString() << 2 << 10 << QVariant(QDate(2024, 3, 31));
        QTest::newRow("excel: skipped column is empty") << excel << QString() << 4 << 1 << QVariant();
        QTest::newRow("excel: boolean false") << excel << QString() << 4 << 3 << QVariant(false);
        QTest::newRow("excel: custom date-time format")
            << excel << QString() << 4 << 5 << QVariant(utc(2024, 3, 1, 18, 0));
        QTest::newRow("excel: integer number") << excel << QString() << 4 << 7 << QVariant(1234.0);
        QTest::newRow("excel: error value as its text")
            << excel << QString() << 4 << 8 << QVariant(QStringLiteral("#N/A"));
        QTest::newRow("excel: escaped underscore stays literal")
            << excel << QString() << 4 << 9 << QVariant(QStringLiteral("_x0041_ stays"));
        QTest::newRow("excel: phonetic guide left out")
            << excel << QString() << 7 << 4 << QVariant(QStringLiteral("営業"));
        QTest::newRow("excel: exponent notation") << excel << QString() << 9 << 2 << QVariant(15.0);
        QTest::newRow("excel: second sheet by name")
            << excel << QStringLiteral("Archive") << 2 << 0 << QVariant(QStringLiteral("old@example.com"));
        QTest::newRow("excel: sheet name matched case-insensitively")
            << excel << QStringLiteral("ARCHIVE") << 2 << 1 << QVariant(QStringLiteral("org:member"));
        QTest::newRow("excel: hidden sheet by name")
            << excel << QStringLiteral("Lookup") << 2 << 0 << QVariant(QStringLiteral("org:admin"));

        const QString google = QStringLiteral("google-sheets.xlsx");
        QTest::newRow("google: 30.0") << google << QString() << 2 << 2 << QVariant(30.0);
        QTest::newRow("google: boolean") << google << QString() << 2 << 3 << QVariant(true);
        QTest::newRow("google: m/d/yyyy date") << google << QString() << 3 << 5 << QVariant(QDate(2024, 3, 2));
        QTest::newRow("google: decimal") << google << QString() << 3 << 6 << QVariant(2.5);
        QTest::newRow("google: missing cell") << google << QString() << 3 << 1 << QVariant();

        const QString inlineStrings = QStringLiteral("inline-strings.xlsx");
        QTest::newRow("inline: rich runs joined")
            << inlineStrings << QString() << 2 << 0 << QVariant(QStringLiteral("gus@example.com"));
        QTest::newRow("inline: 1904 date system day 0")
            << inlineStrings << QString() << 2 << 1 << QVariant(QDate(1904, 1, 1));
        QTest::newRow("inline: 1904 date system, date format drops the time")
            << inlineStrings << QString() << 3 << 1 << QVariant(QDate(1904, 1, 1).addDays(45000));
        QTest::newRow("inline: boolean written as true") << inlineStrings << QString() << 2 << 2 << QVariant(true);
        QTest::newRow("inline: white space kept")
            << inlineStrings << QString() << 2 << 3 << QVariant(QStringLiteral("  padded  "));
        QTest::newRow("inline: ISO date-time cell")
            << inlineStrings << QString() << 2 << 4 << QVariant(utc(2024, 3, 1, 9, 30));
        QTest::newRow("inline: ISO date cell") << inlineStrings << QString() << 3 << 4 << QVariant(QDate(2024, 3, 2));
        QTest::newRow("inline: empty inline string") << inlineStrings << QString() << 3 << 3 << QVariant();
    }

    void cells()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, expected);
        const ReadSheet read = readSheet<XlsxReader>(sheetFixture(file), sheet);
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY2(read.rows.contains(row), qPrintable(QStringLiteral("row %1 not delivered").arg(row)));
        const QVariant actual = read.cell(row, column);
        QCOMPARE(actual.typeId(), expected.typeId());
        QCOMPARE(actual, expected);
        if (expected.typeId() == QMetaType::QDateTime) {
            QCOMPARE(actual.toDateTime().timeSpec(), Qt::UTC);
        }
    }

    void rowNumbers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("headerWidth");

        QTest::newRow("excel: sparse rows keep their numbers, styled empty row 8 skipped")
            << QStringLiteral("excel.xlsx") << QString() << QList<int>{1, 2, 4, 7, 9} << 11;
        QTest::newRow("google: trailing styled empty cells dropped")
            << QStringLiteral("google-sheets.xlsx") << QString() << QList<int>{1, 2, 3} << 7;
        QTest::newRow("inline: rows without r attributes")
            << QStringLiteral("inline-strings.xlsx") << QString() << QList<int>{1, 2, 3} << 5;
        QTest::newRow("libreoffice: 16,384 styled cells per row, nothing beyond J")
            << QStringLiteral("libreoffice.xlsx") << QString() << QList<int>{1, 2, 3, 5, 6, 7} << 10;
        QTest::newRow("libreoffice: second sheet")
            << QStringLiteral("libreoffice.xlsx") << QStringLiteral("Second sheet") << QList<int>{1, 2} << 2;
    }

    void rowNumbers()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QList<int>, rows);
        QFETCH(int, headerWidth);
        const ReadSheet read = readSheet<XlsxReader>(sheetFixture(file), sheet);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.rows, rows);
        QCOMPARE(read.cells.constFirst().size(), headerWidth);
    }

    void sheetNames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("defaultSheet");

        QTest::newRow("excel: hidden first sheet is listed but not the default")
            << QStringLiteral("excel.xlsx")
            << QStringList{QStringLiteral("Lookup"), QStringLiteral("Invitees"), QStringLiteral("Archive"),
                           QStringLiteral("Chart")}
            << QStringLiteral("Invitees");
        QTest::newRow("libreoffice") << QStringLiteral("libreoffice.xlsx")
                                     << QStringList{QStringLiteral("Invitees"), QStringLiteral("Second sheet")}
                                     << QStringLiteral("Invitees");
        QTest::newRow("strict namespaces")
            << QStringLiteral("inline-strings.xlsx") << QStringList{QStringLiteral("Data")} << QStringLiteral("Data");
    }

    void sheetNames()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        QFETCH(QString, defaultSheet);
        XlsxReader reader;
        QVERIFY2(reader.open(sheetFixture(file)), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetNames(), names);
        QCOMPARE(reader.defaultSheet(), defaultSheet);
        QVERIFY(reader.read(QString(), [](int, QVariantList &) { return false; }));
        QCOMPARE(reader.sheetName(), defaultSheet);
    }

    void date1904()
    {
        XlsxReader reader;
        QVERIFY(reader.open(sheetFixture(QStringLiteral("inline-strings.xlsx"))));
        QVERIFY(reader.isDate1904());
        QVERIFY(reader.open(sheetFixture(QStringLiteral("excel.xlsx"))));
        QVERIFY(!reader.isDate1904());
    }

    void sheetProblems_data()
    {
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no such sheet: the sheets are listed")
            << QStringLiteral("Invitess")
            << QStringLiteral("The workbook has no sheet named “Invitess”; its sheets are “Lookup”, “Invitees”, "
                              "“Archive”, “Chart”.");
        QTest::newRow("a chart sheet holds no rows")
            << QStringLiteral("Chart")
            << QStringLiteral("Sheet “Chart” is a chart or dialog sheet, not a table of rows.");
    }

    void sheetProblems()
    {
        QFETCH(QString, sheet);
        QFETCH(QString, expected);
        const ReadSheet read = readSheet<XlsxReader>(sheetFixture(QStringLiteral("excel.xlsx")), sheet);
        QVERIFY(!read.ok);
        QCOMPARE(read.error, expected);
        QVERIFY(read.rows.isEmpty());
    }

    void sinkStopsReading()
    {
        XlsxReader reader;
        QVERIFY(reader.open(sheetFixture(QStringLiteral("excel.xlsx"))));
        int calls = 0;
        QVERIFY(reader.read(QString(), [&calls](int, QVariantList &) { return ++calls < 2; }));
        QCOMPARE(calls, 2);
        QVERIFY(reader.errorString().isEmpty());
    }

    void readTwiceFromOneOpen()
    {
        XlsxReader reader;
        QVERIFY(reader.open(sheetFixture(QStringLiteral("excel.xlsx"))));
        int first = 0;
        int second = 0;
        QVERIFY(reader.read(QStringLiteral("Archive"), [&first](int, QVariantList &) { return ++first > 0; }));
        QVERIFY(reader.read(QStringLiteral("Invitees"), [&second](int, QVariantList &) { return ++second > 0; }));
        QCOMPARE(first, 2);
        QCOMPARE(second, 5);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
