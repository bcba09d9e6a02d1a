#include "CliProcess.h"
#include "CliSandbox.h"
#include "io/XlsxReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

// `invitedesk-cli send` with workbooks, run as a separate process against a sandbox Clerk in this process: .xlsx and
// .ods are sent like .csv, --sheet picks the sheet, typed cells reach Clerk as JSON numbers and booleans (in the dry
// run too), an unknown sheet exits 2 naming the sheets, and the report is XLSX when its name ends in .xlsx.
class TestCliSendSheets : public QObject
{
    Q_OBJECT

private:
    static QString testKey() { return QStringLiteral("sk_test_cli0sheets"); }
    static QString sheet(const QString &name) { return QStringLiteral(INVITEDESK_TEST_DATA "/sheets/") + name; }

    std::unique_ptr<CliSandbox> m_env;

    // The report's records, header first: read back as a workbook when it is one, else as CSV.
    static QList<QStringList> readReport(const QString &path)
    {
        if (!path.endsWith(u".xlsx", Qt::CaseInsensitive)) {
            return CliSandbox::readReport(path);
        }
        QList<QStringList> records;
        XlsxReader reader;
        if (!reader.open(path) || !reader.read(QString(), [&records](int, QVariantList &cells) {
                QStringList texts;
                for (const QVariant &cell : std::as_const(cells)) {
                    texts.append(cell.toString());
                }
                records.append(texts);
                return true;
            })) {
            qWarning("cannot read the report: %s", qPrintable(reader.errorString()));
        }
        return records;
    }

private slots:
    void init()
    {
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->init());
    }

    void cleanup() { m_env.reset(); }

    void sendWorkbook_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheetName");
        QTest::addColumn<QString>("reportName");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("invited"); // addresses, in file order
        QTest::addColumn<int>("duplicates");

        QTest::newRow("excel xlsx, --sheet Archive, XLSX report")
            << QStringLiteral("excel.xlsx") << QStringLiteral("Archive") << QStringLiteral("report.xlsx") << 0
            << QStringList{QStringLiteral("old@example.com")} << 0;
        QTest::newRow("libreoffice xlsx, --sheet invitees (any case), CSV report")
            << QStringLiteral("libreoffice.xlsx") << QStringLiteral("invitees") << QStringLiteral("report.csv") << 1
            << QStringList{QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com"),
                           QStringLiteral("carl@example.com"), QStringLiteral("dup@example.com")}
            << 1;
        QTest::newRow("libreoffice ods, --sheet Invitees, XLSX report (upper-case suffix)")
            << QStringLiteral("libreoffice.ods") << QStringLiteral("Invitees") << QStringLiteral("report.XLSX") << 1
            << QStringList{QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com"),
                           QStringLiteral("carl@example.com"), QStringLiteral("dup@example.com")}
            << 1;
        QTest::newRow("handmade ods, --sheet Other, CSV report")
            << QStringLiteral("handmade.ods") << QStringLiteral("Other") << QStringLiteral("report.csv") << 0
            << QStringList{QStringLiteral("lou@example.com")} << 0;
    }

    void sendWorkbook()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheetName);
        QFETCH(QString, reportName);
        QFETCH(int, exitCode);
        QFETCH(QStringList, invited);
        QFETCH(int, duplicates);
        const QString report = m_env->path(reportName);
        QSet<QString> before; // the sandbox's own demo invitations
        for (const SandboxInvitation &invitation : m_env->sandbox->invitations(CliSandbox::org())) {
            before.insert(invitation.id);
        }
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run(m_env->sendArguments(
                     sheet(file), {QStringLiteral("--sheet"), sheetName, QStringLiteral("--report"), report,
                                   QStringLiteral("--role"), QStringLiteral("org:viewer"), QStringLiteral("--json")})),
                 exitCode);

        const QJsonObject json = QJsonDocument::fromJson(cli.outBytes()).object();
        QCOMPARE(json.value(u"counts").toObject().value(u"invited").toInt(), int(invited.size()));
        QCOMPARE(json.value(u"counts").toObject().value(u"duplicate").toInt(), duplicates);
        QCOMPARE(json.value(u"report").toString(), QDir::toNativeSeparators(report));
        QStringList sent;
        for (const SandboxInvitation &invitation : m_env->sandbox->invitations(CliSandbox::org())) {
            if (!before.contains(invitation.id)) {
                sent.append(invitation.emailAddress);
            }
        }
        sent.sort();
        QStringList expected = invited;
        expected.sort();
        QCOMPARE(sent, expected);

        // The report holds the sheet's own columns, then the outcome; XLSX or CSV by the name's suffix.
        const QByteArray head = CliSandbox::readFile(report).left(4);
        QCOMPARE(head == "PK\x03\x04", reportName.endsWith(u".xlsx", Qt::CaseInsensitive));
        const QList<QStringList> records = readReport(report);
        QCOMPARE(records.size(), int(invited.size()) + duplicates + 1);
        const qsizetype status = records.at(0).indexOf(QStringLiteral("status"));
        QVERIFY(status > 0);
        int invitedInReport = 0;
        for (qsizetype i = 1; i < records.size(); ++i) {
            invitedInReport += records.at(i).value(status) == u"invited" ? 1 : 0;
        }
        QCOMPARE(invitedInReport, int(invited.size()));
    }

    // What Clerk receives from a typed workbook: numbers and booleans, not their text.
    void typedMetadataReachesClerk()
    {
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run(m_env->sendArguments(sheet(QStringLiteral("libreoffice.xlsx")),
                                              {QStringLiteral("--sheet"), QStringLiteral("Invitees")})),
                 1);
        bool seen = false;
        for (const SandboxInvitation &invitation : m_env->sandbox->invitations(CliSandbox::org())) {
            if (invitation.emailAddress == u"ann@example.com") {
                seen = true;
                QCOMPARE(invitation.publicMetadata.value(u"score"), QJsonValue(4.5));
                QCOMPARE(invitation.publicMetadata.value(u"active"), QJsonValue(true));
                QCOMPARE(invitation.privateMetadata.value(u"employee_id"), QJsonValue(QStringLiteral("0012")));
                QCOMPARE(invitation.role, QStringLiteral("org:admin"));
            }
        }
        QVERIFY(seen);
    }

    void dryRunShowsTypedMetadata_data()
    {
        QTest::addColumn<QString>("file");

        QTest::newRow("xlsx") << QStringLiteral("libreoffice.xlsx");
        QTest::newRow("ods") << QStringLiteral("libreoffice.ods");
    }

    void dryRunShowsTypedMetadata()
    {
        QFETCH(QString, file);
        const QStringList options{QStringLiteral("--sheet"), QStringLiteral("Invitees"), QStringLiteral("--dry-run")};
        CliProcess text(m_env->environment());
        QCOMPARE(text.run(m_env->sendArguments(sheet(file), options)), 1);
        // The exact bodies: 30 and 4.5 as numbers, true as a boolean, 0012 as a string.
        const QString out = text.out();
        QVERIFY2(out.contains(QStringLiteral("\"expires_in_days\":30,")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\"active\":true,")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\"score\":4.5,")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\"employee_id\":\"0012\"")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\"employee_id\":1234}")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\"notify\":false")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("call 1 of 1 (rows 2\u20133, 5\u20136)")), qPrintable(out));

        CliProcess json(m_env->environment());
        QCOMPARE(json.run(m_env->sendArguments(sheet(file), options + QStringList{QStringLiteral("--json")})), 1);
        const QJsonArray calls = QJsonDocument::fromJson(json.outBytes()).object().value(u"calls").toArray();
        QCOMPARE(calls.size(), 1);
        const QJsonObject first = calls.at(0).toObject().value(u"body").toArray().at(0).toObject();
        QCOMPARE(first.value(u"email_address").toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(first.value(u"expires_in_days"), QJsonValue(30));
        QCOMPARE(first.value(u"notify"), QJsonValue(true));
        QCOMPARE(first.value(u"public_metadata").toObject().value(u"score"), QJsonValue(4.5));
        QCOMPARE(first.value(u"public_metadata").toObject().value(u"started"),
                 QJsonValue(QStringLiteral("2024-03-01")));
        QCOMPARE(m_env->requests, 0);
    }

    void unknownSheetListsTheSheets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheets");

        QTest::newRow("xlsx") << QStringLiteral("excel.xlsx")
                              << QStringLiteral("its sheets are “Lookup”, “Invitees”, “Archive”, “Chart”.");
        QTest::newRow("ods") << QStringLiteral("handmade.ods")
                             << QStringLiteral("its sheets are “Hidden”, “People”, “Other”.");
    }

    void unknownSheetListsTheSheets()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheets);
        for (const bool dryRun : {false, true}) {
            CliProcess cli(m_env->environment(dryRun ? QString() : testKey()));
            QStringList options{QStringLiteral("--sheet"), QStringLiteral("Nope")};
            if (dryRun) {
                options.append(QStringLiteral("--dry-run"));
            }
            QCOMPARE(cli.run(m_env->sendArguments(sheet(file), options)), 2);
            // The very line validate prints.
            const QString expected = QStringLiteral("%1: The workbook has no sheet named “Nope”; %2")
                                         .arg(QDir::toNativeSeparators(sheet(file)), sheets);
            QVERIFY2(cli.err().contains(expected), qPrintable(cli.err()));
            QCOMPARE(cli.err().trimmed().count(u'\n'), 0);
            QVERIFY(cli.out().isEmpty());
        }
        CliProcess validate(m_env->environment());
        QCOMPARE(
            validate.run({QStringLiteral("validate"), sheet(file), QStringLiteral("--sheet"), QStringLiteral("Nope")}),
            2);
        CliProcess send(m_env->environment());
        QCOMPARE(send.run(m_env->sendArguments(
                     sheet(file), {QStringLiteral("--sheet"), QStringLiteral("Nope"), QStringLiteral("--dry-run")})),
                 2);
        QCOMPARE(send.err(), validate.err());
        QCOMPARE(m_env->requests, 0);
    }

    void sheetForACsvFile()
    {
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 2);
        CliProcess cli(m_env->environment());
        QCOMPARE(cli.run(m_env->sendArguments(
                     file, {QStringLiteral("--sheet"), QStringLiteral("Sheet1"), QStringLiteral("--dry-run")})),
                 2);
        QVERIFY2(cli.err().contains(QStringLiteral("has no sheets")), qPrintable(cli.err()));
    }

    void helpNamesSheetAndReportFormats()
    {
        CliProcess cli(m_env->environment());
        QCOMPARE(cli.run({QStringLiteral("send"), QStringLiteral("--help")}), 0);
        const QString out = cli.out();
        QVERIFY2(out.contains(QStringLiteral("--sheet <NAME>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("XLSX or ODS")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(".xlsx")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliSendSheets)
#include "tst_clisendsheets.moc"
