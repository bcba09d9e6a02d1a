#include "io/CompactJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTest>

#include <limits>

// CompactJson must write every value exactly as QJsonDocument::Compact does, so that the mapper's fast path and
// its QJsonDocument path (merging with a whole-JSON cell) give the same text.
class TestCompactJson : public QObject
{
    Q_OBJECT

    // What QJsonDocument writes for the value inside an array, without the brackets.
    static QString qtWrites(const QJsonValue &value)
    {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    }

private slots:
    void string_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("Sales EMEA");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\"");
        QTest::newRow("backslashes") << QStringLiteral("C:\\dir\\");
        QTest::newRow("named control characters") << QStringLiteral("a\bb\fc\nd\re\tf");
        QTest::newRow("other control characters") << QString(QChar(0x01)) + QChar(0x1f) + QChar(0x00);
        QTest::newRow("delete kept") << QString(QChar(0x7f));
        QTest::newRow("slash kept") << QStringLiteral("a/b");
        QTest::newRow("non-ascii") << QStringLiteral("Zürich, 東京, Ελλάδα");
        QTest::newRow("surrogate pair") << QStringLiteral("emoji \U0001F600 end");
        QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + QStringLiteral("x");
        QTest::newRow("lone low surrogate at end") << QStringLiteral("x") + QChar(0xde00);
        QTest::newRow("two high surrogates") << QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00);
        QTest::newRow("byte order mark") << QString(QChar(0xfeff));
    }

    void string()
    {
        QFETCH(QString, text);
        QString json = QStringLiteral("prefix:");
        CompactJson::appendString(json, text);
        QCOMPARE(json, QStringLiteral("prefix:") + qtWrites(text));
    }

    void integer_data()
    {
        QTest::addColumn<qint64>("value");

        QTest::newRow("zero") << qint64(0);
        QTest::newRow("positive") << qint64(42);
        QTest::newRow("negative") << qint64(-12);
        QTest::newRow("2^53") << qint64(9007199254740992);
        QTest::newRow("minimum") << std::numeric_limits<qint64>::min();
        QTest::newRow("maximum") << std::numeric_limits<qint64>::max();
    }

    void integer()
    {
        QFETCH(qint64, value);
        QString json;
        CompactJson::appendInteger(json, value);
        QCOMPARE(json, qtWrites(value));
    }

    void number_data()
    {
        QTest::addColumn<double>("value");

        QTest::newRow("half") << 1.5;
        QTest::newRow("negative quarter") << -0.25;
        QTest::newRow("tenth") << 0.1;
        QTest::newRow("integral") << 30.0;
        QTest::newRow("negative zero") << -0.0;
        QTest::newRow("large") << 1e20;
        QTest::newRow("small") << 1.25e-7;
        QTest::newRow("2^53 as double") << 9007199254740992.0;
        // Found by fuzz_metadata: 'g' alone writes these as 1e+05 and 1.5e+15, QJsonDocument in full.
        QTest::newRow("integral with trailing zeros") << 100000.0;
        QTest::newRow("negative integral with trailing zeros") << -1500000000000000.0;
        QTest::newRow("just below 2^53 with trailing zeros") << 9000000000000000.0;
        QTest::newRow("integral beyond 2^53") << 1e16;
        QTest::newRow("2^54") << 18014398509481984.0;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    }

    void number()
    {
        QFETCH(double, value);
        QString json;
        CompactJson::appendDouble(json, value);
        QCOMPARE(json, qtWrites(value));
    }

    void boolean()
    {
        for (const bool value : {true, false}) {
            QString json;
            CompactJson::appendBool(json, value);
            QCOMPARE(json, qtWrites(value));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
