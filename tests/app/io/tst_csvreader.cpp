#include "ParsedCsv.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using Records = QList<QStringList>;
using Encoding = TextDecoder::Encoding;

// A plain, character-at-a-time reading of the same rules, to check the fast scanner against on random input.
static Records referenceParse(QStringView text, QChar delimiter, bool *unclosed)
{
    Records records;
    qsizetype i = 0;
    const qsizetype n = text.size();
    *unclosed = false;
    while (i < n) {
        QStringList record;
        for (;;) {
            QString field;
            if (i < n && text[i] == u'"') {
                bool closed = false;
                for (++i; i < n; ++i) {
                    if (text[i] == u'"' && i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                    } else if (text[i] == u'"') {
                        closed = true;
                        ++i;
                        break;
                    } else if (text[i] == u'\r') {
                        field += u'\n';
                        i += (i + 1 < n && text[i + 1] == u'\n') ? 1 : 0;
                    } else {
                        field += text[i];
                    }
                }
                if (!closed) {
                    *unclosed = true;
                    return records;
                }
            }
            while (i < n && text[i] != delimiter && text[i] != u'\r' && text[i] != u'\n') {
                field += text[i++];
            }
            record.append(field);
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            if (i < n) {
                i += (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
            }
            break;
        }
        records.append(record);
    }
    return records;
}

static bool isBlank(const QStringList &record)
{
    return std::all_of(record.cbegin(), record.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

// CsvReader turns spreadsheet exports into rows: the parsing rules, delimiter sniffing and the fixture files.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QChar>("delimiter"); // QChar(): sniffed, and must come out as ','
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<int>>("rows");

        const QChar sniff;
        const QChar comma = QLatin1Char(',');
        const auto s = [](const char *text) { return QString::fromUtf8(text); };

        QTest::newRow("lf line ends") << QByteArray("a,b\nc,d\n") << sniff
                                      << Records{{s("a"), s("b")}, {s("c"), s("d")}} << QList<int>{1, 2};
        QTest::newRow("crlf line ends") << QByteArray("a,b\r\nc,d\r\n") << sniff
                                        << Records{{s("a"), s("b")}, {s("c"), s("d")}} << QList<int>{1, 2};
        QTest::newRow("cr line ends") << QByteArray("a,b\rc,d\r") << sniff
                                      << Records{{s("a"), s("b")}, {s("c"), s("d")}} << QList<int>{1, 2};
        QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << comma
                                         << Records{{s("a")}, {s("b")}, {s("c")}, {s("d")}} << QList<int>{1, 2, 3, 4};
        QTest::newRow("no final line end")
            << QByteArray("a,b\nc,d") << sniff << Records{{s("a"), s("b")}, {s("c"), s("d")}} << QList<int>{1, 2};
        QTest::newRow("lf then cr are two line ends")
            << QByteArray("a\n\rb") << comma << Records{{s("a")}, {s("b")}} << QList<int>{1, 3};
        QTest::newRow("empty quoted field")
            << QByteArray("a,\"\",b") << sniff << Records{{s("a"), s(""), s("b")}} << QList<int>{1};
        QTest::newRow("doubled quotes inside a quoted field")
            << QByteArray("\"say \"\"hi\"\"\",x") << sniff << Records{{s("say \"hi\""), s("x")}} << QList<int>{1};
        QTest::newRow("field that is one escaped quote")
            << QByteArray("\"\"\"\",x") << sniff << Records{{s("\""), s("x")}} << QList<int>{1};
        QTest::newRow("quote at field start only")
            << QByteArray("\"abc\"def,x") << sniff << Records{{s("abcdef"), s("x")}} << QList<int>{1};
        QTest::newRow("quote inside an unquoted field is literal")
            << QByteArray("ab\"c,5\" pipe") << sniff << Records{{s("ab\"c"), s("5\" pipe")}} << QList<int>{1};
        QTest::newRow("space before a quote keeps it literal")
            << QByteArray("x, \"a,b\"") << sniff << Records{{s("x"), s(" \"a"), s("b\"")}} << QList<int>{1};
        QTest::newRow("text after the closing quote is appended")
            << QByteArray("\"a\" b,c") << sniff << Records{{s("a b"), s("c")}} << QList<int>{1};
        QTest::newRow("quote after the closing quote is literal")
            << QByteArray("\"a\"b\"c,d") << sniff << Records{{s("ab\"c"), s("d")}} << QList<int>{1};
        QTest::newRow("lf inside quotes")
            << QByteArray("h\n\"x\ny\"\nz") << comma << Records{{s("h")}, {s("x\ny")}, {s("z")}} << QList<int>{1, 2, 3};
        QTest::newRow("crlf inside quotes becomes lf")
            << QByteArray("\"x\r\ny\",z\r\n") << sniff << Records{{s("x\ny"), s("z")}} << QList<int>{1};
        QTest::newRow("cr inside quotes becomes lf")
            << QByteArray("\"x\ry\r\r\",z\r") << sniff << Records{{s("x\ny\n\n"), s("z")}} << QList<int>{1};
        QTest::newRow("delimiter inside quotes")
            << QByteArray("\"a,b\",c") << sniff << Records{{s("a,b"), s("c")}} << QList<int>{1};
        QTest::newRow("trailing delimiter means a trailing empty field")
            << QByteArray("a,b,\nc,d,\n") << sniff << Records{{s("a"), s("b"), s("")}, {s("c"), s("d"), s("")}}
            << QList<int>{1, 2};
        QTest::newRow("leading delimiter")
            << QByteArray(",a\nb,") << sniff << Records{{s(""), s("a")}, {s("b"), s("")}} << QList<int>{1, 2};
        QTest::newRow("quoted field then trailing delimiter at the end")
            << QByteArray("\"a\",") << sniff << Records{{s("a"), s("")}} << QList<int>{1};
        QTest::newRow("rows with fewer and more cells than the header are kept")
            << QByteArray("a,b,c\n1\n1,2,3,4\n") << sniff
            << Records{{s("a"), s("b"), s("c")}, {s("1")}, {s("1"), s("2"), s("3"), s("4")}} << QList<int>{1, 2, 3};
        QTest::newRow("blank lines are skipped but counted")
            << QByteArray("h\n\n\nx\n\ny\n") << comma << Records{{s("h")}, {s("x")}, {s("y")}} << QList<int>{1, 4, 6};
        QTest::newRow("white space and empty-cell records are skipped but counted")
            << QByteArray("h\n  \n,,\n\t, \n\"\"\n\" \",\"\"\nx") << comma << Records{{s("h")}, {s("x")}}
            << QList<int>{1, 7};
        QTest::newRow("blank lines before the header")
            << QByteArray("\r\n\r\nh\r\nx\r\n") << comma << Records{{s("h")}, {s("x")}} << QList<int>{3, 4};
        QTest::newRow("a record with quoted line breaks is one row")
            << QByteArray("h,n\n\"a\nb\nc\",d\ne,f\n") << sniff
            << Records{{s("h"), s("n")}, {s("a\nb\nc"), s("d")}, {s("e"), s("f")}} << QList<int>{1, 2, 3};
        QTest::newRow("white space inside cells is kept")
            << QByteArray(" a , b \n") << sniff << Records{{s(" a "), s(" b ")}} << QList<int>{1};
        QTest::newRow("quoted header cells") << QByteArray("\"email\",\"role\"\n\"a\",\"b\"") << sniff
                                             << Records{{s("email"), s("role")}, {s("a"), s("b")}} << QList<int>{1, 2};
        QTest::newRow("header only") << QByteArray("email,role\n") << sniff << Records{{s("email"), s("role")}}
                                     << QList<int>{1};
        QTest::newRow("single column") << QByteArray("email\nann@example.com\n") << sniff
                                       << Records{{s("email")}, {s("ann@example.com")}} << QList<int>{1, 2};
        QTest::newRow("non-ascii utf-8") << QByteArray("name,city\nZo\xC3\xAB,\xE6\x97\xA5\xE6\x9C\xAC") << sniff
                                         << Records{{s("name"), s("city")}, {s("Zoë"), s("日本")}} << QList<int>{1, 2};
        QTest::newRow("explicit delimiter wins over sniffing")
            << QByteArray("a;b,c\nd;e,f") << comma << Records{{s("a;b"), s("c")}, {s("d;e"), s("f")}}
            << QList<int>{1, 2};
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QChar, delimiter);
        QFETCH(Records, records);
        QFETCH(QList<int>, rows);

        CsvReader reader;
        reader.setDelimiter(delimiter);
        const ParsedCsv parsed = ParsedCsv::fromData(reader, input);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(reader.delimiter(), QLatin1Char(','));
        QCOMPARE(parsed.records, records);
        QCOMPARE(parsed.rows, rows);
    }

    void sniffDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");

        QString windowTest = QStringLiteral("a,b;c\n"); // ',' and ';' both split the header in two
        for (int i = 0; i < 19; ++i) {
            windowTest += QStringLiteral("1;2\n");
        }
        for (int i = 0; i < 100; ++i) {
            windowTest += QStringLiteral("1,2\n");
        }

        QTest::newRow("comma") << QStringLiteral("email,role\na,b\n") << QChar(u',');
        QTest::newRow("european excel: semicolon with commas in quoted cells")
            << QStringLiteral("E-Mail;Role;Notes\na@x;admin;\"Sales, EMEA\"\nb@x;member;\"x, y; z\"\n") << QChar(u';');
        QTest::newRow("semicolon with unquoted decimal commas")
            << QStringLiteral("Name;Amount\nA;1,5\nB;2,75\n") << QChar(u';');
        QTest::newRow("semicolon whose header holds a comma")
            << QStringLiteral("Name, first;Email\n\"Doe, Jane\";jane@x\n\"Roe, Rick\";rick@x\n") << QChar(u';');
        QTest::newRow("unicode text: tab") << QStringLiteral("email_address\trole\nann@x\torg:admin\n") << QChar(u'\t');
        QTest::newRow("tab with commas in cells") << QStringLiteral("a\tb\tc\nx, y\tz\tw, v\n") << QChar(u'\t');
        QTest::newRow("comma with semicolons inside quotes")
            << QStringLiteral("a,b\n\"x;y\",z\n\"p;q\",r\n") << QChar(u',');
        QTest::newRow("pipe") << QStringLiteral("a|b\nc|d\n") << QChar(u'|');
        QTest::newRow("quoted line break spanning records") << QStringLiteral("a;b\n\"x\ny,z\";w\n") << QChar(u';');
        QTest::newRow("blank lines are ignored") << QStringLiteral("\n\na;b\n\nc;d\n") << QChar(u';');
        QTest::newRow("ragged rows") << QStringLiteral("a,b,c\n1,2\n3,4,5\n") << QChar(u',');
        QTest::newRow("header only") << QStringLiteral("a;b;c") << QChar(u';');
        QTest::newRow("single column defaults to comma") << QStringLiteral("email\nann@x\n") << QChar(u',');
        QTest::newRow("empty text defaults to comma") << QString() << QChar(u',');
        QTest::newRow("a full tie goes to comma") << QStringLiteral("a,b;c\n1,2;3\n") << QChar(u',');
        QTest::newRow("more columns break a tie") << QStringLiteral("a;b;c,d\n1;2;3,4\n") << QChar(u';');
        QTest::newRow("only the first 20 records count") << windowTest << QChar(u';');
        QTest::newRow("unclosed quote") << QStringLiteral("a;b\n\"x,y;z\n") << QChar(u';');
    }

    void sniffDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::sniffDelimiter(text), delimiter);
    }

    void sniffLooksAtTheStartOfHugeText()
    {
        QString text = QStringLiteral("a;b\n");
        while (text.size() < 200'000) {
            text += QStringLiteral("\"1,2,3\";\"4,5\"\n");
        }
        QCOMPARE(CsvReader::sniffDelimiter(text), QChar(u';'));
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<int>>("rows");

        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("excel semicolon, utf-8 bom, crlf")
            << s("excel-semicolon-bom-crlf.csv") << QChar(u';') << Encoding::Utf8WithBom
            << Records{
                   {s("E-Mail"), s("Role"), s("Redirect URL"), s("Public Metadata.Department"),
                    s("public_metadata.address.city"), s("Notes")},
                   {s("ann@example.com"), s("org:admin"), s("https://example.com/welcome"), s("0012"), s("München"),
                    s("Team lead; Sales, EMEA")},
                   {s("bob@example.com"), s("org:member"), s(""), s("Sales"), s("Berlin"), s("")},
                   {s("carla@example.com"), s("org:member"), s("https://example.com/start?a=1&b=2"), s("0042"),
                    s("Köln"), s("Line one\nLine two")},
                   {s("dave@example.com"), s(""), s(""), s("Support"), s("Zürich"), s("He said \"hi\"")},
                   {s("  ANN@Example.COM "), s("org:member"), s(""), s("0012"), s("München"), s("same person as row 2")},
                   {s("eve@example.com"), s("org:member"), s(""), s(""), s("Wien"), s("plain, with a comma")},
               }
            << QList<int>{1, 2, 3, 4, 6, 7, 8};
        QTest::newRow("excel unicode text, utf-16 le, tab")
            << s("unicode-text-utf16le.txt") << QChar(u'\t') << Encoding::Utf16LE
            << Records{
                   {s("email_address"), s("role"), s("public_metadata.name"), s("private_metadata.notes")},
                   {s("yuki@example.jp"), s("org:member"), s("日本語"), s("VIP, 東京")},
                   {s("zoe@example.com"), s("org:admin"), s("Zoë"), s("has\ta tab")},
                   {s("nandu@example.com"), s(""), s("Ñandú"), s("says \"hola\"")},
               }
            << QList<int>{1, 2, 3, 4};
        QTest::newRow("windows-1252") << s("latin1-windows1252.csv") << QChar(u',') << Encoding::Windows1252
                                      << Records{
                                             {s("email"), s("public_metadata.name"), s("public_metadata.city"),
                                              s("private_metadata.note")},
                                             {s("jose@example.com"), s("José"), s("Málaga"), s("€ 10")},
                                             {s("mueller@example.com"), s("Müller"), s("Köln"), s("“quoted” – dash")},
                                         }
                                      << QList<int>{1, 2, 3};
        QTest::newRow("utf-16 be with bom") << s("utf16be-bom.csv") << QChar(u',') << Encoding::Utf16BE
                                            << Records{
                                                   {s("email"), s("role"), s("public_metadata.name")},
                                                   {s("asa@example.com"), s("org:member"), s("Åsa")},
                                                   {s("bjorn@example.com"), s("org:admin"), s("Björn €")},
                                               }
                                            << QList<int>{1, 2, 3};
        QTest::newRow("classic mac cr line ends") << s("cr-only.csv") << QChar(u',') << Encoding::Utf8
                                                  << Records{
                                                         {s("email"), s("role"), s("notes")},
                                                         {s("ann@example.com"), s("org:member"), s("two\nlines")},
                                                         {s("bob@example.com"), s("org:admin"), s("")},
                                                     }
                                                  << QList<int>{1, 2, 3};
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QChar, delimiter);
        QFETCH(Encoding, encoding);
        QFETCH(Records, records);
        QFETCH(QList<int>, rows);

        CsvReader reader;
        const ParsedCsv parsed = ParsedCsv::fromFile(reader, ParsedCsv::dataPath(file));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.encoding(), encoding);
        QCOMPARE(parsed.records, records);
        QCOMPARE(parsed.rows, rows);
    }

    void sinkStopsReading_data()
    {
        QTest::addColumn<int>("stopAfter");
        QTest::newRow("at the header") << 1;
        QTest::newRow("at the first data row") << 2;
        QTest::newRow("at the last row") << 4;
    }

    void sinkStopsReading()
    {
        QFETCH(int, stopAfter);
        CsvReader reader;
        int calls = 0;
        // Everything after row 4 is broken: reading must not get that far.
        const bool ok =
            reader.readData("h\na\nb\nc\n\"unclosed", [&](int, QStringList &) { return ++calls < stopAfter; });
        QVERIFY(ok);
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(calls, stopAfter);
    }

    void stateOfTheLastRead()
    {
        CsvReader reader;
        QVERIFY(!ParsedCsv::fromData(reader, QByteArray()).ok);
        QVERIFY(!reader.errorString().isEmpty());

        const ParsedCsv parsed = ParsedCsv::fromData(reader, QByteArray("\xFF\xFE"
                                                                        "a\0\t\0b\0",
                                                                        8));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(reader.delimiter(), QChar(u'\t'));
        QCOMPARE(reader.encoding(), Encoding::Utf16LE);
        QCOMPARE(parsed.records, (Records{{QStringLiteral("a"), QStringLiteral("b")}}));
    }

    // Random text from the characters that matter must parse exactly like the plain reference reading, or fail with
    // a one-line message; it must never crash or hang.
    void matchesReferenceOnRandomText()
    {
        const std::array<char16_t, 9> alphabet = {u'a', u'b', u' ', u',', u';', u'"', u'\r', u'\n', u'é'};
        QRandomGenerator random(42);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = int(random.bounded(60));
            for (int i = 0; i < length; ++i) {
                text += QChar(alphabet[random.bounded(quint32(alphabet.size()))]);
            }
            const QByteArray input = text.toUtf8();
            CsvReader reader;
            const ParsedCsv parsed = ParsedCsv::fromData(reader, input);
            const QString context = QStringLiteral("input: %1, error: %2")
                                        .arg(QString::fromLatin1(input.toPercentEncoding()), parsed.error);

            bool unclosed = false;
            const Records all = referenceParse(text, reader.delimiter(), &unclosed);
            Records expected;
            QList<int> rows;
            for (int i = 0; i < all.size(); ++i) {
                if (!isBlank(all[i])) {
                    expected.append(all[i]);
                    rows.append(i + 1);
                }
            }
            QVERIFY2(!parsed.error.contains(u'\n'), qPrintable(context));
            if (unclosed) {
                QVERIFY2(!parsed.ok && parsed.error.startsWith(QStringLiteral("Row %1,").arg(all.size() + 1)),
                         qPrintable(context));
            } else if (expected.isEmpty()) {
                QVERIFY2(!parsed.ok && parsed.error.startsWith(QStringLiteral("The file is empty")),
                         qPrintable(context));
            } else {
                QVERIFY2(parsed.ok, qPrintable(context));
                QCOMPARE(parsed.records, expected);
                QCOMPARE(parsed.rows, rows);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
