#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// invitedesk-cli with workbooks, as scripts see it: validate reads .xlsx and .ods like .csv (row numbers as the
// spreadsheet shows them), --sheet picks a sheet, unusable workbooks exit 2 with one line, and template writes XLSX.
class TestCliSheets : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    static QString cliPath() { return QStringLiteral(INVITEDESK_BUILD_DIR "/app/cli/invitedesk-cli"); }
    static QString sheet(const QString &name) { return QStringLiteral(INVITEDESK_TEST_DATA "/sheets/") + name; }
    static QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

    static Run runCli(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(cliPath());
        process.setArguments(arguments);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CLERK_SECRET_KEY"));
        process.setProcessEnvironment(environment);
        process.start();
        if (!process.waitForFinished(60000)) {
            qWarning("invitedesk-cli did not finish");
            process.kill();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    }

    void validateWorkbooks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("lines"); // %1 stands for the file as shown

        QTest::newRow("excel, first visible sheet")
            << sheet(QStringLiteral("excel.xlsx")) << QStringList() << 0
            << QStringList{QStringLiteral("%1: checked 4 rows: 4 ready to send, 0 invalid, 0 duplicate")};
        QTest::newRow("excel, --sheet Archive")
            << sheet(QStringLiteral("excel.xlsx")) << QStringList{QStringLiteral("--sheet"), QStringLiteral("Archive")}
            << 0 << QStringList{QStringLiteral("%1: checked 1 row: 1 ready to send, 0 invalid, 0 duplicate")};
        QTest::newRow("google sheets") << sheet(QStringLiteral("google-sheets.xlsx")) << QStringList() << 0
                                       << QStringList{QStringLiteral(
                                              "%1: checked 2 rows: 2 ready to send, 0 invalid, 0 duplicate")};
        for (const char *file : {"libreoffice.xlsx", "libreoffice.ods"}) {
            QTest::addRow("%s: the duplicate named by its spreadsheet row", file)
                << sheet(QString::fromLatin1(file)) << QStringList() << 1
                << QStringList{QStringLiteral("%1:7: email_address: same email as row 6"),
                               QStringLiteral("%1: checked 5 rows: 4 ready to send, 0 invalid, 1 duplicate")};
        }
        QTest::newRow("ods: repeated rows keep their numbers")
            << sheet(QStringLiteral("handmade.ods")) << QStringList() << 1
            << QStringList{QStringLiteral("%1:4: email: same email as row 3"),
                           QStringLiteral("%1:5: email: same email as row 3"),
                           QStringLiteral("%1: checked 5 rows: 3 ready to send, 0 invalid, 2 duplicate")};
        QTest::newRow("ods, --sheet Other with --role")
            << sheet(QStringLiteral("handmade.ods"))
            << QStringList{QStringLiteral("--sheet"), QStringLiteral("Other"), QStringLiteral("--role"),
                           QStringLiteral("org:admin")}
            << 0 << QStringList{QStringLiteral("%1: checked 1 row: 1 ready to send, 0 invalid, 0 duplicate")};
    }

    void validateWorkbooks()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QStringList, lines);
        const Run run = runCli(QStringList{QStringLiteral("validate"), file} + options);
        QStringList expected;
        for (const QString &line : std::as_const(lines)) {
            expected.append(line.arg(shown(file)));
        }
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts), expected);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void validateRefusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expectedErr");

        QTest::newRow("no such sheet") << sheet(QStringLiteral("excel.xlsx"))
                                       << QStringList{QStringLiteral("--sheet"), QStringLiteral("Nope")}
                                       << QStringLiteral("no sheet named “Nope”; its sheets are “Lookup”, “Invitees”, "
                                                         "“Archive”, “Chart”.");
        QTest::newRow("a sheet without an email column")
            << sheet(QStringLiteral("excel.xlsx")) << QStringList{QStringLiteral("--sheet"), QStringLiteral("Lookup")}
            << QStringLiteral("sheet “Lookup”: no email column");
        QTest::newRow("a chart sheet") << sheet(QStringLiteral("excel.xlsx"))
                                       << QStringList{QStringLiteral("--sheet"), QStringLiteral("Chart")}
                                       << QStringLiteral("is a chart or dialog sheet");
        QTest::newRow("--sheet for a CSV file")
            << QStringLiteral(INVITEDESK_TEST_DATA "/excel-semicolon-bom-crlf.csv")
            << QStringList{QStringLiteral("--sheet"), QStringLiteral("Sheet1")} << QStringLiteral("has no sheets");
        QTest::newRow("zip bomb") << sheet(QStringLiteral("zip-bomb.xlsx")) << QStringList()
                                  << QStringLiteral("looks like a zip bomb");
        QTest::newRow("password-protected") << sheet(QStringLiteral("password-excel.xlsx")) << QStringList()
                                            << QStringLiteral("is password-protected; open it in your spreadsheet "
                                                              "program and save it without a password");
        QTest::newRow("CSV named .xlsx") << sheet(QStringLiteral("renamed-csv.xlsx")) << QStringList()
                                         << QStringLiteral("rename it to .csv");
        QTest::newRow("old Excel") << sheet(QStringLiteral("libreoffice.xls")) << QStringList()
                                   << QStringLiteral("old Excel format (.xls); save it as .xlsx or CSV");
        QTest::newRow("truncated XML") << sheet(QStringLiteral("truncated-xml.xlsx")) << QStringList()
                                       << QStringLiteral("is damaged: xl/worksheets/sheet1.xml, line 2");
        QTest::newRow("ODS row bomb") << sheet(QStringLiteral("repeat-rows-bomb.ods")) << QStringList()
                                      << QStringLiteral("more than 1,000,000 data rows");
        QTest::newRow("empty sheet") << sheet(QStringLiteral("empty-sheet.xlsx")) << QStringList()
                                     << QStringLiteral("Sheet “Sheet1” is empty");
    }

    void validateRefusals()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QString, expectedErr);
        const Run run = runCli(QStringList{QStringLiteral("validate"), file} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(shown(file) + QStringLiteral(": ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(expectedErr), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0); // one clear line
        QVERIFY(run.out.isEmpty());
    }

    void validateHelpNamesSheet()
    {
        const Run run = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--sheet <NAME>")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("XLSX or ODS")));
    }

    void templateAsXlsxValidatesClean()
    {
        const QString path = m_dir.filePath(QStringLiteral("template.xlsx"));
        const Run written = runCli({QStringLiteral("template"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                    QStringLiteral("-o"), path});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "PK\x03\x04");
        const Run run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.out,
                 QStringLiteral("%1: checked 1 row: 1 ready to send, 0 invalid, 0 duplicate\n").arg(shown(path)));
        QCOMPARE(run.exitCode, 0);
    }

    void templateAsXlsxNeedsAFile()
    {
        const Run run = runCli({QStringLiteral("template"), QStringLiteral("--format"), QStringLiteral("XLSX")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("xlsx is a binary format; name the file to write with -o FILE")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSheets)
#include "tst_cli_sheets.moc"
