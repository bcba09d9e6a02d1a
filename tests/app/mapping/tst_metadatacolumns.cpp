#include "io/MetadataColumns.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTime>

#include <initializer_list>
#include <limits>

// Dotted metadata headers, the typing of their cell values and the nesting of the JSON they build.
class TestMetadataColumns : public QObject
{
    Q_OBJECT

    // A readable, type-revealing form of a value for QCOMPARE: [3], ["3"], [true] or undefined.
    static QByteArray describe(const QJsonValue &value)
    {
        if (value.isUndefined()) {
            return QByteArrayLiteral("undefined");
        }
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    }

    static QStringList list(std::initializer_list<QStringView> texts)
    {
        QStringList strings;
        for (const QStringView text : texts) {
            strings.append(text.toString());
        }
        return strings;
    }

    static QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private slots:
    void parseHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("field");
        QTest::addColumn<QStringList>("keys");

        const int pub = Invitee::PublicMetadata;
        const int priv = Invitee::PrivateMetadata;
        QTest::newRow("public key") << QStringLiteral("public_metadata.dept") << true << pub
                                    << QStringList{QStringLiteral("dept")};
        QTest::newRow("private key") << QStringLiteral("private_metadata.badge") << true << priv
                                     << QStringList{QStringLiteral("badge")};
        QTest::newRow("nested keys") << QStringLiteral("public_metadata.address.city") << true << pub
                                     << QStringList{QStringLiteral("address"), QStringLiteral("city")};
        QTest::newRow("prefix with spaces and capitals")
            << QStringLiteral("Public Metadata.Dept") << true << pub << QStringList{QStringLiteral("Dept")};
        QTest::newRow("prefix upper case")
            << QStringLiteral("PRIVATE_METADATA.x") << true << priv << QStringList{QStringLiteral("x")};
        QTest::newRow("prefix with dash")
            << QStringLiteral("public-metadata.x") << true << pub << QStringList{QStringLiteral("x")};
        QTest::newRow("keys keep case") << QStringLiteral("public_metadata.Address.CITY") << true << pub
                                        << QStringList{QStringLiteral("Address"), QStringLiteral("CITY")};
        QTest::newRow("keys keep inner spaces and underscores")
            << QStringLiteral("public_metadata.first name.given_name") << true << pub
            << QStringList{QStringLiteral("first name"), QStringLiteral("given_name")};
        QTest::newRow("header trimmed") << QStringLiteral("  public_metadata.dept \t") << true << pub
                                        << QStringList{QStringLiteral("dept")};
        QTest::newRow("non-ascii key") << QStringLiteral("public_metadata.straße") << true << pub
                                       << QStringList{QStringLiteral("straße")};

        QTest::newRow("double dot") << QStringLiteral("public_metadata..x") << false << pub << QStringList();
        QTest::newRow("trailing dot") << QStringLiteral("public_metadata.x.") << false << pub << QStringList();
        QTest::newRow("prefix and dot only") << QStringLiteral("public_metadata.") << false << pub << QStringList();
        QTest::newRow("blank key") << QStringLiteral("public_metadata. .x") << false << pub << QStringList();
        QTest::newRow("whole-json column") << QStringLiteral("public_metadata") << false << pub << QStringList();
        QTest::newRow("unknown prefix") << QStringLiteral("unsafe_metadata.x") << false << pub << QStringList();
        QTest::newRow("other dotted column") << QStringLiteral("address.city") << false << pub << QStringList();
        QTest::newRow("leading dot") << QStringLiteral(".public_metadata.x") << false << pub << QStringList();
        QTest::newRow("empty") << QString() << false << pub << QStringList();
    }

    void parseHeader()
    {
        QFETCH(QString, header);
        QFETCH(bool, valid);
        QFETCH(int, field);
        QFETCH(QStringList, keys);

        const auto path = MetadataColumns::parseHeader(header);
        QCOMPARE(path.has_value(), valid);
        if (valid) {
            QCOMPARE(int(path->field), field);
            QCOMPARE(path->keys, keys);
        }
    }

    void typedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("expected");

        QTest::newRow("zero") << QStringLiteral("0") << QJsonValue(0);
        QTest::newRow("positive integer") << QStringLiteral("3") << QJsonValue(3);
        QTest::newRow("negative integer") << QStringLiteral("-12") << QJsonValue(-12);
        QTest::newRow("leading zero stays text") << QStringLiteral("0012") << QJsonValue(QStringLiteral("0012"));
        QTest::newRow("plus sign stays text") << QStringLiteral("+3") << QJsonValue(QStringLiteral("+3"));
        QTest::newRow("exponent stays text") << QStringLiteral("1e5") << QJsonValue(QStringLiteral("1e5"));
        QTest::newRow("hex stays text") << QStringLiteral("0x10") << QJsonValue(QStringLiteral("0x10"));
        QTest::newRow("decimal") << QStringLiteral("1.5") << QJsonValue(1.5);
        QTest::newRow("negative decimal") << QStringLiteral("-0.25") << QJsonValue(-0.25);
        QTest::newRow("decimal with leading zero stays text")
            << QStringLiteral("01.5") << QJsonValue(QStringLiteral("01.5"));
        QTest::newRow("decimal without integer part stays text")
            << QStringLiteral(".5") << QJsonValue(QStringLiteral(".5"));
        QTest::newRow("decimal without fraction stays text")
            << QStringLiteral("1.") << QJsonValue(QStringLiteral("1."));
        QTest::newRow("decimal comma stays text") << QStringLiteral("1,5") << QJsonValue(QStringLiteral("1,5"));
        QTest::newRow("minus alone stays text") << QStringLiteral("-") << QJsonValue(QStringLiteral("-"));
        QTest::newRow("double minus stays text") << QStringLiteral("--1") << QJsonValue(QStringLiteral("--1"));
        QTest::newRow("non-ascii digits stay text") << QStringLiteral("\u0663") << QJsonValue(QStringLiteral("\u0663"));
        QTest::newRow("2^53 is a number") << QStringLiteral("9007199254740992") << QJsonValue(qint64(9007199254740992));
        QTest::newRow("-2^53 is a number")
            << QStringLiteral("-9007199254740992") << QJsonValue(qint64(-9007199254740992));
        QTest::newRow("2^53+1 stays text")
            << QStringLiteral("9007199254740993") << QJsonValue(QStringLiteral("9007199254740993"));
        QTest::newRow("-2^53-1 stays text")
            << QStringLiteral("-9007199254740993") << QJsonValue(QStringLiteral("-9007199254740993"));
        QTest::newRow("beyond 64 bits stays text")
            << QStringLiteral("123456789012345678901234") << QJsonValue(QStringLiteral("123456789012345678901234"));
        QTest::newRow("decimal beyond 2^53 stays text")
            << QStringLiteral("9007199254740993.5") << QJsonValue(QStringLiteral("9007199254740993.5"));
        QTest::newRow("true") << QStringLiteral("true") << QJsonValue(true);
        QTest::newRow("FALSE") << QStringLiteral("FALSE") << QJsonValue(false);
        QTest::newRow("True mixed case") << QStringLiteral("True") << QJsonValue(true);
        QTest::newRow("yes stays text") << QStringLiteral("yes") << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("empty left out") << QString() << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("blank left out") << QStringLiteral(" \t ") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("number with whitespace") << QStringLiteral(" 3 ") << QJsonValue(3);
        QTest::newRow("bool with whitespace") << QStringLiteral("\tfalse\n") << QJsonValue(false);
        QTest::newRow("text with whitespace trimmed")
            << QStringLiteral("  Berlin ") << QJsonValue(QStringLiteral("Berlin"));
        QTest::newRow("inner whitespace kept")
            << QStringLiteral("New  York") << QJsonValue(QStringLiteral("New  York"));
        QTest::newRow("text keeps case") << QStringLiteral("Sales EMEA") << QJsonValue(QStringLiteral("Sales EMEA"));
        QTest::newRow("json-looking text stays text")
            << QStringLiteral("{\"a\":1}") << QJsonValue(QStringLiteral("{\"a\":1}"));
        QTest::newRow("null stays text") << QStringLiteral("null") << QJsonValue(QStringLiteral("null"));
    }

    void typedText()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, expected);
        QCOMPARE(describe(MetadataColumns::typedValue(text)), describe(expected));
        QCOMPARE(describe(MetadataColumns::typedValue(QStringView(text))), describe(expected));
    }

    void typedCell_data()
    {
        QTest::addColumn<QVariant>("cell");
        QTest::addColumn<QJsonValue>("expected");

        QTest::newRow("double") << QVariant(1.5) << QJsonValue(1.5);
        QTest::newRow("integral double") << QVariant(30.0) << QJsonValue(30);
        QTest::newRow("large double stays a number") << QVariant(1e20) << QJsonValue(1e20);
        QTest::newRow("float") << QVariant(0.5f) << QJsonValue(0.5);
        QTest::newRow("int") << QVariant(7) << QJsonValue(7);
        QTest::newRow("long long") << QVariant(qlonglong(-5)) << QJsonValue(-5);
        QTest::newRow("long long beyond 2^53 becomes text")
            << QVariant(qlonglong(9007199254740993)) << QJsonValue(QStringLiteral("9007199254740993"));
        QTest::newRow("unsigned long long beyond 2^53 becomes text")
            << QVariant(qulonglong(18446744073709551615ULL)) << QJsonValue(QStringLiteral("18446744073709551615"));
        QTest::newRow("unsigned int") << QVariant(42u) << QJsonValue(42);
        QTest::newRow("bool true") << QVariant(true) << QJsonValue(true);
        QTest::newRow("bool false") << QVariant(false) << QJsonValue(false);
        QTest::newRow("text with leading zero")
            << QVariant(QStringLiteral("0012")) << QJsonValue(QStringLiteral("0012"));
        QTest::newRow("text number") << QVariant(QStringLiteral(" 3 ")) << QJsonValue(3);
        QTest::newRow("text bool") << QVariant(QStringLiteral("TRUE")) << QJsonValue(true);
        QTest::newRow("date") << QVariant(QDate(2024, 5, 1)) << QJsonValue(QStringLiteral("2024-05-01"));
        QTest::newRow("date time utc") << QVariant(QDateTime(QDate(2024, 5, 1), QTime(10, 30), Qt::UTC))
                                       << QJsonValue(QStringLiteral("2024-05-01T10:30:00Z"));
        QTest::newRow("date time with milliseconds")
            << QVariant(QDateTime(QDate(2024, 5, 1), QTime(10, 30, 0, 250), Qt::UTC))
            << QJsonValue(QStringLiteral("2024-05-01T10:30:00.250Z"));
        QTest::newRow("time") << QVariant(QTime(8, 15)) << QJsonValue(QStringLiteral("08:15:00"));
        QTest::newRow("invalid variant") << QVariant() << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null string") << QVariant(QString()) << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty string") << QVariant(QStringLiteral("")) << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("invalid date") << QVariant(QDate()) << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("nan becomes text")
            << QVariant(std::numeric_limits<double>::quiet_NaN()) << QJsonValue(QStringLiteral("nan"));
    }

    void typedCell()
    {
        QFETCH(QVariant, cell);
        QFETCH(QJsonValue, expected);
        QCOMPARE(describe(MetadataColumns::typedValue(cell)), describe(expected));
    }

    void add_data()
    {
        QTest::addColumn<QStringList>("paths");  // dotted keys of columns 0, 1, ...
        QTest::addColumn<QList<int>>("results"); // what add() returns for each

        QTest::newRow("siblings") << list({u"a", u"b", u"c.d"}) << QList<int>{-1, -1, -1};
        QTest::newRow("nested siblings") << list({u"a.b", u"a.c", u"a.d.e"}) << QList<int>{-1, -1, -1};
        QTest::newRow("same path") << list({u"a", u"b", u"a"}) << QList<int>{-1, -1, 0};
        QTest::newRow("value then nested") << list({u"a.b", u"a.b.c"}) << QList<int>{-1, 0};
        QTest::newRow("nested then value") << list({u"x", u"a.b.c", u"a.b"}) << QList<int>{-1, -1, 1};
        QTest::newRow("object then value names its first column")
            << list({u"a.c", u"a.b", u"a"}) << QList<int>{-1, -1, 0};
        QTest::newRow("keys are case-sensitive") << list({u"Dept", u"dept"}) << QList<int>{-1, -1};
    }

    void add()
    {
        QFETCH(QStringList, paths);
        QFETCH(QList<int>, results);

        MetadataColumns columns;
        QList<int> added;
        for (int column = 0; column < paths.size(); ++column) {
            const int result = columns.add(column, paths.at(column).split(u'.'));
            QCOMPARE(result, results.at(column));
            if (result < 0) {
                added.append(column);
            }
        }
        QCOMPARE(columns.columns(), added);
        QCOMPARE(columns.isEmpty(), added.isEmpty());
    }

    void json_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<QString>("json");

        QTest::newRow("typed values, keys sorted")
            << list({u"name", u"level", u"remote", u"code", u"score"})
            << list({u" Ada ", u"3", u"False", u"0012", u"-0.25"})
            << QStringLiteral(R"({"code":"0012","level":3,"name":"Ada","remote":false,"score":-0.25})");
        QTest::newRow("nested keys nest")
            << list({u"address.city", u"team", u"address.zip"}) << list({u"Dresden", u"Core", u"01067"})
            << QStringLiteral(R"({"address":{"city":"Dresden","zip":"01067"},"team":"Core"})");
        QTest::newRow("empty cells left out") << list({u"a", u"b.c", u"b.d", u"e"}) << list({u"", u" ", u"1", u"x"})
                                              << QStringLiteral(R"({"b":{"d":1},"e":"x"})");
        QTest::newRow("object with only empty cells left out")
            << list({u"a", u"b.c"}) << list({u"1", u""}) << QStringLiteral(R"({"a":1})");
        QTest::newRow("all empty") << list({u"a", u"b.c"}) << list({u"", u""}) << QString();
        QTest::newRow("short row") << list({u"a", u"b"}) << list({u"1"}) << QStringLiteral(R"({"a":1})");
        QTest::newRow("empty row") << list({u"a"}) << QStringList() << QString();
        QTest::newRow("escaped text") << list({u"q"}) << QStringList{QStringLiteral("say \"hi\" \\ bye")}
                                      << QStringLiteral("{\"q\":\"say \\\"hi\\\" \\\\ bye\"}");
        QTest::newRow("escaped key") << QStringList{QStringLiteral("a\"b")} << list({u"1"})
                                     << QStringLiteral("{\"a\\\"b\":1}");
        QTest::newRow("big integer stays text")
            << list({u"id"}) << list({u"9007199254740993"}) << QStringLiteral(R"({"id":"9007199254740993"})");
        // Found by fuzz_metadata: written as 1e+05, where QJsonDocument writes 100000.
        QTest::newRow("integral decimal in full")
            << list({u"n"}) << list({u"100000.0"}) << QStringLiteral(R"({"n":100000})");
    }

    void json()
    {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, row);
        QFETCH(QString, json);

        MetadataColumns columns;
        for (int column = 0; column < paths.size(); ++column) {
            QCOMPARE(columns.add(column, paths.at(column).split(u'.')), -1);
        }
        QCOMPARE(columns.json(row), json);

        QVariantList variants;
        for (const QString &cell : std::as_const(row)) {
            variants.append(cell);
        }
        QCOMPARE(columns.json(variants), json);
        if (!json.isEmpty()) {
            // Exactly what QJsonDocument writes for the same object.
            QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Compact), json.toUtf8());
        }
    }

    void jsonOfTypedCells()
    {
        MetadataColumns columns;
        const QStringList paths{QStringLiteral("n"), QStringLiteral("i"),   QStringLiteral("b"),   QStringLiteral("d"),
                                QStringLiteral("t"), QStringLiteral("big"), QStringLiteral("none")};
        for (int column = 0; column < paths.size(); ++column) {
            QCOMPARE(columns.add(column, {paths.at(column)}), -1);
        }
        const QVariantList row{
            2.5, 30.0, true, QDate(2024, 5, 1), QStringLiteral("0012"), qlonglong(9007199254740993), QVariant()};
        QCOMPARE(columns.json(row),
                 QStringLiteral(R"({"b":true,"big":"9007199254740993","d":"2024-05-01","i":30,"n":2.5,"t":"0012"})"));
    }

    // Found by fuzz_metadata: a numeric spreadsheet cell of 100000 was written as 1e+05.
    void jsonOfRoundNumberCells()
    {
        MetadataColumns columns;
        QCOMPARE(columns.add(0, {QStringLiteral("n")}), -1);
        QCOMPARE(columns.add(1, {QStringLiteral("m")}), -1);
        QCOMPARE(columns.json(QVariantList{100000.0, -2.5e15}),
                 QStringLiteral(R"({"m":-2500000000000000,"n":100000})"));
    }

    void merge_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("overlay");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("disjoint keys") << QByteArray(R"({"a":1})") << QByteArray(R"({"b":2})")
                                       << QByteArray(R"({"a":1,"b":2})");
        QTest::newRow("overlay wins on equal keys")
            << QByteArray(R"({"a":1})") << QByteArray(R"({"a":"x"})") << QByteArray(R"({"a":"x"})");
        QTest::newRow("nested objects merge")
            << QByteArray(R"({"a":{"b":1,"c":2}})") << QByteArray(R"({"a":{"c":3,"d":4}})")
            << QByteArray(R"({"a":{"b":1,"c":3,"d":4}})");
        QTest::newRow("overlay object replaces scalar")
            << QByteArray(R"({"a":"street"})") << QByteArray(R"({"a":{"b":1}})") << QByteArray(R"({"a":{"b":1}})");
        QTest::newRow("overlay scalar replaces object")
            << QByteArray(R"({"a":{"b":1}})") << QByteArray(R"({"a":2})") << QByteArray(R"({"a":2})");
        QTest::newRow("empty overlay") << QByteArray(R"({"a":1})") << QByteArray("{}") << QByteArray(R"({"a":1})");
    }

    void merge()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, overlay);
        QFETCH(QByteArray, expected);

        QJsonObject object = QJsonDocument::fromJson(base).object();
        MetadataColumns::merge(object, QJsonDocument::fromJson(overlay).object());
        QCOMPARE(compact(object), expected);
    }
};

QTEST_GUILESS_MAIN(TestMetadataColumns)
#include "tst_metadatacolumns.moc"
