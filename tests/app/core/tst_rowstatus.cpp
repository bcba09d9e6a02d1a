#include "core/RowStatus.h"

#include <QTest>

// RowStatus keys are stored in journals and reports: they must round-trip and never change.
class TestRowStatus : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("key");
        QTest::newRow("pending") << int(RowStatus::Pending) << QStringLiteral("pending");
        QTest::newRow("invited") << int(RowStatus::Invited) << QStringLiteral("invited");
        QTest::newRow("already invited") << int(RowStatus::AlreadyInvited) << QStringLiteral("already_invited");
        QTest::newRow("already member") << int(RowStatus::AlreadyMember) << QStringLiteral("already_member");
        QTest::newRow("invalid") << int(RowStatus::Invalid) << QStringLiteral("invalid");
        QTest::newRow("duplicate") << int(RowStatus::Duplicate) << QStringLiteral("duplicate");
        QTest::newRow("failed") << int(RowStatus::Failed) << QStringLiteral("failed");
    }

    void roundTrip()
    {
        QFETCH(int, status);
        QFETCH(QString, key);
        const auto value = static_cast<RowStatus::Value>(status);
        QCOMPARE(RowStatus::key(value), key);
        QCOMPARE(RowStatus::fromKey(key), std::optional(value));
        QVERIFY(!RowStatus::title(value).isEmpty());
    }

    void unknownKey() { QCOMPARE(RowStatus::fromKey(u"sent"), std::nullopt); }
};

QTEST_GUILESS_MAIN(TestRowStatus)
#include "tst_rowstatus.moc"
