#include "io/TextDecoder.h"

#include <QFile>
#include <QTest>

using Encoding = TextDecoder::Encoding;

static QByteArray bytes(std::initializer_list<unsigned char> values)
{
    QByteArray result;
    for (const unsigned char value : values) {
        result.append(char(value));
    }
    return result;
}

static QByteArray utf16(const QString &text, bool littleEndian, bool withBom = true)
{
    QByteArray result;
    if (withBom) {
        result = littleEndian ? bytes({0xFF, 0xFE}) : bytes({0xFE, 0xFF});
    }
    for (const QChar c : text) {
        const char low = char(c.unicode() & 0xFF);
        const char high = char(c.unicode() >> 8);
        result.append(littleEndian ? low : high);
        result.append(littleEndian ? high : low);
    }
    return result;
}

static QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(INVITEDESK_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open fixture %s", name);
    }
    return file.readAll();
}

// TextDecoder decides how the bytes of an exported file become text; a wrong guess garbles every non-ASCII name.
class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Encoding>("encoding");

        const QString accented = QStringLiteral(u"José Müller €");
        QTest::newRow("empty") << QByteArray() << QString() << Encoding::Utf8;
        QTest::newRow("ascii") << QByteArray("email,role\r\n") << QStringLiteral("email,role\r\n") << Encoding::Utf8;
        QTest::newRow("utf-8 without bom") << accented.toUtf8() << accented << Encoding::Utf8;
        QTest::newRow("utf-8 four-byte sequence")
            << QByteArray("\xF0\x9F\x98\x80") << QStringLiteral(u"\U0001F600") << Encoding::Utf8;
        QTest::newRow("utf-8 with bom") << bytes({0xEF, 0xBB, 0xBF}) + accented.toUtf8() << accented
                                        << Encoding::Utf8WithBom;
        QTest::newRow("utf-8 bom only") << bytes({0xEF, 0xBB, 0xBF}) << QString() << Encoding::Utf8WithBom;
        QTest::newRow("doubled utf-8 bom is stripped")
            << bytes({0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 'a'}) << QStringLiteral("a") << Encoding::Utf8WithBom;
        QTest::newRow("bom character later in the text is kept")
            << bytes({0xEF, 0xBB, 0xBF, 'a', 0xEF, 0xBB, 0xBF}) << QStringLiteral(u"a\uFEFF") << Encoding::Utf8WithBom;
        QTest::newRow("utf-16 le with bom") << utf16(accented, true) << accented << Encoding::Utf16LE;
        QTest::newRow("utf-16 be with bom") << utf16(accented, false) << accented << Encoding::Utf16BE;
        QTest::newRow("utf-16 le bom only") << bytes({0xFF, 0xFE}) << QString() << Encoding::Utf16LE;
        QTest::newRow("utf-16 le surrogate pair")
            << utf16(QStringLiteral(u"a\U0001F600"), true) << QStringLiteral(u"a\U0001F600") << Encoding::Utf16LE;
        QTest::newRow("utf-16 le cjk") << utf16(QStringLiteral(u"日本語"), true) << QStringLiteral(u"日本語")
                                       << Encoding::Utf16LE;
        QTest::newRow("windows-1252 letters")
            << QByteArray("Jos\xE9 M\xFCller") << QStringLiteral(u"José Müller") << Encoding::Windows1252;
        QTest::newRow("windows-1252 euro as 0x80")
            << QByteArray("\x80 10") << QStringLiteral(u"€ 10") << Encoding::Windows1252;
        QTest::newRow("windows-1252 smart quotes and dash")
            << QByteArray("\x93quoted\x94 \x96 dash") << QStringLiteral(u"“quoted” – dash") << Encoding::Windows1252;
        QTest::newRow("one invalid byte turns the whole text to windows-1252")
            << QByteArray("M\xC3\xBCller \xE9") << QStringLiteral(u"MÃ¼ller é") << Encoding::Windows1252;
        QTest::newRow("truncated utf-8 sequence")
            << QByteArray("caf\xC3") << QStringLiteral(u"cafÃ") << Encoding::Windows1252;
        QTest::newRow("overlong utf-8 encoding")
            << QByteArray("a\xC0\xAF") << QStringLiteral(u"aÀ¯") << Encoding::Windows1252;
        QTest::newRow("utf-8 encoded surrogate")
            << QByteArray("\xED\xA0\x80") << QStringLiteral(u"í\u00A0€") << Encoding::Windows1252;
        QTest::newRow("lone utf-16 bom half") << bytes({0xFF}) << QStringLiteral(u"ÿ") << Encoding::Windows1252;
    }

    void decode()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, text);
        QFETCH(Encoding, encoding);
        const TextDecoder::Result result = TextDecoder::decode(input);
        QCOMPARE(result.text, text);
        QCOMPARE(result.encoding, encoding);
    }

    void windows1252Table_data()
    {
        QTest::addColumn<int>("byte");
        QTest::addColumn<int>("codePoint");
        const std::array<char16_t, 32> table = {
            u'€',   0x0081, u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹', u'Œ', 0x008D, u'Ž', 0x008F,
            0x0090, u'‘',   u'’', u'“', u'”', u'•', u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', 0x009D, u'ž', u'Ÿ',
        };
        for (int i = 0; i < 32; ++i) {
            const QByteArray name = "0x" + QByteArray::number(0x80 + i, 16).toUpper();
            QTest::newRow(name.constData()) << 0x80 + i << int(table[size_t(i)]);
        }
    }

    void windows1252Table()
    {
        QFETCH(int, byte);
        QFETCH(int, codePoint);
        // A lone byte in 0x80-0x9F is never valid UTF-8, so it always goes through the Windows-1252 table.
        const TextDecoder::Result result = TextDecoder::decode(QByteArray(1, char(byte)));
        QCOMPARE(result.encoding, Encoding::Windows1252);
        QCOMPARE(result.text, QString(QChar(codePoint)));
    }

    void windows1252RestIsLatin1()
    {
        QByteArray input("\x80"); // forces the fallback
        for (int byte = 0; byte < 256; ++byte) {
            if (byte < 0x80 || byte > 0x9F) {
                input.append(char(byte));
            }
        }
        const TextDecoder::Result result = TextDecoder::decode(input);
        QCOMPARE(result.encoding, Encoding::Windows1252);
        QCOMPARE(result.text.size(), input.size());
        for (qsizetype i = 1; i < input.size(); ++i) {
            QCOMPARE(result.text.at(i).unicode(), static_cast<unsigned char>(input.at(i)));
        }
    }

    void encodingName_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("name");
        QTest::newRow("utf-8") << Encoding::Utf8 << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 with bom") << Encoding::Utf8WithBom << QStringLiteral("UTF-8 with BOM");
        QTest::newRow("utf-16 le") << Encoding::Utf16LE << QStringLiteral("UTF-16 LE");
        QTest::newRow("utf-16 be") << Encoding::Utf16BE << QStringLiteral("UTF-16 BE");
        QTest::newRow("windows-1252") << Encoding::Windows1252 << QStringLiteral("Windows-1252");
    }

    void encodingName()
    {
        QFETCH(Encoding, encoding);
        QFETCH(QString, name);
        QCOMPARE(TextDecoder::encodingName(encoding), name);
    }

    void looksBinary_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("binary");

        QByteArray controlsAfterSample(64 * 1024, 'a');
        controlsAfterSample.append(QByteArray(1024, '\x01'));
        QByteArray fewControls(100, 'a');
        fewControls.append("\x01\x02\x1B\x7F\x0C\x0B\x1A"); // 4 real controls in 107 bytes; FF, VT and ^Z are text

        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("plain csv") << QByteArray("email,role\r\nann@example.com,org:admin\r\n") << false;
        QTest::newRow("utf-8 text") << QStringLiteral(u"name\nZoë,日本語\n").toUtf8() << false;
        QTest::newRow("windows-1252 text") << QByteArray("Jos\xE9,\x80 10\r\n") << false;
        QTest::newRow("utf-16 le text") << utf16(QStringLiteral(u"email\trole\r\n"), true) << false;
        QTest::newRow("utf-16 be text") << utf16(QStringLiteral(u"email,role\n"), false) << false;
        QTest::newRow("nul byte in utf-8 text") << QByteArray("email\0role\n", 11) << true;
        QTest::newRow("utf-16 le without bom") << utf16(QStringLiteral(u"email\n"), true, false) << true;
        QTest::newRow("utf-16 le full of nul code units") << utf16(QString(20, QChar(0)), true) << true;
        QTest::newRow("png signature") << bytes({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}) << true;
        QTest::newRow("zip (xlsx) signature") << bytes({'P', 'K', 0x03, 0x04, 0x14, 0, 0x06, 0}) << true;
        QTest::newRow("many control characters") << QByteArray("ab\x01\x02\x03\x04\x05\x06\x07\x08") << true;
        QTest::newRow("a few control characters") << fewControls << false;
        QTest::newRow("controls only after the first 64 KiB") << controlsAfterSample << false;
    }

    void looksBinary()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, binary);
        QCOMPARE(TextDecoder::looksBinary(input), binary);
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("contains");
        QTest::newRow("excel semicolon") << QStringLiteral("excel-semicolon-bom-crlf.csv") << false
                                         << Encoding::Utf8WithBom << QStringLiteral(u"München");
        QTest::newRow("unicode text") << QStringLiteral("unicode-text-utf16le.txt") << false << Encoding::Utf16LE
                                      << QStringLiteral(u"日本語");
        QTest::newRow("windows-1252") << QStringLiteral("latin1-windows1252.csv") << false << Encoding::Windows1252
                                      << QStringLiteral(u"€ 10");
        QTest::newRow("utf-16 be") << QStringLiteral("utf16be-bom.csv") << false << Encoding::Utf16BE
                                   << QStringLiteral(u"Björn €");
        QTest::newRow("cr only") << QStringLiteral("cr-only.csv") << false << Encoding::Utf8
                                 << QStringLiteral("email,role,notes\r");
        QTest::newRow("png") << QStringLiteral("binary.png") << true << Encoding::Windows1252 << QStringLiteral("PNG");
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, binary);
        QFETCH(Encoding, encoding);
        QFETCH(QString, contains);
        const QByteArray input = fixture(file.toLatin1().constData());
        QCOMPARE(TextDecoder::looksBinary(input), binary);
        const TextDecoder::Result result = TextDecoder::decode(input);
        QCOMPARE(result.encoding, encoding);
        QVERIFY2(result.text.contains(contains), qPrintable(result.text));
        QVERIFY(!result.text.startsWith(QChar(0xFEFF)));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
