#include "KeychainSecretStore.h"

#include <QTest>

// The real keychain store on a machine that has no keychain service (CI: no D-Bus session, no display): it answers,
// asynchronously, with a message instead of hanging, crashing or writing the key anywhere else. Skipped where a
// keychain might exist, so that no test ever touches a real one.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char *variable : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"}) {
            if (!qEnvironmentVariableIsEmpty(variable)) {
                QSKIP("a keychain service may be reachable here; the store is tested through FakeSecretStore");
            }
        }
    }

    void failsGracefullyWithoutAKeychain_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("read") << QStringLiteral("read");
        QTest::newRow("write") << QStringLiteral("write");
        QTest::newRow("remove") << QStringLiteral("remove");
    }

    void failsGracefullyWithoutAKeychain()
    {
        QFETCH(QString, operation);
        KeychainSecretStore store;
        const QString account = QStringLiteral("http://127.0.0.1:1/invitedesk-test");
        bool answered = false;
        SecretStore::Result result;
        const auto done = [&](const SecretStore::Result &answer) {
            answered = true;
            result = answer;
        };
        if (operation == u"read") {
            store.read(account, this, done);
        } else if (operation == u"write") {
            store.write(account, QStringLiteral("sk_test_never_stored"), this, done);
        } else {
            store.remove(account, this, done);
        }
        QVERIFY(!answered); // never from within the call
        QTRY_VERIFY(answered);
        QCOMPARE(result.status, SecretStore::Result::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("keychain")), qPrintable(result.message));
        QVERIFY(!result.message.contains(QStringLiteral("sk_test_never_stored")));
        QCOMPARE(result.secret, QString());
    }
};

QTEST_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
