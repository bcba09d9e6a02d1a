#include "OrganizationPicker.h"
#include "core/Translations.h"
#include "sandbox/SandboxServer.h"
#include "session/Connection.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

// Choosing the organization: the sandbox's organizations are listed with their details, typing narrows the search,
// OK selects the organization on the connection, and a failure says what to fix.
class TestOrganizationPicker : public QObject
{
    Q_OBJECT

private:
    static QStringList ids(const OrganizationPicker &picker)
    {
        QStringList list;
        for (int row = 0; row < picker.list()->topLevelItemCount(); ++row) {
            list.append(picker.list()->topLevelItem(row)->text(2));
        }
        return list;
    }

    static QPushButton *okButton(const OrganizationPicker &picker)
    {
        return picker.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void initTestCase() { Translations::install(QCoreApplication::instance()); }

    void listsTheOrganizationsAndPreselectsTheCurrentOne()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        OrganizationPicker picker(&connection);
        picker.show();
        QTRY_COMPARE(picker.list()->topLevelItemCount(), 2);
        QVERIFY(ids(picker).contains(SandboxServer::DemoOrganizationId));
        const QTreeWidgetItem *demo =
            picker.list()->findItems(SandboxServer::DemoOrganizationId, Qt::MatchExactly, 2).constFirst();
        QCOMPARE(demo->text(0), QStringLiteral("Sandbox Demo Co"));
        QCOMPARE(demo->text(1), QStringLiteral("sandbox-demo-co"));
        QVERIFY(demo->text(3).toInt() > 0);
        QCOMPARE(picker.selectedId(), SandboxServer::DemoOrganizationId);
        QVERIFY(okButton(picker)->isEnabled());
        QCOMPARE(picker.statusText(), QStringLiteral("2 organizations found."));
    }

    void typingNarrowsTheSearch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<QString>("status");
        QTest::newRow("part of a name") << QStringLiteral("small") << QStringList{QStringLiteral("org_sandbox_small")}
                                        << QStringLiteral("1 organization found.");
        QTest::newRow("an id") << QStringLiteral("org_sandbox_demo") << QStringList{QStringLiteral("org_sandbox_demo")}
                               << QStringLiteral("1 organization found.");
        QTest::newRow("nothing matches") << QStringLiteral("zzz") << QStringList()
                                         << QStringLiteral("No organization matches \"zzz\".");
    }

    void typingNarrowsTheSearch()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        QFETCH(QString, status);
        Connection connection;
        QVERIFY(connection.useSandbox());
        OrganizationPicker picker(&connection);
        picker.show();
        QTRY_COMPARE(picker.list()->topLevelItemCount(), 2);
        QTest::keyClicks(picker.searchBox(), typed);
        QTRY_COMPARE(picker.statusText(), status);
        QCOMPARE(ids(picker), found);
    }

    void okSelectsTheOrganizationOnTheConnection()
    {
        Connection connection;
        QVERIFY(connection.useSandbox());
        QSignalSpy changed(&connection, &Connection::organizationChanged);
        OrganizationPicker picker(&connection);
        QTRY_COMPARE(picker.list()->topLevelItemCount(), 2);
        const QList<QTreeWidgetItem *> small =
            picker.list()->findItems(QStringLiteral("org_sandbox_small"), Qt::MatchExactly, 2);
        QCOMPARE(small.size(), 1);
        picker.list()->setCurrentItem(small.constFirst());
        QSignalSpy accepted(&picker, &QDialog::accepted);
        QTest::mouseClick(okButton(picker), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(connection.organizationId(), QStringLiteral("org_sandbox_small"));
        QCOMPARE(connection.organizationName(), QStringLiteral("Sandbox Small Team"));
        QVERIFY(!changed.isEmpty());
    }

    void aFailedSearchSaysWhatToFix()
    {
        SandboxServer gone;
        QVERIFY(gone.start());
        const QUrl url = gone.apiUrl();
        gone.stop();
        Connection connection;
        QVERIFY(connection.useClerk(url.toString(), QStringLiteral("sk_test_abcdef")));
        OrganizationPicker picker(&connection);
        QTRY_VERIFY2(picker.statusText().contains(QStringLiteral("API base URL")), qPrintable(picker.statusText()));
        QCOMPARE(picker.list()->topLevelItemCount(), 0);
        QVERIFY(!okButton(picker)->isEnabled());
    }
};

QTEST_MAIN(TestOrganizationPicker)
#include "tst_organizationpicker.moc"
