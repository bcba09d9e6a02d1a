#include "SheetTestSupport.h"
#include "io/InviteeImporter.h"
#include "io/OdsReader.h"
#include "io/XlsxReader.h"
#include "io/ZipEntryDevice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

// Hostile and broken files: each is refused with one clear line naming the file, quickly, and without the memory a
// naive reader would spend on it.
class TestSheetLimits : public QObject
{
    Q_OBJECT

private:
    // The peak resident memory of this process so far, in bytes (0 where the platform does not say).
    static qint64 peakMemory()
    {
#ifdef Q_OS_UNIX
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return qint64(usage.ru_maxrss) * 1024;
#else
        return 0;
#endif
    }

private slots:
    void refusedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");

        QTest::newRow("zip bomb: 90 MB from 90 kB")
            << QStringLiteral("zip-bomb.xlsx")
            << QStringLiteral("The part “xl/worksheets/sheet1.xml” unpacks to 90.0 MB from only 89.8 kB, more than 200 "
                              "to 1: the file looks like a zip bomb and is not read.");
        QTest::newRow("declared sizes beyond the limit")
            << QStringLiteral("declared-too-large.xlsx")
            << QStringLiteral("The file unpacks to more than 1.0 GB; at most 1.0 GB are supported.");
        QTest::newRow("a header that understates the size stops at the declared size")
            << QStringLiteral("lying-sizes.xlsx")
            << QStringLiteral("The file is damaged: xl/worksheets/sheet1.xml, line 2: Premature end of document.");
        QTest::newRow("truncated XML") << QStringLiteral("truncated-xml.xlsx")
                                       << QStringLiteral("The file is damaged: xl/worksheets/sheet1.xml, line 2: "
                                                         "Premature end of document.");
        QTest::newRow("truncated ZIP") << QStringLiteral("truncated-zip.xlsx")
                                       << QStringLiteral("The file is damaged: it is not a complete ZIP archive.");
        QTest::newRow("entity expansion") << QStringLiteral("billion-laughs.xlsx")
                                          << QStringLiteral("The file is damaged: xl/worksheets/sheet1.xml, line 1: "
                                                            "Entity expands to more characters than the entity "
                                                            "expansion limit.");
        QTest::newRow("shared string that does not exist")
            << QStringLiteral("missing-shared-string.xlsx")
            << QStringLiteral(
                   "The file is damaged: sheet “Sheet1”, cell A2 refers to a shared text that does not exist.");
        QTest::newRow("ZIP-encrypted entries")
            << QStringLiteral("encrypted-entries.xlsx")
            << QStringLiteral("The file is password-protected; open it in your spreadsheet program and save it without "
                              "a password.");
        QTest::newRow("Excel's encrypted workbook (OLE)")
            << QStringLiteral("password-excel.xlsx")
            << QStringLiteral("The file is password-protected; open it in your spreadsheet program and save it without "
                              "a password.");
        QTest::newRow("LibreOffice's password-protected ODS")
            << QStringLiteral("password.ods")
            << QStringLiteral("The file is password-protected; open it in your spreadsheet program and save it without "
                              "a password.");
        QTest::newRow("CSV named .xlsx")
            << QStringLiteral("renamed-csv.xlsx")
            << QStringLiteral(
                   "The file is named .xlsx but holds text, not a workbook (it looks like CSV); if it is CSV, "
                   "rename it to .csv.");
        QTest::newRow("old Excel written by LibreOffice")
            << QStringLiteral("libreoffice.xls")
            << QStringLiteral("The file is in the old Excel format (.xls); save it as .xlsx or CSV.");
        QTest::newRow("binary workbook") << QStringLiteral("binary-workbook.xlsb")
                                         << QStringLiteral("The file is an Excel binary workbook (.xlsb); save it as "
                                                           ".xlsx or CSV.");
        QTest::newRow("a ZIP of other files")
            << QStringLiteral("plain-archive.zip")
            << QStringLiteral("The file is a ZIP archive, not an XLSX or ODS workbook.");
        QTest::newRow("Word document") << QStringLiteral("document.docx")
                                       << QStringLiteral("The file is an Office document of another kind (such as "
                                                         "Word), not a spreadsheet.");
        QTest::newRow("OpenDocument text") << QStringLiteral("document.odt")
                                           << QStringLiteral("The file is an OpenDocument file of another kind "
                                                             "(application/vnd.oasis.opendocument.text), not a "
                                                             "spreadsheet.");
        QTest::newRow("compression method other than deflate")
            << QStringLiteral("unsupported-method.xlsx")
            << QStringLiteral("The file uses a ZIP compression method (12) that Invitedesk cannot read; save it again "
                              "from your spreadsheet program.");
        QTest::newRow("a value beyond column 1,000")
            << QStringLiteral("wide-value.xlsx")
            << QStringLiteral("Sheet “Sheet1”, row 2 has a value in column ALM; at most 1,000 columns are supported.");
        QTest::newRow("a value beyond the last row")
            << QStringLiteral("far-row.xlsx")
            << QStringLiteral(
                   "Sheet “Sheet1” has a value in row 20000000, beyond the last row a spreadsheet can have.");
        QTest::newRow("the same row twice (found by fuzz_xlsx)")
            << QStringLiteral("duplicate-row.xlsx")
            << QStringLiteral("The file is damaged: sheet “Sheet1” lists row 2 after row 2.");
        QTest::newRow("a row after a later one")
            << QStringLiteral("rows-out-of-order.xlsx")
            << QStringLiteral("The file is damaged: sheet “Sheet1” lists row 2 after row 3.");
        QTest::newRow("empty sheet") << QStringLiteral("empty-sheet.xlsx")
                                     << QStringLiteral("Sheet “Sheet1” is empty: it has no header row and no data.");
        QTest::newRow("ODS: a row repeated 2,000,000 times")
            << QStringLiteral("repeat-rows-bomb.ods")
            << QStringLiteral("Sheet “Sheet1” has more than 1,000,000 data rows; at most 1,000,000 are supported.");
        QTest::newRow("ODS: a cell repeated 16,384 times")
            << QStringLiteral("repeat-columns-bomb.ods")
            << QStringLiteral("Sheet “Sheet1”, row 2 has a value in column ALM; at most 1,000 columns are supported.");
        QTest::newRow("ODS: 1,000 cells repeated over 30,000 rows")
            << QStringLiteral("repeat-cells-bomb.ods")
            << QStringLiteral(
                   "Sheet “Sheet1” holds more than 20,000,000 filled cells; at most 20,000,000 are supported.");
    }

    void refusedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = sheetFixture(file);
        QVERIFY(QFile::exists(path));
        const qint64 memoryBefore = peakMemory();
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = InviteeImporter().importFile(path);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
        QVERIFY2(peakMemory() - memoryBefore < (qint64(64) << 20), "used more than 64 MB on a refused file");
        QVERIFY(!result.ok());
        QVERIFY(result.invitees.isEmpty());
        QCOMPARE(result.errorString, QDir::toNativeSeparators(path) + QStringLiteral(": ") + message);
        QVERIFY(!result.errorString.contains(u'\n'));
    }

    // Inputs the fuzz targets (tests/fuzz) found hanging or crashing, kept in tests/data/fuzz-regressions: each is
    // refused at once with one line naming the file.
    void fuzzRegressions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");

        // content.xml's deflate stream is corrupt part-way: ZipEntryDevice stopped handing out bytes but did not say
        // it was at its end, so QXmlStreamReader waited for more data for ever.
        QTest::newRow("ODS: deflate stream of content.xml breaks off")
            << QStringLiteral("damaged-deflate-content.ods") << QStringLiteral("content.xml");
        // content.xml's deflate stream ends cleanly at 509 bytes where its headers declare 4,973: QuaZipFile read 0
        // bytes and said it was not at its end, for ever (found by fuzz_ods in CI's smoke run).
        QTest::newRow("ODS: content.xml shorter than its declared size")
            << QStringLiteral("short-deflate-content.ods")
            << QStringLiteral("The file is damaged: the part “content.xml” ends before the size its ZIP headers "
                              "declare.");
        // QXmlStreamReader's complaint quotes the encoding the document names, here one with a line break in it: the
        // message came out on two lines (found by fuzz_ods and fuzz_xlsx).
        QTest::newRow("ODS: encoding name with a line break")
            << QStringLiteral("encoding-name-with-line-break.ods")
            << QStringLiteral("The file is damaged: content.xml, line 2: UT@@ META-INF/manifest.xml F-8 is an invalid "
                              "encoding name.");
        QTest::newRow("XLSX: encoding name with a line break")
            << QStringLiteral("encoding-name-with-line-break.xlsx")
            << QStringLiteral("The file is damaged: xl/workbook.xml, line 2: @@ xl/styles.xml UTF-8 is an invalid "
                              "encoding name.");
        // The mimetype entry was quoted in the message as it was, line break and control character included.
        QTest::newRow("ODS: mimetype with a line break")
            << QStringLiteral("mimetype-with-line-break.ods")
            << QStringLiteral("The file is an OpenDocument file of another kind (application/vnd.oasis.opendocument."
                              "spreadsheet 8@ Configurations2/toolpanel/?), not a spreadsheet.");
        // The first sheet has two rows numbered 1: both were handed over as row 1, the second as a data row carrying
        // the header's row number.
        QTest::newRow("XLSX: the same row number twice")
            << QStringLiteral("duplicate-row-number.xlsx")
            << QStringLiteral("The file is damaged: sheet “Invitees” lists row 1 after row 1.");
    }

    void fuzzRegressions()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        const QString path = QStringLiteral(INVITEDESK_TEST_DATA "/fuzz-regressions/") + file;
        QVERIFY(QFile::exists(path));
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = InviteeImporter().importFile(path);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": ")),
                 qPrintable(result.errorString));
        QVERIFY2(result.errorString.contains(mentions), qPrintable(result.errorString));
        QVERIFY(!result.errorString.contains(u'\n'));
    }

    // The same limits CsvReader has, and the rest, each at its smallest: a real LibreOffice file breaks them.
    void limits_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("maxDataRows");
        QTest::addColumn<int>("maxColumns");
        QTest::addColumn<int>("maxCellChars");
        QTest::addColumn<qint64>("maxCells");
        QTest::addColumn<qint64>("maxUnpacked");
        QTest::addColumn<QString>("message");

        const SheetReader::Limits defaults;
        const QString xlsx = QStringLiteral("libreoffice.xlsx");
        const QString ods = QStringLiteral("libreoffice.ods");
        for (const QString &file : {xlsx, ods}) {
            const QByteArray kind = file.endsWith(u"xlsx") ? "xlsx: " : "ods: ";
            QTest::newRow(QByteArray(kind + "data rows").constData())
                << file << 4 << defaults.maxColumns << defaults.maxCellChars << defaults.maxCells
                << defaults.package.maxUncompressedBytes
                << QStringLiteral("Sheet “Invitees” has more than 4 data rows; at most 4 "
                                  "are supported.");
            QTest::newRow(QByteArray(kind + "columns").constData())
                << file << defaults.maxDataRows << 3 << defaults.maxCellChars << defaults.maxCells
                << defaults.package.maxUncompressedBytes
                << QStringLiteral("Sheet “Invitees”, row 1 has a value in column D; at "
                                  "most 3 columns are supported.");
            QTest::newRow(QByteArray(kind + "characters in a cell").constData())
                << file << defaults.maxDataRows << defaults.maxColumns << 12 << defaults.maxCells
                << defaults.package.maxUncompressedBytes
                << QStringLiteral("Sheet “Invitees”, row 1, column A holds more than 12 characters; at most 12 are "
                                  "supported.");
            QTest::newRow(QByteArray(kind + "filled cells").constData())
                << file << defaults.maxDataRows << defaults.maxColumns << defaults.maxCellChars << qint64(25)
                << defaults.package.maxUncompressedBytes
                << QStringLiteral("Sheet “Invitees” holds more than 25 filled cells; "
                                  "at most 25 are supported.");
        }
        QTest::newRow("xlsx: unpacked size") << xlsx << defaults.maxDataRows << defaults.maxColumns
                                             << defaults.maxCellChars << defaults.maxCells << (qint64(1) << 20)
                                             << QStringLiteral("The file unpacks to more than 1.0 MB; at most 1.0 MB "
                                                               "are supported.");
    }

    void limits()
    {
        QFETCH(QString, file);
        QFETCH(int, maxDataRows);
        QFETCH(int, maxColumns);
        QFETCH(int, maxCellChars);
        QFETCH(qint64, maxCells);
        QFETCH(qint64, maxUnpacked);
        QFETCH(QString, message);
        SheetReader::Limits limits;
        limits.maxDataRows = maxDataRows;
        limits.maxColumns = maxColumns;
        limits.maxCellChars = maxCellChars;
        limits.maxCells = maxCells;
        limits.package.maxUncompressedBytes = maxUnpacked;
        const ReadSheet read = file.endsWith(u"xlsx") ? readSheet<XlsxReader>(sheetFixture(file), {}, limits)
                                                      : readSheet<OdsReader>(sheetFixture(file), {}, limits);
        QVERIFY(!read.ok);
        QCOMPARE(read.error, message);
    }

    // The importer reads sheets with the limits it is given (the fuzz targets lower them), not always the defaults.
    void importerUsesItsSheetLimits_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << QStringLiteral("libreoffice.xlsx");
        QTest::newRow("ods") << QStringLiteral("libreoffice.ods");
    }

    void importerUsesItsSheetLimits()
    {
        QFETCH(QString, file);
        const QString path = sheetFixture(file);
        QVERIFY(InviteeImporter().importFile(path).ok());
        SheetReader::Limits limits;
        limits.maxCells = 25;
        InviteeImporter importer;
        importer.setSheetLimits(limits);
        const ImportResult result = importer.importFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString, QDir::toNativeSeparators(path) +
                                         QStringLiteral(": Sheet “Invitees” holds more than 25 filled cells; at most "
                                                        "25 are supported."));
    }

    void limitsAreTheCsvReaders()
    {
        const SheetReader::Limits limits;
        QCOMPARE(limits.maxDataRows, 1'000'000);
        QCOMPARE(limits.maxColumns, 1'000);
        QCOMPARE(limits.package.maxUncompressedBytes, qint64(1) << 30); // CsvReader's file limit
    }

    // Inflated bytes are counted as they are read, whatever the headers say: an entry stops once the budget is spent.
    void inflatedBytesAreCounted()
    {
        QuaZip zip(sheetFixture(QStringLiteral("libreoffice.xlsx")));
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
        std::atomic<qint64> budget = 100'000;
        ZipEntryDevice device(&zip, &budget);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        qint64 total = 0;
        for (qint64 count; (count = device.read(buffer.data(), buffer.size())) > 0;) {
            total += count;
        }
        QVERIFY(device.budgetExceeded());
        QVERIFY(total <= 100'000);
        QVERIFY(!device.finish());
    }

    void completeEntryPassesItsChecksum()
    {
        QuaZip zip(sheetFixture(QStringLiteral("excel.xlsx")));
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(QStringLiteral("xl/sharedStrings.xml")));
        std::atomic<qint64> budget = 1 << 20;
        ZipEntryDevice device(&zip, &budget);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QVERIFY(device.finish());
        QVERIFY(!device.damaged());
        QVERIFY(budget < (1 << 20));
    }
};

QTEST_GUILESS_MAIN(TestSheetLimits)
#include "tst_sheetlimits.moc"
