#include "ParsedCsv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CsvReader::Limits)

static QString emptyMessage()
{
    return QStringLiteral("The file is empty: it has no header row and no data.");
}

static QString binaryMessage()
{
    return QStringLiteral("The file does not contain text; it looks like binary data such as an image or an archive.");
}

// CsvReader on input it cannot take: each problem is one clear line naming the row, and nothing crashes, hangs or
// grows without bound.
class TestCsvReaderErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void badFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("delivered");
        QTest::newRow("empty file") << QStringLiteral("empty.csv") << emptyMessage() << 0;
        QTest::newRow("blank lines only") << QStringLiteral("blank-lines-only.csv") << emptyMessage() << 0;
        QTest::newRow("png image") << QStringLiteral("binary.png") << binaryMessage() << 0;
        QTest::newRow("unclosed quote")
            << QStringLiteral("unclosed-quote.csv")
            << QStringLiteral("Row 3, column 3 opens a quoted value that is never closed (a closing \" is missing).")
            << 2;
    }

    void badFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, delivered);
        CsvReader reader;
        const ParsedCsv parsed = ParsedCsv::fromFile(reader, ParsedCsv::dataPath(file));
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, message);
        QCOMPARE(parsed.records.size(), delivered);
    }

    void badData_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<CsvReader::Limits>("limits");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("delivered"); // records the sink got before the reader gave up

        const CsvReader::Limits defaults;
        QByteArray randomBytes;
        QRandomGenerator random(20240611);
        for (int i = 0; i < 4096; ++i) {
            randomBytes.append(char(random.bounded(256)));
        }

        QTest::newRow("empty") << QByteArray() << defaults << emptyMessage() << 0;
        QTest::newRow("utf-8 bom only") << QByteArray("\xEF\xBB\xBF") << defaults << emptyMessage() << 0;
        QTest::newRow("utf-16 bom only") << QByteArray("\xFF\xFE") << defaults << emptyMessage() << 0;
        QTest::newRow("blank lines only") << QByteArray("\n\r\n  \n, ,,\n\t\n") << defaults << emptyMessage() << 0;
        QTest::newRow("random bytes") << randomBytes << defaults << binaryMessage() << 0;
        QTest::newRow("nul bytes in text")
            << QByteArray("email\nann@example.com\0\0\0\n", 25) << defaults << binaryMessage() << 0;
        QTest::newRow("too many columns")
            << QByteArray("a,b\n1,2\n\n1,2,3,4\n5,6\n") << CsvReader::Limits{.maxColumns = 3}
            << QStringLiteral("Row 4 has 4 columns; at most 3 are supported.") << 2;
        QTest::newRow("header with too many columns")
            << QByteArray("a,b,c,d\n") << CsvReader::Limits{.maxColumns = 3}
            << QStringLiteral("Row 1 has 4 columns; at most 3 are supported.") << 0;
        QTest::newRow("too many data rows")
            << QByteArray("h\n1\n\n2\n3\n4\n5\n6\n") << CsvReader::Limits{.maxDataRows = 3}
            << QStringLiteral("The file has more than 3 data rows; at most 3 are supported.") << 4;
        QTest::newRow("unclosed quote names the row where it starts")
            << QByteArray("a,b\n\"x\ny\",z\n\n1,\"never\nclosed\n3,4\n") << defaults
            << QStringLiteral("Row 4, column 2 opens a quoted value that is never closed (a closing \" is missing).")
            << 2;
        QTest::newRow("unclosed quote in the header")
            << QByteArray("\"email,role\n") << defaults
            << QStringLiteral("Row 1, column 1 opens a quoted value that is never closed (a closing \" is missing).")
            << 0;
        QTest::newRow("unquoted field too long")
            << QByteArray("a,b\n1,2\n1,12345678901\n") << CsvReader::Limits{.maxFieldChars = 10}
            << QStringLiteral("Row 3, column 2 holds more than 10 characters; at most 10 are supported.") << 2;
        QTest::newRow("quoted field too long")
            << QByteArray("a,b\n\"1\n2\",\"123\n5678901\"\n") << CsvReader::Limits{.maxFieldChars = 10}
            << QStringLiteral("Row 2, column 2 holds more than 10 characters; at most 10 are supported.") << 1;
        QTest::newRow("text after a closing quote counts too")
            << QByteArray("a,b\n\"12345\"678901,x\n") << CsvReader::Limits{.maxFieldChars = 10}
            << QStringLiteral("Row 2, column 1 holds more than 10 characters; at most 10 are supported.") << 1;
        QTest::newRow("data larger than the size limit")
            << QByteArray(20, 'a') << CsvReader::Limits{.maxFileBytes = 10}
            << QStringLiteral("The file is too large (20 bytes); files up to 10 bytes are supported.") << 0;
    }

    void badData()
    {
        QFETCH(QByteArray, input);
        QFETCH(CsvReader::Limits, limits);
        QFETCH(QString, message);
        QFETCH(int, delivered);
        CsvReader reader;
        reader.setLimits(limits);
        const ParsedCsv parsed = ParsedCsv::fromData(reader, input);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, message);
        QCOMPARE(parsed.records.size(), delivered);
    }

    // The message names the quote character the file is read with, not always the double quote.
    void unclosedQuoteNamesTheQuoteInUse()
    {
        CsvReader reader;
        reader.setQuote(u'\'');
        const ParsedCsv parsed = ParsedCsv::fromData(reader, QByteArray("email,role\n'a@example.com,org:member\n"));
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error,
                 QStringLiteral("Row 2, column 1 opens a quoted value that is never closed (a closing ' is missing)."));
    }

    void withinLimits_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<CsvReader::Limits>("limits");
        QTest::addColumn<int>("delivered");
        QTest::newRow("exactly the column limit")
            << QByteArray("a,b,c\n1,2,3\n") << CsvReader::Limits{.maxColumns = 3} << 2;
        QTest::newRow("a blank record wider than the limit is skipped")
            << QByteArray("a\n,,,,,,,,\nb\n") << CsvReader::Limits{.maxColumns = 3} << 2;
        QTest::newRow("exactly the data row limit, blank rows not counted")
            << QByteArray("h\n1\n\n2\n\n3\n\n") << CsvReader::Limits{.maxDataRows = 3} << 4;
        QTest::newRow("exactly the field length")
            << QByteArray("a\n1234567890\n") << CsvReader::Limits{.maxFieldChars = 10} << 2;
        QTest::newRow("field length counts unescaped characters")
            << QByteArray("a\n\"12\"\"45\"\"78\r\n0\"\n") << CsvReader::Limits{.maxFieldChars = 10} << 2;
        QTest::newRow("exactly the size limit")
            << QByteArray("a,b\n1,2\n") << CsvReader::Limits{.maxFileBytes = 8} << 2;
    }

    void withinLimits()
    {
        QFETCH(QByteArray, input);
        QFETCH(CsvReader::Limits, limits);
        QFETCH(int, delivered);
        CsvReader reader;
        reader.setLimits(limits);
        const ParsedCsv parsed = ParsedCsv::fromData(reader, input);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.records.size(), delivered);
    }

    void tooManyColumnsAtTheDefaultLimit()
    {
        QByteArray input("email\n1\n2\n3\n4\n5\n");
        for (int i = 0; i < 5000; ++i) {
            input.append(i == 0 ? "x" : ",x");
        }
        CsvReader reader;
        ParsedCsv parsed = ParsedCsv::fromData(reader, input);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, QStringLiteral("Row 7 has 5,000 columns; at most 1,000 are supported."));

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        parsed = ParsedCsv::fromData(reader, input);
        QCOMPARE(parsed.error, QStringLiteral("Row 7 has 5.000 columns; at most 1.000 are supported."));
    }

    void tooManyRowsAtTheDefaultLimit()
    {
        const int dataRows = CsvReader::Limits().maxDataRows + 1;
        QByteArray input("email\n");
        input.reserve(input.size() + 2 * qsizetype(dataRows));
        for (int i = 0; i < dataRows; ++i) {
            input.append("a\n");
        }
        int calls = 0;
        int lastRow = 0;
        CsvReader reader;
        QElapsedTimer timer;
        timer.start();
        const bool ok = reader.readData(input, [&](int row, QStringList &) {
            ++calls;
            lastRow = row;
            return true;
        });
        qInfo("1,000,001 data rows rejected in %lld ms", timer.elapsed());
        QVERIFY(!ok);
        QCOMPARE(reader.errorString(),
                 QStringLiteral("The file has more than 1,000,000 data rows; at most 1,000,000 are supported."));
        QCOMPARE(calls, 1'000'001); // the header and every allowed data row, nothing past the limit
        QCOMPARE(lastRow, 1'000'001);
    }

    void unusableDelimiter_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("quote") << QChar(u'"');
        QTest::newRow("line feed") << QChar(u'\n');
        QTest::newRow("carriage return") << QChar(u'\r');
    }

    void unusableDelimiter()
    {
        QFETCH(QChar, delimiter);
        CsvReader reader;
        reader.setDelimiter(delimiter);
        const ParsedCsv parsed = ParsedCsv::fromData(reader, QByteArray("a,b\n"));
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, QStringLiteral("“%1” cannot be used as the column separator.").arg(delimiter));
    }

    void openFailures_data()
    {
        QTest::addColumn<QString>("name"); // inside a fresh temporary directory; empty: the directory itself
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing file") << QStringLiteral("missing.csv") << QStringLiteral("No such file or directory");
        QTest::newRow("directory") << QString() << QStringLiteral("file to open is a directory");
    }

    void openFailures()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = name.isEmpty() ? dir.path() : dir.filePath(name);
        CsvReader reader;
        const ParsedCsv parsed = ParsedCsv::fromFile(reader, path);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, QStringLiteral("Cannot open “%1”: %2.").arg(QDir::toNativeSeparators(path), reason));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("locked.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email\na@example.com\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        if (QFile(path).open(QIODevice::ReadOnly)) {
            QSKIP("running with privileges that read any file");
        }
        CsvReader reader;
        const ParsedCsv parsed = ParsedCsv::fromFile(reader, path);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error,
                 QStringLiteral("Cannot open “%1”: Permission denied.").arg(QDir::toNativeSeparators(path)));
    }

    void fileTooLarge()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("email\n") + QByteArray(2000, 'a'));
        file.close();

        CsvReader reader;
        reader.setLimits({.maxFileBytes = 1024});
        const ParsedCsv parsed = ParsedCsv::fromFile(reader, path);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, QStringLiteral("“%1” is too large (2.0 kB); files up to 1.0 kB are supported.")
                                   .arg(QDir::toNativeSeparators(path)));
        QVERIFY(parsed.records.isEmpty());
    }

    void sequentialDevice()
    {
        if (!QFile::exists(QStringLiteral("/dev/null"))) {
            QSKIP("no /dev/null here");
        }
        CsvReader reader;
        const ParsedCsv parsed = ParsedCsv::fromFile(reader, QStringLiteral("/dev/null"));
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, emptyMessage());
    }

    void endlessDeviceStopsAtTheSizeLimit()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero"))) {
            QSKIP("no /dev/zero here");
        }
        CsvReader reader;
        reader.setLimits({.maxFileBytes = 4096});
        const ParsedCsv parsed = ParsedCsv::fromFile(reader, QStringLiteral("/dev/zero"));
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error,
                 QStringLiteral("“/dev/zero” is too large (more than 4.0 kB); files up to 4.0 kB are supported."));
    }
};

QTEST_GUILESS_MAIN(TestCsvReaderErrors)
#include "tst_csvreadererrors.moc"
