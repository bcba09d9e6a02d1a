#include "CliProcess.h"
#include "CliSandbox.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using Counts = QMap<QString, int>; // rows per status key

// `invitedesk-cli send` as scripts see it, run as a separate process against a sandbox Clerk in this process: exit
// codes, what it prints, what it sends (and does not), and what it writes.
class TestCliSend : public QObject
{
    Q_OBJECT

private:
    static QString testKey() { return QStringLiteral("sk_test_cli0secret0marker"); }

    std::unique_ptr<CliSandbox> m_env;

    static QJsonObject parseJson(const QString &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
        }
        return document.object();
    }

    // Lines of stderr that say something (the --help hint of a usage error left out).
    static QStringList errorLines(const QString &err)
    {
        QStringList lines;
        for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"Run 'invitedesk-cli send --help'")) {
                lines.append(line);
            }
        }
        return lines;
    }

private slots:
    void init()
    {
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->init());
    }

    void cleanup() { m_env.reset(); }

    void outcomes_data()
    {
        QTest::addColumn<int>("validRows");
        QTest::addColumn<QByteArray>("extraLines");
        QTest::addColumn<QStringList>("members"); // addresses made members of the organization first
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<Counts>("counts");

        QTest::newRow("all invited") << 15 << QByteArray() << QStringList() << 0
                                     << Counts{{QStringLiteral("invited"), 15}};
        QTest::newRow("invalid and duplicate rows are reported, never sent")
            << 12 << QByteArray("not-an-address,\nUSER3@example.org,\n") << QStringList() << 1
            << Counts{
                   {QStringLiteral("invited"), 12}, {QStringLiteral("invalid"), 1}, {QStringLiteral("duplicate"), 1}};
        QTest::newRow("a member already is no failure")
            << 11 << QByteArray() << QStringList{CliSandbox::email(4)} << 0
            << Counts{{QStringLiteral("invited"), 10}, {QStringLiteral("already_member"), 1}};
        QTest::newRow("only invalid rows: nothing to send")
            << 0 << QByteArray("bob@,\n") << QStringList() << 1 << Counts{{QStringLiteral("invalid"), 1}};
    }

    void outcomes()
    {
        QFETCH(int, validRows);
        QFETCH(QByteArray, extraLines);
        QFETCH(QStringList, members);
        QFETCH(int, exitCode);
        QFETCH(Counts, counts);
        for (const QString &member : members) {
            m_env->sandbox->addMember(CliSandbox::org(), member, QStringLiteral("org:member"));
        }
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), validRows, extraLines);

        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run(m_env->sendArguments(file, {QStringLiteral("--json")})), exitCode);

        const QJsonObject json = parseJson(cli.out());
        QCOMPARE(json.value(u"exit_code").toInt(), exitCode);
        const QJsonObject jsonCounts = json.value(u"counts").toObject();
        QCOMPARE(jsonCounts.size(), 7);
        for (auto it = jsonCounts.constBegin(); it != jsonCounts.constEnd(); ++it) {
            QVERIFY2(it.value().toInt() == counts.value(it.key()), qPrintable(it.key()));
        }
        QCOMPARE(m_env->sandbox->createdCount(), counts.value(QStringLiteral("invited")));
        int ours = 0; // the seeded demo data holds invitations of its own
        for (const SandboxInvitation &invitation : m_env->sandbox->invitations(CliSandbox::org())) {
            ours += invitation.emailAddress.startsWith(u"user") ? 1 : 0;
        }
        QCOMPARE(ours, counts.value(QStringLiteral("invited")));
        // The check's findings go to stderr as validate prints them; stdout is the JSON object alone.
        if (!extraLines.isEmpty()) {
            QVERIFY2(cli.err().contains(QDir::toNativeSeparators(file) + u':'), qPrintable(cli.err()));
        }
    }

    void textSummary()
    {
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 15, "bad@,\n");
        const QString report = m_env->path(QStringLiteral("report.csv"));
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run(m_env->sendArguments(file, {QStringLiteral("--report"), report})), 1);
        const QString out = cli.out();
        QVERIFY2(out.contains(QStringLiteral("Run 1 for organization org_sandbox_demo: 16 rows.")), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Invited: +15\n"))), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Invalid: +1\n"))), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Bulk calls: 2 in ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Report: %1").arg(QDir::toNativeSeparators(report))), qPrintable(out));
        // Progress without a terminal: plain lines, no carriage returns, at most one per call.
        QVERIFY(!cli.err().contains(u'\r'));
        QVERIFY2(cli.err().count(QStringLiteral("rows done: ")) <= 2, qPrintable(cli.err()));
    }

    void jsonShape()
    {
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 12, "bob@,\n");
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run(m_env->sendArguments(file, {QStringLiteral("--json")})), 1);
        const QJsonObject json = parseJson(cli.out());

        const QStringList keys{QStringLiteral("api_url"),         QStringLiteral("calls_made"),
                               QStringLiteral("counts"),          QStringLiteral("dry_run"),
                               QStringLiteral("elapsed_ms"),      QStringLiteral("error"),
                               QStringLiteral("exit_code"),       QStringLiteral("har"),
                               QStringLiteral("interrupted"),     QStringLiteral("journal"),
                               QStringLiteral("organization_id"), QStringLiteral("report"),
                               QStringLiteral("resumed"),         QStringLiteral("rows"),
                               QStringLiteral("run_id")};
        QCOMPARE(json.keys(), keys);
        QCOMPARE(json.value(u"api_url").toString(), m_env->apiUrl());
        QCOMPARE(json.value(u"organization_id").toString(), CliSandbox::org());
        QCOMPARE(json.value(u"run_id").toInt(), 1);
        QCOMPARE(json.value(u"journal").toString(),
                 QDir::toNativeSeparators(m_env->path(QStringLiteral("journal.sqlite"))));
        QCOMPARE(json.value(u"calls_made").toInt(), 2);
        QCOMPARE(json.value(u"interrupted").toBool(true), false);
        QCOMPARE(json.value(u"resumed").toBool(true), false);
        QVERIFY(json.value(u"error").isNull());
        QVERIFY(json.value(u"report").isNull());

        QHash<QString, QString> idOfEmail;
        QVERIFY(m_env->invitationIds(&idOfEmail));
        const QJsonArray rows = json.value(u"rows").toArray();
        QCOMPARE(rows.size(), 13);
        for (qsizetype index = 0; index < rows.size(); ++index) {
            const QJsonObject row = rows.at(index).toObject();
            QCOMPARE(row.keys(),
                     (QStringList{QStringLiteral("email"), QStringLiteral("error_code"),
                                  QStringLiteral("error_message"), QStringLiteral("http_status"),
                                  QStringLiteral("invitation_id"), QStringLiteral("row"), QStringLiteral("status")}));
            QCOMPARE(row.value(u"row").toInt(), int(index) + 2);
            if (index < 12) {
                QCOMPARE(row.value(u"status").toString(), QStringLiteral("invited"));
                QCOMPARE(row.value(u"email").toString(), CliSandbox::email(int(index)));
                QCOMPARE(row.value(u"invitation_id").toString(), idOfEmail.value(CliSandbox::email(int(index))));
                QCOMPARE(row.value(u"http_status").toInt(), 200);
                QVERIFY(row.value(u"error_code").isNull());
            } else {
                QCOMPARE(row.value(u"status").toString(), QStringLiteral("invalid"));
                QCOMPARE(row.value(u"email").toString(), QStringLiteral("bob@"));
                QVERIFY(row.value(u"invitation_id").isNull());
                QVERIFY2(row.value(u"error_message").toString().startsWith(u"email_address: "),
                         qPrintable(row.value(u"error_message").toString()));
            }
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments"); // after send FILE --org ORG --api-url SANDBOX --journal J
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("apiUrlVariable"); // CLERK_API_URL, when not empty
        QTest::addColumn<QString>("expected");

        QTest::newRow("missing key") << QStringList() << false << QString()
                                     << QStringLiteral("set the environment variable CLERK_SECRET_KEY");
        QTest::newRow("no --key option: keys never come as arguments")
            << QStringList{QStringLiteral("--key"), QStringLiteral("sk_test_x")} << true << QString()
            << QStringLiteral("Unknown option 'key'");
        QTest::newRow("plain http to a host that is not loopback")
            << QStringList{QStringLiteral("--api-url"), QStringLiteral("http://api.example.com/v1")} << true
            << QString() << QStringLiteral("not a loopback address; use https");
        QTest::newRow("plain http from CLERK_API_URL") << QStringList() << true << QStringLiteral("http://10.1.2.3/v1")
                                                       << QStringLiteral("not a loopback address; use https");
        QTest::newRow("rate without a window") << QStringList{QStringLiteral("--rate"), QStringLiteral("50")} << true
                                               << QString() << QStringLiteral("rate must look like N/SECONDS");
        QTest::newRow("rate of zero calls") << QStringList{QStringLiteral("--rate"), QStringLiteral("0/3600")} << true
                                            << QString() << QStringLiteral("at least 1 call");
        QTest::newRow("role that is not a role key")
            << QStringList{QStringLiteral("--role"), QStringLiteral("Admin")} << true << QString()
            << QStringLiteral("--role 'Admin' is not a role key");
        QTest::newRow("inviter that is not a user id")
            << QStringList{QStringLiteral("--inviter"), QStringLiteral("bob")} << true << QString()
            << QStringLiteral("--inviter 'bob' is not a user id");
        QTest::newRow("report into a missing folder")
            << QStringList{QStringLiteral("--report"), QStringLiteral("/nonexistent-folder/r.csv")} << true << QString()
            << QStringLiteral("folder /nonexistent-folder does not exist");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withKey);
        QFETCH(QString, apiUrlVariable);
        QFETCH(QString, expected);
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 3);
        QProcessEnvironment environment = m_env->environment(withKey ? testKey() : QString());
        QStringList all = m_env->sendArguments(file) + arguments;
        if (!apiUrlVariable.isEmpty()) {
            environment.insert(QStringLiteral("CLERK_API_URL"), apiUrlVariable);
            all = QStringList{QStringLiteral("send"), file, QStringLiteral("--org"), CliSandbox::org()};
        }
        CliProcess cli(environment);
        QCOMPARE(cli.run(all), 2);
        const QStringList lines = errorLines(cli.err());
        QCOMPARE(lines.size(), 1); // one clear line
        QVERIFY2(lines.constFirst().startsWith(u"invitedesk-cli send: "), qPrintable(lines.constFirst()));
        QVERIFY2(lines.constFirst().contains(expected), qPrintable(lines.constFirst()));
        QVERIFY(cli.out().isEmpty());
        QCOMPARE(m_env->requests, 0);
    }

    void missingOrgAndFile_data()
    {
        QTest::addColumn<bool>("withFile");
        QTest::addColumn<bool>("withOrg");
        QTest::addColumn<QString>("expected");

        QTest::newRow("missing --org") << true << false << QStringLiteral("--org is required");
        QTest::newRow("missing file") << false << true << QStringLiteral("name the file to send");
    }

    void missingOrgAndFile()
    {
        QFETCH(bool, withFile);
        QFETCH(bool, withOrg);
        QFETCH(QString, expected);
        QStringList arguments{QStringLiteral("send")};
        if (withFile) {
            arguments << m_env->writePeople(QStringLiteral("people.csv"), 3);
        }
        if (withOrg) {
            arguments << QStringLiteral("--org") << CliSandbox::org();
        }
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run(arguments << QStringLiteral("--api-url") << m_env->apiUrl()), 2);
        QCOMPARE(errorLines(cli.err()).size(), 1);
        QVERIFY2(cli.err().contains(expected), qPrintable(cli.err()));
        QCOMPARE(m_env->requests, 0);
    }

    void unreadableInput()
    {
        CliProcess cli(m_env->environment(testKey()));
        const QString missing = m_env->path(QStringLiteral("nope.csv"));
        QCOMPARE(cli.run(m_env->sendArguments(missing)), 2);
        QVERIFY2(cli.err().contains(QDir::toNativeSeparators(missing)), qPrintable(cli.err()));
        QCOMPARE(m_env->requests, 0);
    }

    void clerkStopsTheRun_data()
    {
        QTest::addColumn<QString>("requiredKey"); // the one key the sandbox accepts, when set
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("expected");

        QTest::newRow("wrong key (401)") << QStringLiteral("sk_test_the0right0key") << CliSandbox::org()
                                         << QStringLiteral(
                                                "Clerk refused the secret key (401): check CLERK_SECRET_KEY");
        QTest::newRow("unknown organization (404)")
            << QString() << QStringLiteral("org_does_not_exist")
            << QStringLiteral("organization org_does_not_exist not found (404): check --org");
    }

    void clerkStopsTheRun()
    {
        QFETCH(QString, requiredKey);
        QFETCH(QString, org);
        QFETCH(QString, expected);
        if (!requiredKey.isEmpty()) {
            m_env->sandbox->setRequiredKey(requiredKey.toUtf8());
        }
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 5);
        QStringList arguments = m_env->sendArguments(file);
        arguments[3] = org;
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run(arguments), 2);
        QVERIFY2(cli.err().contains(QStringLiteral("invitedesk-cli send: ") + expected), qPrintable(cli.err()));
        QVERIFY(m_env->bulkStatuses.isEmpty());
        QCOMPARE(m_env->sandbox->createdCount(), 0);
    }

    void dryRun_data()
    {
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QByteArray>("extraLines");
        QTest::addColumn<int>("exitCode");

        QTest::newRow("fifteen rows: two calls") << QStringList() << QByteArray() << 0;
        QTest::newRow("default inviter filled in")
            << QStringList{QStringLiteral("--inviter"), QStringLiteral("user_2abcDEF")} << QByteArray() << 0;
        QTest::newRow("an invalid row is left out and sets the exit status")
            << QStringList() << QByteArray("x@,\n") << 1;
    }

    void dryRun()
    {
        QFETCH(QStringList, more);
        QFETCH(QByteArray, extraLines);
        QFETCH(int, exitCode);
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 15, extraLines);
        CliProcess cli(m_env->environment()); // no key needed
        QCOMPARE(cli.run(m_env->sendArguments(file, QStringList{QStringLiteral("--dry-run")} + more)), exitCode);

        const QStringList lines = cli.out().split(u'\n');
        const QString endpoint = m_env->apiUrl() + u"/organizations/org_sandbox_demo/invitations/bulk";
        QCOMPARE(lines.at(0), QStringLiteral("call 1 of 2 (rows 2\u201311): POST ") + endpoint);
        QCOMPARE(lines.at(2), QStringLiteral("call 2 of 2 (rows 12\u201316): POST ") + endpoint);
        int index = 0;
        for (const int line : {1, 3}) {
            const QJsonArray body = QJsonDocument::fromJson(lines.at(line).toUtf8()).array();
            QCOMPARE(body.size(), line == 1 ? 10 : 5);
            for (const QJsonValue &item : body) {
                const QJsonObject invitation = item.toObject();
                QCOMPARE(invitation.value(u"email_address").toString(), CliSandbox::email(index++));
                QCOMPARE(invitation.value(u"role").toString(), QStringLiteral("org:member"));
                QCOMPARE(invitation.contains(u"inviter_user_id"), !more.isEmpty());
            }
        }
        QVERIFY2(cli.out().contains(QStringLiteral("nothing was sent")), qPrintable(cli.out()));
        QCOMPARE(m_env->requests, 0);
        QVERIFY(!QFile::exists(m_env->path(QStringLiteral("journal.sqlite"))));
    }

    void dryRunJson()
    {
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 11);
        CliProcess cli(m_env->environment());
        QCOMPARE(cli.run(m_env->sendArguments(file, {QStringLiteral("--dry-run"), QStringLiteral("--json")})), 0);
        const QJsonObject json = parseJson(cli.out());
        QCOMPARE(json.value(u"dry_run").toBool(), true);
        QCOMPARE(json.value(u"counts").toObject().value(u"pending").toInt(), 11);
        const QJsonArray calls = json.value(u"calls").toArray();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(1).toObject().value(u"rows").toArray(), QJsonArray{12});
        QCOMPARE(calls.at(1).toObject().value(u"body").toArray().size(), 1);
        QCOMPARE(m_env->requests, 0);
    }

    void liveKey_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("yes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("created");

        QTest::newRow("many rows without a terminal nor --yes: refused") << 11 << false << 2 << 0;
        QTest::newRow("many rows with --yes") << 11 << true << 0 << 11;
        QTest::newRow("ten rows need no confirmation") << 10 << false << 0 << 10;
    }

    void liveKey()
    {
        QFETCH(int, rows);
        QFETCH(bool, yes);
        QFETCH(int, exitCode);
        QFETCH(int, created);
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), rows);
        CliProcess cli(m_env->environment(QStringLiteral("sk_live_cli0live0key")));
        QCOMPARE(cli.run(m_env->sendArguments(file, yes ? QStringList{QStringLiteral("--yes")} : QStringList())),
                 exitCode);
        QCOMPARE(m_env->sandbox->createdCount(), created);
        if (exitCode == 2) {
            QVERIFY2(cli.err().contains(
                         QStringLiteral("11 invitations with a LIVE key need a confirmation: run in a terminal to "
                                        "answer, or add --yes")),
                     qPrintable(cli.err()));
            QCOMPARE(m_env->requests, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_clisend.moc"
