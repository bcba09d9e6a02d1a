#include "SheetTestSupport.h"
#include "io/OdsReader.h"
#include "io/XlsxReader.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>
#include <QTime>

// OdsReader on a hand-made ODS with every structure a reader meets, and on what LibreOffice writes; plus the promise
// that LibreOffice's XLSX and ODS of one sheet read the same.
class TestOdsReader : public QObject
{
    Q_OBJECT

private:
    ReadSheet m_libreofficeXlsx;
    ReadSheet m_libreofficeOds;

private slots:
    void initTestCase()
    {
        m_libreofficeXlsx = readSheet<XlsxReader>(sheetFixture(QStringLiteral("libreoffice.xlsx")));
        m_libreofficeOds = readSheet<OdsReader>(sheetFixture(QStringLiteral("libreoffice.ods")));
    }

    void handmadeCells_data()
    {
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("string in a header row group") << QString() << 1 << 0 << QVariant(QStringLiteral("email"));
        QTest::newRow("text:s, text:tab, text:line-break, paragraphs; comment and spaces collapsed")
            << QString() << 2 << 2 << QVariant(QStringLiteral("a   b\tc\nd\nsecond link"));
        QTest::newRow("float") << QString() << 2 << 3 << QVariant(30.0);
        QTest::newRow("percentage keeps its value") << QString() << 2 << 4 << QVariant(0.5);
        QTest::newRow("date") << QString() << 2 << 5 << QVariant(QDate(2024, 3, 1));
        QTest::newRow("date-time with milliseconds, in UTC")
            << QString() << 2 << 6 << QVariant(QDateTime(QDate(2024, 3, 1), QTime(9, 30, 0, 250), Qt::UTC));
        QTest::newRow("a duration of 36 hours is its text")
            << QString() << 2 << 7 << QVariant(QStringLiteral("36:00:00"));
        QTest::newRow("merged cell") << QString() << 2 << 8 << QVariant(QStringLiteral("wide"));
        QTest::newRow("covered cell reads empty") << QString() << 2 << 9 << QVariant();
        QTest::newRow("repeated row, first copy") << QString() << 3 << 0 << QVariant(QStringLiteral("jay@example.com"));
        QTest::newRow("repeated row, last copy") << QString() << 5 << 1 << QVariant(QStringLiteral("org:member"));
        QTest::newRow("row after five repeated empty rows")
            << QString() << 11 << 0 << QVariant(QStringLiteral("kim@example.com"));
        QTest::newRow("empty cell") << QString() << 11 << 1 << QVariant();
        QTest::newRow("office:string-value wins over the shown text")
            << QString() << 11 << 2 << QVariant(QStringLiteral("from attribute"));
        QTest::newRow("repeated cell, first") << QString() << 11 << 3 << QVariant(7.0);
        QTest::newRow("repeated cell, second") << QString() << 11 << 4 << QVariant(7.0);
        QTest::newRow("boolean") << QString() << 11 << 5 << QVariant(true);
        QTest::newRow("time with a fraction of a second") << QString() << 11 << 6 << QVariant(QTime(9, 5, 30, 500));
        QTest::newRow("another table by name")
            << QStringLiteral("Other") << 2 << 0 << QVariant(QStringLiteral("lou@example.com"));
        QTest::newRow("hidden table by name")
            << QStringLiteral("Hidden") << 1 << 0 << QVariant(QStringLiteral("Lists"));
    }

    void handmadeCells()
    {
        QFETCH(QString, sheet);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, expected);
        const ReadSheet read = readSheet<OdsReader>(sheetFixture(QStringLiteral("handmade.ods")), sheet);
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY2(read.rows.contains(row), qPrintable(QStringLiteral("row %1 not delivered").arg(row)));
        const QVariant actual = read.cell(row, column);
        QCOMPARE(actual.typeId(), expected.typeId());
        QCOMPARE(actual, expected);
    }

    void handmadeRowsAndSheets()
    {
        QElapsedTimer timer;
        timer.start();
        const ReadSheet read = readSheet<OdsReader>(sheetFixture(QStringLiteral("handmade.ods")));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.sheetNames,
                 (QStringList{QStringLiteral("Hidden"), QStringLiteral("People"), QStringLiteral("Other")}));
        QCOMPARE(read.sheetName, QStringLiteral("People")); // the first visible table
        QCOMPARE(read.rows, (QList<int>{1, 2, 3, 4, 5, 11}));
        QCOMPARE(read.row(2).size(), 9); // the covered cell is empty, and trailing empty cells are dropped
        QVERIFY2(timer.elapsed() < 1000, "1,048,560 repeated empty rows of 16,384 cells must cost nothing");
    }

    // One sheet saved by LibreOffice as XLSX and as ODS reads the same, cell for cell, type for type.
    void libreofficeXlsxAndOdsAgree_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("string") << 2 << 0 << QVariant(QStringLiteral("ann@example.com"));
        QTest::newRow("number") << 2 << 2 << QVariant(30.0);
        QTest::newRow("boolean true") << 2 << 3 << QVariant(true);
        QTest::newRow("date") << 2 << 5 << QVariant(QDate(2024, 3, 1));
        QTest::newRow("leading zeros kept") << 2 << 6 << QVariant(QStringLiteral("0012"));
        QTest::newRow("decimal") << 2 << 7 << QVariant(4.5);
        QTest::newRow("two paragraphs") << 2 << 9 << QVariant(QStringLiteral("two\nlines"));
        QTest::newRow("empty cell") << 3 << 1 << QVariant();
        QTest::newRow("boolean false") << 3 << 3 << QVariant(false);
        QTest::newRow("date-time") << 3 << 5 << QVariant(QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
        QTest::newRow("percentage") << 3 << 7 << QVariant(0.25);
        QTest::newRow("repeated spaces") << 3 << 9 << QVariant(QStringLiteral("a  bcd"));
        QTest::newRow("currency") << 5 << 4 << QVariant(12.5);
        QTest::newRow("time") << 5 << 5 << QVariant(QTime(9, 30));
        QTest::newRow("non-ASCII") << 5 << 6 << QVariant(QStringLiteral("München"));
        QTest::newRow("text that looks like a formula") << 5 << 9 << QVariant(QStringLiteral("=1+2"));
        QTest::newRow("a repeated row") << 7 << 0 << QVariant(QStringLiteral("dup@example.com"));
    }

    void libreofficeXlsxAndOdsAgree()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, expected);
        const ReadSheet &xlsx = m_libreofficeXlsx;
        const ReadSheet &ods = m_libreofficeOds;
        QVERIFY2(xlsx.ok, qPrintable(xlsx.error));
        QVERIFY2(ods.ok, qPrintable(ods.error));
        QCOMPARE(ods.rows, xlsx.rows);
        for (const ReadSheet *read : {&xlsx, &ods}) {
            const QVariant actual = read->cell(row, column);
            QCOMPARE(actual.typeId(), expected.typeId());
            QCOMPARE(actual, expected);
        }
    }

    void libreofficeTrailingRepeats()
    {
        // LibreOffice writes the rest of a formatted sheet as one row repeated 1,048,568 times of 16,384 cells.
        QElapsedTimer timer;
        timer.start();
        const ReadSheet read = readSheet<OdsReader>(sheetFixture(QStringLiteral("libreoffice.ods")));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.rows, (QList<int>{1, 2, 3, 5, 6, 7}));
        QCOMPARE(read.sheetNames, (QStringList{QStringLiteral("Invitees"), QStringLiteral("Second sheet")}));
        QVERIFY(timer.elapsed() < 1000);
    }

    void noSuchTable()
    {
        const ReadSheet read =
            readSheet<OdsReader>(sheetFixture(QStringLiteral("handmade.ods")), QStringLiteral("Nope"));
        QVERIFY(!read.ok);
        QCOMPARE(read.error,
                 QStringLiteral("The workbook has no sheet named “Nope”; its sheets are “Hidden”, “People”, "
                                "“Other”."));
    }
};

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
