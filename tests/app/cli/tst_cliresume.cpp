#include "CliProcess.h"
#include "CliSandbox.h"

#include <QTest>

#include <csignal>

// `invitedesk-cli send` stopped mid-run (Ctrl+C, SIGTERM, SIGKILL at chosen instants) and run again with the same
// journal: it resumes, and in the end every address is invited exactly once and every row knows its invitation.
class TestCliResume : public QObject
{
    Q_OBJECT

private:
    static QString key() { return QStringLiteral("sk_test_cli0resume"); }

    std::unique_ptr<CliSandbox> m_env;

    // Every row of the report invited, with the id of the one invitation the sandbox holds for its address.
    void verifyInvitedOnce(const QString &report, int rows)
    {
        QHash<QString, QString> idOfEmail;
        QVERIFY(m_env->invitationIds(&idOfEmail));
        QCOMPARE(m_env->sandbox->createdCount(), rows);
        const QList<QStringList> records = CliSandbox::readReport(report);
        QCOMPARE(records.size(), rows + 1);
        const qsizetype status = records.at(0).indexOf(QStringLiteral("status"));
        const qsizetype id = records.at(0).indexOf(QStringLiteral("invitation_id"));
        for (int row = 0; row < rows; ++row) {
            const QStringList &record = records.at(row + 1);
            QCOMPARE(record.at(0), CliSandbox::email(row));
            QCOMPARE(record.at(status), QStringLiteral("invited"));
            QVERIFY2(!record.at(id).isEmpty(), qPrintable(record.at(0)));
            QCOMPARE(record.at(id), idOfEmail.value(CliSandbox::email(row)));
        }
    }

private slots:
    void init()
    {
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->init());
    }

    void cleanup() { m_env.reset(); }

    void interruptedDuringAPacedWait_data()
    {
        QTest::addColumn<int>("signalNumber");

        QTest::newRow("Ctrl+C (SIGINT)") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void interruptedDuringAPacedWait()
    {
        QFETCH(int, signalNumber);
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 15);
        const QString report = m_env->path(QStringLiteral("report.csv"));
        const QStringList outputs{QStringLiteral("--report"), report};

        // One call an hour: the first goes, the second waits.
        CliProcess first(m_env->environment(key()));
        first.start(
            m_env->sendArguments(file, outputs + QStringList{QStringLiteral("--rate"), QStringLiteral("1/3600")}));
        QVERIFY2(first.waitForError(QStringLiteral("waiting ")), qPrintable(first.err()));
        QVERIFY2(first.err().contains(QStringLiteral("rate limit: 1 call per hour used")), qPrintable(first.err()));
        first.sendSignal(signalNumber);
        QVERIFY(first.finish());
        QCOMPARE(first.exitCode(), 3);
        QVERIFY2(first.err().contains(QStringLiteral("Interrupted: re-run the same command to resume")),
                 qPrintable(first.err()));
        QCOMPARE(m_env->sandbox->createdCount(), 10);
        const QList<QStringList> partial = CliSandbox::readReport(report); // written on interruption too
        QCOMPARE(partial.size(), 16);
        QCOMPARE(partial.at(15).at(2), QStringLiteral("pending"));

        // The same command at a generous rate resumes the run instead of starting over.
        CliProcess second(m_env->environment(key()));
        QCOMPARE(second.run(m_env->sendArguments(
                     file, outputs + QStringList{QStringLiteral("--rate"), QStringLiteral("50/3600")})),
                 0);
        QVERIFY2(second.err().contains(QStringLiteral("Resuming run 1: 10 of 15 rows already done")),
                 qPrintable(second.err()));
        QCOMPARE(m_env->bulkStatuses, (QList<int>{200, 200}));
        verifyInvitedOnce(report, 15);
    }

    void secondInterruptStopsAtOnce()
    {
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), 15);
        m_env->sandbox->injectFault(SandboxFault::slowReply(120'000)); // the first call is answered very late
        CliProcess first(m_env->environment(key()));
        first.start(m_env->sendArguments(file));
        QTRY_COMPARE_WITH_TIMEOUT(m_env->bulkStatuses.size(), 1, 30'000);
        first.sendSignal(SIGINT);
        QVERIFY2(first.waitForError(QStringLiteral("Stopping after the call in flight")), qPrintable(first.err()));
        QVERIFY(first.isRunning());
        first.sendSignal(SIGINT);
        QVERIFY(first.finish(10'000));
        QCOMPARE(first.exitCode(), 3);
        QVERIFY2(first.err().contains(QStringLiteral("Interrupted again")), qPrintable(first.err()));

        const QString report = m_env->path(QStringLiteral("report.csv"));
        CliProcess second(m_env->environment(key()));
        QCOMPARE(second.run(m_env->sendArguments(file, {QStringLiteral("--report"), report})), 0);
        QVERIFY2(second.err().contains(QStringLiteral("Resuming run 1")), qPrintable(second.err()));
        verifyInvitedOnce(report, 15);
    }

    void killedAtAnyInstant_data()
    {
        QTest::addColumn<int>("killAtBulkCall"); // kill as the sandbox serves this bulk call; 0: see killWhenWaiting
        QTest::addColumn<bool>("neverAnswered"); // that call gets no answer and creates nothing
        QTest::addColumn<QString>("rate");
        QTest::addColumn<bool>("killWhenWaiting"); // kill once the CLI waits for the pacer (every reply received)

        const QString fast = QStringLiteral("50/3600");
        QTest::newRow("1st call created the invitations, its reply is lost") << 1 << false << fast << false;
        QTest::newRow("2nd call created the invitations, its reply is lost") << 2 << false << fast << false;
        QTest::newRow("3rd call created the invitations, its reply is lost") << 3 << false << fast << false;
        QTest::newRow("3rd call arrived but was never answered") << 3 << true << fast << false;
        QTest::newRow("after the 2nd reply, while waiting for the pacer")
            << 0 << false << QStringLiteral("2/3600") << true;
    }

    void killedAtAnyInstant()
    {
        QFETCH(int, killAtBulkCall);
        QFETCH(bool, neverAnswered);
        QFETCH(QString, rate);
        QFETCH(bool, killWhenWaiting);
        constexpr int Rows = 35; // calls of 10, 10, 10, 5
        const QString file = m_env->writePeople(QStringLiteral("people.csv"), Rows);
        const QString report = m_env->path(QStringLiteral("report.csv"));

        CliProcess first(m_env->environment(key()));
        m_env->onBulk = [&] {
            const qsizetype served = m_env->bulkStatuses.size();
            if (neverAnswered && served == killAtBulkCall - 1) {
                m_env->sandbox->injectFault(SandboxFault::of(SandboxFault::Kind::NoReply));
            }
            if (served == killAtBulkCall) {
                first.kill(); // SIGKILL before the sandbox writes its reply
            }
        };
        first.start(m_env->sendArguments(file, {QStringLiteral("--rate"), rate}));
        if (killWhenWaiting) {
            QVERIFY2(first.waitForError(QStringLiteral("waiting ")), qPrintable(first.err()));
            first.kill();
        }
        QVERIFY(first.finish());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        m_env->onBulk = {};
        const int createdBefore = m_env->sandbox->createdCount();
        QCOMPARE(createdBefore, killWhenWaiting ? 20 : (neverAnswered ? killAtBulkCall - 1 : killAtBulkCall) * 10);

        CliProcess second(m_env->environment(key()));
        QCOMPARE(second.run(m_env->sendArguments(
                     file, {QStringLiteral("--report"), report, QStringLiteral("--rate"), QStringLiteral("50/3600")})),
                 0);
        QVERIFY2(second.err().contains(QStringLiteral("Resuming run 1")), qPrintable(second.err()));
        QVERIFY2(!m_env->bulkStatuses.contains(400), "a resent row met duplicate_record");
        verifyInvitedOnce(report, Rows);
    }
};

QTEST_GUILESS_MAIN(TestCliResume)
#include "tst_cliresume.moc"
