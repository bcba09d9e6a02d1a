#include "clipboard/HtmlEntities.h"
#include "clipboard/HtmlTableReader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Rows = QList<QStringList>;

// The clipboard HTML of Excel, LibreOffice Calc and Google Sheets read into cells as a browser shows them; tag soup,
// entities, spans; and hostile HTML read without a crash or a hang, within the limits.
class TestHtmlTableReader : public QObject
{
    Q_OBJECT

    static QString fixture(const QString &name)
    {
        QFile file(QStringLiteral(INVITEDESK_TEST_DATA "/clipboard/") + name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static QString table(const QString &content) { return QStringLiteral("<table>%1</table>").arg(content); }
    static QString cell(const QString &content) { return table(QStringLiteral("<tr><td>%1</td></tr>").arg(content)); }

    static Rows expectedExcel()
    {
        return {
            {u"email_address"_s, u"role"_s, u"public_metadata.team"_s, u"expires_in_days"_s},
            {u"ada@example.com"_s, u"org:admin"_s, u"Research\n& Development"_s, u"30"_s},
            {u"  grace@example.com"_s, QString(), u"Ops <EU>"_s, u"7"_s},
            {u"lin@example.com"_s, u"Zo\u00eb\u2019s \u201cteam\u201d"_s, QString(), u"14"_s},
        };
    }

private slots:
    void spreadsheetClipboards_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Rows>("expected");
        QTest::newRow("Excel on Windows (mso styles, StartFragment)") << u"excel-windows.html"_s << expectedExcel();
        QTest::newRow("Excel with the CF_HTML header left on") << u"excel-windows-cf-html.html"_s << expectedExcel();
        QTest::newRow("LibreOffice Calc (rowspan, <br> in empty cells, a cell note)")
            << u"libreoffice-calc.html"_s
            << Rows{
                   {u"email_address"_s, u"role"_s, u"public_metadata.team"_s, u"expires_in_days"_s},
                   {u"ada@example.com"_s, u"org:admin"_s, u"Research\n& Development"_s, u"30"_s},
                   {u"grace@example.com"_s, QString(), u"Ops"_s, u"7"_s},
                   {u"lin@example.com"_s, u"org:member"_s, QString(), u"14"_s},
                   {u"zo\u00eb@example.com"_s, u"org:member"_s, u"Zo\u00eb's team"_s, QString()},
               };
        QTest::newRow("Google Sheets (google-sheets-html-origin, colspan)")
            << u"google-sheets.html"_s
            << Rows{
                   {u"email_address"_s, u"role"_s, u"public_metadata.team"_s, u"expires_in_days"_s},
                   {u"ada@example.com"_s, u"org:admin"_s, u"Research\n& Development"_s, u"30"_s},
                   {u"grace@example.com"_s, QString(), u"Ops & Support"_s, u"7"_s},
                   {u"lin@example.com"_s, u"Tom O'Brien's team"_s, QString(), u"14"_s},
               };
    }

    void spreadsheetClipboards()
    {
        QFETCH(QString, file);
        QFETCH(Rows, expected);
        const QString html = fixture(file);
        QVERIFY(!html.isEmpty());
        HtmlTableReader reader;
        QVERIFY2(reader.read(html), qPrintable(reader.errorString()));
        QVERIFY(reader.hasTable());
        QCOMPARE(reader.rows(), expected);
    }

    void tableShapes_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<Rows>("expected");
        QTest::newRow("no table") << u"<p>ada@example.com</p>"_s << Rows{};
        QTest::newRow("header cells") << table(u"<tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr>"_s)
                                      << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("cells and rows left open")
            << u"<table><tr><td>a<td>b<tr><td>c"_s << Rows{{u"a"_s, u"b"_s}, {u"c"_s}};
        QTest::newRow("upper-case tags") << u"<TABLE><TBODY><TR><TD>A</TD></TR></TBODY></TABLE>"_s << Rows{{u"A"_s}};
        QTest::newRow("white space collapsed") << cell(u"\n   Ada \t  Lovelace\r\n  "_s) << Rows{{u"Ada Lovelace"_s}};
        QTest::newRow("<br> is a line break")
            << cell(u"one<br>two <br/> three</br>four<BR >five"_s) << Rows{{u"one\ntwo\nthree\nfour\nfive"_s}};
        QTest::newRow("paragraphs inside a cell")
            << cell(u"<p>one</p><p>two</p><div>three</div>"_s) << Rows{{u"one\ntwo\nthree"_s}};
        QTest::newRow("only a <br> is empty") << cell(u"<br>"_s) << Rows{{QString()}};
        QTest::newRow("no-break spaces kept") << cell(u"&nbsp;a&nbsp;&nbsp;b"_s) << Rows{{u" a  b"_s}};
        QTest::newRow("formatting tags dropped")
            << cell(u"<b><i>ada</i></b>@<span style='color:red'>example.com</span>"_s) << Rows{{u"ada@example.com"_s}};
        QTest::newRow("colspan keeps columns aligned")
            << table(u"<tr><td colspan=3>a</td><td>d</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>"_s)
            << Rows{{u"a"_s, QString(), QString(), u"d"_s}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}};
        QTest::newRow("rowspan keeps columns aligned")
            << table(u"<tr><td rowspan=2>a</td><td>b</td></tr><tr><td>c</td></tr>"_s)
            << Rows{{u"a"_s, u"b"_s}, {QString(), u"c"_s}};
        QTest::newRow("rowspan and colspan together")
            << table(u"<tr><td rowspan='2' colspan='2'>a</td><td>b</td></tr><tr><td>c</td></tr>"
                     u"<tr><td>x</td><td>y</td><td>z</td></tr>"_s)
            << Rows{{u"a"_s, QString(), u"b"_s}, {QString(), QString(), u"c"_s}, {u"x"_s, u"y"_s, u"z"_s}};
        QTest::newRow("rowspan in a middle column")
            << table(u"<tr><td>a</td><td rowspan=3>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr>"
                     u"<tr><td>f</td><td>g</td></tr>"_s)
            << Rows{{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s, QString(), u"e"_s}, {u"f"_s, QString(), u"g"_s}};
        QTest::newRow("rowspan past the last row adds no row")
            << table(u"<tr><td rowspan=5>a</td></tr>"_s) << Rows{{u"a"_s}};
        QTest::newRow("a span that is no number is one")
            << table(u"<tr><td colspan=abc rowspan=-2>a</td><td colspan=''>b</td><td colspan=2px>c</td></tr>"_s)
            << Rows{{u"a"_s, u"b"_s, u"c"_s, QString()}};
        QTest::newRow("comments, styles and scripts ignored")
            << table(u"<!-- <tr><td>no</td></tr> --><tr><td>a<script>document.write('<td>x</td>')</script>"
                     u"<style>td { color: red }</style><!--StartFragment-->b</td></tr>"_s)
            << Rows{{u"ab"_s}};
        QTest::newRow("only the first table")
            << QString(table(u"<tr><td>a</td></tr>"_s) + table(u"<tr><td>b</td></tr>"_s)) << Rows{{u"a"_s}};
        QTest::newRow("a table inside a cell joins its text")
            << table(u"<tr><td>a<table><tr><td>b</td><td>c</td></tr><tr><td>d</td></tr></table></td>"
                     u"<td>e</td></tr>"_s)
            << Rows{{u"a\nb c\nd"_s, u"e"_s}};
        QTest::newRow("a < that starts no tag") << cell(u"a < b & c <3"_s) << Rows{{u"a < b & c <3"_s}};
        QTest::newRow("text outside cells ignored") << table(u"junk<tr>more<td>a</td>after</tr>"_s) << Rows{{u"a"_s}};
        QTest::newRow("a row without cells is a blank row")
            << table(u"<tr><td>a</td></tr><tr></tr><tr><td>b</td></tr>"_s) << Rows{{u"a"_s}, {QString()}, {u"b"_s}};
        QTest::newRow("a cell outside a row starts one")
            << u"<table><td>a</td><td>b</td></table>"_s << Rows{{u"a"_s, u"b"_s}};
        QTest::newRow("attributes of every kind")
            << table(u"<tr><td class=x data-v=\"{&quot;1&quot;:2}\" title='a > b' nowrap colspan = \"2\">a</td>"
                     u"<td>b</td></tr>"_s)
            << Rows{{u"a"_s, QString(), u"b"_s}};
    }

    void tableShapes()
    {
        QFETCH(QString, html);
        QFETCH(Rows, expected);
        HtmlTableReader reader;
        QVERIFY2(reader.read(html), qPrintable(reader.errorString()));
        QCOMPARE(reader.hasTable(), html.contains(u"<table", Qt::CaseInsensitive));
        QCOMPARE(reader.rows(), expected);
    }

    void entities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the basic names") << u"&amp;&lt;&gt;&quot;&apos;"_s << u"&<>\"'"_s;
        QTest::newRow("no-break space") << u"a&nbsp;b"_s << u"a\u00a0b"_s;
        QTest::newRow("decimal and hexadecimal")
            << u"&#39;&#169;&#xA9;&#XA9;&#x2014;"_s << u"'\u00a9\u00a9\u00a9\u2014"_s;
        QTest::newRow("beyond the first plane") << u"&#x1F600;"_s << QString::fromUcs4(U"\U0001F600");
        QTest::newRow("C1 codes as Windows-1252") << u"&#150;&#146;&#128;"_s << u"\u2013\u2019\u20ac"_s;
        QTest::newRow("no character: replacement")
            << u"&#0;&#xD800;&#99999999999999999999;"_s << u"\ufffd\ufffd\ufffd"_s;
        QTest::newRow("Latin-1 names") << u"&euml;&Eacute;&szlig;&copy;&yuml;"_s << u"\u00eb\u00c9\u00df\u00a9\u00ff"_s;
        QTest::newRow("punctuation names") << u"&hellip;&mdash;&ndash;&lsquo;&rsquo;&ldquo;&rdquo;&euro;"_s
                                           << u"\u2026\u2014\u2013\u2018\u2019\u201c\u201d\u20ac"_s;
        QTest::newRow("legacy names without semicolon") << u"&amp &lt &nbsp;"_s << u"& < \u00a0"_s;
        QTest::newRow("unknown or broken stay as they are") << u"&unknown; & &; &# &#x; &#xZ; &apos &verylongname;"_s
                                                            << u"&unknown; & &; &# &#x; &#xZ; &apos &verylongname;"_s;
        QTest::newRow("numeric without semicolon") << u"&#65&#x42;"_s << u"AB"_s;
    }

    void entities()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(HtmlEntities::decode(text), expected);
        // In a cell, the same characters (white space aside).
        HtmlTableReader reader;
        QVERIFY(reader.read(cell(text)));
        QCOMPARE(reader.rows().value(0).value(0), QString(expected).replace(QChar(0xa0), u' '));
    }

    // Each finishes quickly (a quadratic or recursive reader would take minutes or crash) and stays in bounds.
    void hostileHtmlIsBounded_data()
    {
        const int many = 1000000;
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Rows>("expected");
        QTest::newRow("a million nested tags in a cell")
            << table(u"<tr><td>"_s + u"<span><div>"_s.repeated(many) + u"x"_s) << true << Rows{{u"x"_s}};
        QTest::newRow("a million nested tables")
            << QString(u"<table>"_s.repeated(many) + u"<tr><td>x"_s) << true << Rows{};
        QTest::newRow("a million stray end tags")
            << QString(u"<table><tr><td>x</td></tr>"_s + u"</tr>"_s.repeated(many)) << true << Rows{{u"x"_s}};
        QTest::newRow("a huge attribute")
            << table(u"<tr><td title='"_s + u"a"_s.repeated(10 * many) + u"'>x</td></tr>"_s) << true << Rows{{u"x"_s}};
        QTest::newRow("an attribute never closed")
            << QString(u"<table><tr><td>a</td><td title=\""_s + u"b"_s.repeated(many)) << true
            << Rows{{u"a"_s, QString()}};
        QTest::newRow("a comment never closed") << QString(u"<!--"_s + cell(u"x"_s)) << true << Rows{};
        QTest::newRow("a script never closed")
            << QString(u"<table><tr><td>a<script>"_s + u"</td>"_s.repeated(many)) << true << Rows{{u"a"_s}};
        QTest::newRow("a million scripts")
            << QString(table(u"<tr><td>a</td></tr>"_s) + u"<script>"_s.repeated(many)) << true << Rows{{u"a"_s}};
        QTest::newRow("a million bogus declarations") << cell(u"<!x"_s.repeated(many)) << true << Rows{{QString()}};
        QTest::newRow("a million < signs") << cell(u"<"_s.repeated(many)) << true << Rows{{u"<"_s.repeated(many)}};
        QTest::newRow("a huge colspan is cut to HTML's 1000")
            << table(u"<tr><td colspan=99999999999999999999>a</td></tr>"_s) << true
            << Rows{QStringList{u"a"_s} + QStringList(999, QString())};
        QTest::newRow("a million cells in a row") << table(u"<tr>"_s + u"<td>x"_s.repeated(many)) << false << Rows{};
        QTest::newRow("a huge rowspan filled on many rows")
            << table(u"<tr><td rowspan=65534 colspan=999>a</td><td>b</td></tr>"_s + u"<tr><td>c"_s.repeated(1000))
            << true << Rows{};
    }

    void hostileHtmlIsBounded()
    {
        QFETCH(QString, html);
        QFETCH(bool, ok);
        QFETCH(Rows, expected);
        HtmlTableReader reader;
        QCOMPARE(reader.read(html), ok);
        QCOMPARE(reader.errorString().isEmpty(), ok);
        if (!expected.isEmpty()) {
            QCOMPARE(reader.rows(), expected);
        }
        for (const QStringList &row : reader.rows()) {
            QVERIFY(row.size() <= reader.limits().maxColumns);
        }
    }

    void binaryGarbage()
    {
        QString garbage;
        for (unsigned i = 0; i < 300000; ++i) {
            garbage += QChar(char16_t((i * 7919u) % 0xffffu + 1)); // unsigned: i * 7919 passes INT_MAX
        }
        HtmlTableReader reader;
        reader.read(QString(u"<table><tr><td>"_s + garbage)); // anything but a crash or a hang
        reader.read(garbage);
    }

    void limits_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("named"); // what the message names
        QTest::newRow("rows") << table(u"<tr><td>a</td></tr>"_s.repeated(4)) << u"more than 3 row"_s;
        QTest::newRow("columns") << table(u"<tr><td>a</td></tr><tr><td>a<td>b<td>c<td>d"_s)
                                 << u"Row 2 of the table on the clipboard has more than 3 column"_s;
        QTest::newRow("columns by colspan") << table(u"<tr><td colspan=4>a</td></tr>"_s)
                                            << u"Row 1 of the table on the clipboard has more than 3 column"_s;
        QTest::newRow("characters in a cell")
            << table(u"<tr><td>a</td></tr><tr><td>a</td><td>a<br>bcdefghi</td></tr>"_s)
            << u"Row 2, column 2 of the table on the clipboard is longer than 8 character"_s;
        QTest::newRow("cells") << table(u"<tr><td>a<td>b<td>c</tr><tr><td>d<td>e<td>f</tr><tr><td>g"_s)
                               << u"more than 6 cell"_s;
        QTest::newRow("characters") << QString(u"<table>"_s + u" "_s.repeated(1000)) << u"larger than 1000 character"_s;
    }

    void limits()
    {
        QFETCH(QString, html);
        QFETCH(QString, named);
        HtmlTableReader reader;
        reader.setLimits({3, 3, 8, 1000, 6});
        QVERIFY(!reader.read(html));
        QVERIFY2(reader.errorString().contains(named), qPrintable(reader.errorString()));
        QVERIFY(reader.rows().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHtmlTableReader)
#include "tst_htmltablereader.moc"
