#include "clipboard/ClipboardContent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Rows = QList<QStringList>;

// Which clipboard format a paste takes: the tab-separated text, the HTML table when the text lacks its columns or is
// missing, or an address list.
class TestClipboardContent : public QObject
{
    Q_OBJECT

    static QString twoColumns()
    {
        return u"<table><tr><td>A</td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table>"_s;
    }

private slots:
    void choose_data()
    {
        QTest::addColumn<QString>("plainText");
        QTest::addColumn<QString>("html");
        QTest::addColumn<ClipboardContent::Kind>("kind");
        QTest::addColumn<ClipboardContent::Source>("source");
        QTest::addColumn<Rows>("cells");
        using K = ClipboardContent::Kind;
        using S = ClipboardContent::Source;
        QTest::newRow("tab-separated text alone") << u"a\tb\r\n1\t2\r\n"_s << QString() << K::Cells << S::PlainText
                                                  << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("the text when the table has the same shape")
            << u"a\tb\n1\t2\n"_s << twoColumns() << K::Cells << S::PlainText
            << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("the table when there is no text")
            << QString() << twoColumns() << K::Cells << S::Html << Rows{{u"A"_s, u"B"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("the table when the text is blank")
            << u" \n"_s << twoColumns() << K::Cells << S::Html << Rows{{u"A"_s, u"B"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("the table when the text is one column and the table has more")
            << u"A B\n1 2\n"_s << twoColumns() << K::Cells << S::Html << Rows{{u"A"_s, u"B"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("the text when the HTML has no table")
            << u"a\tb"_s << u"<p>a b</p>"_s << K::Cells << S::PlainText << Rows{{u"a"_s, u"b"_s}};
        QTest::newRow("a list from a mail client")
            << u"Ada Lovelace <ada@example.com>, grace@example.com"_s
            << u"<p>Ada Lovelace &lt;ada@example.com&gt;, grace@example.com</p>"_s << K::Addresses << S::PlainText
            << Rows{};
        QTest::newRow("addresses typed one per line")
            << u"ada@example.com\ngrace@example.com\n"_s << QString() << K::Addresses << S::PlainText << Rows{};
        QTest::newRow("a spreadsheet column of addresses is cells")
            << u"ada@example.com\ngrace@example.com\n"_s
            << u"<table><tr><td>ada@example.com</td></tr><tr><td>grace@example.com</td></tr></table>"_s << K::Cells
            << S::PlainText << Rows{{u"ada@example.com"_s}, {u"grace@example.com"_s}};
        QTest::newRow("several addresses in one spreadsheet cell")
            << u"ada@example.com, grace@example.com\r\n"_s
            << u"<table><tr><td>ada@example.com, grace@example.com</td></tr></table>"_s << K::Addresses << S::PlainText
            << Rows{};
        QTest::newRow("nothing") << QString() << QString() << K::Nothing << S::PlainText << Rows{};
        const QString tooWide = u"<table><tr>"_s + u"<td>x"_s.repeated(1001);
        QTest::newRow("the text when the table is past a limit")
            << u"a\tb"_s << tooWide << K::Cells << S::PlainText << Rows{{u"a"_s, u"b"_s}};
        QTest::newRow("a table past a limit alone is an error")
            << QString() << tooWide << K::Error << S::PlainText << Rows{};
    }

    void choose()
    {
        QFETCH(QString, plainText);
        QFETCH(QString, html);
        QFETCH(ClipboardContent::Kind, kind);
        QFETCH(ClipboardContent::Source, source);
        QFETCH(Rows, cells);
        const ClipboardContent content = ClipboardContent::choose(plainText, html);
        QCOMPARE(content.kind(), kind);
        QCOMPARE(content.source(), source);
        QCOMPARE(content.cells(), cells);
        QCOMPARE(content.addressText().isEmpty(), kind != ClipboardContent::Kind::Addresses);
        QCOMPARE(content.errorString().isEmpty(), kind != ClipboardContent::Kind::Error);
        if (kind == ClipboardContent::Kind::Error) {
            QVERIFY2(content.errorString().contains(u"Row 1"), qPrintable(content.errorString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestClipboardContent)
#include "tst_clipboardcontent.moc"
