#include "JournalScenario.h"
#include "delivery/ExchangeSanitizer.h"
#include "delivery/Journal.h"
#include "delivery/JournalSchema.h"
#include "support/FakeClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

// Runs sql on its own connection (the Journal must be closed) and returns the first column of the first row.
QVariant rawScalar(const QString &path, const QString &sql)
{
    QVariant result;
    const QString name = QStringLiteral("tst_journal_raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                result = query.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray readAll(const QString &path)
{
    if (path.isEmpty()) {
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Built at run time so no key-shaped literal sits in the sources.
QByteArray fakeSecretKey()
{
    return QByteArray("sk_live_") + QByteArray("9fQ2") + QByteArray::number(77112233) + "xYz";
}

QString letters(const QMap<int, RowOutcome> &outcomes)
{
    QString result;
    for (const RowOutcome &outcome : outcomes) {
        result += RowStatus::key(outcome.status).at(0);
    }
    return result;
}

} // namespace

// The journal file: creation, identity and version checks, clear errors, the exclusive lock, round-trips of runs,
// rows, calls and exchanges, the protocol's refusals, and the guarantee that no secret key is written.
class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_path = m_dir->filePath(QStringLiteral("invitedesk.journal"));
    }

    void createsAnInvitedeskJournal()
    {
        FakeClock clock;
        {
            Journal journal(clock);
            QVERIFY2(journal.open(m_path), qPrintable(journal.errorString()));
            QVERIFY(journal.isOpen());
            QCOMPARE(journal.listRuns()->size(), 0);
        }
        QCOMPARE(rawScalar(m_path, QStringLiteral("PRAGMA application_id")).toInt(), JournalSchema::ApplicationId);
        QCOMPARE(rawScalar(m_path, QStringLiteral("PRAGMA user_version")).toInt(), JournalSchema::Version);
        QCOMPARE(rawScalar(m_path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(rawScalar(m_path, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema"
                                                  " WHERE type = 'table' ORDER BY name)"))
                     .toString(),
                 QStringLiteral("call_rows,calls,exchanges,run_rows,runs"));
        Journal again(clock);
        QVERIFY2(again.open(m_path), qPrintable(again.errorString()));
    }

    void anEmptyFileBecomesAJournal()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        FakeClock clock;
        Journal journal(clock);
        QVERIFY2(journal.open(m_path), qPrintable(journal.errorString()));
    }

    void openErrors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("message"); // %1 is the path
        QTest::addColumn<bool>("fileUntouched");
        QTest::newRow("a text file") << QStringLiteral("text")
                                     << QStringLiteral("%1 is not an Invitedesk journal (it is not an SQLite database)")
                                     << true;
        QTest::newRow("an SQLite database of another application")
            << QStringLiteral("foreign")
            << QStringLiteral("%1 is not an Invitedesk journal (it is an SQLite database of another application)")
            << true;
        QTest::newRow("a journal of a newer Invitedesk")
            << QStringLiteral("newer")
            << QStringLiteral("journal %1 was written by a newer Invitedesk (journal version 2; this version reads up "
                              "to 1)")
            << true;
        QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("journal %1 is a folder, not a file")
                                  << false;
        QTest::newRow("a missing folder")
            << QStringLiteral("missing folder") << QStringLiteral("cannot create journal %1: folder %2 does not exist")
            << false;
        // Whether /proc looks writable before SQLite tries depends on the user: only the start is the same.
        QTest::newRow("a pseudo file system") << QStringLiteral("proc") << QStringLiteral("cannot %3") << false;
        QTest::newRow("a read-only file") << QStringLiteral("read-only file")
                                          << QStringLiteral("cannot write journal %1: the file is read-only") << true;
        QTest::newRow("a read-only folder")
            << QStringLiteral("read-only folder") << QStringLiteral("cannot write journal %1: folder %2 is read-only")
            << false;
        QTest::newRow("no path") << QStringLiteral("empty") << QStringLiteral("no journal file was given") << false;
    }

    void openErrors()
    {
        QFETCH(QString, setup);
        QFETCH(QString, message);
        QFETCH(bool, fileUntouched);
        FakeClock clock;
        QString path = m_path;
        if (setup == u"text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("email_address,role\nann@example.com,org:admin\n");
        } else if (setup == u"foreign") {
            rawScalar(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
        } else if (setup == u"newer") {
            {
                Journal journal(clock);
                QVERIFY(journal.open(path));
            }
            rawScalar(path, QStringLiteral("PRAGMA user_version = 2"));
        } else if (setup == u"folder") {
            path = m_dir->path();
        } else if (setup == u"missing folder") {
            path = m_dir->filePath(QStringLiteral("no/such/folder/run.journal"));
        } else if (setup == u"proc") {
            path = QStringLiteral("/proc/invitedesk-test.journal");
        } else if (setup == u"read-only file") {
            if (::geteuid() == 0) {
                QSKIP("root writes read-only files anyway");
            }
            {
                Journal journal(clock);
                QVERIFY(journal.open(path));
            }
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        } else if (setup == u"read-only folder") {
            if (::geteuid() == 0) {
                QSKIP("root writes into read-only folders anyway");
            }
            QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("locked")));
            QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("locked")),
                                          QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            path = m_dir->filePath(QStringLiteral("locked/run.journal"));
        } else if (setup == u"empty") {
            path.clear();
        }
        const QByteArray before = readAll(path);

        Journal journal(clock);
        QVERIFY(!journal.open(path));
        QVERIFY(!journal.isOpen());
        // "%3" at the end stands for SQLite's own explanation, which varies between systems.
        const bool open = message.endsWith(u"%3");
        const QString expected =
            (open ? message.chopped(2) : message)
                .replace(QStringLiteral("%1"), path)
                .replace(QStringLiteral("%2"), QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        if (open) {
            QVERIFY2(journal.errorString().startsWith(expected), qPrintable(journal.errorString()));
            QVERIFY(journal.errorString().size() > expected.size());
        } else {
            QCOMPARE(journal.errorString(), expected);
        }
        QVERIFY(!journal.errorString().contains(u'\n'));
        if (fileUntouched) {
            QCOMPARE(readAll(path), before);
            QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")), "the file was switched to WAL");
        }
    }

    void aSecondOpenerIsTurnedAway()
    {
        FakeClock clock;
        Journal first(clock);
        QVERIFY2(first.open(m_path), qPrintable(first.errorString()));
        Journal second(clock);
        second.setBusyTimeoutMs(50);
        QVERIFY(!second.open(m_path));
        QCOMPARE(second.errorString(),
                 QStringLiteral("journal %1 is in use by another Invitedesk process; wait for it to finish or choose "
                                "another journal")
                     .arg(m_path));
        first.close();
        QVERIFY2(second.open(m_path), qPrintable(second.errorString()));
    }

    void runRoundTrip()
    {
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        const std::optional<JournalRun> run =
            journal.findOrCreateRun(JournalScenario::wantedRun(), JournalScenario::rows());
        QVERIFY2(run, qPrintable(journal.errorString()));
        QVERIFY(!run->resumed);
        QCOMPARE(run->orgId, JournalScenario::wantedRun().orgId);
        QCOMPARE(run->apiBaseUrl, JournalScenario::wantedRun().apiBaseUrl);
        QCOMPARE(run->defaultRole, QStringLiteral("org:member"));
        QCOMPARE(run->inputFingerprint, Journal::fingerprint(run->orgId, JournalScenario::rows()));
        QCOMPARE(run->createdAt, clock.now());
        QVERIFY(!run->isFinished());
        QCOMPARE(run->rowCount, 12);
        QCOMPARE(run->count(RowStatus::Pending), 10);
        QCOMPARE(run->count(RowStatus::Invalid), 1);
        QCOMPARE(run->count(RowStatus::Duplicate), 1);

        QCOMPARE(*journal.rows(run->id), JournalScenario::rows());
        QCOMPARE(letters(*journal.rowOutcomes(run->id)), QStringLiteral("ppppppppppid"));
        QCOMPARE(*journal.pendingRows(run->id), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QVERIFY(journal.unresolvedCalls(run->id)->isEmpty());
    }

    void fullScenarioRoundTrip()
    {
        FakeClock clock(JournalScenario::StartMs);
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        QString error;
        const auto tick = [&clock](int step) { clock.advanceTo(JournalScenario::clockAt(step)); };
        QVERIFY2(JournalScenario::run(journal, JournalScenario::StepCount, tick, &error), qPrintable(error));
        const JournalRun run = journal.listRuns()->constFirst();
        QVERIFY(run.isFinished());
        QCOMPARE(run.finishedAt, QDateTime::fromMSecsSinceEpoch(JournalScenario::clockAt(16), Qt::UTC));
        QCOMPARE(run.count(RowStatus::Invited), 9);
        QCOMPARE(run.count(RowStatus::AlreadyInvited), 1);
        const QMap<int, RowOutcome> outcomes = *journal.rowOutcomes(run.id);
        QCOMPARE(outcomes.value(4).invitationId, QStringLiteral("orginv_4"));
        QCOMPARE(outcomes.value(8).errorCode, QStringLiteral("duplicate_record"));
        QCOMPARE(outcomes.value(8).httpStatus, 400);
        QCOMPARE(outcomes.value(10).errorMessage, QStringLiteral("row 12, column email_address: not an email address"));
        const QList<ApiExchange> exchanges = *journal.exchanges(run.id);
        QCOMPARE(exchanges.size(), 5);
        QCOMPARE(exchanges.at(1).status, 503);
        QCOMPARE(exchanges.at(0), JournalScenario::exchange(200, R"([{"id":"orginv_0"}])"));
    }

    void fingerprint_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("same");
        QTest::newRow("the same input") << QStringLiteral("none") << true;
        QTest::newRow("rows moved in the file (source rows only)") << QStringLiteral("source rows") << true;
        QTest::newRow("another organization") << QStringLiteral("org") << false;
        QTest::newRow("another email") << QStringLiteral("email") << false;
        QTest::newRow("another payload (role)") << QStringLiteral("payload") << false;
        QTest::newRow("another initial status") << QStringLiteral("status") << false;
        QTest::newRow("other row indices") << QStringLiteral("indices") << false;
        QTest::newRow("one row fewer") << QStringLiteral("fewer") << false;
    }

    void fingerprint()
    {
        QFETCH(QString, change);
        QFETCH(bool, same);
        QList<JournalRow> rows = JournalScenario::rows();
        QString org = QStringLiteral("org_2abc");
        if (change == u"source rows") {
            for (JournalRow &row : rows) {
                row.sourceRow += 3;
            }
        } else if (change == u"org") {
            org = QStringLiteral("org_2abd");
        } else if (change == u"email") {
            rows[2].email = QStringLiteral("other@example.com");
        } else if (change == u"payload") {
            rows[2].payloadJson.replace("org:member", "org:admin");
        } else if (change == u"status") {
            rows[2].outcome.status = RowStatus::Invalid;
        } else if (change == u"indices") {
            for (JournalRow &row : rows) {
                row.rowIndex += 1;
            }
        } else if (change == u"fewer") {
            rows.removeLast();
        }
        const QString original = Journal::fingerprint(QStringLiteral("org_2abc"), JournalScenario::rows());
        QCOMPARE(original.size(), 64);
        QCOMPARE(Journal::fingerprint(org, rows) == original, same);
    }

    void resumeOnlyTheMatchingUnfinishedRun_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("resumed");
        QTest::newRow("same organization, input and API") << QStringLiteral("none") << true;
        QTest::newRow("another organization") << QStringLiteral("org") << false;
        QTest::newRow("another API URL (sandbox vs live)") << QStringLiteral("api") << false;
        QTest::newRow("another input") << QStringLiteral("input") << false;
        QTest::newRow("the earlier run has finished") << QStringLiteral("finished") << false;
    }

    void resumeOnlyTheMatchingUnfinishedRun()
    {
        QFETCH(QString, change);
        QFETCH(bool, resumed);
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        QString error;
        const int steps = change == u"finished" ? JournalScenario::StepCount : 4;
        QVERIFY2(JournalScenario::run(journal, steps, {}, &error), qPrintable(error));
        const qint64 firstId = journal.listRuns()->constFirst().id;

        JournalRun wanted = JournalScenario::wantedRun();
        QList<JournalRow> rows = JournalScenario::rows();
        if (change == u"org") {
            wanted.orgId = QStringLiteral("org_other");
        } else if (change == u"api") {
            wanted.apiBaseUrl = QStringLiteral("https://api.clerk.com/v1");
        } else if (change == u"input") {
            rows[0].email = QStringLiteral("someone.else@example.com");
        }
        clock.advance(1000);
        const std::optional<JournalRun> again = journal.findOrCreateRun(wanted, rows);
        QVERIFY2(again, qPrintable(journal.errorString()));
        QCOMPARE(again->resumed, resumed);
        QCOMPARE(again->id == firstId, resumed);
        QCOMPARE(journal.listRuns()->size(), resumed ? 1 : 2);
        if (!resumed) {
            QCOMPARE(*journal.pendingRows(again->id), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        }
    }

    void resumeRefusesAnInputOfAnotherSize()
    {
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        JournalRun wanted = JournalScenario::wantedRun();
        wanted.inputFingerprint = QStringLiteral("fixed");
        QVERIFY(journal.findOrCreateRun(wanted, JournalScenario::rows()));
        QVERIFY(!journal.findOrCreateRun(wanted, JournalScenario::rows().mid(1)));
        QCOMPARE(journal.errorString(),
                 QStringLiteral("journal %1: unfinished run 1 has 12 rows but the input has 11; choose another journal")
                     .arg(m_path));
    }

    void planCallRefusals_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<qint64>("runId");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QString>("message"); // after "journal <path>"
        QTest::newRow("an empty call") << 1 << qint64(1) << QList<int>{}
                                       << QStringLiteral(": a call needs at least one row");
        QTest::newRow("a row not in the run")
            << 1 << qint64(1) << QList<int>{0, 99} << QStringLiteral(": row 100 is not in run 1 or is given twice");
        QTest::newRow("a row given twice")
            << 1 << qint64(1) << QList<int>{0, 1, 0} << QStringLiteral(": row 1 is not in run 1 or is given twice");
        QTest::newRow("an invalid row") << 1 << qint64(1) << QList<int>{9, 10}
                                        << QStringLiteral(": row 11 already ended as invalid and is not sent again");
        QTest::newRow("a row already invited")
            << 4 << qint64(1) << QList<int>{4, 3}
            << QStringLiteral(": row 4 already ended as invited and is not sent again");
        QTest::newRow("a row of a planned call")
            << 2 << qint64(1) << QList<int>{4, 3}
            << QStringLiteral(": row 4 is in call 1 whose outcome is not known yet");
        QTest::newRow("a row of an unanswered call")
            << 7 << qint64(1) << QList<int>{7} << QStringLiteral(": row 8 is in call 2 whose outcome is not known yet");
        QTest::newRow("an unknown run") << 1 << qint64(7) << QList<int>{0} << QStringLiteral(" has no run 7");
        QTest::newRow("a finished run") << 16 << qint64(1) << QList<int>{0}
                                        << QStringLiteral(": run 1 is already finished");
    }

    void planCallRefusals()
    {
        QFETCH(int, steps);
        QFETCH(qint64, runId);
        QFETCH(QList<int>, rows);
        QFETCH(QString, message);
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        QString error;
        QVERIFY2(JournalScenario::run(journal, steps, {}, &error), qPrintable(error));
        const auto openBefore = journal.unresolvedCalls(1);
        const auto pendingBefore = journal.pendingRows(1);

        QVERIFY(!journal.planCall(runId, rows));
        QCOMPARE(journal.errorString(), QStringLiteral("journal ") + m_path + message);
        QCOMPARE(journal.unresolvedCalls(1), openBefore);
        QCOMPARE(journal.pendingRows(1), pendingBefore);
    }

    void callRefusals_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("message"); // after "journal <path>"
        QTest::newRow("an outcome for an unknown call")
            << 3 << QStringLiteral("outcome 9: 0") << QStringLiteral(" has no call 9");
        QTest::newRow("an outcome for a closed call")
            << 4 << QStringLiteral("outcome 1: 0") << QStringLiteral(": call 1 is already closed");
        QTest::newRow("an outcome for a row outside the call")
            << 3 << QStringLiteral("outcome 1: 0 5") << QStringLiteral(": row 6 is not a pending row of call 1");
        QTest::newRow("a pending outcome") << 3 << QStringLiteral("outcome 1: pending 2")
                                           << QStringLiteral(": the outcome given for row 3 is still pending; leave "
                                                             "the row out instead");
        QTest::newRow("resolving a closed call")
            << 4 << QStringLiteral("resolve 1: 0") << QStringLiteral(": call 1 is already closed");
        QTest::newRow("an unanswered exchange for a closed call")
            << 4 << QStringLiteral("unresolved 1") << QStringLiteral(": call 1 is already closed");
        QTest::newRow("sending a call twice")
            << 3 << QStringLiteral("sent 1")
            << QStringLiteral(": call 1 was already sent; plan a new call to send its "
                              "rows again");
        QTest::newRow("an exchange for an unknown run")
            << 3 << QStringLiteral("exchange 5") << QStringLiteral(" has no run 5");
        QTest::newRow("finishing with rows pending and a call open")
            << 6 << QStringLiteral("finish 1")
            << QStringLiteral(": run 1 cannot finish while 6 rows are pending and 1 calls are unresolved");
    }

    void callRefusals()
    {
        QFETCH(int, steps);
        QFETCH(QString, action);
        QFETCH(QString, message);
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        QString error;
        QVERIFY2(JournalScenario::run(journal, steps, {}, &error), qPrintable(error));
        const auto outcomesBefore = journal.rowOutcomes(1);
        const auto openBefore = journal.unresolvedCalls(1);
        const auto exchangesBefore = journal.exchanges(1);

        // "verb id: rows", a row prefixed by "pending" gets a pending outcome.
        const QStringList words = action.split(u' ', Qt::SkipEmptyParts);
        const qint64 id = words.at(1).chopped(words.at(1).endsWith(u':') ? 1 : 0).toLongLong();
        QHash<int, RowOutcome> outcomes;
        for (qsizetype i = 2; i < words.size(); ++i) {
            const bool pending = words.at(i) == u"pending";
            const int row = words.at(pending ? ++i : i).toInt();
            outcomes.insert(row, RowOutcome{pending ? RowStatus::Pending : RowStatus::Invited, {}, 200, {}, {}, {}});
        }
        const ApiExchange exchange = JournalScenario::exchange(200, "[]");
        bool ok = true;
        if (words.at(0) == u"outcome") {
            ok = journal.recordOutcome(id, exchange, outcomes);
        } else if (words.at(0) == u"resolve") {
            ok = journal.resolveCall(id, outcomes);
        } else if (words.at(0) == u"unresolved") {
            ok = journal.recordUnresolved(id, exchange);
        } else if (words.at(0) == u"sent") {
            ok = journal.markCallSent(id);
        } else if (words.at(0) == u"exchange") {
            ok = journal.recordExchange(id, exchange);
        } else if (words.at(0) == u"finish") {
            ok = journal.finishRun(id);
        }
        QVERIFY(!ok);
        QCOMPARE(journal.errorString(), QStringLiteral("journal ") + m_path + message);
        // A refused step changes nothing (its transaction is rolled back as a whole).
        QCOMPARE(journal.rowOutcomes(1), outcomesBefore);
        QCOMPARE(journal.unresolvedCalls(1), openBefore);
        QCOMPARE(journal.exchanges(1), exchangesBefore);
    }

    void interruptedFlagIsClearedOnResume()
    {
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        QString error;
        QVERIFY2(JournalScenario::run(journal, 4, {}, &error), qPrintable(error));
        QVERIFY(journal.markInterrupted(1));
        QVERIFY(journal.run(1)->interrupted);
        const std::optional<JournalRun> resumed =
            journal.findOrCreateRun(JournalScenario::wantedRun(), JournalScenario::rows());
        QVERIFY(resumed && resumed->resumed);
        QVERIFY(!resumed->interrupted);
    }

    void exchangeRoundTrip_data()
    {
        QTest::addColumn<ApiExchange>("exchange");
        ApiExchange answered = JournalScenario::exchange(200, R"([{"id":"orginv_1","email_address":"a@b.c"}])");
        QTest::newRow("a bulk call answered") << answered;
        ApiExchange binary = answered;
        binary.requestBody = QByteArray("\x00\x01\xfe\xff", 4);
        binary.responseBody = QByteArray("\xef\xbb\xbf{}\x00", 6);
        QTest::newRow("binary bodies") << binary;
        ApiExchange latin1 = answered;
        latin1.responseHeaders.append(qMakePair(QByteArray("X-Odd"), QByteArray("caf\xe9 \x01")));
        QTest::newRow("header bytes outside ASCII") << latin1;
        ApiExchange reset;
        reset.method = "GET";
        reset.url = QUrl(QStringLiteral("http://127.0.0.1:9/v1/organizations/org_2abc/invitations?"
                                        "email_address=a%2Bb%40example.com&status=pending"));
        reset.networkError = QStringLiteral("Connection reset by peer");
        reset.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        reset.totalMs = 30'000;
        QTest::newRow("no response (reset)") << reset;
        QTest::newRow("nothing set at all") << ApiExchange();
    }

    void exchangeRoundTrip()
    {
        QFETCH(ApiExchange, exchange);
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        QString error;
        QVERIFY2(JournalScenario::run(journal, 1, {}, &error), qPrintable(error));
        QVERIFY2(journal.recordExchange(1, exchange), qPrintable(journal.errorString()));
        journal.close();
        QVERIFY(journal.open(m_path));
        QCOMPARE(*journal.exchanges(1), QList<ApiExchange>{exchange});
    }

    void noSecretKeyIsWritten_data()
    {
        QTest::addColumn<QByteArray>("where");
        QTest::newRow("raw key as the Authorization value") << QByteArray("authorization");
        QTest::newRow("lower-case authorization header") << QByteArray("lower-case header");
        QTest::newRow("key in the URL") << QByteArray("url");
        QTest::newRow("key in the request body") << QByteArray("request body");
        QTest::newRow("key echoed in the response") << QByteArray("response body");
        QTest::newRow("key in the network error") << QByteArray("network error");
    }

    void noSecretKeyIsWritten()
    {
        QFETCH(QByteArray, where);
        const QByteArray key = fakeSecretKey();
        ApiExchange exchange = JournalScenario::exchange(200, "[]");
        if (where == "authorization") {
            exchange.requestHeaders[0].second = "Bearer " + key;
        } else if (where == "lower-case header") {
            exchange.requestHeaders.append(qMakePair(QByteArray("authorization"), QByteArray("Bearer ") + key));
        } else if (where == "url") {
            exchange.url.setQuery(QStringLiteral("debug_key=%1").arg(QString::fromLatin1(key)));
        } else if (where == "request body") {
            exchange.requestBody += key;
        } else if (where == "response body") {
            exchange.responseBody = QByteArray("{\"echo\":\"") + key + "\"}";
        } else if (where == "network error") {
            exchange.networkError = QStringLiteral("proxy refused %1").arg(QString::fromLatin1(key));
        }

        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        QString error;
        QVERIFY2(JournalScenario::run(journal, 3, {}, &error), qPrintable(error));
        QVERIFY(journal.recordExchange(1, exchange));
        QVERIFY(journal.recordOutcome(1, exchange, {}));
        QVERIFY(journal.recordUnresolved(*journal.planCall(1, {0}), exchange));

        // Neither the database, its write-ahead log, nor what the journal hands back holds the key.
        const QByteArray onDisk = readAll(m_path) + readAll(m_path + QStringLiteral("-wal"));
        QVERIFY(onDisk.contains("[REDACTED]"));
        QVERIFY2(!onDisk.contains(key), "the secret key reached the journal file");
        const std::optional<QList<ApiExchange>> stored = journal.exchanges(1);
        QVERIFY(stored);
        for (const ApiExchange &exchangeRead : *stored) {
            QVERIFY(ExchangeSanitizer::isClean(exchangeRead));
            for (const auto &[name, value] : exchangeRead.requestHeaders) {
                if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
                    QCOMPARE(value, ExchangeSanitizer::redactedAuthorization());
                }
            }
        }
        journal.close();
        QVERIFY(!readAll(m_path).contains(key));
    }

    void callTimestampsAcrossRuns()
    {
        FakeClock clock(1'000'000);
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        JournalRun first = JournalScenario::wantedRun();
        JournalRun other = first;
        other.orgId = QStringLiteral("org_other");
        JournalRun live = first;
        live.apiBaseUrl = QStringLiteral("https://api.clerk.com/v1");
        QList<qint64> runIds;
        for (const JournalRun &wanted : {first, other, live}) {
            const auto run = journal.findOrCreateRun(wanted, JournalScenario::rows());
            QVERIFY(run);
            runIds.append(run->id);
        }
        const auto send = [&](qint64 runId, int row) {
            const std::optional<qint64> call = journal.planCall(runId, {row});
            return call && journal.markCallSent(*call);
        };
        QVERIFY(send(runIds[0], 0));
        clock.advance(10'000);
        QVERIFY(send(runIds[1], 0));
        QVERIFY(send(runIds[2], 0));
        clock.advance(10'000);
        QVERIFY(send(runIds[0], 1));
        QVERIFY(journal.planCall(runIds[0], {2})); // planned, never sent: not part of the window

        QCOMPARE(*journal.callTimestamps(runIds[0]), (QList<qint64>{1'000'000, 1'020'000}));
        QCOMPARE(*journal.callTimestampsSince(first.apiBaseUrl, 0), (QList<qint64>{1'000'000, 1'010'000, 1'020'000}));
        QCOMPARE(*journal.callTimestampsSince(first.apiBaseUrl, 1'010'000), (QList<qint64>{1'010'000, 1'020'000}));
        QCOMPARE(*journal.callTimestampsSince(live.apiBaseUrl, 0), (QList<qint64>{1'010'000}));
    }

    void listRunsNewestFirst()
    {
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_path));
        QString error;
        QVERIFY2(JournalScenario::run(journal, JournalScenario::StepCount, {}, &error), qPrintable(error));
        clock.advance(60'000);
        QVERIFY(journal.findOrCreateRun(JournalScenario::wantedRun(), JournalScenario::rows()));
        const QList<JournalRun> runs = *journal.listRuns();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).id, qint64(2));
        QVERIFY(!runs.at(0).isFinished());
        QCOMPARE(runs.at(0).count(RowStatus::Pending), 10);
        QVERIFY(runs.at(1).isFinished());
        QCOMPARE(runs.at(1).count(RowStatus::Invited), 9);
        QCOMPARE(runs.at(1).count(RowStatus::Pending), 0);
    }

    void closedJournalSaysSo()
    {
        FakeClock clock;
        Journal journal(clock);
        QVERIFY(!journal.pendingRows(1));
        QCOMPARE(journal.errorString(), QStringLiteral("the journal is not open"));
        QVERIFY(!journal.markCallSent(1));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
