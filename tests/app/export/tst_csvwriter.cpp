#include "io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

// RFC 4180 output, byte for byte: quoting, doubled quotes, CRLF line ends, one UTF-8 BOM.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapeField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QString>("expected");

        const QChar comma = u',';
        QTest::newRow("plain") << QStringLiteral("ada@example.org") << comma << QStringLiteral("ada@example.org");
        QTest::newRow("empty") << QString() << comma << QString();
        QTest::newRow("comma") << QStringLiteral("Lovelace, Ada") << comma << QStringLiteral("\"Lovelace, Ada\"");
        QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << comma << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("lone quote") << QStringLiteral("\"") << comma << QStringLiteral("\"\"\"\"");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << comma << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << comma << QStringLiteral("\"a\rb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << comma << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("spaces are not quoted") << QStringLiteral(" a ") << comma << QStringLiteral(" a ");
        QTest::newRow("apostrophe is not quoted") << QStringLiteral("'=1") << comma << QStringLiteral("'=1");
        QTest::newRow("json") << QStringLiteral("{\"a\":1,\"b\":2}") << comma
                              << QStringLiteral("\"{\"\"a\"\":1,\"\"b\"\":2}\"");
        QTest::newRow("semicolon with comma delimiter") << QStringLiteral("a;b") << comma << QStringLiteral("a;b");
        QTest::newRow("semicolon with semicolon delimiter")
            << QStringLiteral("a;b") << QChar(u';') << QStringLiteral("\"a;b\"");
        QTest::newRow("comma with semicolon delimiter")
            << QStringLiteral("a,b") << QChar(u';') << QStringLiteral("a,b");
        QTest::newRow("unicode") << QStringLiteral("Zoë 日本") << comma << QStringLiteral("Zoë 日本");
    }

    void escapeField()
    {
        QFETCH(QString, field);
        QFETCH(QChar, delimiter);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escapeField(field, delimiter), expected);
    }

    void writeRows_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("no rows, no bom") << QList<QStringList>{} << QByteArray();
        QTest::newRow("one row") << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}}
                                 << QByteArray("\xEF\xBB\xBF"
                                               "a,b\r\n");
        QTest::newRow("two rows, one bom")
            << QList<QStringList>{{QStringLiteral("email"), QStringLiteral("note")},
                                  {QStringLiteral("a@example.org"), QStringLiteral("x, \"y\"")}}
            << QByteArray("\xEF\xBB\xBF"
                          "email,note\r\n"
                          "a@example.org,\"x, \"\"y\"\"\"\r\n");
        QTest::newRow("empty fields") << QList<QStringList>{{QString(), QString(), QString()}}
                                      << QByteArray("\xEF\xBB\xBF"
                                                    ",,\r\n");
        QTest::newRow("embedded line feed stays lf")
            << QList<QStringList>{{QStringLiteral("a\nb"), QStringLiteral("c")}}
            << QByteArray("\xEF\xBB\xBF"
                          "\"a\nb\",c\r\n");
        QTest::newRow("utf-8") << QList<QStringList>{{QStringLiteral("Zoë"), QStringLiteral("日本")}}
                               << QByteArray("\xEF\xBB\xBF"
                                             "Zo\xC3\xAB,\xE6\x97\xA5\xE6\x9C\xAC\r\n");
    }

    void writeRows()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QByteArray, expected);

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        for (const QStringList &row : rows) {
            QVERIFY(writer.writeRow(row));
        }
        QVERIFY(!writer.hasError());
        QCOMPARE(buffer.data(), expected);
    }

    void semicolonDelimiter()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, u';');
        QVERIFY(writer.writeRow({QStringLiteral("a,b"), QStringLiteral("c;d")}));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                           "a,b;\"c;d\"\r\n"));
    }

    void failingDeviceIsReported()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvWriter writer(&buffer);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!writer.writeRow({QStringLiteral("a")}));
        QVERIFY(writer.hasError());
        // Once failed, it stays failed and writes nothing more.
        QVERIFY(!writer.writeRow({QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
