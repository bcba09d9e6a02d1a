#include "io/SpreadsheetSafety.h"

#include <QTest>

// Cells that a spreadsheet would evaluate are neutralised with a leading quote; everything else is left alone.
class TestSpreadsheetSafety : public QObject
{
    Q_OBJECT

private slots:
    void defuse_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");

        QTest::newRow("equals formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("hyperlink formula") << QStringLiteral("=HYPERLINK(\"https://evil.example\",\"x\")")
                                           << QStringLiteral("'=HYPERLINK(\"https://evil.example\",\"x\")");
        QTest::newRow("dde payload") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus, negative numbers too") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("minus formula") << QStringLiteral("-2+3+cmd") << QStringLiteral("'-2+3+cmd");
        QTest::newRow("at function") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::newRow("leading tab") << QStringLiteral("\tabc") << QStringLiteral("'\tabc");
        QTest::newRow("leading carriage return") << QStringLiteral("\rabc") << QStringLiteral("'\rabc");
        QTest::newRow("leading nul") << QString(QChar::Null) + u"abc" << u"'" + QString(QChar::Null) + u"abc";
        QTest::newRow("space then equals (importers may trim)") << QStringLiteral(" =1+1") << QStringLiteral("' =1+1");
        QTest::newRow("spaces then at") << QStringLiteral("   @x") << QStringLiteral("'   @x");
        QTest::newRow("newline then minus") << QStringLiteral("\n-1") << QStringLiteral("'\n-1");
        QTest::newRow("equals inside text") << QStringLiteral("a=1+1") << QStringLiteral("a=1+1");
        QTest::newRow("email") << QStringLiteral("ada@example.org") << QStringLiteral("ada@example.org");
        QTest::newRow("role") << QStringLiteral("org:member") << QStringLiteral("org:member");
        QTest::newRow("json metadata") << QStringLiteral("{\"a\":-1}") << QStringLiteral("{\"a\":-1}");
        QTest::newRow("unicode text") << QStringLiteral("Zoë Ångström") << QStringLiteral("Zoë Ångström");
        QTest::newRow("already defused stays as is") << QStringLiteral("'=1") << QStringLiteral("'=1");
        QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("   ");
        QTest::newRow("empty") << QString() << QString();
    }

    void defuse()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(SpreadsheetSafety::defuse(cell), expected);
        QCOMPARE(SpreadsheetSafety::needsDefusing(cell), expected != cell);
        // Defusing twice changes nothing more: a defused cell starts with a quote.
        QCOMPARE(SpreadsheetSafety::defuse(expected), expected);
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetSafety)
#include "tst_spreadsheetsafety.moc"
