#include "clerk/ClerkError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

ApiExchange answer(int status, const QByteArray &contentType, const QByteArray &body)
{
    ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(QStringLiteral("https://api.clerk.com/v1/organizations/org_1/invitations/bulk"));
    exchange.status = status;
    exchange.statusText = "Status Text";
    if (!contentType.isEmpty()) {
        exchange.responseHeaders.emplaceBack("Content-Type", contentType);
    }
    exchange.responseBody = body;
    return exchange;
}

QByteArray clerkErrors(const QString &code, const QString &longMessage, const QJsonObject &meta = {})
{
    QJsonObject error{{QStringLiteral("message"), QStringLiteral("short")},
                      {QStringLiteral("long_message"), longMessage},
                      {QStringLiteral("code"), code}};
    if (!meta.isEmpty()) {
        error.insert(u"meta", meta);
    }
    const QJsonObject root{{QStringLiteral("errors"), QJsonArray{error}},
                           {QStringLiteral("clerk_trace_id"), QStringLiteral("trace_42")}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

// ClerkError turns whatever came back into something the delivery engine can act on and people can read.
class TestClerkError : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QStringList>("duplicates");
        QTest::addColumn<QString>("paramName");
        QTest::addColumn<QString>("traceId");

        const QByteArray json = "application/json";
        QTest::newRow("duplicate_record with meta.email_addresses")
            << 400 << json
            << clerkErrors(QStringLiteral("duplicate_record"), QStringLiteral("There are already pending invitations"),
                           {{QStringLiteral("email_addresses"),
                             QJsonArray{QStringLiteral("a@x.org"), QStringLiteral("B@x.org")}}})
            << int(ClerkError::Kind::Duplicate) << QStringLiteral("duplicate_record")
            << QStringLiteral("already pending") << QStringList{QStringLiteral("a@x.org"), QStringLiteral("B@x.org")}
            << QString() << QStringLiteral("trace_42");
        QTest::newRow("already a member, address only in long_message")
            << 400 << json
            << clerkErrors(QStringLiteral("already_a_member_in_organization"),
                           QStringLiteral("m@x.org is already a member of the organization."))
            << int(ClerkError::Kind::AlreadyMember) << QStringLiteral("already_a_member_in_organization")
            << QStringLiteral("m@x.org is already a member") << QStringList() << QString()
            << QStringLiteral("trace_42");
        QTest::newRow("422 form_param_format_invalid names the field")
            << 422 << json
            << clerkErrors(QStringLiteral("form_param_format_invalid"), QStringLiteral("email_address must be valid"),
                           {{QStringLiteral("param_name"), QStringLiteral("email_address")}})
            << int(ClerkError::Kind::InvalidParam) << QStringLiteral("form_param_format_invalid")
            << QStringLiteral("must be valid") << QStringList() << QStringLiteral("email_address")
            << QStringLiteral("trace_42");
        QTest::newRow("422 form_param_unknown")
            << 422 << json
            << clerkErrors(QStringLiteral("form_param_unknown"), QStringLiteral("colour is not a valid parameter"),
                           {{QStringLiteral("param_name"), QStringLiteral("colour")}})
            << int(ClerkError::Kind::InvalidParam) << QStringLiteral("form_param_unknown") << QStringLiteral("colour")
            << QStringList() << QStringLiteral("colour") << QStringLiteral("trace_42");
        QTest::newRow("429 too many requests")
            << 429 << json << clerkErrors(QStringLiteral("too_many_requests"), QStringLiteral("Too many requests"))
            << int(ClerkError::Kind::RateLimited) << QStringLiteral("too_many_requests") << QStringLiteral("Too many")
            << QStringList() << QString() << QStringLiteral("trace_42");
        QTest::newRow("401 bad key") << 401 << json
                                     << clerkErrors(QStringLiteral("authentication_invalid"),
                                                    QStringLiteral("The secret key is invalid"))
                                     << int(ClerkError::Kind::Unauthorized) << QStringLiteral("authentication_invalid")
                                     << QStringLiteral("secret key is invalid") << QStringList() << QString()
                                     << QStringLiteral("trace_42");
        QTest::newRow("403 member quota")
            << 403 << json
            << clerkErrors(QStringLiteral("organization_membership_quota_exceeded"),
                           QStringLiteral("The organization has reached its member limit"))
            << int(ClerkError::Kind::QuotaExceeded) << QStringLiteral("organization_membership_quota_exceeded")
            << QStringLiteral("member limit") << QStringList() << QString() << QStringLiteral("trace_42");
        QTest::newRow("403 not allowed") << 403 << json
                                         << clerkErrors(QStringLiteral("authorization_invalid"),
                                                        QStringLiteral("Not allowed to do that"))
                                         << int(ClerkError::Kind::Forbidden) << QStringLiteral("authorization_invalid")
                                         << QStringLiteral("Not allowed") << QStringList() << QString()
                                         << QStringLiteral("trace_42");
        QTest::newRow("404 organization")
            << 404 << json << clerkErrors(QStringLiteral("resource_not_found"), QStringLiteral("Not found"))
            << int(ClerkError::Kind::NotFound) << QStringLiteral("resource_not_found") << QStringLiteral("Not found")
            << QStringList() << QString() << QStringLiteral("trace_42");
        QTest::newRow("400 with another code")
            << 400 << json << clerkErrors(QStringLiteral("something_new"), QStringLiteral("Something new"))
            << int(ClerkError::Kind::Other) << QStringLiteral("something_new") << QStringLiteral("Something new")
            << QStringList() << QString() << QStringLiteral("trace_42");
        QTest::newRow("html 502 from a proxy")
            << 502 << QByteArray("text/html") << QByteArray("<html><body>Bad Gateway</body></html>")
            << int(ClerkError::Kind::ServerError) << QString() << QStringLiteral("HTTP 502 Status Text from a proxy")
            << QStringList() << QString() << QString();
        QTest::newRow("500 with an empty body")
            << 500 << QByteArray() << QByteArray() << int(ClerkError::Kind::ServerError) << QString()
            << QStringLiteral("empty body") << QStringList() << QString() << QString();
        QTest::newRow("truncated json") << 400 << json
                                        << QByteArray("{\"errors\":[{\"message\":\"dup\",\"code\":\"duplicate_rec")
                                        << int(ClerkError::Kind::Other) << QString() << QStringLiteral("malformed JSON")
                                        << QStringList() << QString() << QString();
        QTest::newRow("json without errors array")
            << 400 << json << QByteArray("{\"oops\":true}") << int(ClerkError::Kind::Other) << QString()
            << QStringLiteral("without Clerk error details") << QStringList() << QString() << QString();
        QTest::newRow("200 with json") << 200 << json << QByteArray("{\"data\":[],\"total_count\":0}")
                                       << int(ClerkError::Kind::None) << QString() << QString() << QStringList()
                                       << QString() << QString();
        QTest::newRow("200 with html from a captive portal")
            << 200 << QByteArray("text/html") << QByteArray("<html>Log in to the Wi-Fi</html>")
            << int(ClerkError::Kind::NetworkUnknown) << QString() << QStringLiteral("not JSON") << QStringList()
            << QString() << QString();
        QTest::newRow("200 with an empty body")
            << 200 << json << QByteArray() << int(ClerkError::Kind::NetworkUnknown) << QString()
            << QStringLiteral("outcome is unknown") << QStringList() << QString() << QString();
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        QFETCH(QStringList, duplicates);
        QFETCH(QString, paramName);
        QFETCH(QString, traceId);

        const ClerkError error = ClerkError::fromExchange(answer(status, contentType, body));
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.isError(), kind != int(ClerkError::Kind::None));
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.firstCode(), code);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u'\n'));
        if (error.isError()) {
            QVERIFY(!error.message().isEmpty());
        }
        QCOMPARE(error.duplicateEmails(), duplicates);
        QCOMPARE(error.paramName(), paramName);
        QCOMPARE(error.clerkTraceId(), traceId);
        QVERIFY(error.toString().contains(ClerkError::kindKey(error.kind())));
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("networkError");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("kind");

        QTest::newRow("connection reset before any answer")
            << 0 << QStringLiteral("Connection closed") << false << int(ClerkError::Kind::NetworkUnknown);
        QTest::newRow("cut off after the headers")
            << 200 << QStringLiteral("Connection closed") << false << int(ClerkError::Kind::NetworkUnknown);
        QTest::newRow("no status and no error text")
            << 0 << QString() << false << int(ClerkError::Kind::NetworkUnknown);
        QTest::newRow("refused by the client")
            << 0 << QStringLiteral("plain http to a host that is not a loopback address") << true
            << int(ClerkError::Kind::Refused);
    }

    void transportFailures()
    {
        QFETCH(int, status);
        QFETCH(QString, networkError);
        QFETCH(bool, refused);
        QFETCH(int, kind);

        ApiExchange exchange = answer(status, "application/json", "{\"data\":[");
        exchange.networkError = networkError;
        exchange.refused = refused;
        const ClerkError error = ClerkError::fromExchange(exchange);
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.networkError(), networkError);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(error.message().contains(networkError));
        QCOMPARE(error.isOutcomeUnknown(), kind == int(ClerkError::Kind::NetworkUnknown));
    }

    void retryAfterHeader()
    {
        ApiExchange exchange = answer(429, "application/json", clerkErrors(QStringLiteral("too_many_requests"), {}));
        exchange.responseHeaders.emplaceBack("retry-after", "17");
        const ClerkError error = ClerkError::fromExchange(exchange);
        QCOMPARE(error.kind(), ClerkError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds(), std::optional<qint64>(17));
        QCOMPARE(error.message(), QStringLiteral("short")); // no long message: the short one
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds"); // -1: none

        QTest::newRow("delta seconds") << QByteArray("120") << qint64(120);
        QTest::newRow("delta seconds with spaces") << QByteArray(" 5 ") << qint64(5);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("http date in 90 s") << QByteArray("Wed, 21 Oct 2026 07:29:30 GMT") << qint64(90);
        QTest::newRow("http date in the past") << QByteArray("Wed, 21 Oct 2026 07:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, seconds);
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);
        const auto parsed = ClerkError::parseRetryAfter(value, now);
        QCOMPARE(parsed.value_or(-1), seconds);
    }

    void everyEntryIsKept()
    {
        const QJsonObject root{
            {QStringLiteral("errors"),
             QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("dup")},
                                    {QStringLiteral("long_message"), QStringLiteral("a is invited")},
                                    {QStringLiteral("code"), QStringLiteral("duplicate_record")},
                                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("email_addresses"),
                                                                          QJsonArray{QStringLiteral("a@x.org")}}}}},
                        QJsonObject{{QStringLiteral("message"), QStringLiteral("dup")},
                                    {QStringLiteral("long_message"), QStringLiteral("b is invited")},
                                    {QStringLiteral("code"), QStringLiteral("duplicate_record")},
                                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("email_addresses"),
                                                                          QJsonArray{QStringLiteral("b@x.org")}}}}}}},
        };
        const ClerkError error =
            ClerkError::fromExchange(answer(400, "application/json", QJsonDocument(root).toJson()));
        QCOMPARE(error.entries().size(), 2);
        QCOMPARE(error.entries().at(1).longMessage, QStringLiteral("b is invited"));
        QCOMPARE(error.duplicateEmails(), (QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@x.org")}));
        QVERIFY(error.hasCode(u"duplicate_record"));
        QVERIFY(!error.hasCode(u"form_param_unknown"));
    }

    void unexpectedBody()
    {
        const ClerkError error =
            ClerkError::unexpectedBody(answer(200, "application/json", "{}"), QStringLiteral("no \"data\" array"));
        QCOMPARE(error.kind(), ClerkError::Kind::Other);
        QVERIFY(error.message().contains(QStringLiteral("no \"data\" array")));
    }

    void kindKeysAreDistinct()
    {
        QSet<QString> keys;
        for (int i = int(ClerkError::Kind::None); i <= int(ClerkError::Kind::Other); ++i) {
            const QString key = ClerkError::kindKey(static_cast<ClerkError::Kind>(i));
            QVERIFY(!key.isEmpty());
            keys.insert(key);
        }
        QCOMPARE(keys.size(), int(ClerkError::Kind::Other) + 1);
    }
};

QTEST_GUILESS_MAIN(TestClerkError)
#include "tst_clerkerror.moc"
