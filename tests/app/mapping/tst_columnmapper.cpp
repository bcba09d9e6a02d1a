#include "io/ColumnMapper.h"

#include <QDate>
#include <QTest>

#include <initializer_list>

// Header matching (aliases, dotted metadata, rejected headers) and the mapping of source rows onto Invitees.
class TestColumnMapper : public QObject
{
    Q_OBJECT

    static QStringList cells(std::initializer_list<QStringView> texts)
    {
        QStringList list;
        for (const QStringView text : texts) {
            list.append(text.toString());
        }
        return list;
    }

    static ColumnMapper mapperFor(const QStringList &header)
    {
        ColumnMapper mapper;
        if (!mapper.setHeader(header)) {
            qWarning("setHeader failed: %s", qPrintable(mapper.errorString()));
        }
        return mapper;
    }

private slots:
    void normalizeHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("lower-cased") << QStringLiteral("EMAIL") << QStringLiteral("email");
        QTest::newRow("spaces removed") << QStringLiteral("Email Address") << QStringLiteral("emailaddress");
        QTest::newRow("underscores removed") << QStringLiteral("redirect_url") << QStringLiteral("redirecturl");
        QTest::newRow("dashes removed") << QStringLiteral("E-Mail") << QStringLiteral("email");
        QTest::newRow("trimmed") << QStringLiteral("  role \t") << QStringLiteral("role");
        QTest::newRow("all at once") << QStringLiteral(" Inviter_User - ID ") << QStringLiteral("inviteruserid");
        QTest::newRow("dots kept") << QStringLiteral("Public_Metadata.Dept") << QStringLiteral("publicmetadata.dept");
        QTest::newRow("byte order mark removed") << QStringLiteral("\uFEFFemail") << QStringLiteral("email");
        QTest::newRow("non-ascii lower-cased") << QStringLiteral("STRASSE Ä") << QStringLiteral("strasseä");
        QTest::newRow("empty") << QString() << QString();
    }

    void normalizeHeader()
    {
        QFETCH(QString, header);
        QFETCH(QString, normalized);
        QCOMPARE(ColumnMapper::normalizeHeader(header), normalized);
    }

    void aliases_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");

        const auto add = [](const char *name, const QString &header, Invitee::Field field) {
            QTest::newRow(name) << header << int(field);
        };
        add("email_address", QStringLiteral("email_address"), Invitee::Email);
        add("EMAIL_ADDRESS", QStringLiteral("EMAIL_ADDRESS"), Invitee::Email);
        add("email", QStringLiteral("email"), Invitee::Email);
        add("e-mail", QStringLiteral("e-mail"), Invitee::Email);
        add("E-Mail", QStringLiteral("E-Mail"), Invitee::Email);
        add("email address", QStringLiteral("email address"), Invitee::Email);
        add("Email Address", QStringLiteral("Email Address"), Invitee::Email);
        add("mail", QStringLiteral("mail"), Invitee::Email);
        add("MAIL", QStringLiteral("MAIL"), Invitee::Email);
        add("role", QStringLiteral("role"), Invitee::Role);
        add("Role", QStringLiteral(" Role"), Invitee::Role);
        add("redirect_url", QStringLiteral("redirect_url"), Invitee::RedirectUrl);
        add("Redirect URL", QStringLiteral("Redirect URL"), Invitee::RedirectUrl);
        add("redirect", QStringLiteral("redirect"), Invitee::RedirectUrl);
        add("spaced Redirect", QStringLiteral(" Redirect "), Invitee::RedirectUrl);
        add("inviter_user_id", QStringLiteral("inviter_user_id"), Invitee::InviterUserId);
        add("Inviter User ID", QStringLiteral("Inviter User ID"), Invitee::InviterUserId);
        add("inviter", QStringLiteral("inviter"), Invitee::InviterUserId);
        add("expires_in_days", QStringLiteral("expires_in_days"), Invitee::ExpiresInDays);
        add("Expires In Days", QStringLiteral("Expires In Days"), Invitee::ExpiresInDays);
        add("expires", QStringLiteral("expires"), Invitee::ExpiresInDays);
        add("Expires", QStringLiteral("Expires"), Invitee::ExpiresInDays);
        add("notify", QStringLiteral("notify"), Invitee::Notify);
        add("NOTIFY", QStringLiteral("NOTIFY"), Invitee::Notify);
        add("public_metadata", QStringLiteral("public_metadata"), Invitee::PublicMetadata);
        add("Public Metadata", QStringLiteral("Public Metadata"), Invitee::PublicMetadata);
        add("private_metadata", QStringLiteral("private_metadata"), Invitee::PrivateMetadata);
        add("private-metadata", QStringLiteral("private-metadata"), Invitee::PrivateMetadata);
    }

    void aliases()
    {
        QFETCH(QString, header);
        QFETCH(int, field);

        // The column under test comes second; other fields need an email column first.
        const bool isEmail = field == Invitee::Email;
        const QStringList columns =
            isEmail ? QStringList{QStringLiteral("notes"), header} : QStringList{QStringLiteral("email"), header};
        ColumnMapper mapper;
        QVERIFY2(mapper.setHeader(columns), qPrintable(mapper.errorString()));
        QCOMPARE(mapper.columnOf(static_cast<Invitee::Field>(field)), 1);
        QCOMPARE(mapper.unknownColumns(), isEmail ? QStringList{QStringLiteral("notes")} : QStringList());

        const Invitee invitee = mapper.map(cells({u"a@example.com", u"value"}), 2);
        QCOMPARE(invitee.value(static_cast<Invitee::Field>(field)), QStringLiteral("value"));
    }

    void headerAccepted_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<int>>("publicDotted");
        QTest::addColumn<QList<int>>("privateDotted");

        QTest::newRow("email only") << cells({u"email"}) << QList<int>() << QList<int>();
        QTest::newRow("every field") << cells({u"email", u"role", u"redirect_url", u"inviter_user_id",
                                               u"expires_in_days", u"notify", u"public_metadata", u"private_metadata"})
                                     << QList<int>() << QList<int>();
        QTest::newRow("same key in public and private")
            << cells({u"email", u"public_metadata.dept", u"private_metadata.dept"}) << QList<int>{1} << QList<int>{2};
        QTest::newRow("keys differing in case")
            << cells({u"email", u"public_metadata.Dept", u"public_metadata.dept"}) << QList<int>{1, 2} << QList<int>();
        QTest::newRow("sibling paths") << cells({u"public_metadata.a.b", u"email", u"public_metadata.a.c"})
                                       << QList<int>{0, 2} << QList<int>();
        QTest::newRow("whole-json and dotted columns")
            << cells({u"email", u"public_metadata", u"public_metadata.a"}) << QList<int>{2} << QList<int>();
        QTest::newRow("repeated unknown columns")
            << cells({u"notes", u"email", u"notes", u""}) << QList<int>() << QList<int>();
    }

    void headerAccepted()
    {
        QFETCH(QStringList, header);
        QFETCH(QList<int>, publicDotted);
        QFETCH(QList<int>, privateDotted);

        ColumnMapper mapper;
        QVERIFY2(mapper.setHeader(header), qPrintable(mapper.errorString()));
        QVERIFY(mapper.errorString().isEmpty());
        QCOMPARE(mapper.header(), header);
        QCOMPARE(mapper.dottedColumnsOf(Invitee::PublicMetadata), publicDotted);
        QCOMPARE(mapper.dottedColumnsOf(Invitee::PrivateMetadata), privateDotted);
    }

    void headerRejected_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("error");

        const QString noEmail = QStringLiteral("no email column: name one of email_address, email, e-mail, mail");
        QTest::newRow("no email column") << cells({u"name", u"role"}) << noEmail;
        QTest::newRow("empty header") << QStringList() << noEmail;
        QTest::newRow("email as dotted metadata only") << cells({u"public_metadata.email"}) << noEmail;
        QTest::newRow("two email columns")
            << cells({u"email", u"name", u"E-Mail"})
            << QStringLiteral("Columns 1 (\"email\") and 3 (\"E-Mail\") both hold email_address; keep one of them.");
        QTest::newRow("two role columns")
            << cells({u"Role", u"email", u"role "})
            << QStringLiteral("Columns 1 (\"Role\") and 3 (\"role \") both hold role; keep one of them.");
        QTest::newRow("alias and canonical name")
            << cells({u"email", u"expires", u"expires_in_days"})
            << QStringLiteral("Columns 2 (\"expires\") and 3 (\"expires_in_days\") both hold expires_in_days; keep "
                              "one of them.");
        QTest::newRow("two whole-json columns")
            << cells({u"email", u"private_metadata", u"Private Metadata"})
            << QStringLiteral("Columns 2 (\"private_metadata\") and 3 (\"Private Metadata\") both hold "
                              "private_metadata; keep one of them.");
        QTest::newRow("same dotted path twice")
            << cells({u"email", u"public_metadata.dept", u"Public Metadata.dept"})
            << QStringLiteral("Columns 2 (\"public_metadata.dept\") and 3 (\"Public Metadata.dept\") both set "
                              "public_metadata.dept; keep one of them.");
        QTest::newRow("value then nested keys")
            << cells({u"email", u"public_metadata.a.b", u"notes", u"public_metadata.a.b.c"})
            << QStringLiteral("Columns 2 (\"public_metadata.a.b\") and 4 (\"public_metadata.a.b.c\") conflict: "
                              "public_metadata.a.b cannot hold both a value and nested keys.");
        QTest::newRow("nested keys then value")
            << cells({u"private_metadata.a.b.c", u"email", u"private_metadata.a"})
            << QStringLiteral("Columns 1 (\"private_metadata.a.b.c\") and 3 (\"private_metadata.a\") conflict: "
                              "private_metadata.a cannot hold both a value and nested keys.");
        QTest::newRow("double dot") << cells({u"email", u"public_metadata..x"})
                                    << QStringLiteral("Column 2 (\"public_metadata..x\") has an empty metadata key; "
                                                      "name it like public_metadata.address.city.");
        QTest::newRow("trailing dot") << cells({u"email", u"Private Metadata.x."})
                                      << QStringLiteral("Column 2 (\"Private Metadata.x.\") has an empty metadata "
                                                        "key; name it like public_metadata.address.city.");
        QTest::newRow("header text with percent signs")
            << cells({u"email", u"public_metadata.%1", u"Public_Metadata.%1"})
            << QStringLiteral("Columns 2 (\"public_metadata.%1\") and 3 (\"Public_Metadata.%1\") both set "
                              "public_metadata.%1; keep one of them.");
    }

    void headerRejected()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, error);

        ColumnMapper mapper;
        QVERIFY(!mapper.setHeader(header));
        QCOMPARE(mapper.errorString(), error);
        QCOMPARE(mapper.header(), header);
        for (const Invitee::Field field : Invitee::allFields()) {
            QCOMPARE(mapper.columnOf(field), -1);
        }

        // A later valid header recovers fully.
        QVERIFY(mapper.setHeader(cells({u"email"})));
        QVERIFY(mapper.errorString().isEmpty());
        QCOMPARE(mapper.columnOf(Invitee::Email), 0);
    }

    void textFieldsKeptRaw()
    {
        const ColumnMapper mapper = mapperFor(cells({u"Email", u"Role", u"Redirect", u"Inviter", u"Expires", u"Notify",
                                                     u"Public Metadata", u"Private Metadata"}));
        const QStringList row = cells({u" Ada@Example.com ", u"org:admin ", u" https://x.test/welcome", u"user_1",
                                       u" 30", u"TRUE ", u" {\"a\": 1} ", u"{}"});
        const Invitee invitee = mapper.map(row, 7);

        QCOMPARE(invitee.sourceRow(), 7);
        QCOMPARE(invitee.sourceCells(), row);
        for (const Invitee::Field field : Invitee::allFields()) {
            QCOMPARE(invitee.value(field), row.at(int(field)));
        }
    }

    void unknownColumnsKept()
    {
        const ColumnMapper mapper = mapperFor(cells({u"First Name", u"email", u"", u"notes", u"role"}));
        QCOMPARE(mapper.unknownColumns(), cells({u"First Name", u"", u"notes"}));
        QCOMPARE(mapper.columnOf(Invitee::Email), 1);
        QCOMPARE(mapper.columnOf(Invitee::Role), 4);
        QCOMPARE(mapper.columnOf(Invitee::Notify), -1);

        const QStringList row = cells({u"Ada", u"ada@example.com", u"x", u"VIP", u"org:admin"});
        const Invitee invitee = mapper.map(row, 2);
        QCOMPARE(invitee.sourceCells(), row);
        QCOMPARE(invitee.trimmedEmail(), QStringLiteral("ada@example.com"));
        QCOMPARE(invitee.value(Invitee::Role), QStringLiteral("org:admin"));
        QCOMPARE(invitee.value(Invitee::Notify), QString());
    }

    void shortAndLongRows_data()
    {
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("publicMetadata");

        QTest::newRow("full row") << cells({u"a@x.test", u"org:admin", u"note", u"Sales"}) << QStringLiteral("a@x.test")
                                  << QStringLiteral("org:admin") << QStringLiteral(R"({"dept":"Sales"})");
        QTest::newRow("missing dotted cell") << cells({u"a@x.test", u"org:admin", u"note"})
                                             << QStringLiteral("a@x.test") << QStringLiteral("org:admin") << QString();
        QTest::newRow("email only") << cells({u"a@x.test"}) << QStringLiteral("a@x.test") << QString() << QString();
        QTest::newRow("empty row") << QStringList() << QString() << QString() << QString();
        QTest::newRow("longer than header")
            << cells({u"a@x.test", u"org:admin", u"note", u"Sales", u"extra", u"more"}) << QStringLiteral("a@x.test")
            << QStringLiteral("org:admin") << QStringLiteral(R"({"dept":"Sales"})");
    }

    void shortAndLongRows()
    {
        QFETCH(QStringList, row);
        QFETCH(QString, email);
        QFETCH(QString, role);
        QFETCH(QString, publicMetadata);

        const ColumnMapper mapper = mapperFor(cells({u"email", u"role", u"notes", u"public_metadata.dept"}));
        const Invitee invitee = mapper.map(row, 3);
        QCOMPARE(invitee.value(Invitee::Email), email);
        QCOMPARE(invitee.value(Invitee::Role), role);
        QCOMPARE(invitee.value(Invitee::PublicMetadata), publicMetadata);
        QCOMPARE(invitee.value(Invitee::Notify), QString());
        QCOMPARE(invitee.sourceCells(), row);
        QCOMPARE(invitee.sourceRow(), 3);
    }

    void metadata_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<QString>("publicMetadata");
        QTest::addColumn<QString>("privateMetadata");

        QTest::newRow("dotted values typed")
            << cells({u"email", u"public_metadata.dept", u"public_metadata.level", u"public_metadata.remote",
                      u"public_metadata.code", u"public_metadata.score"})
            << cells({u"a@x.test", u" Sales ", u"3", u"TRUE", u"0012", u"-1.5"})
            << QStringLiteral(R"({"code":"0012","dept":"Sales","level":3,"remote":true,"score":-1.5})") << QString();
        QTest::newRow("nested keys nest into one object")
            << cells({u"email", u"public_metadata.address.city", u"public_metadata.address.zip"})
            << cells({u"a@x.test", u"Dresden", u"01067"})
            << QStringLiteral(R"({"address":{"city":"Dresden","zip":"01067"}})") << QString();
        QTest::newRow("keys keep their text")
            << cells({u"email", u"Public Metadata.First Name"}) << cells({u"a@x.test", u"Ada"})
            << QStringLiteral(R"({"First Name":"Ada"})") << QString();
        QTest::newRow("empty dotted cell left out")
            << cells({u"email", u"public_metadata.dept", u"public_metadata.level"})
            << cells({u"a@x.test", u"Sales", u" "}) << QStringLiteral(R"({"dept":"Sales"})") << QString();
        QTest::newRow("all dotted cells empty") << cells({u"email", u"public_metadata.dept", u"public_metadata.level"})
                                                << cells({u"a@x.test", u"", u""}) << QString() << QString();
        QTest::newRow("2^53+1 stays a string")
            << cells({u"email", u"public_metadata.id"}) << cells({u"a@x.test", u"9007199254740993"})
            << QStringLiteral(R"({"id":"9007199254740993"})") << QString();
        QTest::newRow("non-ascii value") << cells({u"email", u"public_metadata.city"})
                                         << cells({u"a@x.test", u"Zürich \"Nord\""})
                                         << QStringLiteral("{\"city\":\"Zürich \\\"Nord\\\"\"}") << QString();
        QTest::newRow("private dotted") << cells({u"email", u"private_metadata.badge"}) << cells({u"a@x.test", u"42"})
                                        << QString() << QStringLiteral(R"({"badge":42})");
        QTest::newRow("public and private independent")
            << cells({u"email", u"public_metadata.dept", u"private_metadata.dept", u"private_metadata"})
            << cells({u"a@x.test", u"Sales", u"HR", u"{\"x\":1}"}) << QStringLiteral(R"({"dept":"Sales"})")
            << QStringLiteral(R"({"dept":"HR","x":1})");
        QTest::newRow("whole json without dotted columns kept raw")
            << cells({u"email", u"public_metadata"}) << cells({u"a@x.test", u" { \"a\" : 1 } "})
            << QStringLiteral(" { \"a\" : 1 } ") << QString();
        QTest::newRow("whole json kept raw when dotted cells are empty")
            << cells({u"email", u"public_metadata", u"public_metadata.dept"})
            << cells({u"a@x.test", u" { \"a\" : 1 } ", u""}) << QStringLiteral(" { \"a\" : 1 } ") << QString();
        QTest::newRow("whole json merged with dotted")
            << cells({u"email", u"public_metadata", u"public_metadata.dept"})
            << cells({u"a@x.test", u"{\"team\": \"x\", \"dept\": \"Old\"}", u"Sales"})
            << QStringLiteral(R"({"dept":"Sales","team":"x"})") << QString();
        QTest::newRow("dotted nests into whole json object")
            << cells({u"email", u"public_metadata", u"public_metadata.address.city"})
            << cells({u"a@x.test", u"{\"address\": {\"street\": \"Main\"}}", u"Berlin"})
            << QStringLiteral(R"({"address":{"city":"Berlin","street":"Main"}})") << QString();
        QTest::newRow("dotted object replaces whole json scalar")
            << cells({u"email", u"public_metadata", u"public_metadata.address.city"})
            << cells({u"a@x.test", u"{\"address\": \"Main St\"}", u"Berlin"})
            << QStringLiteral(R"({"address":{"city":"Berlin"}})") << QString();
        QTest::newRow("invalid whole json kept raw")
            << cells({u"email", u"public_metadata", u"public_metadata.dept"})
            << cells({u"a@x.test", u"{dept: Sales", u"Sales"}) << QStringLiteral("{dept: Sales") << QString();
        QTest::newRow("whole json array kept raw")
            << cells({u"email", u"public_metadata", u"public_metadata.dept"}) << cells({u"a@x.test", u"[1]", u"Sales"})
            << QStringLiteral("[1]") << QString();
        QTest::newRow("blank whole json cell with dotted")
            << cells({u"email", u"public_metadata", u"public_metadata.dept"}) << cells({u"a@x.test", u"  ", u"Sales"})
            << QStringLiteral(R"({"dept":"Sales"})") << QString();
        QTest::newRow("whole json column after dotted column")
            << cells({u"public_metadata.dept", u"email", u"public_metadata"})
            << cells({u"Sales", u"a@x.test", u"{\"a\":true}"}) << QStringLiteral(R"({"a":true,"dept":"Sales"})")
            << QString();
    }

    void metadata()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, row);
        QFETCH(QString, publicMetadata);
        QFETCH(QString, privateMetadata);

        ColumnMapper mapper;
        QVERIFY2(mapper.setHeader(header), qPrintable(mapper.errorString()));
        const Invitee invitee = mapper.map(row, 2);
        QCOMPARE(invitee.value(Invitee::PublicMetadata), publicMetadata);
        QCOMPARE(invitee.value(Invitee::PrivateMetadata), privateMetadata);
        QCOMPARE(invitee.value(Invitee::Email), QStringLiteral("a@x.test"));
        QCOMPARE(invitee.sourceCells(), row);
    }

    void cellText_data()
    {
        QTest::addColumn<QVariant>("cell");
        QTest::addColumn<QString>("text");

        QTest::newRow("integral double") << QVariant(30.0) << QStringLiteral("30");
        QTest::newRow("negative integral double") << QVariant(-2.0) << QStringLiteral("-2");
        QTest::newRow("fractional double") << QVariant(1.5) << QStringLiteral("1.5");
        QTest::newRow("tenth") << QVariant(0.1) << QStringLiteral("0.1");
        QTest::newRow("huge double") << QVariant(1e20) << QStringLiteral("1e+20");
        QTest::newRow("int") << QVariant(7) << QStringLiteral("7");
        QTest::newRow("long long") << QVariant(qlonglong(9007199254740993)) << QStringLiteral("9007199254740993");
        QTest::newRow("bool true") << QVariant(true) << QStringLiteral("true");
        QTest::newRow("bool false") << QVariant(false) << QStringLiteral("false");
        QTest::newRow("string kept untrimmed") << QVariant(QStringLiteral(" x ")) << QStringLiteral(" x ");
        QTest::newRow("date") << QVariant(QDate(2024, 5, 1)) << QStringLiteral("2024-05-01");
        QTest::newRow("date time") << QVariant(QDateTime(QDate(2024, 5, 1), QTime(10, 30), Qt::UTC))
                                   << QStringLiteral("2024-05-01T10:30:00Z");
        QTest::newRow("invalid") << QVariant() << QString();
        QTest::newRow("null string") << QVariant(QString()) << QString();
    }

    void cellText()
    {
        QFETCH(QVariant, cell);
        QFETCH(QString, text);
        QCOMPARE(ColumnMapper::cellText(cell), text);
    }

    void typedCells()
    {
        const ColumnMapper mapper = mapperFor(cells(
            {u"email", u"role", u"expires_in_days", u"notify", u"public_metadata.level", u"public_metadata.remote",
             u"public_metadata.code", u"public_metadata.start", u"public_metadata.empty", u"notes"}));
        const QVariantList row{QStringLiteral("a@x.test"), QVariant(),        30.0,      true, 3.0, false,
                               QStringLiteral("0012"),     QDate(2024, 5, 1), QString(), 1.5};
        const Invitee invitee = mapper.map(row, 4);

        QCOMPARE(invitee.sourceRow(), 4);
        QCOMPARE(invitee.value(Invitee::Email), QStringLiteral("a@x.test"));
        QCOMPARE(invitee.value(Invitee::Role), QString());
        QCOMPARE(invitee.value(Invitee::ExpiresInDays), QStringLiteral("30"));
        QCOMPARE(invitee.value(Invitee::Notify), QStringLiteral("true"));
        QCOMPARE(invitee.value(Invitee::PublicMetadata),
                 QStringLiteral(R"({"code":"0012","level":3,"remote":false,"start":"2024-05-01"})"));
        QCOMPARE(invitee.sourceCells(),
                 cells({u"a@x.test", u"", u"30", u"true", u"3", u"false", u"0012", u"2024-05-01", u"", u"1.5"}));
    }

    void typedCellsShortRowAndWholeJson()
    {
        const ColumnMapper mapper = mapperFor(cells({u"email", u"public_metadata", u"public_metadata.n", u"role"}));
        const Invitee merged =
            mapper.map(QVariantList{QStringLiteral("a@x.test"), QStringLiteral("{\"a\":1}"), 2.5}, 5);
        QCOMPARE(merged.value(Invitee::PublicMetadata), QStringLiteral(R"({"a":1,"n":2.5})"));
        QCOMPARE(merged.value(Invitee::Role), QString());
        QCOMPARE(merged.sourceCells().size(), 3);

        const Invitee shortRow = mapper.map(QVariantList{QStringLiteral("b@x.test")}, 6);
        QCOMPARE(shortRow.value(Invitee::Email), QStringLiteral("b@x.test"));
        QCOMPARE(shortRow.value(Invitee::PublicMetadata), QString());
    }

    void benchmarkMap_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("row");

        QTest::newRow("two dotted columns")
            << cells({u"email", u"role", u"notes", u"public_metadata.dept", u"public_metadata.address.zip"})
            << cells({u"person@example.com", u"org:member", u"note", u"Sales", u"01067"});
        QTest::newRow("no dotted columns") << cells({u"email", u"role", u"notes", u"public_metadata"})
                                           << cells({u"person@example.com", u"org:member", u"note", u"{\"a\":1}"});
    }

    // 100,000 rows, the size the validate command's 200 ms budget is set for (measure in a Release build).
    void benchmarkMap()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, row);

        constexpr int RowCount = 100000;
        QList<QStringList> rows;
        rows.reserve(RowCount);
        for (int i = 0; i < RowCount; ++i) {
            QStringList cellsOfRow = row;
            cellsOfRow[0] = QString::number(i) % cellsOfRow[0];
            rows.append(cellsOfRow);
        }
        const ColumnMapper mapper = mapperFor(header);
        QList<Invitee> invitees;
        QBENCHMARK
        {
            invitees.clear();
            invitees.reserve(RowCount);
            for (int i = 0; i < RowCount; ++i) {
                invitees.append(mapper.map(rows.at(i), i + 2));
            }
        }
        QCOMPARE(invitees.size(), RowCount);
        QVERIFY(!invitees.constLast().value(Invitee::PublicMetadata).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestColumnMapper)
#include "tst_columnmapper.moc"
