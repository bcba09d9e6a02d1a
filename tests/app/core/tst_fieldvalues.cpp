#include "core/FieldValues.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(FieldValues::UrlProblem)

// FieldValues decides what every cell means to Clerk: each accepted and each refused form is pinned here.
class TestFieldValues : public QObject
{
    Q_OBJECT

private slots:
    void email_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");

        const QString local64(64, u'a');
        const QString label63(63, u'b');
        // 64 + 1 + 189 = 254 characters: the longest address allowed.
        const QString domain189 = label63 + u'.' + label63 + u'.' + QString(57, u'c') + QStringLiteral(".com");

        QTest::newRow("plain") << QStringLiteral("ada@example.com") << true;
        QTest::newRow("padded with spaces") << QStringLiteral("  ada@example.com  ") << true;
        QTest::newRow("padded with tab and newline") << QStringLiteral("\tada@example.com\n") << true;
        QTest::newRow("dots and plus tag") << QStringLiteral("ada.lovelace+team@mail.example.co.uk") << true;
        QTest::newRow("every atext symbol") << QStringLiteral("o'hara!#$%&*/=?^_`{|}~-@example.org") << true;
        QTest::newRow("mixed case") << QStringLiteral("Ada.Lovelace@Example.COM") << true;
        QTest::newRow("digits and hyphens in domain") << QStringLiteral("ada@123-mail.example.io") << true;
        QTest::newRow("idn domain") << QStringLiteral("ada@bücher.de") << true;
        QTest::newRow("non-ascii local part") << QStringLiteral("josé@example.com") << true;
        QTest::newRow("cyrillic address and tld") << QStringLiteral("пользователь@пример.рф") << true;
        QTest::newRow("devanagari with combining marks") << QStringLiteral("संपर्क@डाटामेल.भारत") << true;
        QTest::newRow("punycode tld") << QStringLiteral("ada@example.xn--p1ai") << true;
        QTest::newRow("local part of 64") << local64 + QStringLiteral("@example.com") << true;
        QTest::newRow("local part of 65") << local64 + QStringLiteral("a@example.com") << false;
        QTest::newRow("label of 63") << QStringLiteral("ada@") + label63 + QStringLiteral(".com") << true;
        QTest::newRow("label of 64") << QStringLiteral("ada@b") + label63 + QStringLiteral(".com") << false;
        QTest::newRow("254 in all") << local64 + u'@' + domain189 << true;
        QTest::newRow("255 in all") << local64 + QStringLiteral("@c") + domain189 << false;

        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << QStringLiteral("   ") << false;
        QTest::newRow("no at sign") << QStringLiteral("ada.example.com") << false;
        QTest::newRow("two at signs") << QStringLiteral("ada@home@example.com") << false;
        QTest::newRow("empty local part") << QStringLiteral("@example.com") << false;
        QTest::newRow("empty domain") << QStringLiteral("ada@") << false;
        QTest::newRow("quoted local part is refused") << QStringLiteral("\"ada lovelace\"@example.com") << false;
        QTest::newRow("quoted local part without spaces is refused") << QStringLiteral("\"ada\"@example.com") << false;
        QTest::newRow("leading dot") << QStringLiteral(".ada@example.com") << false;
        QTest::newRow("trailing dot in local part") << QStringLiteral("ada.@example.com") << false;
        QTest::newRow("consecutive dots in local part") << QStringLiteral("ada..lovelace@example.com") << false;
        QTest::newRow("consecutive dots in domain") << QStringLiteral("ada@example..com") << false;
        QTest::newRow("domain starts with dot") << QStringLiteral("ada@.example.com") << false;
        QTest::newRow("domain ends with dot") << QStringLiteral("ada@example.com.") << false;
        QTest::newRow("missing tld") << QStringLiteral("ada@localhost") << false;
        QTest::newRow("one-letter tld") << QStringLiteral("ada@example.c") << false;
        QTest::newRow("numeric tld") << QStringLiteral("ada@example.123") << false;
        QTest::newRow("ip address") << QStringLiteral("ada@192.168.0.1") << false;
        QTest::newRow("address literal") << QStringLiteral("ada@[192.168.0.1]") << false;
        QTest::newRow("label starts with hyphen") << QStringLiteral("ada@-example.com") << false;
        QTest::newRow("label ends with hyphen") << QStringLiteral("ada@example-.com") << false;
        QTest::newRow("underscore in domain") << QStringLiteral("ada@mail_server.example.com") << false;
        QTest::newRow("space inside") << QStringLiteral("ada lovelace@example.com") << false;
        QTest::newRow("comma") << QStringLiteral("ada,lovelace@example.com") << false;
        QTest::newRow("display name form") << QStringLiteral("Ada <ada@example.com>") << false;
        QTest::newRow("emoji is not a letter") << QStringLiteral("😀@example.com") << false;
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("@example.com") << false;
    }

    void email()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(FieldValues::isValidEmail(text), valid);
    }

    void roleKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("admin") << QStringLiteral("org:admin") << true;
        QTest::newRow("member") << QStringLiteral("org:member") << true;
        QTest::newRow("underscore") << QStringLiteral("org:billing_manager") << true;
        QTest::newRow("hyphen and digit") << QStringLiteral("org:team-lead2") << true;
        QTest::newRow("padded") << QStringLiteral(" org:admin ") << true;
        QTest::newRow("64 characters") << QStringLiteral("org:") + QString(60, u'x') << true;
        QTest::newRow("65 characters") << QStringLiteral("org:") + QString(61, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("a role name") << QStringLiteral("Admin") << false;
        QTest::newRow("no prefix") << QStringLiteral("admin") << false;
        QTest::newRow("prefix only") << QStringLiteral("org:") << false;
        QTest::newRow("upper-case name") << QStringLiteral("org:Admin") << false;
        QTest::newRow("upper-case prefix") << QStringLiteral("ORG:admin") << false;
        QTest::newRow("space") << QStringLiteral("org:billing manager") << false;
        QTest::newRow("punctuation") << QStringLiteral("org:admin!") << false;
        QTest::newRow("other prefix") << QStringLiteral("team:admin") << false;
    }

    void roleKey()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(FieldValues::isValidRoleKey(text), valid);
    }

    void redirectUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<FieldValues::UrlProblem>("problem");
        using P = FieldValues::UrlProblem;
        QTest::newRow("https") << QStringLiteral("https://example.com/welcome") << P::None;
        QTest::newRow("http with port query and fragment")
            << QStringLiteral("http://localhost:3000/join?team=7#top") << P::None;
        QTest::newRow("padded") << QStringLiteral("  https://example.com  ") << P::None;
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.com/") << P::None;
        QTest::newRow("idn host") << QStringLiteral("https://bücher.de/") << P::None;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << P::NotHttp;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file") << P::NotHttp;
        QTest::newRow("mailto") << QStringLiteral("mailto:ada@example.com") << P::NotHttp;
        QTest::newRow("relative path") << QStringLiteral("/welcome") << P::NotAbsolute;
        QTest::newRow("host without scheme") << QStringLiteral("example.com/welcome") << P::NotAbsolute;
        QTest::newRow("empty") << QString() << P::NotAbsolute;
        QTest::newRow("missing host") << QStringLiteral("https:///welcome") << P::NoHost;
        QTest::newRow("scheme only") << QStringLiteral("https:") << P::NoHost;
        QTest::newRow("space in host") << QStringLiteral("https://exa mple.com/") << P::Malformed;
        QTest::newRow("bad port") << QStringLiteral("https://example.com:port/") << P::Malformed;
    }

    void redirectUrl()
    {
        QFETCH(QString, text);
        QFETCH(FieldValues::UrlProblem, problem);
        QCOMPARE(FieldValues::redirectUrlProblem(text), problem);
        QCOMPARE(FieldValues::redirectUrlProblemByQUrl(text), problem);
        QCOMPARE(FieldValues::isValidRedirectUrl(text), problem == FieldValues::UrlProblem::None);
    }

    void inviterId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("clerk user id") << QStringLiteral("user_2NNEqL2nrIRdJ194ndJqAHwEfxC") << true;
        QTest::newRow("padded") << QStringLiteral(" user_abc123 ") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("prefix only") << QStringLiteral("user_") << false;
        QTest::newRow("other prefix") << QStringLiteral("usr_abc") << false;
        QTest::newRow("organization id") << QStringLiteral("org_2abc") << false;
        QTest::newRow("upper-case prefix") << QStringLiteral("USER_abc") << false;
        QTest::newRow("hyphen") << QStringLiteral("user_abc-def") << false;
        QTest::newRow("space") << QStringLiteral("user_abc def") << false;
        QTest::newRow("an email") << QStringLiteral("ada@example.com") << false;
    }

    void inviterId()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(FieldValues::isValidInviterId(text), valid);
    }

    void expires_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<int>>("days");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty is not given") << QString() << std::optional<int>() << false;
        QTest::newRow("blank is not given") << QStringLiteral("  ") << std::optional<int>() << false;
        QTest::newRow("0") << QStringLiteral("0") << std::optional(0) << false;
        QTest::newRow("1") << QStringLiteral("1") << std::optional(1) << true;
        QTest::newRow("365") << QStringLiteral("365") << std::optional(365) << true;
        QTest::newRow("366") << QStringLiteral("366") << std::optional(366) << false;
        QTest::newRow("spreadsheet decimal 30.0") << QStringLiteral("30.0") << std::optional(30) << true;
        QTest::newRow("spreadsheet decimal 7.000") << QStringLiteral("7.000") << std::optional(7) << true;
        QTest::newRow("padded") << QStringLiteral(" 30 ") << std::optional(30) << true;
        QTest::newRow("plus sign") << QStringLiteral("+14") << std::optional(14) << true;
        QTest::newRow("negative") << QStringLiteral("-5") << std::optional(-5) << false;
        QTest::newRow("too large saturates")
            << QStringLiteral("99999999999999999999") << std::optional(INT_MAX) << false;
        QTest::newRow("abc") << QStringLiteral("abc") << std::optional<int>() << false;
        QTest::newRow("fraction") << QStringLiteral("30.5") << std::optional<int>() << false;
        QTest::newRow("trailing point") << QStringLiteral("30.") << std::optional<int>() << false;
        QTest::newRow("leading point") << QStringLiteral(".5") << std::optional<int>() << false;
        QTest::newRow("exponent") << QStringLiteral("1e2") << std::optional<int>() << false;
        QTest::newRow("decimal comma") << QStringLiteral("30,0") << std::optional<int>() << false;
        QTest::newRow("inner space") << QStringLiteral("3 0") << std::optional<int>() << false;
        QTest::newRow("unit") << QStringLiteral("30 days") << std::optional<int>() << false;
        QTest::newRow("sign only") << QStringLiteral("-") << std::optional<int>() << false;
    }

    void expires()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<int>, days);
        QFETCH(bool, valid);
        QCOMPARE(FieldValues::parseExpires(text), days);
        QCOMPARE(FieldValues::isValidExpires(text), valid);
    }

    void notify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<bool>>("value");
        const std::optional<bool> yes(true);
        const std::optional<bool> no(false);
        QTest::newRow("true") << QStringLiteral("true") << yes;
        QTest::newRow("TRUE as spreadsheets write it") << QStringLiteral("TRUE") << yes;
        QTest::newRow("yes") << QStringLiteral("Yes") << yes;
        QTest::newRow("y") << QStringLiteral("y") << yes;
        QTest::newRow("Y") << QStringLiteral("Y") << yes;
        QTest::newRow("1") << QStringLiteral("1") << yes;
        QTest::newRow("padded yes") << QStringLiteral("  yes\t") << yes;
        QTest::newRow("false") << QStringLiteral("false") << no;
        QTest::newRow("FALSE") << QStringLiteral("FALSE") << no;
        QTest::newRow("no") << QStringLiteral("NO") << no;
        QTest::newRow("n") << QStringLiteral("n") << no;
        QTest::newRow("0") << QStringLiteral("0") << no;
        QTest::newRow("empty is not given") << QString() << std::optional<bool>();
        QTest::newRow("blank is not given") << QStringLiteral(" ") << std::optional<bool>();
        QTest::newRow("maybe") << QStringLiteral("maybe") << std::optional<bool>();
        QTest::newRow("2") << QStringLiteral("2") << std::optional<bool>();
        QTest::newRow("on") << QStringLiteral("on") << std::optional<bool>();
        QTest::newRow("yess") << QStringLiteral("yess") << std::optional<bool>();
        QTest::newRow("1.0") << QStringLiteral("1.0") << std::optional<bool>();
    }

    void notify()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<bool>, value);
        QCOMPARE(FieldValues::parseNotify(text), value);
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("object"); // compact JSON of the object when valid
        QTest::addColumn<bool>("notJson");
        QTest::addColumn<int>("type"); // QJsonValue::Type found instead of an object
        const int none = QJsonValue::Undefined;
        QTest::newRow("empty gives an empty object") << QString() << true << QByteArray("{}") << false << none;
        QTest::newRow("blank gives an empty object")
            << QStringLiteral(" \n ") << true << QByteArray("{}") << false << none;
        QTest::newRow("empty object") << QStringLiteral("{}") << true << QByteArray("{}") << false << none;
        QTest::newRow("object") << QStringLiteral("{\"plan\": \"pro\", \"seats\": 3}") << true
                                << QByteArray(R"({"plan":"pro","seats":3})") << false << none;
        QTest::newRow("nested object padded") << QStringLiteral("  {\"address\": {\"city\": \"Zürich\"}} ") << true
                                              << QByteArray(R"({"address":{"city":"Zürich"}})") << false << none;
        QTest::newRow("array") << QStringLiteral("[1, 2]") << false << QByteArray() << false << int(QJsonValue::Array);
        QTest::newRow("string") << QStringLiteral("\"pro\"") << false << QByteArray() << false
                                << int(QJsonValue::String);
        QTest::newRow("number") << QStringLiteral("42") << false << QByteArray() << false << int(QJsonValue::Double);
        QTest::newRow("boolean") << QStringLiteral("true") << false << QByteArray() << false << int(QJsonValue::Bool);
        QTest::newRow("null") << QStringLiteral("null") << false << QByteArray() << false << int(QJsonValue::Null);
        QTest::newRow("unquoted keys") << QStringLiteral("{plan: pro}") << false << QByteArray() << true << none;
        QTest::newRow("single quotes") << QStringLiteral("{'plan': 'pro'}") << false << QByteArray() << true << none;
        QTest::newRow("truncated") << QStringLiteral("{\"plan\": \"pro\"") << false << QByteArray() << true << none;
        QTest::newRow("trailing garbage") << QStringLiteral("{} x") << false << QByteArray() << true << none;
        QTest::newRow("bare word") << QStringLiteral("pro") << false << QByteArray() << true << none;
    }

    void metadata()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, object);
        QFETCH(bool, notJson);
        QFETCH(int, type);

        FieldValues::MetadataError error;
        const std::optional<QJsonObject> parsed = FieldValues::parseMetadata(text, &error);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(QJsonDocument(*parsed).toJson(QJsonDocument::Compact), object);
            return;
        }
        QCOMPARE(!error.parseError.isEmpty(), notJson);
        QCOMPARE(int(error.type), type);
        QVERIFY(!FieldValues::parseMetadata(text)); // the error is optional
    }

    void metadataErrorOffsetCountsCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("offset");
        // Qt reports where it stopped in UTF-8 bytes; the message counts characters of the cell.
        QTest::newRow("ascii") << QStringLiteral("{\"city\": Zurich}") << qsizetype(9);
        QTest::newRow("after non-ascii") << QStringLiteral("{\"stadt\": \"Zürich\", x}") << qsizetype(21);
    }

    void metadataErrorOffsetCountsCharacters()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, offset);
        FieldValues::MetadataError error;
        QVERIFY(!FieldValues::parseMetadata(text, &error));
        QVERIFY(!error.parseError.isEmpty());
        QCOMPARE(error.offset, offset);
    }
};

QTEST_GUILESS_MAIN(TestFieldValues)
#include "tst_fieldvalues.moc"
