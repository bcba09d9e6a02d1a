#include "clerk/ClerkClient.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSettings.h"
#include "session/Connection.h"
#include "session/OrganizationDirectory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The window's connection: the embedded sandbox by default, Clerk only with a URL and key that are safe to use,
// the environment read from the key, organization search, and the directory of roles and admins.
class TestConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AppSettings settings(const char *name) { return AppSettings::forFile(m_dir.filePath(QLatin1String(name))); }

    static QStringList ids(const QList<ClerkOrganization> &organizations)
    {
        QStringList list;
        for (const ClerkOrganization &organization : organizations) {
            list.append(organization.id);
        }
        return list;
    }

private slots:
    void startsTheSandboxByDefaultAndListsTheDemoOrganization()
    {
        Connection connection;
        QSignalSpy environment(&connection, &Connection::environmentChanged);
        QSignalSpy loaded(&connection, &Connection::directoryLoaded);
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        QVERIFY(connection.configure(settings("sandbox.ini"), QString()));

        QCOMPARE(connection.environment(), Connection::Environment::Sandbox);
        QVERIFY(connection.isSandbox());
        QCOMPARE(environment.size(), 1);
        QVERIFY(connection.sandbox() && connection.sandbox()->isRunning());
        QCOMPARE(connection.apiBaseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(connection.apiBaseUrl(), connection.sandbox()->apiUrl());
        QCOMPARE(connection.organizationId(), SandboxServer::DemoOrganizationId);

        QSignalSpy found(&connection, &Connection::organizationsFound);
        connection.searchOrganizations(QString());
        QVERIFY(found.wait());
        QVERIFY(ids(found.at(0).at(1).value<QList<ClerkOrganization>>()).contains(SandboxServer::DemoOrganizationId));
        QCOMPARE(found.at(0).at(2).toBool(), false);

        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(connection.directory()->roleKeys().contains(QStringLiteral("org:member")));
        QStringList admins;
        for (const ClerkMembership &admin : connection.directory()->admins()) {
            admins.append(admin.email);
        }
        admins.sort();
        QCOMPARE(admins,
                 (QStringList{QStringLiteral("ada.admin@example.com"), QStringLiteral("grace.admin@example.com")}));
        // The demo organization's name is looked up, since the sandbox was chosen by id.
        QTRY_COMPARE(connection.organizationName(), QStringLiteral("Sandbox Demo Co"));
        QCOMPARE(errors.size(), 0);
    }

    void theSandboxKeyIsGeneratedAndNoOtherKeyGetsIn()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        const QString key = connection.client()->config().secretKey();
        QVERIFY(key.startsWith(QStringLiteral("sk_test_sandbox_")));
        QVERIFY(key.size() > 40);
        QVERIFY(!connection.description().contains(key));

        ClerkConfig other;
        other.setApiBaseUrl(connection.apiBaseUrl());
        other.setSecretKey(QStringLiteral("sk_test_guessed"));
        ClerkClient outsider(other);
        ClerkError error;
        bool answered = false;
        outsider.listRoles(this, [&](const ClerkListing<ClerkRole> &listing) {
            error = listing.error;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(error.kind(), ClerkError::Kind::Unauthorized);

        Connection second;
        QVERIFY(second.useSandbox());
        QVERIFY(second.client()->config().secretKey() != key);
    }

    void checkSettings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted

        const QString test = QStringLiteral("sk_test_abc123");
        QTest::newRow("nothing: the sandbox") << QString() << QString() << QString();
        QTest::newRow("key alone: production api") << QString() << test << QString();
        QTest::newRow("https to any host") << QStringLiteral("https://clerk.example.org/v1") << test << QString();
        QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << test << QString();
        QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8080/v1") << test << QString();
        QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080/v1") << test << QString();
        QTest::newRow("url without a key") << QStringLiteral("https://api.clerk.com/v1") << QString()
                                           << QStringLiteral("Enter the secret key for https://api.clerk.com/v1");
        QTest::newRow("http to a non-loopback host")
            << QStringLiteral("http://api.clerk.com/v1") << test << QStringLiteral("not a loopback address");
        QTest::newRow("http to a lan address")
            << QStringLiteral("http://192.168.1.5/v1") << test << QStringLiteral("not a loopback address");
        QTest::newRow("ftp") << QStringLiteral("ftp://api.clerk.com/v1") << test << QStringLiteral("https://");
        QTest::newRow("not a url") << QStringLiteral("api clerk com") << test << QStringLiteral("not a valid");
        QTest::newRow("publishable key") << QString() << QStringLiteral("pk_test_abc")
                                         << QStringLiteral("must start with sk_test_ or sk_live_");
        QTest::newRow("prefix alone") << QString() << QStringLiteral("sk_live_")
                                      << QStringLiteral("must start with sk_test_ or sk_live_");
        QTest::newRow("space inside the key")
            << QString() << QStringLiteral("sk_test_ab cd") << QStringLiteral("spaces");
    }

    void checkSettings()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString message = Connection::checkSettings(url, key);
        if (problem.isEmpty()) {
            QCOMPARE(message, QString());
        } else {
            QVERIFY2(message.contains(problem), qPrintable(message));
            QVERIFY(key.size() < 9 || !message.contains(key)); // never repeats a key
        }
    }

    void refusesPlainHttpToANonLoopbackHostAndKeepsTheSandbox()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        const QUrl before = connection.apiBaseUrl();
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        QSignalSpy environment(&connection, &Connection::environmentChanged);
        QVERIFY(!connection.useClerk(QStringLiteral("http://api.clerk.com/v1"), QStringLiteral("sk_live_secret123")));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("loopback")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("sk_live_secret123")));
        QCOMPARE(environment.size(), 0);
        QCOMPARE(connection.environment(), Connection::Environment::Sandbox);
        QCOMPARE(connection.apiBaseUrl(), before);
    }

    void environmentFromTheKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Connection::Environment>("environment");
        QTest::newRow("no key: sandbox") << QString() << Connection::Environment::Sandbox;
        QTest::newRow("sk_test_: development instance")
            << QStringLiteral("sk_test_abcdef") << Connection::Environment::Test;
        QTest::newRow("sk_live_: production instance")
            << QStringLiteral("sk_live_abcdef") << Connection::Environment::Live;
        QTest::newRow("surrounding white space")
            << QStringLiteral("  sk_live_abcdef\n") << Connection::Environment::Live;
    }

    void environmentFromTheKey()
    {
        QFETCH(QString, key);
        QFETCH(Connection::Environment, environment);
        AppSettings file = settings("environment.ini");
        file.setApiBaseUrl(QStringLiteral("http://127.0.0.1:9/v1")); // never contacted: no organization chosen
        file.setOrganization(QString(), QString());
        Connection connection;
        QSignalSpy changed(&connection, &Connection::environmentChanged);
        QVERIFY(connection.configure(file, key));
        QCOMPARE(connection.environment(), environment);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Connection::Environment>(), environment);
        if (environment != Connection::Environment::Sandbox) {
            QCOMPARE(connection.apiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
            QCOMPARE(connection.organizationId(), QString());
        }
    }

    void configureTakesTheTimeoutAndTheSavedOrganization()
    {
        SandboxServer clerk;
        QVERIFY(clerk.start());
        AppSettings file = settings("saved.ini");
        file.setApiBaseUrl(clerk.apiUrl().toString());
        file.setTransferTimeoutSeconds(7);
        file.setOrganization(SandboxServer::DemoOrganizationId, QStringLiteral("Demo"));
        Connection connection;
        QSignalSpy loaded(&connection, &Connection::directoryLoaded);
        QVERIFY(connection.configure(file, QStringLiteral("sk_test_configured")));
        QCOMPARE(connection.environment(), Connection::Environment::Test);
        QCOMPARE(connection.client()->config().transferTimeoutMs(), 7000);
        QCOMPARE(connection.organizationId(), SandboxServer::DemoOrganizationId);
        QCOMPARE(connection.organizationName(), QStringLiteral("Demo"));
        QVERIFY(loaded.wait());
        QVERIFY(connection.sandbox() == nullptr); // the embedded one was never needed
    }

    void errorsSayWhatToFix_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("wrong key") << QStringLiteral("sk_test_wrong") << SandboxServer::DemoOrganizationId
                                   << QStringList{QStringLiteral("HTTP 401"), QStringLiteral("Settings")};
        QTest::newRow("unknown organization") << QStringLiteral("sk_test_right") << QStringLiteral("org_nowhere")
                                              << QStringList{QStringLiteral("org_nowhere"), QStringLiteral("HTTP 404"),
                                                             QStringLiteral("choose another organization")};
    }

    void errorsSayWhatToFix()
    {
        QFETCH(QString, key);
        QFETCH(QString, organization);
        QFETCH(QStringList, parts);
        SandboxServer clerk;
        clerk.setRequiredKey(QByteArrayLiteral("sk_test_right"));
        QVERIFY(clerk.start());
        Connection connection;
        QVERIFY(connection.useClerk(clerk.apiUrl().toString(), key));
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        QSignalSpy loaded(&connection, &Connection::directoryLoaded);
        connection.selectOrganization(organization, QStringLiteral("Somewhere"));
        QVERIFY(errors.wait());
        const QString message = errors.at(0).at(0).toString();
        for (const QString &part : std::as_const(parts)) {
            QVERIFY2(message.contains(part), qPrintable(message));
        }
        QVERIFY(!message.contains(key));
        QTRY_COMPARE(connection.client()->requestsInFlight(), 0);
        QCOMPARE(errors.size(), 1); // one message per failed selection
        QCOMPARE(loaded.size(), 0);
    }

    void unreachableInstanceNamesTheUrl()
    {
        SandboxServer gone;
        QVERIFY(gone.start());
        const QUrl url = gone.apiUrl();
        gone.stop();
        Connection connection;
        QVERIFY(connection.useClerk(url.toString(), QStringLiteral("sk_test_abcdef")));
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        connection.searchOrganizations(QStringLiteral("acme"));
        QVERIFY(errors.wait());
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(url.toString()) && message.contains(QStringLiteral("API base URL")),
                 qPrintable(message));
    }

    void onlyTheLatestSearchAnswers()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        QTRY_COMPARE(connection.client()->requestsInFlight(), 0);
        QSignalSpy found(&connection, &Connection::organizationsFound);
        connection.searchOrganizations(QStringLiteral("demo"));
        connection.searchOrganizations(QStringLiteral(" small "));
        QVERIFY(found.wait());
        QTRY_COMPARE(connection.client()->requestsInFlight(), 0);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).at(0).toString(), QStringLiteral("small"));
        const auto organizations = found.at(0).at(1).value<QList<ClerkOrganization>>();
        QVERIFY(!organizations.isEmpty());
        QVERIFY(!ids(organizations).contains(SandboxServer::DemoOrganizationId));
    }

    void switchingConnectionsDropsTheOldDirectory()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        QSignalSpy loaded(&connection, &Connection::directoryLoaded);
        QVERIFY(loaded.wait());
        QVERIFY(!connection.directory()->roles().isEmpty());
        QSignalSpy organization(&connection, &Connection::organizationChanged);
        QVERIFY(connection.useClerk(QString(), QStringLiteral("sk_live_abcdef")));
        QCOMPARE(connection.environment(), Connection::Environment::Live);
        QCOMPARE(connection.apiBaseUrl(), ClerkConfig::defaultApiBaseUrl());
        QCOMPARE(connection.organizationId(), QString());
        QCOMPARE(organization.size(), 1);
        QVERIFY(connection.directory()->roles().isEmpty());
        QVERIFY(connection.directory()->admins().isEmpty());
        // And back: the same sandbox, its demo organization again.
        QVERIFY(connection.useSandbox());
        QCOMPARE(connection.organizationId(), SandboxServer::DemoOrganizationId);
        QVERIFY(loaded.wait());
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
