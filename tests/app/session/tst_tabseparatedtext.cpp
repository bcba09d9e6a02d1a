#include "session/InviteeCsvFile.h"
#include "session/TabSeparatedText.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Clipboard text as spreadsheets write it, and the CSV that Save as CSV writes.
class TestTabSeparatedText : public QObject
{
    Q_OBJECT

    using Rows = QList<QStringList>;

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("rows");
        QTest::newRow("one cell") << QStringLiteral("a") << Rows{{QStringLiteral("a")}};
        QTest::newRow("one cell and a line end") << QStringLiteral("a\n") << Rows{{QStringLiteral("a")}};
        QTest::newRow("excel block with crlf")
            << QStringLiteral("a\tb\r\nc\td\r\n")
            << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}};
        QTest::newRow("blank line inside is an empty row")
            << QStringLiteral("a\n\nb\n") << Rows{{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}};
        QTest::newRow("empty cells kept")
            << QStringLiteral("\tb\t\n") << Rows{{QString(), QStringLiteral("b"), QString()}};
        QTest::newRow("quoted line break and quote")
            << QStringLiteral("\"x\ny \"\"z\"\"\"\tw\n") << Rows{{QStringLiteral("x\ny \"z\""), QStringLiteral("w")}};
        QTest::newRow("json copied from a sheet unquoted")
            << QStringLiteral("{\"a\":1}\tb") << Rows{{QStringLiteral("{\"a\":1}"), QStringLiteral("b")}};
        QTest::newRow("nothing") << QString() << Rows{};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Rows, rows);
        QCOMPARE(TabSeparatedText::parse(text), rows);
    }

    void formatRoundTrips()
    {
        const Rows rows{{QStringLiteral("a"), QStringLiteral("tab\there")},
                        {QStringLiteral("{\"k\":\"v\"}"), QStringLiteral("two\nlines")},
                        {QString(), QString()}};
        const QString text = TabSeparatedText::format(rows);
        QVERIFY(text.startsWith(QStringLiteral("a\t\"tab\there\"\n")));
        QCOMPARE(TabSeparatedText::parse(text), rows);
    }

    void csvFileHasEveryFieldUnderItsApiName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        Invitee invitee;
        invitee.setValue(Invitee::Email, QStringLiteral("=cmd@example.com"));
        invitee.setValue(Invitee::PublicMetadata, QStringLiteral("{\"a\":\"b\"}"));
        QString error;
        QVERIFY(InviteeCsvFile::save(path, {invitee}, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "email_address,role,redirect_url,inviter_user_id,expires_in_days,notify,"
                                 "public_metadata,private_metadata\r\n"));
        // Written as typed: the file is the user's own input, read back by Invitedesk, not a report.
        QVERIFY(bytes.endsWith("=cmd@example.com,,,,,,\"{\"\"a\"\":\"\"b\"\"}\",\r\n"));
    }

    void csvFileFailureNamesTheFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!InviteeCsvFile::save(dir.filePath(QStringLiteral("missing/out.csv")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("out.csv")));
    }
};

QTEST_GUILESS_MAIN(TestTabSeparatedText)
#include "tst_tabseparatedtext.moc"
