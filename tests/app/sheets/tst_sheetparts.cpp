#include "io/OpcRelationships.h"
#include "io/SheetReader.h"
#include "io/SpreadsheetDate.h"
#include "io/XlsxSharedStrings.h"
#include "io/XlsxStyles.h"
#include "io/XlsxWriter.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTime>

using Kind = SpreadsheetDate::Kind;
Q_DECLARE_METATYPE(SpreadsheetDate::Kind)

// The small rules the readers and the writer are built from: number formats, serial dates, ISO values, text
// escapes, column names, relationship targets.
class TestSheetParts : public QObject
{
    Q_OBJECT

private slots:
    void formatKind_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Kind>("kind");

        QTest::newRow("General") << QStringLiteral("General") << Kind::Number;
        QTest::newRow("decimal") << QStringLiteral("0.00") << Kind::Number;
        QTest::newRow("scientific") << QStringLiteral("0.00E+00") << Kind::Number;
        QTest::newRow("percentage") << QStringLiteral("0%") << Kind::Number;
        QTest::newRow("quoted unit with letters") << QStringLiteral("#,##0 \"days\"") << Kind::Number;
        QTest::newRow("escaped letters") << QStringLiteral("0\\ \\m") << Kind::Number;
        QTest::newRow("currency with locale bracket") << QStringLiteral("0.00\\ [$€-407]") << Kind::Number;
        QTest::newRow("colour bracket") << QStringLiteral("[Red]0.00") << Kind::Number;
        QTest::newRow("text format") << QStringLiteral("@") << Kind::Number;
        QTest::newRow("ISO date") << QStringLiteral("yyyy\\-mm\\-dd") << Kind::Date;
        QTest::newRow("US date") << QStringLiteral("m/d/yyyy") << Kind::Date;
        QTest::newRow("month and year") << QStringLiteral("mmm yyyy") << Kind::Date;
        QTest::newRow("month only") << QStringLiteral("mm") << Kind::Date;
        QTest::newRow("locale prefix and text section") << QStringLiteral("[$-409]mmmm\\ d\\,\\ yyyy;@") << Kind::Date;
        QTest::newRow("time: m after h is minutes") << QStringLiteral("hh:mm") << Kind::Time;
        QTest::newRow("time: m before s is minutes") << QStringLiteral("mm:ss") << Kind::Time;
        QTest::newRow("time with AM/PM") << QStringLiteral("h:mm AM/PM") << Kind::Time;
        QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << Kind::Time;
        QTest::newRow("date and time") << QStringLiteral("yyyy\\-mm\\-dd\\ hh:mm") << Kind::DateTime;
        QTest::newRow("day/month/year hour:minute") << QStringLiteral("d/m/yy h:mm") << Kind::DateTime;
    }

    void formatKind()
    {
        QFETCH(QString, code);
        QFETCH(Kind, kind);
        QCOMPARE(XlsxStyles::formatKind(code), kind);
    }

    void builtinKind_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("0 General") << 0 << Kind::Number;
        QTest::newRow("10 percent") << 10 << Kind::Number;
        QTest::newRow("14 short date") << 14 << Kind::Date;
        QTest::newRow("17 mmm-yy") << 17 << Kind::Date;
        QTest::newRow("18 h:mm AM/PM") << 18 << Kind::Time;
        QTest::newRow("21 h:mm:ss") << 21 << Kind::Time;
        QTest::newRow("22 date and time") << 22 << Kind::DateTime;
        QTest::newRow("46 [h]:mm:ss") << 46 << Kind::Time;
        QTest::newRow("49 text") << 49 << Kind::Number;
    }

    void builtinKind()
    {
        QFETCH(int, id);
        QFETCH(Kind, kind);
        QCOMPARE(XlsxStyles::builtinKind(id), kind);
    }

    void fromSerial_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("a plain number stays a double") << 30.0 << Kind::Number << false << QVariant(30.0);
        QTest::newRow("2024-03-01") << 45352.0 << Kind::Date << false << QVariant(QDate(2024, 3, 1));
        QTest::newRow("day 1 is 1900-01-01") << 1.0 << Kind::Date << false << QVariant(QDate(1900, 1, 1));
        QTest::newRow("day 59 is 1900-02-28") << 59.0 << Kind::Date << false << QVariant(QDate(1900, 2, 28));
        QTest::newRow("Lotus' 29 February 1900 reads as 1 March")
            << 60.0 << Kind::Date << false << QVariant(QDate(1900, 3, 1));
        QTest::newRow("day 61 is 1900-03-01") << 61.0 << Kind::Date << false << QVariant(QDate(1900, 3, 1));
        QTest::newRow("1904 system") << 0.0 << Kind::Date << true << QVariant(QDate(1904, 1, 1));
        QTest::newRow("date format drops the time") << 45352.99 << Kind::Date << false << QVariant(QDate(2024, 3, 1));
        QTest::newRow("time of day") << 0.75 << Kind::Time << false << QVariant(QTime(18, 0));
        QTest::newRow("time rounded to the millisecond")
            << 0.39583333333333331 << Kind::Time << false << QVariant(QTime(9, 30));
        QTest::newRow("an elapsed time of 36 hours stays a number") << 1.5 << Kind::Time << false << QVariant(1.5);
        QTest::newRow("date and time in UTC")
            << 45352.75 << Kind::DateTime << false << QVariant(QDateTime(QDate(2024, 3, 1), QTime(18, 0), Qt::UTC));
        QTest::newRow("rounding up to midnight moves to the next day")
            << 45352.9999999999 << Kind::DateTime << false
            << QVariant(QDateTime(QDate(2024, 3, 2), QTime(0, 0), Qt::UTC));
        QTest::newRow("negative stays a number") << -1.0 << Kind::Date << false << QVariant(-1.0);
        QTest::newRow("after 9999-12-31 stays a number") << 3e6 << Kind::Date << false << QVariant(3e6);
    }

    void fromSerial()
    {
        QFETCH(double, serial);
        QFETCH(Kind, kind);
        QFETCH(bool, date1904);
        QFETCH(QVariant, expected);
        const QVariant actual = SpreadsheetDate::fromSerial(serial, kind, date1904);
        QCOMPARE(actual.typeId(), expected.typeId());
        QCOMPARE(actual, expected);
    }

    void fromIso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("duration");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("date") << QStringLiteral("2024-03-01") << false << QVariant(QDate(2024, 3, 1));
        QTest::newRow("zone-less date-time taken as UTC")
            << QStringLiteral("2024-03-01T09:30:00") << false
            << QVariant(QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
        QTest::newRow("offset converted to UTC") << QStringLiteral("2024-03-01T09:30:00+01:00") << false
                                                 << QVariant(QDateTime(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC));
        QTest::newRow("not a date") << QStringLiteral("soon") << false << QVariant();
        QTest::newRow("duration") << QStringLiteral("PT09H30M00S") << true << QVariant(QTime(9, 30));
        QTest::newRow("duration without padding, with fraction")
            << QStringLiteral("PT9H5M30.5S") << true << QVariant(QTime(9, 5, 30, 500));
        QTest::newRow("duration with a zero day") << QStringLiteral("P0DT01H00M00S") << true << QVariant(QTime(1, 0));
        QTest::newRow("duration of a day or more") << QStringLiteral("PT24H") << true << QVariant();
        QTest::newRow("duration with months") << QStringLiteral("P1M") << true << QVariant();
        QTest::newRow("not a duration") << QStringLiteral("09:30") << true << QVariant();
    }

    void fromIso()
    {
        QFETCH(QString, text);
        QFETCH(bool, duration);
        QFETCH(QVariant, expected);
        const QVariant actual = duration ? SpreadsheetDate::fromIsoDuration(text) : SpreadsheetDate::fromIsoDate(text);
        QCOMPARE(actual.typeId(), expected.typeId());
        QCOMPARE(actual, expected);
    }

    void textEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");

        QTest::newRow("plain") << QStringLiteral("ann@example.com") << QStringLiteral("ann@example.com");
        QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QStringLiteral("a_x000D_\nb");
        QTest::newRow("control character") << QStringLiteral("a\x01"
                                                             "b")
                                           << QStringLiteral("a_x0001_b");
        QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("_x0000_");
        QTest::newRow("literal escape-like text") << QStringLiteral("_x0041_") << QStringLiteral("_x005F_x0041_");
        QTest::newRow("underscore without an escape") << QStringLiteral("a_xyz_b") << QStringLiteral("a_xyz_b");
        QTest::newRow("emoji surrogate pair") << QStringLiteral("🎉") << QStringLiteral("🎉");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringLiteral("_xD800_");
        QTest::newRow("U+FFFE") << QString(QChar(0xFFFE)) << QStringLiteral("_xFFFE_");
    }

    void textEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(XlsxWriter::escapeText(text), escaped);
        QCOMPARE(XlsxSharedStrings::decodeEscapes(escaped), text);
    }

    void columnName_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("name");
        QTest::newRow("first") << 0 << QStringLiteral("A");
        QTest::newRow("Z") << 25 << QStringLiteral("Z");
        QTest::newRow("AA") << 26 << QStringLiteral("AA");
        QTest::newRow("the 1,001st") << 1000 << QStringLiteral("ALM");
        QTest::newRow("the last Excel column") << 16383 << QStringLiteral("XFD");
    }

    void columnName()
    {
        QFETCH(int, column);
        QFETCH(QString, name);
        QCOMPARE(SheetReader::columnName(column), name);
    }

    void relationshipTargets_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("relative to the workbook")
            << QStringLiteral("xl/workbook.xml") << QStringLiteral("worksheets/sheet1.xml")
            << QStringLiteral("xl/worksheets/sheet1.xml");
        QTest::newRow("absolute") << QStringLiteral("xl/workbook.xml") << QStringLiteral("/xl/worksheets/sheet1.xml")
                                  << QStringLiteral("xl/worksheets/sheet1.xml");
        QTest::newRow("dot segments") << QStringLiteral("xl/workbook.xml") << QStringLiteral("./a/../worksheets/s.xml")
                                      << QStringLiteral("xl/worksheets/s.xml");
        QTest::newRow("from the package")
            << QString() << QStringLiteral("xl/workbook.xml") << QStringLiteral("xl/workbook.xml");
        QTest::newRow("cannot climb out of the package")
            << QStringLiteral("xl/workbook.xml") << QStringLiteral("../../../etc/passwd")
            << QStringLiteral("etc/passwd");
    }

    void relationshipTargets()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, resolved);
        QCOMPARE(OpcRelationships::resolve(source, target), resolved);
    }

    void relationshipsByTypeAcceptStrictUris()
    {
        OpcRelationships relationships;
        QVERIFY(relationships.parse(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet\" "
            "Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://example.com/x/sharedStrings\" Target=\"http://example.com/\" "
            "TargetMode=\"External\"/></Relationships>",
            QStringLiteral("xl/workbook.xml")));
        QVERIFY(relationships.byType(u"worksheet"));
        QCOMPARE(relationships.byId(QStringLiteral("rId1"))->target, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!relationships.byType(u"sheet"));         // a suffix after a '/', not any ending
        QVERIFY(!relationships.byType(u"sharedStrings")); // external targets are left out
        QCOMPARE(OpcRelationships::relsPathFor(QStringLiteral("xl/workbook.xml")),
                 QStringLiteral("xl/_rels/workbook.xml.rels"));
    }

    void validSheetName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("valid");
        QTest::newRow("kept") << QStringLiteral("Report") << QStringLiteral("Report");
        QTest::newRow("forbidden characters") << QStringLiteral("a/b:c[d]") << QStringLiteral("a_b_c_d_");
        QTest::newRow("at most 31 characters") << QString(40, u'x') << QString(31, u'x');
        QTest::newRow("empty") << QString() << QStringLiteral("Sheet1");
    }

    void validSheetName()
    {
        QFETCH(QString, name);
        QFETCH(QString, valid);
        QCOMPARE(XlsxWriter::validSheetName(name), valid);
    }
};

QTEST_GUILESS_MAIN(TestSheetParts)
#include "tst_sheetparts.moc"
