#include "core/FieldValues.h"
#include "core/PlainJsonObject.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

// The compact UTF-8 PlainJsonObject writes for text; a null QByteArray when it does not recognize it.
static QByteArray written(QStringView text)
{
    QByteArray out(PlainJsonObject::utf8Bound(text), Qt::Uninitialized);
    const char *end = PlainJsonObject::writeCompactUtf8(out.data(), text);
    return end ? out.first(end - out.constData()) : QByteArray();
}

// Checks one text both ways; false (with a message) when the fast path and QJsonDocument disagree.
static bool agrees(const QString &text, bool *recognized)
{
    *recognized = PlainJsonObject::recognizes(text);
    const std::optional<QJsonObject> judged = FieldValues::parseMetadata(text);
    if (FieldValues::isValidMetadata(text) != judged.has_value()) {
        return false;
    }
    if (!*recognized) {
        return written(text).isNull();
    }
    QJsonParseError error;
    const QJsonDocument reread = QJsonDocument::fromJson(written(text), &error);
    return judged && error.error == QJsonParseError::NoError && reread.object() == *judged;
}

// A JSON-like text from a small grammar with mistakes mixed in: numbers too long, exponents, missing quotes,
// brackets and colons, control characters, lone surrogates, white space JSON does not allow.
static QString generated(QRandomGenerator &random, int depth = 0)
{
    const auto pick = [&random](QStringView choices) { return choices[random.bounded(int(choices.size()))]; };
    const auto space = [&]() { return random.bounded(4) == 0 ? QString(pick(u"  \t\n\r\f\u00a0")) : QString(); };
    const auto string = [&]() {
        QString text = QStringLiteral("\"");
        for (int i = random.bounded(5); i > 0; --i) {
            if (random.bounded(6) == 0) {
                text += u'\\';
                text += pick(u"\"\\/bfnrtux");
                if (text.endsWith(u'u')) {
                    for (int digit = 0; digit < 4; ++digit) {
                        text += pick(u"0dD8Fa9");
                    }
                }
            } else if (random.bounded(12) == 0) {
                text += random.bounded(2) ? QStringLiteral("\U0001F600") : QString(QChar(0xd800)); // pair, lone
            } else {
                text += pick(u"aZ09 {}[]:,-.é€\u0001\u007f\u2028");
            }
        }
        return random.bounded(25) == 0 ? text : text + u'"';
    };
    const auto number = [&]() {
        QString text = random.bounded(3) == 0 ? QStringLiteral("-") : QString();
        for (int i = random.bounded(random.bounded(8) == 0 ? 20 : 4); i > 0; --i) {
            text += QChar(u'0' + random.bounded(10));
        }
        if (random.bounded(3) == 0) {
            text += u'.';
            for (int i = random.bounded(random.bounded(8) == 0 ? 20 : 4); i > 0; --i) {
                text += QChar(u'0' + random.bounded(10));
            }
        }
        return random.bounded(10) == 0 ? text + QStringLiteral("e5") : text;
    };
    switch (depth == 0 ? 5 : random.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return string();
    case 1:
        return number();
    case 2:
        return QString(pick(u"tfn")) == u"t" ? QStringLiteral("true") : QStringLiteral("null");
    case 3:
        return random.bounded(2) ? QStringLiteral("false") : QStringLiteral("fals");
    case 4:
        return string() + space();
    default:
        break;
    }
    const bool object = depth == 0 || random.bounded(2) == 0;
    QString text = space() + (object ? u'{' : u'[');
    for (int i = 0, count = random.bounded(4); i < count; ++i) {
        if (i > 0 || random.bounded(40) == 0) {
            text += u',';
        }
        text += space();
        if (object) {
            text += string() + space() + (random.bounded(30) ? QStringLiteral(":") : QString()) + space();
        }
        text += generated(random, depth + 1) + space();
    }
    if (random.bounded(30)) {
        text += object ? u'}' : u']';
    }
    return text + space();
}

// PlainJsonObject is the fast path of the metadata check and the payload writer: it may only say yes to text
// QJsonDocument reads as an object (FieldValues::parseMetadata()), and what it writes must read as the same object.
class TestPlainJsonObject : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("plain");         // recognized by the fast path
        QTest::addColumn<bool>("object");        // FieldValues::parseMetadata() gives an object
        QTest::addColumn<QByteArray>("compact"); // what the fast path writes

        const auto plain = [](const char *name, const QString &text, const char *compact) {
            QTest::newRow(name) << text << true << true << QByteArray(compact);
        };
        plain("dotted column as the mapper writes it", QStringLiteral(R"({"department":"Engineering"})"),
              R"({"department":"Engineering"})");
        plain("number value", QStringLiteral(R"({"employee_id":1001})"), R"({"employee_id":1001})");
        plain("json white space dropped", QStringLiteral(" \t{ \"a\" : 1 ,\n\"b\":[ 1, 2 ] }\r\n"),
              R"({"a":1,"b":[1,2]})");
        plain("keys kept in the user's order", QStringLiteral(R"({"b":1,"a":2})"), R"({"b":1,"a":2})");
        plain("nested objects and arrays", QStringLiteral(R"({"crm": {"id": [1, {"x": []}], "tags": {}}})"),
              R"({"crm":{"id":[1,{"x":[]}],"tags":{}}})");
        plain("true false null", QStringLiteral(R"({"a": true, "b": false, "c": null})"),
              R"({"a":true,"b":false,"c":null})");
        plain("numbers as typed", QStringLiteral(R"({"a": -0.50, "b": -12, "c": 0, "d": -0})"),
              R"({"a":-0.50,"b":-12,"c":0,"d":-0})");
        plain("fifteen digits each side", QStringLiteral(R"({"a": 123456789012345.123456789012345})"),
              R"({"a":123456789012345.123456789012345})");
        // (No raw string literal here: moc 6.4 loses its way in one that holds \".)
        plain("escapes kept as written",
              QStringLiteral("{\"a\": \"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\u0000 \\uFFFF\"}"),
              "{\"a\":\"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\u0000 \\uFFFF\"}");
        plain("white space inside strings kept", QStringLiteral(R"({"a b": " x "})"), R"({"a b":" x "})");
        plain("non-ascii text as utf-8",
              QStringLiteral("{\"stadt\": \"Zürich €\", \"emoji\": \"😀\", \"x\": \"\uffff\"}"),
              "{\"stadt\":\"Z\xc3\xbcrich \xe2\x82\xac\",\"emoji\":\"\xf0\x9f\x98\x80\",\"x\":\"\xef\xbf\xbf\"}");
        plain("line separator and delete", QStringLiteral("{\"a\": \"\u2028\u007f\"}"), "{\"a\":\"\xe2\x80\xa8\x7f\"}");
        plain("duplicate keys", QStringLiteral(R"({"a": 1, "a": 2})"), R"({"a":1,"a":2})");
        plain("empty object", QStringLiteral(" { } "), "{}");
        plain("empty key", QStringLiteral(R"({"": 1})"), R"({"":1})");
        QString deepest = QStringLiteral("1");
        for (int depth = 0; depth < PlainJsonObject::MaxDepth; ++depth) {
            deepest = QStringLiteral("{\"a\":%1}").arg(deepest);
        }
        plain("nested as deep as allowed", deepest, deepest.toUtf8().constData());

        const auto other = [](const char *name, const QString &text, bool object) {
            QTest::newRow(name) << text << false << object << QByteArray();
        };
        // Valid, but unusual: QJsonDocument decides.
        other("exponent", QStringLiteral(R"({"a": 1e5})"), true);
        other("sixteen digits", QStringLiteral(R"({"a": 1234567890123456})"), true);
        other("escaped surrogate pair", QStringLiteral(R"({"a": "\ud83d\ude00"})"), true);
        other("nested deeper than allowed", QStringLiteral("{\"a\":%1}").arg(deepest), true);
        // Found by fuzz_csv: QJsonDocument reads this key as "el", the copy kept U+FEFF.
        other("byte order mark starting a key", QStringLiteral("{\"\ufeffel\": 1}"), true);
        other("byte order mark inside a value", QStringLiteral("{\"a\": \"x\ufeff\"}"), true);
        // QJsonDocument is more lenient than JSON: it decides these too.
        other("trailing point", QStringLiteral(R"({"a": 1.})"), true);
        other("control character in a string", QStringLiteral("{\"a\": \"x\u0001\"}"), true);
        other("unknown escape", QStringLiteral(R"({"a": "\x"})"), true);
        // Not an object, or not JSON: refused by QJsonDocument.
        other("leading zero", QStringLiteral(R"({"a": 01})"), false);
        other("plus sign", QStringLiteral(R"({"a": +1})"), false);
        other("form feed around", QStringLiteral("\f{}"), false);
        other("no-break space around", QStringLiteral("{}\u00a0"), false);
        other("trailing comma", QStringLiteral(R"({"a": 1,})"), false);
        other("missing colon", QStringLiteral(R"({"a" 1})"), false);
        other("unquoted key", QStringLiteral("{plan: 1}"), false);
        other("single quotes", QStringLiteral("{'plan': 'pro'}"), false);
        other("truncated", QStringLiteral(R"({"a": "pro")"), false);
        other("trailing garbage", QStringLiteral("{} x"), false);
        other("two objects", QStringLiteral("{}{}"), false);
        other("array", QStringLiteral("[1, 2]"), false);
        other("string", QStringLiteral("\"pro\""), false);
        other("bare word", QStringLiteral("true"), false);
    }

    void agreesWithQJsonDocument()
    {
        QFETCH(QString, text);
        QFETCH(bool, plain);
        QFETCH(bool, object);
        QFETCH(QByteArray, compact);
        QCOMPARE(PlainJsonObject::recognizes(text), plain);
        QCOMPARE(FieldValues::parseMetadata(text).has_value(), object);
        QCOMPARE(FieldValues::isValidMetadata(text), object);
        QCOMPARE(written(text), compact);
        bool recognized = false;
        QVERIFY(agrees(text, &recognized));
    }

    // Thousands of generated texts, valid and broken: wherever the fast path says yes, QJsonDocument reads an object
    // and reads the same object from what the fast path writes. The seed is fixed, so every run checks the same texts.
    void generatedTextsAgreeWithQJsonDocument()
    {
        QRandomGenerator random(20260512);
        int recognized = 0;
        int judged = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString text = generated(random);
            bool plain = false;
            QVERIFY2(agrees(text, &plain), qPrintable(text));
            recognized += plain ? 1 : 0;
            judged += plain ? 0 : 1;
        }
        QVERIFY2(recognized > 2000 && judged > 2000, // both paths are exercised
                 qPrintable(QStringLiteral("%1 recognized, %2 judged").arg(recognized).arg(judged)));
    }
};

QTEST_GUILESS_MAIN(TestPlainJsonObject)
#include "tst_plainjsonobject.moc"
