#include "io/MetadataColumns.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTime>

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

    void insert_data()
    {
        QTest::addColumn<QByteArray>("root");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("inserted");
        QTest::addColumn<QByteArray>("expected");

        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QString c = QStringLiteral("c");
        QTest::newRow("flat into empty") << QByteArray("{}") << QStringList{a} << QJsonValue(1) << true
                                         << QByteArray(R"({"a":1})");
        QTest::newRow("nested keys create objects") << QByteArray("{}") << QStringList{a, b, c} << QJsonValue(true)
                                                    << true << QByteArray(R"({"a":{"b":{"c":true}}})");
        QTest::newRow("sibling kept in existing object")
            << QByteArray(R"({"a":{"x":"y"}})") << QStringList{a, b} << QJsonValue(QStringLiteral("v")) << true
            << QByteArray(R"({"a":{"b":"v","x":"y"}})");
        QTest::newRow("leaf overwritten")
            << QByteArray(R"({"a":1})") << QStringList{a} << QJsonValue(2) << true << QByteArray(R"({"a":2})");
        QTest::newRow("scalar on the way conflicts") << QByteArray(R"({"a":{"b":1}})") << QStringList{a, b, c}
                                                     << QJsonValue(2) << false << QByteArray(R"({"a":{"b":1}})");
        QTest::newRow("array on the way conflicts")
            << QByteArray(R"({"a":[1]})") << QStringList{a, b} << QJsonValue(2) << false << QByteArray(R"({"a":[1]})");
        QTest::newRow("no keys") << QByteArray("{}") << QStringList() << QJsonValue(1) << false << QByteArray("{}");
    }

    void insert()
    {
        QFETCH(QByteArray, root);
        QFETCH(QStringList, keys);
        QFETCH(QJsonValue, value);
        QFETCH(bool, inserted);
        QFETCH(QByteArray, expected);

        QJsonObject object = QJsonDocument::fromJson(root).object();
        QCOMPARE(MetadataColumns::insert(object, keys, value), inserted);
        QCOMPARE(compact(object), expected);
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
