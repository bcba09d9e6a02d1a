#include "CliProcess.h"
#include "CliSandbox.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// What `invitedesk-cli send` leaves behind, run as a separate process against a sandbox Clerk in this process: the
// report and the HAR (also when Clerk stops the run), the journal where it belongs, and the secret key in none of
// them nor in anything printed.
class TestCliSendFiles : public QObject
{
    Q_OBJECT

private:
    static QString testKey() { return QStringLiteral("sk_test_cli0secret0marker"); }

    std::unique_ptr<CliSandbox> m_env;

private slots:
    void init()
    {
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->init());
    }

    void cleanup() { m_env.reset(); }

    void reportAndHar()
    {
        const QString file = m_env->writeFile(QStringLiteral("people.csv"), "Email;Role;Team\n"
                                                                            "ann@example.org;;=1+1\n"
                                                                            "bob@example.org;org:admin;Ops\n"
                                                                            "bad@;;x\n");
        const QString report = m_env->path(QStringLiteral("report.csv"));
        const QString har = m_env->path(QStringLiteral("exchanges.har"));
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(
            cli.run(m_env->sendArguments(file, {QStringLiteral("--report"), report, QStringLiteral("--har"), har})), 1);

        QVERIFY(CliSandbox::readFile(report).startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = CliSandbox::readReport(report);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0), (QStringList{QStringLiteral("Email"), QStringLiteral("Role"), QStringLiteral("Team"),
                                             QStringLiteral("status"), QStringLiteral("invitation_id"),
                                             QStringLiteral("http_status"), QStringLiteral("error_code"),
                                             QStringLiteral("error_message"), QStringLiteral("clerk_trace_id")}));
        QHash<QString, QString> idOfEmail;
        QVERIFY(m_env->invitationIds(&idOfEmail));
        QCOMPARE(records.at(1).mid(3, 3),
                 (QStringList{QStringLiteral("invited"), idOfEmail.value(QStringLiteral("ann@example.org")),
                              QStringLiteral("200")}));
        QCOMPARE(records.at(1).at(2), QStringLiteral("'=1+1")); // defused
        QCOMPARE(records.at(2).at(3), QStringLiteral("invited"));
        QCOMPARE(records.at(3).at(3), QStringLiteral("invalid"));
        QVERIFY2(records.at(3).at(7).startsWith(u"Email: "), qPrintable(records.at(3).at(7)));

        const QJsonObject log = QJsonDocument::fromJson(CliSandbox::readFile(har)).object().value(u"log").toObject();
        QCOMPARE(log.value(u"version").toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log.value(u"entries").toArray();
        QCOMPARE(entries.size(), m_env->requests);
        int bulk = 0;
        for (const QJsonValue &entry : entries) {
            const QJsonObject request = entry.toObject().value(u"request").toObject();
            bulk += request.value(u"url").toString().endsWith(u"/invitations/bulk") ? 1 : 0;
            bool authorizationSeen = false;
            for (const QJsonValue &header : request.value(u"headers").toArray()) {
                if (header.toObject().value(u"name").toString().compare(u"authorization", Qt::CaseInsensitive) == 0) {
                    authorizationSeen = true;
                    QVERIFY2(header.toObject().value(u"value").toString().contains(u"REDACTED"),
                             qPrintable(header.toObject().value(u"value").toString()));
                }
            }
            QVERIFY(authorizationSeen);
        }
        QCOMPARE(bulk, 1);
        QVERIFY2(cli.out().contains(QStringLiteral("HAR: ") + QDir::toNativeSeparators(har)), qPrintable(cli.out()));
    }

    void secretWrittenNowhere_data()
    {
        QTest::addColumn<bool>("refused");

        QTest::newRow("run that invites") << false;
        QTest::newRow("run stopped by a 401") << true;
    }

    void secretWrittenNowhere()
    {
        QFETCH(bool, refused);
        if (refused) {
            m_env->sandbox->setRequiredKey("sk_test_another0key");
        }
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 12);
        const QString report = m_env->path(QStringLiteral("report.csv"));
        const QString har = m_env->path(QStringLiteral("exchanges.har"));
        CliProcess cli(m_env->environment(testKey()));
        const QStringList more{QStringLiteral("--report"), report, QStringLiteral("--har"), har};
        QCOMPARE(cli.run(m_env->sendArguments(file, more)), refused ? 2 : 0);
        CliProcess json(m_env->environment(testKey()));
        QCOMPARE(json.run(m_env->sendArguments(file, more + QStringList{QStringLiteral("--json")})), refused ? 2 : 0);

        const QByteArray key = testKey().toUtf8();
        QList<QPair<QString, QByteArray>> places{{QStringLiteral("stdout"), cli.outBytes() + json.outBytes()},
                                                 {QStringLiteral("stderr"), cli.errBytes() + json.errBytes()}};
        const QDir folder(m_env->dir.path());
        for (const QString &name : folder.entryList(QDir::Files)) {
            places.append({name, CliSandbox::readFile(folder.filePath(name))});
        }
        QVERIFY(places.size() >= 5); // report, HAR, journal and its write-ahead log
        for (const auto &[place, bytes] : std::as_const(places)) {
            QVERIFY2(!bytes.isEmpty() || place.startsWith(u"journal"), qPrintable(place));
            QVERIFY2(!bytes.contains(key), qPrintable(place));
            QVERIFY2(!bytes.contains("cli0secret0marker"), qPrintable(place));
        }
    }

    void journalDefaultsToTheUserDataFolder()
    {
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 2);
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run({QStringLiteral("send"), file, QStringLiteral("--org"), CliSandbox::org(),
                          QStringLiteral("--api-url"), m_env->apiUrl(), QStringLiteral("--json")}),
                 0);
        const QString expected = m_env->path(QStringLiteral("xdg-data/invitedesk-cli/journal.sqlite"));
        QVERIFY(QFile::exists(expected));
        QCOMPARE(QJsonDocument::fromJson(cli.outBytes()).object().value(u"journal").toString(),
                 QDir::toNativeSeparators(expected));
    }

    void journalThatCannotBeOpened_data()
    {
        QTest::addColumn<bool>("inUse"); // else in a folder that does not exist
        QTest::addColumn<QString>("expected");

        QTest::newRow("folder missing") << false << QStringLiteral("does not exist");
        QTest::newRow("in use by a run still going")
            << true << QStringLiteral("is in use by another Invitedesk process");
    }

    void journalThatCannotBeOpened()
    {
        QFETCH(bool, inUse);
        QFETCH(QString, expected);
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 15);
        const QString journal = inUse ? m_env->path(QStringLiteral("journal.sqlite"))
                                      : m_env->path(QStringLiteral("no/such/folder/journal.sqlite"));
        CliProcess running(m_env->environment(testKey()));
        if (inUse) {
            running.start(m_env->sendArguments(file, {QStringLiteral("--rate"), QStringLiteral("1/3600")}));
            QVERIFY2(running.waitForError(QStringLiteral("waiting ")), qPrintable(running.err()));
        }
        const int requestsBefore = m_env->requests;
        CliProcess cli(m_env->environment(testKey()));
        QCOMPARE(cli.run(m_env->sendArguments(file, {QStringLiteral("--journal"), journal, QStringLiteral("--json")})),
                 2);
        QVERIFY2(cli.err().contains(QStringLiteral("invitedesk-cli send: ")), qPrintable(cli.err()));
        QVERIFY2(cli.err().contains(expected) && cli.err().contains(QDir::toNativeSeparators(journal)),
                 qPrintable(cli.err()));
        QCOMPARE(QJsonDocument::fromJson(cli.outBytes()).object().value(u"exit_code").toInt(), 2);
        QCOMPARE(m_env->requests, requestsBefore); // nothing sent without a journal
        if (inUse) {
            running.sendSignal(SIGINT);
            QVERIFY(running.finish());
            QCOMPARE(running.exitCode(), 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSendFiles)
#include "tst_clisendfiles.moc"
