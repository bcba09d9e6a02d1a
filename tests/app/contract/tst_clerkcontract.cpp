#include "BlockingClerkCalls.h"
#include "PrismProcess.h"
#include "PrismVerdict.h"
#include "clerk/ClerkClient.h"
#include "core/InvitationPayload.h"
#include "delivery/DeliveryInput.h"
#include "delivery/DeliveryRun.h"
#include "delivery/Journal.h"
#include "io/InputCheck.h"
#include "sandbox/SandboxServer.h"
#include "support/FakeClock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

// Judges every request Invitedesk sends to Clerk by Clerk's published OpenAPI description: ClerkClient talks to the
// sandbox through Stoplight Prism, a validating proxy that flags any request (and any sandbox answer) breaking it.
class TestClerkContract : public QObject
{
    Q_OBJECT

    static constexpr int PrismStartTimeoutMs = 30000;
    static constexpr int ExchangeTimeoutMs = 10000;
    static constexpr int RunTimeoutMs = 30000;

    SandboxServer m_sandbox;
    PrismProcess m_prism;
    ClerkClient m_client{ClerkConfig()};
    BlockingClerkCalls m_calls{m_client, ExchangeTimeoutMs};
    QList<ApiExchange> m_exchanges; // every exchange ClerkClient finished since init()
    DeliveryInput m_input;          // tests/data/contract/invitees.csv, checked as `send` checks it
    QString m_inviterId;            // an admin of the demo organization, added by init()

    static bool runningInCi()
    {
        const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
        return !ci.isEmpty() && ci != u"false" && ci != u"0";
    }

    QString firstObjection(bool serverErrorsExpected = false) const
    {
        return PrismVerdict::firstObjection(m_exchanges, serverErrorsExpected);
    }

    // The fixture's payloads of rows, as the bulk body; the default inviter (the test's admin unless inviterId is
    // given) filled in as a run does.
    QByteArray bulkBody(const QList<int> &rows, bool requiredFieldsOnly, const QString &inviterId = {}) const
    {
        DeliveryInput input = m_input;
        input.applyDefaultInviter(inviterId.isEmpty() ? m_inviterId : inviterId);
        QList<QJsonObject> items;
        for (int row : rows) {
            QJsonObject item = input.payloads.at(row);
            if (requiredFieldsOnly) {
                item = QJsonObject{{QStringLiteral("email_address"), item.value(u"email_address")},
                                   {QStringLiteral("role"), item.value(u"role")}};
            }
            items.append(item);
        }
        return InvitationPayload::bulkBody(items);
    }

    static QList<int> range(int from, int count)
    {
        QList<int> rows;
        for (int row = from; row < from + count; ++row) {
            rows.append(row);
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        const QString prism = QStringLiteral(INVITEDESK_PRISM);
        const QString spec = QStringLiteral(INVITEDESK_CLERK_OPENAPI);
        QString missing;
        if (!QFileInfo(prism).isExecutable()) {
            missing = QStringLiteral("Stoplight Prism is not installed at %1: run scripts/install-prism.sh (needs npm)")
                          .arg(prism);
        } else if (!QFileInfo::exists(spec)) {
            missing = QStringLiteral("Clerk's OpenAPI description is not at %1: clone shared/ beside the checkout or "
                                     "configure with -DINVITEDESK_CLERK_OPENAPI=PATH")
                          .arg(spec);
        }
        if (!missing.isEmpty()) {
            if (runningInCi()) {
                QFAIL(qPrintable(missing));
            }
            QSKIP(qPrintable(missing));
        }

        m_sandbox.setRandomSeed(7);
        m_sandbox.setBulkRateLimit(1000, 3600);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

        QElapsedTimer startup;
        startup.start();
        QSignalSpy ready(&m_prism, &PrismProcess::ready);
        QSignalSpy failed(&m_prism, &PrismProcess::failed);
        // Prism matches requests against the description's paths without the server's /v1 and forwards the path
        // to the upstream URL, so the upstream carries /v1 and ClerkClient's base URL does not.
        m_prism.start(prism, spec, m_sandbox.apiUrl());
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), PrismStartTimeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        qInfo("Prism answered after %lld ms on %s", startup.elapsed(), qPrintable(m_prism.url().toString()));

        ClerkConfig config;
        config.setApiBaseUrl(m_prism.url());
        config.setSecretKey(QStringLiteral("sk_test_contract"));
        config.setTransferTimeoutMs(ExchangeTimeoutMs);
        m_client.setConfig(config);
        connect(&m_client, &ClerkClient::exchangeFinished, this,
                [this](const ApiExchange &exchange) { m_exchanges.append(exchange); });

        const InputCheck::Result check = InputCheck::run(QStringLiteral(INVITEDESK_TEST_DATA "/contract/invitees.csv"),
                                                         QStringLiteral("org:member"));
        QVERIFY2(check.import.ok(), qPrintable(check.import.errorString));
        QCOMPARE(check.payloads.size(), 14);
        m_input = DeliveryInput::fromCheck(check.rowStatus, check.payloads, check.payloadRows);
    }

    void init()
    {
        m_exchanges.clear();
        m_sandbox.reset();
        m_sandbox.addMember(SandboxServer::DemoOrganizationId, QStringLiteral("contract.admin@example.org"),
                            QStringLiteral("org:admin"));
        const auto admins = m_calls.listing<ClerkMembership>([](ClerkClient &client, QObject *context, auto done) {
            client.listMemberships(SandboxServer::DemoOrganizationId, {QStringLiteral("contract.admin@example.org")},
                                   context, done);
        });
        QVERIFY(admins && admins->ok() && admins->items.size() == 1);
        m_inviterId = admins->items.constFirst().userId;
        QVERIFY2(firstObjection().isEmpty(), qPrintable(firstObjection()));
        m_exchanges.clear();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning("Prism's output ends with:\n%s", qPrintable(m_prism.log().right(4000)));
        }
    }

    void cleanupTestCase()
    {
        m_prism.stop();
        m_sandbox.stop();
    }

    void bulkCreateConforms_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<bool>("requiredFieldsOnly");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("inviter"); // empty: the test's admin
        QTest::addColumn<int>("status");
        const QString demo = SandboxServer::DemoOrganizationId;
        QTest::newRow("one invitation with every field and nested metadata")
            << range(0, 1) << false << demo << QString() << 200;
        QTest::newRow("ten invitations with every field and nested metadata")
            << range(0, 10) << false << demo << QString() << 200;
        QTest::newRow("two invitations with the required fields only")
            << range(10, 2) << true << demo << QString() << 200;
        QTest::newRow("an address that is already a member: Clerk's 400")
            << range(12, 1) << false << demo << QString() << 400;
        QTest::newRow("an address already invited: Clerk's 400") << range(13, 1) << false << demo << QString() << 400;
        QTest::newRow("an inviter who is no admin: Clerk's 403")
            << range(0, 1) << false << demo << QStringLiteral("user_sandbox_member1") << 403;
        QTest::newRow("an unknown organization: Clerk's 404")
            << range(0, 1) << true << QStringLiteral("org_unknown") << QString() << 404;
    }

    void bulkCreateConforms()
    {
        QFETCH(QList<int>, rows);
        QFETCH(bool, requiredFieldsOnly);
        QFETCH(QString, organization);
        QFETCH(QString, inviter);
        QFETCH(int, status);
        const QByteArray body = bulkBody(rows, requiredFieldsOnly, inviter);
        if (!requiredFieldsOnly && status == 200) {
            for (const char *field : {"\"redirect_url\"", "\"inviter_user_id\"", "\"expires_in_days\"", "\"notify\"",
                                      "\"address\":{\"city\"", "\"employee\":{", "\"manager\":{"}) {
                QVERIFY2(body.contains(field), field);
            }
        }

        const std::optional<ApiExchange> answer = m_calls.bulk(organization, body);
        QVERIFY(answer);
        QVERIFY2(firstObjection().isEmpty(), qPrintable(firstObjection()));
        QCOMPARE(answer->status, status);
        if (status == 200) {
            const QJsonObject page = QJsonDocument::fromJson(answer->responseBody).object();
            QCOMPARE(page.value(u"data").toArray().size(), rows.size());
            QCOMPARE(m_sandbox.createdCount(), int(rows.size()));
        } else {
            QCOMPARE(m_sandbox.createdCount(), 0);
        }
    }

    void listingsConform_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("filter"); // organizations: query; invitations: status
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("items");
        const QStringList tenAddresses{QStringLiteral("pending.person@example.com"),
                                       QStringLiteral("alan.member@example.com"),
                                       QStringLiteral("ann+news@example.org"),
                                       QStringLiteral("zoë@example.org"),
                                       QStringLiteral("b&o=b@example.org"),
                                       QStringLiteral("c@example.org"),
                                       QStringLiteral("d@example.org"),
                                       QStringLiteral("e@example.org"),
                                       QStringLiteral("f@example.org"),
                                       QStringLiteral("g@example.org")};

        QTest::newRow("organizations, pages of one")
            << QStringLiteral("organizations") << QString() << QStringList() << 1 << 2;
        QTest::newRow("organizations matching a query")
            << QStringLiteral("organizations") << QStringLiteral("demo") << QStringList() << 500 << 1;
        QTest::newRow("roles, pages of one") << QStringLiteral("roles") << QString() << QStringList() << 1 << 3;
        QTest::newRow("memberships, pages of two")
            << QStringLiteral("memberships") << QString() << QStringList() << 2 << 6;
        QTest::newRow("memberships of ten addresses")
            << QStringLiteral("memberships") << QString() << tenAddresses << 500 << 1;
        QTest::newRow("invitations, no filter, pages of one")
            << QStringLiteral("invitations") << QString() << QStringList() << 1 << 2;
        QTest::newRow("invitations, pending")
            << QStringLiteral("invitations") << QStringLiteral("pending") << QStringList() << 500 << 1;
        QTest::newRow("invitations, accepted, one address")
            << QStringLiteral("invitations") << QStringLiteral("accepted")
            << QStringList{QStringLiteral("alan.member@example.com")} << 500 << 1;
        QTest::newRow("invitations, pending, ten addresses (the reconciler's lookup)")
            << QStringLiteral("invitations") << QStringLiteral("pending") << tenAddresses << 500 << 1;
        QTest::newRow("invitations, any status, two addresses, pages of one")
            << QStringLiteral("invitations") << QString()
            << QStringList{QStringLiteral("Pending.Person@example.com"), QStringLiteral("alan.member@example.com")} << 1
            << 2;
    }

    void listingsConform()
    {
        QFETCH(QString, kind);
        QFETCH(QString, filter);
        QFETCH(QStringList, emails);
        QFETCH(int, pageSize);
        QFETCH(int, items);
        m_client.setPageSize(pageSize);
        const auto restorePageSize = qScopeGuard([this] { m_client.setPageSize(ClerkClient::MaxPageSize); });
        const QString org = SandboxServer::DemoOrganizationId;

        qsizetype received = -1;
        qsizetype pages = 0;
        bool ok = false;
        auto take = [&](const auto &result) {
            if (result) {
                ok = result->ok();
                received = result->items.size();
                pages = result->exchanges.size();
            }
        };
        if (kind == u"organizations") {
            take(m_calls.listing<ClerkOrganization>([&](ClerkClient &client, QObject *context, auto done) {
                client.listOrganizations(filter, context, done);
            }));
        } else if (kind == u"roles") {
            take(m_calls.listing<ClerkRole>(
                [&](ClerkClient &client, QObject *context, auto done) { client.listRoles(context, done); }));
        } else if (kind == u"memberships") {
            take(m_calls.listing<ClerkMembership>([&](ClerkClient &client, QObject *context, auto done) {
                client.listMemberships(org, emails, context, done);
            }));
        } else {
            take(m_calls.listing<ClerkInvitation>([&](ClerkClient &client, QObject *context, auto done) {
                client.listInvitations(org, filter, emails, context, done);
            }));
        }
        QVERIFY2(firstObjection().isEmpty(), qPrintable(firstObjection()));
        QVERIFY(ok);
        QCOMPARE(received, qsizetype(items));
        if (pageSize == 1 && items > 1) {
            QVERIFY(pages > 1); // the pagination parameters went through Prism too
        }
    }

    void revokeConforms_data()
    {
        QTest::addColumn<QString>("invitation");
        QTest::addColumn<bool>("byAdmin");
        QTest::addColumn<int>("status");
        const QString pending = QStringLiteral("orginv_sandbox_pending1");
        QTest::newRow("by an admin of the organization") << pending << true << 200;
        QTest::newRow("without a requesting user") << pending << false << 200;
        QTest::newRow("an accepted invitation: Clerk's 400")
            << QStringLiteral("orginv_sandbox_accepted1") << true << 400;
        QTest::newRow("an unknown invitation: Clerk's 404") << QStringLiteral("orginv_unknown") << false << 404;
    }

    void revokeConforms()
    {
        QFETCH(QString, invitation);
        QFETCH(bool, byAdmin);
        QFETCH(int, status);
        const std::optional<ApiExchange> answer =
            m_calls.revoke(SandboxServer::DemoOrganizationId, invitation, byAdmin ? m_inviterId : QString());
        QVERIFY(answer);
        QVERIFY2(firstObjection().isEmpty(), qPrintable(firstObjection()));
        QCOMPARE(answer->status, status);
        if (status == 200) {
            QCOMPARE(QJsonDocument::fromJson(answer->responseBody).object().value(u"status").toString(),
                     QStringLiteral("revoked"));
        }
    }

    // Clerk's 401 for a key it does not take, on a listing whose description declares it.
    void refusedKeyConforms()
    {
        m_sandbox.setRequiredKey(QByteArrayLiteral("sk_test_someone_else"));
        const auto restoreKey = qScopeGuard([this] { m_sandbox.setRequiredKey({}); });
        const auto roles = m_calls.listing<ClerkRole>(
            [](ClerkClient &client, QObject *context, auto done) { client.listRoles(context, done); });
        QVERIFY(roles);
        QVERIFY2(firstObjection().isEmpty(), qPrintable(firstObjection()));
        QCOMPARE(roles->exchanges.constFirst().status, 401);
    }

    // A whole run: pre-flight listings, two bulk calls (ten rows and two), a member and a pending address settled.
    void deliveryRunConforms_data()
    {
        QTest::addColumn<bool>("serverError");
        QTest::addColumn<int>("bulkCalls");
        QTest::newRow("every call answered") << false << 2;
        QTest::newRow("a bulk call answered 500: looked up, then sent again") << true << 3;
    }

    void deliveryRunConforms()
    {
        QFETCH(bool, serverError);
        QFETCH(int, bulkCalls);
        if (serverError) {
            m_sandbox.injectFault(SandboxFault::of(SandboxFault::Kind::ServerError));
        }
        FakeClock clock;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Journal journal(clock);
        QVERIFY2(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))), qPrintable(journal.errorString()));
        DeliveryOptions options;
        options.organizationId = SandboxServer::DemoOrganizationId;
        options.defaultInviterUserId = m_inviterId;
        options.pacer = RatePacer(1000, 3600);
        options.jitter = JitterSource::fixed(0);

        DeliveryRun run(m_input, options, &m_client, &journal, &clock);
        QSignalSpy finished(&run, &DeliveryRun::finished);
        run.start();
        QElapsedTimer timer;
        timer.start();
        while (finished.isEmpty() && !timer.hasExpired(RunTimeoutMs)) {
            if (m_client.requestsInFlight() == 0 && clock.pendingCount() > 0) {
                clock.advanceToNextWake(); // pacing takes no real time
                continue;
            }
            finished.wait(5);
        }
        QVERIFY2(!finished.isEmpty(), "the run did not finish");
        QVERIFY2(firstObjection(serverError).isEmpty(), qPrintable(firstObjection(serverError)));

        const DeliverySummary summary = run.summary();
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.count(RowStatus::Invited), 12);
        QCOMPARE(run.outcomes().at(12).status, RowStatus::AlreadyMember);
        QCOMPARE(run.outcomes().at(13).status, RowStatus::AlreadyInvited);
        QCOMPARE(m_sandbox.createdCount(), 12);
        const auto isBulk = [](const ApiExchange &exchange) { return exchange.url.path().endsWith(u"/bulk"); };
        const auto isLookup = [](const ApiExchange &exchange) {
            return exchange.url.path().endsWith(u"/invitations") && exchange.url.query().contains(u"status=pending");
        };
        QCOMPARE(std::count_if(m_exchanges.cbegin(), m_exchanges.cend(), isBulk), bulkCalls);
        // The pre-flight reads the pending invitations once; the 500 makes the reconciler look its rows up too.
        QCOMPARE(std::count_if(m_exchanges.cbegin(), m_exchanges.cend(), isLookup), serverError ? 2 : 1);
    }

    // The negative control: the same proxy does flag requests that break the description, and does not pass them on.
    void invalidBulkIsFlagged_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("violation"); // part of what sl-violations says
        QByteArray eleven = "[";
        for (int i = 0; i < 11; ++i) {
            eleven += (i ? "," : "") + QByteArray("{\"email_address\":\"u") + QByteArray::number(i) +
                      "@example.org\",\"role\":\"org:member\"}";
        }
        eleven += ']';
        QTest::newRow("eleven invitations") << eleven << QStringLiteral("must NOT have more than 10 items");
        QTest::newRow("no invitation") << QByteArray("[]") << QStringLiteral("must NOT have fewer than 1 items");
        QTest::newRow("an invitation without email_address")
            << QByteArray("[{\"role\":\"org:member\"}]")
            << QStringLiteral("must have required property 'email_address'");
        QTest::newRow("an invitation without role") << QByteArray("[{\"email_address\":\"a@example.org\"}]")
                                                    << QStringLiteral("must have required property 'role'");
        QTest::newRow("expires_in_days 0")
            << QByteArray("[{\"email_address\":\"a@example.org\",\"role\":\"org:member\",\"expires_in_days\":0}]")
            << QStringLiteral("0.expires_in_days must be >= 1");
        QTest::newRow("expires_in_days 366")
            << QByteArray("[{\"email_address\":\"a@example.org\",\"role\":\"org:member\",\"expires_in_days\":366}]")
            << QStringLiteral("0.expires_in_days must be <= 365");
        QTest::newRow("notify as text")
            << QByteArray("[{\"email_address\":\"a@example.org\",\"role\":\"org:member\",\"notify\":\"yes\"}]")
            << QStringLiteral("0.notify must be boolean");
        QTest::newRow("public_metadata as text")
            << QByteArray("[{\"email_address\":\"a@example.org\",\"role\":\"org:member\",\"public_metadata\":\"{}\"}]")
            << QStringLiteral("0.public_metadata must be object");
        QTest::newRow("an object instead of an array")
            << QByteArray("{\"email_address\":\"a@example.org\",\"role\":\"org:member\"}")
            << QStringLiteral("Request body must be array");
    }

    void invalidBulkIsFlagged()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, violation);
        const std::optional<ApiExchange> answer = m_calls.bulk(SandboxServer::DemoOrganizationId, body);
        QVERIFY(answer);
        const QString why = PrismVerdict::violations(*answer).join(u'\n');
        QVERIFY2(!why.isEmpty(), qPrintable(answer->summary()));
        QVERIFY2(why.contains(violation), qPrintable(why));
        QCOMPARE(answer->status, 422);
        QCOMPARE(m_sandbox.bulkCallCount(), 0); // Prism answered it; the sandbox never saw it
    }

    void invalidListingIsFlagged()
    {
        const auto result = m_calls.listing<ClerkInvitation>([](ClerkClient &client, QObject *context, auto done) {
            client.listInvitations(SandboxServer::DemoOrganizationId, QStringLiteral("sent"), {}, context, done);
        });
        QVERIFY(result);
        QCOMPARE(result->exchanges.size(), 1);
        const ApiExchange &exchange = result->exchanges.constFirst();
        const QString why = PrismVerdict::violations(exchange).join(u'\n');
        QVERIFY2(why.contains(u"query parameter status must be equal to one of the allowed values"), qPrintable(why));
        QCOMPARE(exchange.status, 422);
    }

    // And it judges the sandbox's answers: one outside the description (a proxy's 502 page) is flagged.
    void invalidAnswerIsFlagged()
    {
        m_sandbox.injectFault(SandboxFault::of(SandboxFault::Kind::BadGateway));
        const std::optional<ApiExchange> answer =
            m_calls.bulk(SandboxServer::DemoOrganizationId, bulkBody(range(0, 1), true));
        QVERIFY(answer);
        const QString why = PrismVerdict::violations(*answer).join(u'\n');
        QVERIFY2(why.contains(u"Unable to match the returned status code"), qPrintable(answer->summary()));
        QCOMPARE(m_sandbox.bulkCallCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClerkContract)
#include "tst_clerkcontract.moc"
