#include "SettingsDialog.h"
#include "core/Translations.h"
#include "session/SecretStore.h"
#include "support/FakeSecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// The settings dialog: what it refuses and why, the masked key, and where the key goes: the keychain (a fake here)
// when the user asks for it, the settings file never.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshIni() { return m_dir.filePath(QStringLiteral("settings%1.ini").arg(++m_files)); }

    template<typename T>
    static T *field(const SettingsDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no field %s", name);
        }
        return widget;
    }

    static QPushButton *okButton(const SettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(QCoreApplication::instance());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("problem"); // part of the reason shown; empty: OK enabled

        QTest::newRow("nothing: the sandbox") << QString() << QString() << QStringLiteral("50/3600") << QString();
        QTest::newRow("test key, production url")
            << QString() << QStringLiteral("sk_test_abc123") << QStringLiteral("50/3600") << QString();
        QTest::newRow("live key, https url")
            << QStringLiteral("https://clerk.example.org/v1") << QStringLiteral("sk_live_abc123")
            << QStringLiteral("10/60") << QString();
        QTest::newRow("http to loopback") << QStringLiteral("http://127.0.0.1:8080/v1") << QStringLiteral("sk_test_a1")
                                          << QStringLiteral("50/3600") << QString();
        QTest::newRow("url without a key") << QStringLiteral("https://api.clerk.com/v1") << QString()
                                           << QStringLiteral("50/3600") << QStringLiteral("Enter the secret key");
        QTest::newRow("http to another host")
            << QStringLiteral("http://api.clerk.com/v1") << QStringLiteral("sk_test_abc123")
            << QStringLiteral("50/3600") << QStringLiteral("loopback");
        QTest::newRow("publishable key") << QString() << QStringLiteral("pk_test_abc123") << QStringLiteral("50/3600")
                                         << QStringLiteral("sk_test_ or sk_live_");
        QTest::newRow("rate without seconds") << QString() << QString() << QStringLiteral("50") << QStringLiteral("50");
        QTest::newRow("rate of zero calls")
            << QString() << QString() << QStringLiteral("0/60") << QStringLiteral("0/60");
    }

    void validation()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, rate);
        QFETCH(QString, problem);
        FakeSecretStore store;
        SettingsDialog dialog(AppSettings::forFile(freshIni()), &store);
        dialog.show();
        type(field<QLineEdit>(dialog, "apiBaseUrl"), url);
        type(field<QLineEdit>(dialog, "secretKey"), key);
        type(field<QLineEdit>(dialog, "rate"), rate);

        QCOMPARE(okButton(dialog)->isEnabled(), problem.isEmpty());
        const QLabel *reason = field<QLabel>(dialog, "problem");
        if (problem.isEmpty()) {
            QCOMPARE(dialog.problem(), QString());
            QVERIFY(reason->isHidden());
        } else {
            QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
            QCOMPARE(reason->text(), dialog.problem());
            QVERIFY(reason->isVisible());
            QVERIFY(key.isEmpty() || !dialog.problem().contains(key));
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.accept(); // Enter in a field cannot get past it either
            QCOMPARE(accepted.size(), 0);
        }
    }

    void theKeyIsMaskedUntilShown()
    {
        FakeSecretStore store;
        SettingsDialog dialog(AppSettings::forFile(freshIni()), &store);
        dialog.setSecretKey(QStringLiteral("sk_test_abc123"));
        auto *key = field<QLineEdit>(dialog, "secretKey");
        auto *show = field<QPushButton>(dialog, "showKey");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.secretKey(), QStringLiteral("sk_test_abc123"));
    }

    void rememberNeedsAKey()
    {
        FakeSecretStore store;
        SettingsDialog dialog(AppSettings::forFile(freshIni()), &store);
        auto *remember = field<QCheckBox>(dialog, "rememberKey");
        QVERIFY(!remember->isEnabled());
        type(field<QLineEdit>(dialog, "secretKey"), QStringLiteral("sk_test_abc123"));
        QVERIFY(remember->isEnabled());
    }

    void theKeyNeverReachesTheSettingsFile_data()
    {
        QTest::addColumn<bool>("remember");
        QTest::newRow("remembered in the keychain") << true;
        QTest::newRow("for this session only") << false;
    }

    void theKeyNeverReachesTheSettingsFile()
    {
        QFETCH(bool, remember);
        const QString ini = freshIni();
        const QString secret = QStringLiteral("sk_live_VerySecretValue123");
        FakeSecretStore store;
        SettingsDialog dialog(AppSettings::forFile(ini), &store);
        type(field<QLineEdit>(dialog, "apiBaseUrl"), QStringLiteral("https://clerk.example.org/v1"));
        type(field<QLineEdit>(dialog, "secretKey"), secret);
        field<QCheckBox>(dialog, "rememberKey")->setChecked(remember);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(dialog.secretKey(), secret);

        const QByteArray bytes = bytesOf(ini);
        QVERIFY(bytes.contains("clerk.example.org"));
        QVERIFY(!bytes.contains("VerySecret"));
        QVERIFY(!bytes.contains("sk_live"));
        QCOMPARE(AppSettings::forFile(ini).rememberKey(), remember);
        if (remember) {
            QCOMPARE(store.calls, QStringList{QStringLiteral("write https://clerk.example.org/v1")});
            QCOMPARE(store.entries.value(QStringLiteral("https://clerk.example.org/v1")), secret);
        } else {
            QVERIFY(store.calls.isEmpty());
        }
    }

    void withoutAKeychainTheDialogSaysSoAndStaysOpen()
    {
        const QString ini = freshIni();
        FakeSecretStore store;
        store.setFailure(QStringLiteral("No system keychain is available (no D-Bus session)."));
        SettingsDialog dialog(AppSettings::forFile(ini), &store);
        dialog.show();
        type(field<QLineEdit>(dialog, "secretKey"), QStringLiteral("sk_test_abc123"));
        field<QCheckBox>(dialog, "rememberKey")->setChecked(true);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!okButton(dialog)->isEnabled());
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problem().contains(QStringLiteral("No system keychain")) &&
                     dialog.problem().contains(QStringLiteral("Untick")),
                 qPrintable(dialog.problem()));
        QVERIFY(!AppSettings::forFile(ini).rememberKey());

        // The way out it names: use the key for this session only.
        field<QCheckBox>(dialog, "rememberKey")->setChecked(false);
        QTRY_VERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.secretKey(), QStringLiteral("sk_test_abc123"));
    }

    void untickingRememberRemovesTheKeyFromTheKeychain()
    {
        const QString ini = freshIni();
        const QString account = SecretStore::accountFor(QString());
        {
            AppSettings settings = AppSettings::forFile(ini);
            settings.setRememberKey(true);
            settings.sync();
        }
        FakeSecretStore store;
        store.entries.insert(account, QStringLiteral("sk_test_remembered"));
        SettingsDialog dialog(AppSettings::forFile(ini), &store);
        dialog.setSecretKey(QStringLiteral("sk_test_remembered"));
        QVERIFY(field<QCheckBox>(dialog, "rememberKey")->isChecked());
        field<QCheckBox>(dialog, "rememberKey")->setChecked(false);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(store.calls, QStringList{QStringLiteral("remove ") + account});
        QVERIFY(store.entries.isEmpty());
        QVERIFY(!AppSettings::forFile(ini).rememberKey());
    }

    void aFailedRemovalIsReportedAndTheDialogCloses()
    {
        const QString ini = freshIni();
        {
            AppSettings settings = AppSettings::forFile(ini);
            settings.setRememberKey(true);
            settings.sync();
        }
        FakeSecretStore store;
        store.setFailure(QStringLiteral("The system keychain refused access (locked)."));
        SettingsDialog dialog(AppSettings::forFile(ini), &store);
        QSignalSpy problems(&dialog, &SettingsDialog::keychainProblem);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton); // no key any more: the sandbox
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("refused access")));
        QVERIFY(!AppSettings::forFile(ini).rememberKey());
    }

    void savesTheOtherSettings()
    {
        const QString ini = freshIni();
        FakeSecretStore store;
        SettingsDialog dialog(AppSettings::forFile(ini), &store);
        auto *language = field<QComboBox>(dialog, "language");
        QCOMPARE(language->count(), 6);
        QCOMPARE(language->itemText(0), QStringLiteral("System default"));
        QStringList codes;
        QStringList names;
        for (int i = 0; i < language->count(); ++i) {
            codes.append(language->itemData(i).toString());
            names.append(language->itemText(i));
        }
        QCOMPARE(codes, SettingsDialog::languageCodes());
        QCOMPARE(names.mid(1),
                 (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français"),
                              QStringLiteral("Español"), QStringLiteral("日本語")}));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        type(field<QLineEdit>(dialog, "rate"), QStringLiteral("10/60"));
        field<QSpinBox>(dialog, "transferTimeout")->setValue(45);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);

        const AppSettings saved = AppSettings::forFile(ini);
        QCOMPARE(saved.language(), QStringLiteral("de"));
        QCOMPARE(saved.rate(), QStringLiteral("10/60"));
        QCOMPARE(saved.transferTimeoutSeconds(), 45);
        QCOMPARE(saved.apiBaseUrl(), QString());

        SettingsDialog again(saved, &store);
        QCOMPARE(field<QComboBox>(again, "language")->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(field<QLineEdit>(again, "rate")->text(), QStringLiteral("10/60"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
