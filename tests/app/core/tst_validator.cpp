#include "core/DuplicateEmails.h"
#include "core/Validator.h"

#include <QElapsedTimer>
#include <QTest>

// The Validator's rules and messages: each cell rule on its own, duplicates, ordering, and the default role.
class TestValidator : public QObject
{
    Q_OBJECT

    static Invitee invitee(const QString &email, int sourceRow = 0)
    {
        Invitee result;
        result.setValue(Invitee::Email, email);
        result.setSourceRow(sourceRow);
        return result;
    }

    static QList<Invitee> invitees(const QStringList &emails)
    {
        QList<Invitee> result;
        for (const QString &email : emails) {
            result.append(invitee(email));
        }
        return result;
    }

    // 100,000 rows as an import usually looks: every email distinct, some roles, expiries and notify flags given.
    static QList<Invitee> typicalRows(int count, int metadataEvery)
    {
        QList<Invitee> rows;
        rows.reserve(count);
        for (int i = 0; i < count; ++i) {
            Invitee row;
            row.setValue(Invitee::Email, QStringLiteral("Person.%1@Company%2.example.com").arg(i).arg(i % 97));
            row.setValue(Invitee::Role, i % 2 ? QStringLiteral("org:member") : QString());
            row.setValue(Invitee::ExpiresInDays, i % 3 ? QString() : QStringLiteral("30"));
            row.setValue(Invitee::Notify, i % 4 ? QString() : QStringLiteral("yes"));
            if (metadataEvery > 0 && i % metadataEvery == 0) {
                row.setValue(Invitee::PublicMetadata, QStringLiteral("{\"team\": \"sales\", \"seat\": %1}").arg(i));
            }
            row.setSourceRow(i + 2);
            rows.append(row);
        }
        return rows;
    }

private slots:
    void rule_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message"); // empty: the cell is fine

        const auto row = [](const char *name, Invitee::Field field, const QString &text, const QString &message) {
            QTest::newRow(name) << int(field) << text << message;
        };
        const QString fine;
        const QString notRole = QStringLiteral("'%1' is not a role key; role keys look like org:admin");

        row("email missing", Invitee::Email, QString(), QStringLiteral("missing email address"));
        row("email blank", Invitee::Email, QStringLiteral("  "), QStringLiteral("missing email address"));
        row("email invalid", Invitee::Email, QStringLiteral("x@y"),
            QStringLiteral("'x@y' is not a valid email address"));
        row("email invalid quoted trimmed", Invitee::Email, QStringLiteral("  x@y\t"),
            QStringLiteral("'x@y' is not a valid email address"));
        row("email padded but valid", Invitee::Email, QStringLiteral(" ada@example.com "), fine);
        row("email long value elided", Invitee::Email, QString(70, u'x'),
            QStringLiteral("'%1…' is not a valid email address").arg(QString(59, u'x')));
        row("email line break shown as space", Invitee::Email, QStringLiteral("ada\n@example.com"),
            QStringLiteral("'ada @example.com' is not a valid email address"));

        row("role empty takes the default", Invitee::Role, QString(), fine);
        row("role key", Invitee::Role, QStringLiteral("org:admin"), fine);
        row("role name instead of key", Invitee::Role, QStringLiteral("Admin"), notRole.arg(u"Admin"));
        row("role without prefix", Invitee::Role, QStringLiteral("admin"), notRole.arg(u"admin"));

        row("redirect empty", Invitee::RedirectUrl, QString(), fine);
        row("redirect https", Invitee::RedirectUrl, QStringLiteral("https://example.com/welcome"), fine);
        row("redirect javascript", Invitee::RedirectUrl, QStringLiteral("javascript:alert(1)"),
            QStringLiteral("'javascript:alert(1)' is not an http or https URL"));
        row("redirect ftp", Invitee::RedirectUrl, QStringLiteral("ftp://example.com"),
            QStringLiteral("'ftp://example.com' is not an http or https URL"));
        row("redirect relative", Invitee::RedirectUrl, QStringLiteral("/welcome"),
            QStringLiteral("'/welcome' is not an absolute URL; write it in full, like https://example.com/welcome"));
        row("redirect without host", Invitee::RedirectUrl, QStringLiteral("https:///welcome"),
            QStringLiteral("'https:///welcome' has no host name; write it like https://example.com/welcome"));
        row("redirect malformed", Invitee::RedirectUrl, QStringLiteral("https://exa mple.com"),
            QStringLiteral("'https://exa mple.com' is not a valid URL"));

        row("inviter empty", Invitee::InviterUserId, QString(), fine);
        row("inviter user id", Invitee::InviterUserId, QStringLiteral("user_2NNEqL2nrIRdJ194ndJqAHwEfxC"), fine);
        row("inviter email", Invitee::InviterUserId, QStringLiteral("boss@example.com"),
            QStringLiteral(
                "'boss@example.com' is not a Clerk user id; user ids look like user_2NNEqL2nrIRdJ194ndJqAHwEfxC"));

        const QString outOfRange = QStringLiteral("'%1' is out of range; invitations expire in 1 to 365 days");
        row("expires empty", Invitee::ExpiresInDays, QString(), fine);
        row("expires 0", Invitee::ExpiresInDays, QStringLiteral("0"), outOfRange.arg(u"0"));
        row("expires 1", Invitee::ExpiresInDays, QStringLiteral("1"), fine);
        row("expires 365", Invitee::ExpiresInDays, QStringLiteral("365"), fine);
        row("expires 366", Invitee::ExpiresInDays, QStringLiteral("366"), outOfRange.arg(u"366"));
        row("expires 30.0", Invitee::ExpiresInDays, QStringLiteral("30.0"), fine);
        row("expires negative", Invitee::ExpiresInDays, QStringLiteral("-3"), outOfRange.arg(u"-3"));
        row("expires abc", Invitee::ExpiresInDays, QStringLiteral("abc"),
            QStringLiteral("'abc' is not a whole number of days"));
        row("expires fraction", Invitee::ExpiresInDays, QStringLiteral("7.5"),
            QStringLiteral("'7.5' is not a whole number of days"));

        row("notify empty", Invitee::Notify, QString(), fine);
        row("notify yes", Invitee::Notify, QStringLiteral("yes"), fine);
        row("notify FALSE", Invitee::Notify, QStringLiteral("FALSE"), fine);
        row("notify maybe", Invitee::Notify, QStringLiteral("maybe"),
            QStringLiteral("'maybe' is not a yes or no; write true or false, yes or no, 1 or 0"));

        row("public metadata empty", Invitee::PublicMetadata, QString(), fine);
        row("public metadata object", Invitee::PublicMetadata, QStringLiteral("{\"plan\": \"pro\"}"), fine);
        row("public metadata array", Invitee::PublicMetadata, QStringLiteral("[1, 2]"),
            QStringLiteral("must be a JSON object, not an array"));
        row("public metadata string", Invitee::PublicMetadata, QStringLiteral("\"pro\""),
            QStringLiteral("must be a JSON object, not a string"));
        row("private metadata number", Invitee::PrivateMetadata, QStringLiteral("42"),
            QStringLiteral("must be a JSON object, not a number"));
        row("private metadata boolean", Invitee::PrivateMetadata, QStringLiteral("true"),
            QStringLiteral("must be a JSON object, not true or false"));
        row("private metadata null", Invitee::PrivateMetadata, QStringLiteral("null"),
            QStringLiteral("must be a JSON object, not null"));
        row("private metadata missing colon", Invitee::PrivateMetadata, QStringLiteral("{\"plan\" \"pro\"}"),
            QStringLiteral("not valid JSON: missing name separator at offset 9"));
        row("private metadata trailing comma", Invitee::PrivateMetadata, QStringLiteral("{\"plan\": \"pro\",}"),
            QStringLiteral("not valid JSON: object is missing after a comma at offset 16"));
        row("private metadata garbage after object", Invitee::PrivateMetadata, QStringLiteral("{\"a\": 1} x"),
            QStringLiteral("not valid JSON: garbage at the end of the document at offset 9"));
    }

    void rule()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(QString, message);

        Invitee row = invitee(QStringLiteral("ada@example.com"));
        row.setValue(static_cast<Invitee::Field>(field), text);
        const Validator validator;
        const QList<CellProblem> problems = validator.validate({row});
        QCOMPARE(validator.validateRow(row, 0), problems);
        if (message.isEmpty()) {
            QCOMPARE(problems, QList<CellProblem>());
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().row, 0);
        QCOMPARE(int(problems.first().field), field);
        QCOMPARE(problems.first().kind, CellProblem::Invalid);
        QCOMPARE(problems.first().message, message);
    }

    void duplicates_data()
    {
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QList<int>>("sourceRows"); // empty: rows typed in the editor
        QTest::addColumn<QList<int>>("duplicateRows");
        QTest::addColumn<QStringList>("messages");

        QTest::newRow("no duplicates") << QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}
                                       << QList<int>() << QList<int>() << QStringList();
        QTest::newRow("exact repeat names the earlier position")
            << QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                           QStringLiteral("a@example.com")}
            << QList<int>() << QList<int>{2} << QStringList{QStringLiteral("same email as row 1")};
        QTest::newRow("padded and case-varied repeat")
            << QStringList{QStringLiteral("b@example.com"), QStringLiteral("Ada@Example.com"),
                           QStringLiteral("  ada@EXAMPLE.COM\t")}
            << QList<int>() << QList<int>{2} << QStringList{QStringLiteral("same email as row 2")};
        QTest::newRow("names the earlier spreadsheet row")
            << QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                           QStringLiteral("A@example.com")}
            << QList<int>{2, 3, 7} << QList<int>{2} << QStringList{QStringLiteral("same email as row 2")};
        QTest::newRow("every repeat names the first")
            << QStringList{QStringLiteral("x@example.com"), QStringLiteral("a@example.com"),
                           QStringLiteral("a@example.com"), QStringLiteral("a@example.com")}
            << QList<int>() << QList<int>{2, 3}
            << QStringList{QStringLiteral("same email as row 2"), QStringLiteral("same email as row 2")};
        QTest::newRow("non-ascii case folding")
            << QStringList{QStringLiteral("ÉLODIE@exemple.fr"), QStringLiteral("élodie@exemple.fr")} << QList<int>()
            << QList<int>{1} << QStringList{QStringLiteral("same email as row 1")};
        QTest::newRow("invalid emails are not compared") << QStringList{QStringLiteral("x@y"), QStringLiteral("x@y")}
                                                         << QList<int>() << QList<int>() << QStringList();
        QTest::newRow("empty emails are not compared")
            << QStringList{QString(), QString()} << QList<int>() << QList<int>() << QStringList();
    }

    void duplicates()
    {
        QFETCH(QStringList, emails);
        QFETCH(QList<int>, sourceRows);
        QFETCH(QList<int>, duplicateRows);
        QFETCH(QStringList, messages);

        QList<Invitee> rows = invitees(emails);
        for (qsizetype i = 0; i < sourceRows.size(); ++i) {
            rows[i].setSourceRow(sourceRows.at(i));
        }
        const Validator validator;
        QList<int> foundRows;
        QStringList foundMessages;
        for (const CellProblem &problem : validator.validate(rows)) {
            if (problem.kind == CellProblem::Duplicate) {
                QCOMPARE(problem.field, Invitee::Email);
                foundRows.append(problem.row);
                foundMessages.append(problem.message);
            }
        }
        QCOMPARE(foundRows, duplicateRows);
        QCOMPARE(foundMessages, messages);
        // validateRow() applies the per-row rules only.
        for (int row = 0; row < rows.size(); ++row) {
            for (const CellProblem &problem : validator.validateRow(rows.at(row), row)) {
                QCOMPARE(problem.kind, CellProblem::Invalid);
            }
        }
    }

    void orderedByRowThenField()
    {
        QList<Invitee> rows = invitees({QStringLiteral("a@example.com"), QStringLiteral("a@example.com"), QString()});
        rows[0].setValue(Invitee::Notify, QStringLiteral("perhaps"));
        rows[0].setValue(Invitee::Role, QStringLiteral("Admin"));
        rows[1].setValue(Invitee::PrivateMetadata, QStringLiteral("[]"));
        rows[1].setValue(Invitee::ExpiresInDays, QStringLiteral("0"));
        rows[2].setValue(Invitee::RedirectUrl, QStringLiteral("ftp://x.example"));

        QList<std::pair<int, Invitee::Field>> found;
        for (const CellProblem &problem : Validator().validate(rows)) {
            found.append({problem.row, problem.field});
        }
        const QList<std::pair<int, Invitee::Field>> expected{
            {0, Invitee::Role},          {0, Invitee::Notify},          {1, Invitee::Email},
            {1, Invitee::ExpiresInDays}, {1, Invitee::PrivateMetadata}, {2, Invitee::Email},
            {2, Invitee::RedirectUrl},
        };
        QCOMPARE(found, expected);
    }

    // validateRows() of parts joined in order, then withDuplicates(), gives what validate() gives: how InputCheck
    // checks a large file on two threads.
    void validatedInParts_data()
    {
        QTest::addColumn<int>("split");
        for (const int split : {0, 1, 2, 3, 4, 5, 6}) {
            QTest::addRow("split before row %d", split) << split;
        }
    }

    void validatedInParts()
    {
        QFETCH(int, split);
        QList<Invitee> rows =
            invitees({QStringLiteral("a@example.com"), QStringLiteral("A@example.com"), QString(),
                      QStringLiteral("x@y"), QStringLiteral("b@example.com"), QStringLiteral("a@example.com")});
        rows[1].setValue(Invitee::Role, QStringLiteral("Admin"));
        rows[2].setValue(Invitee::Notify, QStringLiteral("perhaps"));
        rows[3].setValue(Invitee::PublicMetadata, QStringLiteral("[]"));
        rows[5].setValue(Invitee::RedirectUrl, QStringLiteral("/welcome"));
        const Validator validator;
        const QList<CellProblem> whole = validator.validate(rows);
        QCOMPARE(whole.size(), 8);
        const QList<CellProblem> parts =
            validator.validateRows(rows, 0, split) + validator.validateRows(rows, split, rows.size());
        QCOMPARE(validator.withDuplicates(rows, parts), whole);

        // DuplicateEmails taking the rows as a file is read: first the rows before the split, then all of them.
        DuplicateEmails emails;
        const QList<Invitee> firstRows = rows.first(split);
        QList<CellProblem> taken = emails.take(firstRows, validator.validateRows(firstRows, 0, split));
        QCOMPARE(emails.rowsTaken(), split);
        taken += emails.take(rows, validator.validateRows(rows, split, rows.size()));
        QCOMPARE(taken, whole);
    }

    void defaultRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("problem"); // defaultRoleProblem(); empty when the role can be the default
        QTest::newRow("member") << QStringLiteral("org:member") << QString();
        QTest::newRow("custom key") << QStringLiteral("org:billing_manager") << QString();
        QTest::newRow("padded key") << QStringLiteral(" org:admin ") << QString();
        QTest::newRow("empty") << QString()
                               << QStringLiteral("the default role is empty; role keys look like org:member");
        QTest::newRow("role name") << QStringLiteral("Admin")
                                   << QStringLiteral("'Admin' is not a role key; role keys look like org:admin");
    }

    void defaultRole()
    {
        QFETCH(QString, role);
        QFETCH(QString, problem);
        QCOMPARE(Validator::defaultRoleProblem(role), problem);

        // Rows with an empty role cell take the default, so a bad default is their problem; rows with a role are not.
        Validator validator;
        QCOMPARE(validator.defaultRole(), QStringLiteral("org:member"));
        validator.setDefaultRole(role);
        QCOMPARE(validator.defaultRole(), role);
        QList<Invitee> rows = invitees({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        rows[1].setValue(Invitee::Role, QStringLiteral("org:admin"));
        const QList<CellProblem> problems = validator.validate(rows);
        if (problem.isEmpty()) {
            QVERIFY(problems.isEmpty());
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().row, 0);
        QCOMPARE(problems.first().field, Invitee::Role);
        QCOMPARE(
            problems.first().message,
            QStringLiteral("no role given and the default role '%1' is not a role key; role keys look like org:admin")
                .arg(role.trimmed()));
    }

    void describe_data()
    {
        QTest::addColumn<int>("sourceRow");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("text");
        QTest::newRow("typed row uses its position")
            << 0 << 3 << QStringLiteral("row 4, email_address: missing email address");
        QTest::newRow("imported row uses its spreadsheet row")
            << 12 << 3 << QStringLiteral("row 12, email_address: missing email address");
    }

    void describe()
    {
        QFETCH(int, sourceRow);
        QFETCH(int, index);
        QFETCH(QString, text);
        const Invitee row = invitee(QString(), sourceRow);
        const QList<CellProblem> problems = Validator().validateRow(row, index);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(Validator::describe(problems.first(), Validator::displayRow(row, index)), text);
    }

    // QBENCHMARK runs once under ctest; run with -iterations 20 (Release) to measure.
    void benchmarkValidate_data()
    {
        QTest::addColumn<int>("metadataEvery");
        QTest::newRow("100000 rows without metadata") << 0;
        QTest::newRow("100000 rows, a tenth with metadata") << 10;
    }

    void benchmarkValidate()
    {
        QFETCH(int, metadataEvery);
        const QList<Invitee> rows = typicalRows(100000, metadataEvery);
        const Validator validator;
        QList<CellProblem> problems;
        QBENCHMARK
        {
            problems = validator.validate(rows);
        }
        QVERIFY(problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
