#include "io/XlsxSheetParser.h"
#include "io/XlsxSheetStream.h"
#include "io/XlsxStyles.h"
#include "io/ZipEntryDevice.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

// XlsxSheetStream cuts a sheet into runs of whole rows parsed on worker threads: whatever the run size, the rows come
// out in order and exactly as one sequential parse of the part gives them, and errors name the part's own line.
class TestXlsxSheetStream : public QObject
{
    Q_OBJECT

private:
    struct Parsed
    {
        XlsxSheetStream::Outcome outcome = XlsxSheetStream::Outcome::Finished;
        QList<qint64> numbers;
        QStringList texts; // every cell as column:value
        QString error;
        qint64 line = 0;
    };

    QTemporaryDir m_dir;
    XlsxStyles m_styles;

    QString zipped(const QByteArray &xml)
    {
        const QString path = m_dir.filePath(QStringLiteral("sheet.zip"));
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate)) {
            qFatal("cannot create the zip");
        }
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("sheet.xml"))) || file.write(xml) < 0) {
            qFatal("cannot write the zip");
        }
        file.close();
        zip.close();
        return path;
    }

    static void record(Parsed &parsed, const XlsxSheetParser::Row &row)
    {
        parsed.numbers.append(row.number);
        for (const XlsxSheetParser::Cell &cell : row.cells) {
            const QString value =
                cell.sharedString >= 0 ? QStringLiteral("s%1").arg(cell.sharedString) : cell.value.toString();
            parsed.texts.append(QStringLiteral("%1:%2").arg(cell.column).arg(value));
        }
    }

    // notReadyFor: how many times canDeliver says the handler cannot take rows yet (-1: no canDeliver at all).
    Parsed streamed(const QByteArray &xml, qsizetype chunkBytes, int stopAfter = -1, int notReadyFor = -1)
    {
        std::atomic<qint64> budget = qint64(1) << 30;
        ZipEntryDevice device(zipped(xml), QStringLiteral("sheet.xml"), &budget);
        if (!device.open(QIODevice::ReadOnly)) {
            qFatal("cannot open the entry");
        }
        const XlsxSheetParser parser(m_styles, false);
        XlsxSheetStream stream(parser, chunkBytes);
        Parsed parsed;
        int rows = 0;
        int asked = 0;
        const auto canDeliver = [&] { return ++asked > notReadyFor; };
        parsed.outcome = stream.read(
            device,
            [&](XlsxSheetParser::Row &row) {
                record(parsed, row);
                return ++rows != stopAfter;
            },
            notReadyFor >= 0 ? std::function<bool()>(canDeliver) : std::function<bool()>());
        parsed.error = stream.xmlError();
        parsed.line = stream.errorLine();
        return parsed;
    }

    Parsed sequential(const QByteArray &xml)
    {
        const XlsxSheetParser parser(m_styles, false);
        QXmlStreamReader reader(xml);
        Parsed parsed;
        parser.parseRows(reader, [&](XlsxSheetParser::Row &row) {
            record(parsed, row);
            return true;
        });
        return parsed;
    }

    static QByteArray rows(int count, const char *rowTag = "row", const char *cellTag = "c", bool numbered = true)
    {
        QByteArray xml;
        for (int i = 1; i <= count; ++i) {
            xml += '<' + QByteArray(rowTag) + (numbered ? " r=\"" + QByteArray::number(i * 2) + '"' : QByteArray()) +
                   ">\n<" + cellTag + " r=\"A" + QByteArray::number(i * 2) + "\" t=\"inlineStr\"><is><t>row " +
                   QByteArray::number(i) + " &amp; more</t></is></" + cellTag + "><" + cellTag + " r=\"C" +
                   QByteArray::number(i * 2) + "\"><v>" + QByteArray::number(i) + ".5</v></" + cellTag + "><" +
                   cellTag + " t=\"s\"><v>" + QByteArray::number(i % 7) + "</v></" + cellTag + "></" + rowTag + ">\n";
        }
        return xml;
    }

    static QByteArray worksheet(const QByteArray &sheetData, const QByteArray &head = QByteArray())
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">\n" +
               head + "<sheetData>" + sheetData + "</sheetData>\n<pageMargins left=\"0.7\"/></worksheet>\n";
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameRowsAsOneParse_data()
    {
        QTest::addColumn<QByteArray>("xml");

        QTest::newRow("numbered rows") << worksheet(rows(200));
        QTest::newRow("rows without numbers continue across runs") << worksheet(rows(200, "row", "c", false));
        QTest::newRow("a prefixed namespace (x:row)")
            << QByteArray("<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                          "<x:sheetData>" +
                          rows(150, "x:row", "x:c") + "</x:sheetData></x:worksheet>");
        QTest::newRow("a prefix declared on the root used in the rows")
            << worksheet(rows(100).replace("<row r=", "<row x14ac:dyDescent=\"0.25\" r="));
        QTest::newRow("non-ASCII before the rows")
            << worksheet(rows(120), "<sheetPr codeName=\"Tabelle1_Übersicht_日本\"/><cols><col min=\"1\"/></cols>");
        QTest::newRow("a comment among the rows stops the cutting")
            << worksheet(rows(60) + "<!-- </row> inside a comment -->" + rows(60));
        QTest::newRow("a processing instruction among the rows stops the cutting")
            << worksheet(rows(60) + "<?pi </row> inside an instruction?>" + rows(60));
        QTest::newRow("CDATA in a cell") << worksheet(
            rows(60) +
            "<row r=\"500\"><c t=\"inlineStr\"><is><t><![CDATA[</row> & <c>]]>"
            "</t></is></c></row>" +
            rows(10));
        QTest::newRow("self-closing rows") << worksheet(rows(50) + "<row r=\"300\"/>" + rows(50));
        QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + worksheet(rows(80));
        QTest::newRow("empty sheetData") << worksheet(QByteArray()).replace("<sheetData></sheetData>", "<sheetData/>");
        QTest::newRow("no sheetData") << worksheet(QByteArray()).replace("<sheetData></sheetData>", "");
    }

    void sameRowsAsOneParse()
    {
        QFETCH(QByteArray, xml);
        const Parsed expected = sequential(xml);
        for (const qsizetype chunk : {qsizetype(1), qsizetype(100), qsizetype(1000), XlsxSheetStream::ChunkBytes}) {
            const Parsed actual = streamed(xml, chunk);
            QCOMPARE(actual.outcome, XlsxSheetStream::Outcome::Finished);
            QCOMPARE(actual.numbers, expected.numbers);
            QCOMPARE(actual.texts, expected.texts);
        }
    }

    // While the handler cannot take rows (the shared strings are still loading), runs are parsed ahead: the rows
    // still come whole and in order, however long the wait.
    void parsedAheadWhileTheHandlerWaits_data()
    {
        QTest::addColumn<int>("notReadyFor");
        QTest::newRow("ready at once") << 0;
        QTest::newRow("ready after a few runs") << 3;
        QTest::newRow("never ready before the end") << 1000000;
    }

    void parsedAheadWhileTheHandlerWaits()
    {
        QFETCH(int, notReadyFor);
        const QByteArray xml = worksheet(rows(300));
        const Parsed expected = sequential(xml);
        const Parsed actual = streamed(xml, 200, -1, notReadyFor);
        QCOMPARE(actual.outcome, XlsxSheetStream::Outcome::Finished);
        QCOMPARE(actual.numbers, expected.numbers);
        QCOMPARE(actual.texts, expected.texts);
    }

    void errorLineIsThePartsLine_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("one run") << XlsxSheetStream::ChunkBytes;
        QTest::newRow("many runs") << qsizetype(200);
    }

    void errorLineIsThePartsLine()
    {
        QFETCH(qsizetype, chunk);
        // Each row takes two lines; the broken one is row 40 on lines 2 (head) + 2 * 39 + 1.
        QByteArray sheetData = rows(100);
        const QByteArray broken = "<row r=\"80\">";
        sheetData.replace(sheetData.indexOf(broken), broken.size(), "<row r=\"80\" oops>");
        const Parsed parsed = streamed(worksheet(sheetData), chunk);
        QCOMPARE(parsed.outcome, XlsxSheetStream::Outcome::XmlError);
        QCOMPARE(parsed.line, 2 + 2 * 39 + 1);
        QCOMPARE(parsed.numbers.size(), 39); // the rows before it were handed on
        QVERIFY(!parsed.error.isEmpty());
    }

    void truncatedPart()
    {
        QByteArray xml = worksheet(rows(100));
        xml.truncate(xml.size() / 2);
        const Parsed parsed = streamed(xml, 300);
        QCOMPARE(parsed.outcome, XlsxSheetStream::Outcome::XmlError);
        QVERIFY2(parsed.error.contains(QStringLiteral("Premature end of document")), qPrintable(parsed.error));
    }

    void handlerStopsWhileRunsArePending()
    {
        const Parsed parsed = streamed(worksheet(rows(500)), 100, 7);
        QCOMPARE(parsed.outcome, XlsxSheetStream::Outcome::Stopped);
        QCOMPARE(parsed.numbers.size(), 7);
    }

    void budgetStopsTheStream()
    {
        std::atomic<qint64> budget = 1000;
        ZipEntryDevice device(zipped(worksheet(rows(500))), QStringLiteral("sheet.xml"), &budget);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const XlsxSheetParser parser(m_styles, false);
        XlsxSheetStream stream(parser, 100);
        const auto outcome = stream.read(device, [](XlsxSheetParser::Row &) { return true; });
        QCOMPARE(outcome, XlsxSheetStream::Outcome::EntryError);
        QVERIFY(device.budgetExceeded());
    }
};

QTEST_GUILESS_MAIN(TestXlsxSheetStream)
#include "tst_xlsxsheetstream.moc"
