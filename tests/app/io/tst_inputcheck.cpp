#include "io/InputCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The offline half of a run end to end: a real export from a spreadsheet in, the exact invitation bodies out.
class TestInputCheck : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const char *name) { return QStringLiteral(INVITEDESK_TEST_DATA "/") + QLatin1String(name); }

    static QJsonObject payloadFor(const InputCheck::Result &result, int sourceRow)
    {
        for (qsizetype i = 0; i < result.payloadRows.size(); ++i) {
            if (result.import.invitees.at(result.payloadRows.at(i)).sourceRow() == sourceRow) {
                return QJsonDocument::fromJson(result.payloads.at(i)).object();
            }
        }
        return {};
    }

    // JSON written with single quotes, to keep the expectations readable (and moc happy: no raw strings).
    static QJsonObject json(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
    }

    static QJsonObject withNotes(QJsonObject object, const QString &notes)
    {
        object.insert(QStringLiteral("private_metadata"), QJsonObject{{QStringLiteral("notes"), notes}});
        return object;
    }

private slots:
    void excelSemicolonExport_data()
    {
        QTest::addColumn<int>("sourceRow");
        QTest::addColumn<QJsonObject>("expected");

        QTest::newRow("aliases, typed-as-string 0012, non-ASCII city")
            << 2
            << json("{'email_address':'ann@example.com','role':'org:admin','redirect_url':'https://example.com/"
                    "welcome','public_metadata':{'Department':'0012','address':{'city':'München'}}}");
        QTest::newRow("query string kept, row after a quoted line break")
            << 4
            << json("{'email_address':'carla@example.com','role':'org:member','redirect_url':'https://example.com/"
                    "start?a=1&b=2','public_metadata':{'Department':'0042','address':{'city':'Köln'}}}");
        QTest::newRow("empty role takes the default; blank line counted")
            << 6
            << json("{'email_address':'dave@example.com','role':'org:viewer','public_metadata':{'Department':'Support',"
                    "'address':{'city':'Zürich'}}}");
        QTest::newRow("empty dotted cell left out") << 8
                                                    << json("{'email_address':'eve@example.com','role':'org:member','"
                                                            "public_metadata':{'address':{'city':'Wien'}}}");
    }

    void excelSemicolonExport()
    {
        QFETCH(int, sourceRow);
        QFETCH(QJsonObject, expected);
        const InputCheck::Result result =
            InputCheck::run(fixture("excel-semicolon-bom-crlf.csv"), QStringLiteral("org:viewer"));
        QVERIFY2(result.import.ok(), qPrintable(result.import.errorString));
        QCOMPARE(payloadFor(result, sourceRow), expected);
    }

    void excelSemicolonExportFlagsThePaddedCaseVariedDuplicate()
    {
        const InputCheck::Result result =
            InputCheck::run(fixture("excel-semicolon-bom-crlf.csv"), QStringLiteral("org:member"));
        QCOMPARE(result.import.invitees.size(), 6);
        QCOMPARE(result.duplicateRows, 1);
        QCOMPARE(result.invalidRows, 0);
        QCOMPARE(result.problems.size(), 1);
        const CellProblem &problem = result.problems.constFirst();
        QCOMPARE(problem.kind, CellProblem::Duplicate);
        QCOMPARE(problem.field, Invitee::Email);
        QCOMPARE(result.import.invitees.at(problem.row).sourceRow(), 7);
        QVERIFY2(problem.message.contains(QStringLiteral("row 2")), qPrintable(problem.message));
        QCOMPARE(result.import.columnName(Invitee::Email), QStringLiteral("E-Mail"));
        QCOMPARE(result.payloads.size(), 5);
        // The unknown Notes column is kept for the report, multi-line cell and all.
        QCOMPARE(result.import.unknownColumns, QStringList{QStringLiteral("Notes")});
        QCOMPARE(result.import.invitees.at(2).sourceCells().last(), QStringLiteral("Line one\nLine two"));
    }

    void unicodeTextExportCarriesNonAsciiMetadata_data()
    {
        QTest::addColumn<int>("sourceRow");
        QTest::addColumn<QJsonObject>("expected");

        QTest::newRow("japanese name, note with a comma")
            << 2
            << json("{'email_address':'yuki@example.jp','role':'org:member','public_metadata':{'name':'日本語'},'"
                    "private_metadata':{'notes':'VIP, 東京'}}");
        QTest::newRow("diaeresis, quoted tab kept")
            << 3
            << withNotes(
                   json("{'email_address':'zoe@example.com','role':'org:admin','public_metadata':{'name':'Zoë'}}"),
                   QStringLiteral("has\ta tab"));
        QTest::newRow("tilde, doubled quotes")
            << 4
            << withNotes(
                   json("{'email_address':'nandu@example.com','role':'org:member','public_metadata':{'name':'Ñandú'}}"),
                   QStringLiteral("says \"hola\""));
    }

    void unicodeTextExportCarriesNonAsciiMetadata()
    {
        QFETCH(int, sourceRow);
        QFETCH(QJsonObject, expected);
        const InputCheck::Result result =
            InputCheck::run(fixture("unicode-text-utf16le.txt"), QStringLiteral("org:member"));
        QVERIFY2(result.import.ok(), qPrintable(result.import.errorString));
        QVERIFY(result.problems.isEmpty());
        QVERIFY2(result.import.formatName.contains(QStringLiteral("UTF-16 LE")), qPrintable(result.import.formatName));
        QCOMPARE(payloadFor(result, sourceRow), expected);
    }

    void unreadableInputGivesOneLineNamingTheFile()
    {
        const InputCheck::Result result = InputCheck::run(fixture("binary.png"), QStringLiteral("org:member"));
        QVERIFY(!result.import.ok());
        QVERIFY(result.import.errorString.contains(QStringLiteral("binary.png")));
        QVERIFY(!result.import.errorString.contains(u'\n'));
        QVERIFY(result.payloads.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInputCheck)
#include "tst_inputcheck.moc"
