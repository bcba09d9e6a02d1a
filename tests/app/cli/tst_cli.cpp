#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// invitedesk-cli as scripts see it: exit codes and the exact lines it prints, run as a separate process.
class TestCli : public QObject
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
    static QString fixture(const char *name) { return QStringLiteral(INVITEDESK_TEST_DATA "/") + QLatin1String(name); }

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

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write test file");
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    }

    void globalOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectedOut");
        QTest::addColumn<QString>("expectedErr");

        QTest::newRow("help lists the commands")
            << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("validate") << QString();
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                                 << QStringLiteral("invitedesk-cli " INVITEDESK_VERSION) << QString();
        QTest::newRow("no command is a usage error") << QStringList{} << 2 << QString() << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("validate help") << QStringList{QStringLiteral("validate"), QStringLiteral("--help")} << 0
                                       << QStringLiteral("invitedesk-cli validate") << QString();
        QTest::newRow("validate version") << QStringList{QStringLiteral("validate"), QStringLiteral("--version")} << 0
                                          << QStringLiteral(INVITEDESK_VERSION) << QString();
        QTest::newRow("template help") << QStringList{QStringLiteral("template"), QStringLiteral("-h")} << 0
                                       << QStringLiteral("--format") << QString();
        QTest::newRow("help for a command") << QStringList{QStringLiteral("help"), QStringLiteral("validate")} << 0
                                            << QStringLiteral("--role") << QString();
        QTest::newRow("validate without a file")
            << QStringList{QStringLiteral("validate")} << 2 << QString() << QStringLiteral("name the file to check");
        QTest::newRow("validate with an unknown option")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--colour"), QStringLiteral("x.csv")} << 2
            << QString() << QStringLiteral("colour");
        QTest::newRow("validate with a bad default role")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--role"), QStringLiteral("Admin"),
                           fixture("excel-semicolon-bom-crlf.csv")}
            << 2 << QString() << QStringLiteral("--role 'Admin' is not a role key");
        QTest::newRow("template with an unknown format")
            << QStringList{QStringLiteral("template"), QStringLiteral("--format"), QStringLiteral("pdf")} << 2
            << QString() << QStringLiteral("unknown format 'pdf'");
    }

    void globalOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expectedOut);
        QFETCH(QString, expectedErr);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.contains(expectedOut), qPrintable(run.out));
        QVERIFY2(run.err.contains(expectedErr), qPrintable(run.err));
    }

    void validateBadInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedErr");

        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only blank lines") << QByteArray("\r\n  \r\n,,\r\n") << QStringLiteral("empty");
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02", 25)
                                        << QStringLiteral("binary");
        QTest::newRow("no email column") << QByteArray("name,role\nAnn,org:admin\n")
                                         << QStringLiteral("no email column");
        QTest::newRow("header only") << QByteArray("email,role\n") << QStringLiteral("no invitee rows");
        QTest::newRow("quoted field never closed")
            << QByteArray("email,notes\nann@example.com,\"open\nmore\n") << QStringLiteral("2");
        QByteArray wide = "email";
        wide += QByteArray(",c").repeated(5000);
        QTest::newRow("thousands of columns") << wide + "\na@example.com\n" << QStringLiteral("columns");
    }

    void validateBadInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedErr);
        const QString path = writeFile(QStringLiteral("bad.csv"), content);
        const Run run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expectedErr, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0); // one clear line
        QVERIFY(run.out.isEmpty());
    }

    void validateMissingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist.csv"));
        const Run run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }

    void validateTooManyRows()
    {
        QByteArray content = "email\n";
        const QByteArray row = "a@example.com\n";
        content.reserve(content.size() + row.size() * 1'000'001);
        for (int i = 0; i < 1'000'001; ++i) {
            content += row;
        }
        const QString path = writeFile(QStringLiteral("huge.csv"), content);
        const Run run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("1,000,000")) || run.err.contains(QStringLiteral("1000000")),
                 qPrintable(run.err));
    }

    void validateClean()
    {
        const QString path = writeFile(QStringLiteral("clean.csv"),
                                       "email,role,expires\nann@example.com,org:admin,7\nbob@example.com,,\n");
        const Run run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("%1: checked 2 rows: 2 ready to send, 0 invalid, 0 duplicate\n")
                              .arg(QDir::toNativeSeparators(path)));
        QVERIFY(run.err.isEmpty());
    }

    void validateReportsEveryProblemByRowAndColumn()
    {
        // Row numbers as a spreadsheet shows them: the blank line and the quoted line break count like Excel's rows.
        const QString path = writeFile(QStringLiteral("people.csv"), "E-Mail,Role,Expires,Notes\n"
                                                                     "ann@example.com,org:admin,7,\"two\nlines\"\n"
                                                                     "\n"
                                                                     "bob@,org:member,,\n"
                                                                     " ANN@Example.com ,,400,\n"
                                                                     "carl@example.com,Admin,,\n");
        const Run run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 1);
        const QString p = QDir::toNativeSeparators(path);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].startsWith(p + QStringLiteral(":4: E-Mail: ")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(p + QStringLiteral(":5: E-Mail: ")), qPrintable(lines[1]));
        QVERIFY2(lines[1].contains(QStringLiteral("row 2")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(p + QStringLiteral(":5: Expires: ")), qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(p + QStringLiteral(":6: Role: ")), qPrintable(lines[3]));
        QCOMPARE(lines[4], QStringLiteral("%1: checked 4 rows: 1 ready to send, 3 invalid, 0 duplicate").arg(p));
    }

    void validateFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");

        QTest::newRow("excel semicolon utf-8 bom crlf with a duplicate")
            << fixture("excel-semicolon-bom-crlf.csv") << 1 << QStringLiteral("duplicate");
        QTest::newRow("utf-16 le tab-separated unicode text")
            << fixture("unicode-text-utf16le.txt") << 0 << QStringLiteral("0 invalid, 0 duplicate");
        QTest::newRow("windows-1252 bytes") << fixture("latin1-windows1252.csv") << 0 << QStringLiteral("0 invalid");
    }

    void validateFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run run = runCli({QStringLiteral("validate"), file});
        QVERIFY2(run.out.contains(expected), qPrintable(run.out + run.err));
        QCOMPARE(run.exitCode, exitCode);
    }

    void templateToStandardOutput()
    {
        const Run run = runCli({QStringLiteral("template")});
        QCOMPARE(run.exitCode, 0);
        for (const char *column : {"email_address", "role", "redirect_url", "inviter_user_id", "expires_in_days",
                                   "notify", "public_metadata", "private_metadata."}) {
            QVERIFY2(run.out.contains(QLatin1String(column)), column);
        }
        QCOMPARE(run.out.count(QStringLiteral("\r\n")), 2); // header and one example row
    }

    void templateValidatesClean()
    {
        const QString path = m_dir.filePath(QStringLiteral("template.csv"));
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("-o"), path}).exitCode, 0);
        const Run run = runCli({QStringLiteral("validate"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("1 ready to send")));
    }

    void templateToUnwritablePath()
    {
        const Run run = runCli(
            {QStringLiteral("template"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/dir/t.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
