#include "io/CurlCommand.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

const QString bulkUrl = QStringLiteral("https://api.clerk.com/v1/organizations/org_1/invitations/bulk");

ApiExchange exchange(const QByteArray &method, const QString &url, const ApiExchange::Headers &headers,
                     const QByteArray &body)
{
    ApiExchange result;
    result.method = method;
    result.url = QUrl(url);
    result.requestHeaders = headers;
    result.requestBody = body;
    return result;
}

// Runs a shell script in which `curl` only prints its arguments, NUL-separated.
QStringList curlArguments(const QString &command, const QString &secretKey)
{
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLERK_SECRET_KEY"), secretKey);
    shell.setProcessEnvironment(environment);
    const QString script = u"curl() { printf '%s\\0' \"$@\"; }\n" + command + u'\n';
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(30000) || shell.exitCode() != 0) {
        return {QStringLiteral("shell failed: ") + QString::fromUtf8(shell.readAllStandardError())};
    }
    QStringList arguments = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar::Null);
    arguments.removeLast(); // after the final separator
    return arguments;
}

} // namespace

// The "Copy as cURL" command: exact text, POSIX quoting that survives a real shell, never the key.
class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void fromExchange_data()
    {
        QTest::addColumn<ApiExchange>("exchange");
        QTest::addColumn<QString>("expected");

        const QByteArray key("Bearer sk_test_abc123");
        QTest::newRow("bulk invitation post")
            << exchange("POST", bulkUrl, {{"Authorization", key}, {"Content-Type", "application/json"}},
                        R"([{"email_address":"ada@example.org","role":"org:member"}])")
            << QStringLiteral("curl -X POST 'https://api.clerk.com/v1/organizations/org_1/invitations/bulk' "
                              "-H \"Authorization: Bearer $CLERK_SECRET_KEY\" -H 'Content-Type: application/json' "
                              "--data-raw '[{\"email_address\":\"ada@example.org\",\"role\":\"org:member\"}]'");
        QTest::newRow("lookup get with query, no body")
            << exchange("GET",
                        QStringLiteral("https://api.clerk.com/v1/organizations/org_1/invitations"
                                       "?email_address=a%2Bb%40example.org&status=pending"),
                        {{"Authorization", "Bearer [REDACTED]"}}, {})
            << QStringLiteral("curl -X GET 'https://api.clerk.com/v1/organizations/org_1/invitations"
                              "?email_address=a%2Bb%40example.org&status=pending' "
                              "-H \"Authorization: Bearer $CLERK_SECRET_KEY\"");
        QTest::newRow("single quote in body")
            << exchange("POST", bulkUrl, {{"Authorization", key}}, "{\"public_metadata\":{\"name\":\"O'Brien\"}}")
            << QStringLiteral("curl -X POST '%1' -H \"Authorization: Bearer $CLERK_SECRET_KEY\" "
                              "--data-raw '{\"public_metadata\":{\"name\":\"O'\\''Brien\"}}'")
                   .arg(bulkUrl);
        QTest::newRow("unicode body") << exchange("POST", bulkUrl, {}, R"({"name":"Zoë 日本"})")
                                      << QStringLiteral(
                                             "curl -X POST '%1' -H \"Authorization: Bearer $CLERK_SECRET_KEY\" "
                                             "--data-raw '{\"name\":\"Zoë 日本\"}'")
                                             .arg(bulkUrl);
        QTest::newRow("content-length and host left to curl")
            << exchange("POST", bulkUrl, {{"Host", "api.clerk.com"}, {"Content-Length", "2"}, {"Accept", "*/*"}}, "[]")
            << QStringLiteral("curl -X POST '%1' -H \"Authorization: Bearer $CLERK_SECRET_KEY\" -H 'Accept: */*' "
                              "--data-raw '[]'")
                   .arg(bulkUrl);
        QTest::newRow("sensitive headers redacted")
            << exchange("POST", bulkUrl, {{"Cookie", "__session=x"}, {"X-Api-Key", "sk_test_abc123"}}, {})
            << QStringLiteral("curl -X POST '%1' -H \"Authorization: Bearer $CLERK_SECRET_KEY\" "
                              "-H 'Cookie: [REDACTED]' -H 'X-Api-Key: [REDACTED]'")
                   .arg(bulkUrl);
        QTest::newRow("header value with a single quote")
            << exchange("POST", bulkUrl, {{"User-Agent", "it's me"}}, {})
            << QStringLiteral("curl -X POST '%1' -H \"Authorization: Bearer $CLERK_SECRET_KEY\" "
                              "-H 'User-Agent: it'\\''s me'")
                   .arg(bulkUrl);
        QTest::newRow("fragment and user info dropped")
            << exchange("GET", QStringLiteral("https://user:pw@api.clerk.com/v1/x#frag"), {}, {})
            << QStringLiteral("curl -X GET 'https://api.clerk.com/v1/x' "
                              "-H \"Authorization: Bearer $CLERK_SECRET_KEY\"");
    }

    void fromExchange()
    {
        QFETCH(ApiExchange, exchange);
        QFETCH(QString, expected);
        QCOMPARE(CurlCommand::fromExchange(exchange), expected);
    }

    void neverContainsTheKey_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");

        QTest::newRow("authorization bearer") << QByteArray("Authorization") << QByteArray("Bearer sk_live_K3Y");
        QTest::newRow("authorization lower case") << QByteArray("authorization") << QByteArray("Bearer sk_live_K3Y");
        QTest::newRow("authorization bare key") << QByteArray("Authorization") << QByteArray("sk_live_K3Y");
        QTest::newRow("api key header") << QByteArray("X-Api-Key") << QByteArray("sk_live_K3Y");
        QTest::newRow("secret header") << QByteArray("Clerk-Secret-Key") << QByteArray("sk_live_K3Y");
    }

    void neverContainsTheKey()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);

        const QString command = CurlCommand::fromExchange(exchange("POST", bulkUrl, {{name, value}}, "[]"));
        QVERIFY2(!command.contains(u"sk_live_K3Y"), qPrintable(command));
        QVERIFY(command.contains(u"\"Authorization: Bearer $CLERK_SECRET_KEY\""));
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("plain") << QStringLiteral("org:member");
        QTest::newRow("empty") << QString();
        QTest::newRow("single quote") << QStringLiteral("O'Brien");
        QTest::newRow("only single quotes") << QStringLiteral("'''");
        QTest::newRow("double quotes") << QStringLiteral("say \"hi\"");
        QTest::newRow("dollar and backticks") << QStringLiteral("$HOME `id` $(id) ${PATH}");
        QTest::newRow("backslashes") << QStringLiteral("a\\b\\\\'c");
        QTest::newRow("newline and tab") << QStringLiteral("line 1\nline 2\tend");
        QTest::newRow("glob and semicolon") << QStringLiteral("*; rm -rf ~ &");
        QTest::newRow("unicode") << QStringLiteral("Zoë 日本 🎉");
    }

    // The quoted word comes out of a real POSIX shell exactly as it went in.
    void shellQuote()
    {
        QFETCH(QString, text);
        if (!QFileInfo::exists(QStringLiteral("/bin/sh"))) {
            QSKIP("no /bin/sh");
        }
        QCOMPARE(curlArguments(u"curl " + CurlCommand::shellQuote(text), {}), QStringList{text});
    }

    // Pasted into a shell, the command passes curl the right arguments, with the key from the environment.
    void survivesTheShell()
    {
        if (!QFileInfo::exists(QStringLiteral("/bin/sh"))) {
            QSKIP("no /bin/sh");
        }
        const QByteArray body =
            "[{\"email_address\":\"o'brien@example.org\",\"public_metadata\":{\"x\":\"$HOME `id`\"}}]";
        const ApiExchange call = exchange(
            "POST", bulkUrl, {{"Authorization", "Bearer [REDACTED]"}, {"Content-Type", "application/json"}}, body);
        QCOMPARE(curlArguments(CurlCommand::fromExchange(call), QStringLiteral("sk_test_from_env")),
                 (QStringList{QStringLiteral("-X"), QStringLiteral("POST"), bulkUrl, QStringLiteral("-H"),
                              QStringLiteral("Authorization: Bearer sk_test_from_env"), QStringLiteral("-H"),
                              QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-raw"),
                              QString::fromUtf8(body)}));
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
