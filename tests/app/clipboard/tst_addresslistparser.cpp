#include "clipboard/AddressListParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Pasted lists of addresses: when a paste is one, how it splits, repeats left out in any case, addresses the table
// has left out, and what is not an address kept and pointed at.
class TestAddressListParser : public QObject
{
    Q_OBJECT

private slots:
    void isAddressList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("fromSpreadsheet");
        QTest::addColumn<bool>("expected");
        QTest::newRow("commas") << u"ada@example.com, grace@example.com"_s << false << true;
        QTest::newRow("semicolons from Outlook")
            << u"Ada Lovelace <ada@example.com>; Grace Hopper <grace@example.com>"_s << false << true;
        QTest::newRow("spaces") << u"ada@example.com grace@example.com"_s << false << true;
        QTest::newRow("one per line, typed") << u"ada@example.com\ngrace@example.com\n"_s << false << true;
        QTest::newRow("one per line, a spreadsheet column (cells)")
            << u"ada@example.com\r\ngrace@example.com\r\n"_s << true << false;
        QTest::newRow("several in one spreadsheet cell") << u"ada@example.com, grace@example.com"_s << true << true;
        QTest::newRow("one address (a cell)") << u"ada@example.com"_s << false << false;
        QTest::newRow("one named address from a mail client") << u"Ada Lovelace <ada@example.com>"_s << false << true;
        QTest::newRow("one named address in a spreadsheet cell")
            << u"Ada Lovelace <ada@example.com>"_s << true << false;
        QTest::newRow("some not valid") << u"ada@example.com, bob, carol@example.com"_s << false << true;
        QTest::newRow("tab-separated cells") << u"ada@example.com\tgrace@example.com"_s << false << false;
        QTest::newRow("roles") << u"org:admin\norg:member"_s << false << false;
        QTest::newRow("JSON metadata") << u"{\"email\": \"ada@example.com\", \"team\": 1}"_s << false << false;
        QTest::newRow("mostly words") << u"write to ada@example.com or call"_s << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("blank") << u"  \n\r\n ,; "_s << false << false;
    }

    void isAddressList()
    {
        QFETCH(QString, text);
        QFETCH(bool, fromSpreadsheet);
        QFETCH(bool, expected);
        QCOMPARE(AddressListParser::isAddressList(text, fromSpreadsheet), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QList<qsizetype>>("invalid");
        QTest::addColumn<int>("repeats");
        QTest::addColumn<int>("alreadyInTable");
        QTest::newRow("every separator")
            << u"a@example.com,b@example.com;c@example.com d@example.com\ne@example.com\r\nf@example.com ,; g@example.com"_s
            << QStringList()
            << QStringList{u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s, u"d@example.com"_s,
                           u"e@example.com"_s, u"f@example.com"_s, u"g@example.com"_s}
            << QList<qsizetype>() << 0 << 0;
        QTest::newRow("names from mail clients")
            << u"\"Lovelace, Ada\" <ada@example.com>, Grace Hopper <grace@example.com>; <bob@example.com>"_s
            << QStringList() << QStringList{u"ada@example.com"_s, u"grace@example.com"_s, u"bob@example.com"_s}
            << QList<qsizetype>() << 0 << 0;
        QTest::newRow("mailto and comments")
            << u"mailto:ada@example.com, grace@example.com (Grace, at work)"_s << QStringList()
            << QStringList{u"ada@example.com"_s, u"grace@example.com"_s} << QList<qsizetype>() << 0 << 0;
        QTest::newRow("a comment left open stays")
            << u"ada@example.com (Ada, bob@example.com\ncarol@example.com"_s << QStringList()
            << QStringList{u"ada@example.com"_s, u"(Ada"_s, u"bob@example.com"_s, u"carol@example.com"_s}
            << QList<qsizetype>{1} << 0 << 0;
        QTest::newRow("quoted addresses")
            << u"\"ada@example.com\" 'grace@example.com'"_s << QStringList()
            << QStringList{u"ada@example.com"_s, u"'grace@example.com'"_s} << QList<qsizetype>{1} << 0 << 0;
        QTest::newRow("repeats in any case")
            << u"Ada@Example.com, ada@example.com; ADA@EXAMPLE.COM bob@example.com\n  ada@example.com  "_s
            << QStringList() << QStringList{u"Ada@Example.com"_s, u"bob@example.com"_s} << QList<qsizetype>() << 3 << 0;
        QTest::newRow("not-valid ones kept")
            << u"ada@example.com, bob, carol@, @example.com, dee@example, eve@example.com"_s << QStringList()
            << QStringList{u"ada@example.com"_s, u"bob"_s,         u"carol@"_s,
                           u"@example.com"_s,    u"dee@example"_s, u"eve@example.com"_s}
            << QList<qsizetype>{1, 2, 3, 4} << 0 << 0;
        QTest::newRow("not-valid repeats removed too")
            << u"bob, Bob, ada@example.com"_s << QStringList() << QStringList{u"bob"_s, u"ada@example.com"_s}
            << QList<qsizetype>{0} << 1 << 0;
        QTest::newRow("already in the table")
            << u"ADA@example.com, bob@example.com, ada@example.com"_s << QStringList{u"ada@example.com"_s}
            << QStringList{u"bob@example.com"_s} << QList<qsizetype>() << 1 << 1;
        QTest::newRow("empty") << QString() << QStringList() << QStringList() << QList<qsizetype>() << 0 << 0;
        QTest::newRow("only separators") << u" ,;\n\r\n ;; "_s << QStringList() << QStringList() << QList<qsizetype>()
                                         << 0 << 0;
        QTest::newRow("an angle bracket left open")
            << u"Ada <ada@example.com, bob@example.com"_s << QStringList()
            << QStringList{u"ada@example.com"_s, u"bob@example.com"_s} << QList<qsizetype>() << 0 << 0;
        QTest::newRow("a quote left open ends with its line")
            << u"\"Ada, bob@example.com\ncarol@example.com"_s << QStringList()
            << QStringList{u"Ada, bob@example.com"_s, u"carol@example.com"_s} << QList<qsizetype>{0} << 0 << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, known);
        QFETCH(QStringList, addresses);
        QFETCH(QList<qsizetype>, invalid);
        QFETCH(int, repeats);
        QFETCH(int, alreadyInTable);
        QSet<QString> knownKeys;
        for (const QString &address : known) {
            knownKeys.insert(AddressListParser::key(address));
        }
        const AddressList list = AddressListParser::parse(text, knownKeys);
        QCOMPARE(list.addresses, addresses);
        QCOMPARE(list.invalid, invalid);
        QCOMPARE(list.repeats, repeats);
        QCOMPARE(list.alreadyInTable, alreadyInTable);
    }

    void aLongListStaysLinear()
    {
        QString text;
        for (int i = 0; i < 200000; ++i) {
            text += QStringLiteral("user%1@example.com, ").arg(i % 150000);
        }
        const AddressList list = AddressListParser::parse(text);
        QCOMPARE(list.addresses.size(), 150000);
        QCOMPARE(list.repeats, 50000);
    }
};

QTEST_GUILESS_MAIN(TestAddressListParser)
#include "tst_addresslistparser.moc"
