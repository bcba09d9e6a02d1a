#include "session/AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

// Typed settings: defaults, round trips, the recent-files list, and no place for a secret.
class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AppSettings fresh(const char *name) { return AppSettings::forFile(m_dir.filePath(QLatin1String(name))); }

private slots:
    void defaults()
    {
        const AppSettings settings = fresh("defaults.ini");
        QCOMPARE(settings.apiBaseUrl(), QString());
        QCOMPARE(settings.rememberKey(), false);
        QCOMPARE(settings.rate(), QStringLiteral("50/3600"));
        QCOMPARE(settings.transferTimeoutSeconds(), 30);
        QCOMPARE(settings.defaultRole(), QStringLiteral("org:member"));
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(settings.journalPath().endsWith(QStringLiteral("/journal.sqlite")));
    }

    void roundTripThroughTheFile()
    {
        {
            AppSettings settings = fresh("round.ini");
            settings.setApiBaseUrl(QStringLiteral(" https://api.clerk.com/v1 "));
            settings.setRate(QStringLiteral("10/60"));
            settings.setTransferTimeoutSeconds(5000);
            settings.setOrganization(QStringLiteral("org_1"), QStringLiteral("Acme"));
            settings.setRememberKey(true);
            settings.sync();
        }
        const AppSettings again = fresh("round.ini");
        QCOMPARE(again.apiBaseUrl(), QStringLiteral("https://api.clerk.com/v1"));
        QCOMPARE(again.rate(), QStringLiteral("10/60"));
        QCOMPARE(again.transferTimeoutSeconds(), 600); // bounded
        QCOMPARE(again.organizationId(), QStringLiteral("org_1"));
        QCOMPARE(again.organizationName(), QStringLiteral("Acme"));
        QVERIFY(again.rememberKey());
    }

    void recentFilesAreMostRecentFirstUniqueAndBounded()
    {
        AppSettings settings = fresh("recent.ini");
        for (int i = 0; i < AppSettings::MaxRecentFiles + 3; ++i) {
            settings.addRecentFile(m_dir.filePath(QStringLiteral("f%1.csv").arg(i)));
        }
        settings.addRecentFile(m_dir.filePath(QStringLiteral("f5.csv")));
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), AppSettings::MaxRecentFiles);
        QVERIFY(files.first().endsWith(QStringLiteral("f5.csv")));
        QCOMPARE(files.count(files.first()), 1);
        settings.removeRecentFile(files.first());
        QVERIFY(!settings.recentFiles().contains(files.first()));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
