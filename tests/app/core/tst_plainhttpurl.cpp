#include "core/FieldValues.h"
#include "core/PlainHttpUrl.h"

#include <QTest>

Q_DECLARE_METATYPE(FieldValues::UrlProblem)

// PlainHttpUrl is the fast path of the redirect URL check: it may only say yes where QUrl says the URL is fine, so
// that the Validator accepts and refuses exactly what it did with QUrl alone.
class TestPlainHttpUrl : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("plain"); // taken by the fast path
        QTest::addColumn<FieldValues::UrlProblem>("problem");
        using P = FieldValues::UrlProblem;

        QTest::newRow("benchmark redirect") << QStringLiteral("https://app.example.com/welcome") << true << P::None;
        QTest::newRow("http without path") << QStringLiteral("http://example.com") << true << P::None;
        QTest::newRow("path query and fragment")
            << QStringLiteral("https://example.com/path?query=1&b=two#section") << true << P::None;
        QTest::newRow("every unreserved and sub-delimiter character")
            << QStringLiteral("https://a-b.example.co.uk/~user/a.b_c!$&'()*+,;=:@x") << true << P::None;
        QTest::newRow("percent escapes") << QStringLiteral("https://example.com/%7Euser%00?q=%2F") << true << P::None;
        QTest::newRow("query right after the host") << QStringLiteral("https://example.com?x") << true << P::None;
        QTest::newRow("fragment right after the host") << QStringLiteral("https://example.com#top") << true << P::None;
        QTest::newRow("question marks and slashes in query and fragment")
            << QStringLiteral("https://example.com/a?b?c/d#e?f/g") << true << P::None;
        QTest::newRow("upper-case host") << QStringLiteral("https://EXAMPLE.com/") << true << P::None;
        QTest::newRow("host label of 63")
            << QStringLiteral("https://%1.com/").arg(QString(63, u'a')) << true << P::None;

        // Fine, but unusual: QUrl decides.
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.com/") << false << P::None;
        QTest::newRow("port") << QStringLiteral("http://localhost:3000/join") << false << P::None;
        QTest::newRow("user info") << QStringLiteral("https://user@example.com/") << false << P::None;
        QTest::newRow("ipv4 address") << QStringLiteral("https://192.168.0.1/") << false << P::None;
        QTest::newRow("ipv6 address") << QStringLiteral("https://[::1]/") << false << P::None;
        QTest::newRow("idn host") << QStringLiteral("https://bücher.de/") << false << P::None;
        QTest::newRow("punycode host") << QStringLiteral("https://xn--bcher-kva.de/") << false << P::None;
        QTest::newRow("double hyphen in a label") << QStringLiteral("https://ab--cd.de/") << false << P::None;
        QTest::newRow("underscore in host") << QStringLiteral("https://exa_mple.com/") << false << P::None;
        QTest::newRow("trailing dot in host") << QStringLiteral("https://example.com./") << false << P::None;
        QTest::newRow("numeric last label") << QStringLiteral("https://example.123/") << false << P::None;
        QTest::newRow("second hash") << QStringLiteral("https://example.com/a#b#c") << false << P::None;
        QTest::newRow("brackets in path") << QStringLiteral("https://example.com/[x]") << false << P::None;
        QTest::newRow("non-ascii path") << QStringLiteral("https://example.com/é") << false << P::None;
        QTest::newRow("padded") << QStringLiteral(" https://example.com/ ") << false << P::None;

        // Refused, by QUrl.
        QTest::newRow("space in path") << QStringLiteral("https://example.com/a b") << false << P::Malformed;
        QTest::newRow("bad percent escape") << QStringLiteral("https://example.com/%zz") << false << P::Malformed;
        QTest::newRow("cut percent escape") << QStringLiteral("https://example.com/%4") << false << P::Malformed;
        QTest::newRow("braces in path") << QStringLiteral("https://example.com/{x}") << false << P::Malformed;
        QTest::newRow("backslash in path") << QStringLiteral("https://example.com/a\\b") << false << P::Malformed;
        QTest::newRow("host label of 64")
            << QStringLiteral("https://%1.com/").arg(QString(64, u'a')) << false << P::Malformed;
        QTest::newRow("label starts with hyphen") << QStringLiteral("https://-example.com/") << false << P::Malformed;
        QTest::newRow("empty label") << QStringLiteral("https://example..com/") << false << P::Malformed;
        QTest::newRow("space in host") << QStringLiteral("https://exa mple.com/") << false << P::Malformed;
        QTest::newRow("bad port") << QStringLiteral("https://example.com:port/") << false << P::Malformed;
        QTest::newRow("missing host") << QStringLiteral("https:///welcome") << false << P::NoHost;
        QTest::newRow("scheme and slashes only") << QStringLiteral("https://") << false << P::NoHost;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/") << false << P::NotHttp;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << P::NotHttp;
        QTest::newRow("relative path") << QStringLiteral("/welcome") << false << P::NotAbsolute;
    }

    void agreesWithQUrl()
    {
        QFETCH(QString, text);
        QFETCH(bool, plain);
        QFETCH(FieldValues::UrlProblem, problem);
        QCOMPARE(PlainHttpUrl::recognizes(text), plain);
        QCOMPARE(FieldValues::redirectUrlProblemByQUrl(text), problem);
        QCOMPARE(FieldValues::redirectUrlProblem(text), problem);
    }

    // Every ASCII character in every part of an otherwise plain URL: where the fast path takes it, QUrl does too.
    void everyAsciiCharacterAgreesWithQUrl_data()
    {
        QTest::addColumn<QString>("pattern"); // %1 stands for the character
        QTest::newRow("host") << QStringLiteral("https://exa%1mple.com/welcome");
        QTest::newRow("path") << QStringLiteral("https://example.com/wel%1come");
        QTest::newRow("query") << QStringLiteral("https://example.com/welcome?a=%1");
        QTest::newRow("fragment") << QStringLiteral("https://example.com/welcome#top%1");
        QTest::newRow("percent escape") << QStringLiteral("https://example.com/%4%1");
    }

    void everyAsciiCharacterAgreesWithQUrl()
    {
        QFETCH(QString, pattern);
        int taken = 0;
        for (char16_t c = 0; c < 0x80; ++c) {
            const QString text = pattern.arg(QChar(c));
            if (PlainHttpUrl::recognizes(text)) {
                ++taken;
                QVERIFY2(FieldValues::redirectUrlProblemByQUrl(text) == FieldValues::UrlProblem::None,
                         qPrintable(text));
            }
        }
        QVERIFY(taken >= 10); // the fast path is not simply refusing everything
    }
};

QTEST_GUILESS_MAIN(TestPlainHttpUrl)
#include "tst_plainhttpurl.moc"
