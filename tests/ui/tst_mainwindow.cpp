#include "MainWindow.h"
#include "core/InviteeTable.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The real main window, offscreen: opening files into the table.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensACsvIntoTheTable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(QStringLiteral(INVITEDESK_TEST_DATA "/excel-semicolon-bom-crlf.csv")));
        QVERIFY(window.inviteeTable()->rowCount() > 0);
        QCOMPARE(window.tableView()->model()->rowCount(), window.inviteeTable()->rowCount());
        QVERIFY(window.windowTitle().contains(QStringLiteral("excel-semicolon-bom-crlf.csv")));
        QVERIFY(window.inviteeTable()->problemCount() > 0); // the fixture holds a duplicate
    }

    void refusesAFileWithoutAnEmailColumnAndKeepsTheTable()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(INVITEDESK_TEST_DATA "/excel-semicolon-bom-crlf.csv")));
        const int rows = window.inviteeTable()->rowCount();
        QSignalSpy rejected(&window, &MainWindow::fileRejected);
        QVERIFY(!window.openFile(QStringLiteral(INVITEDESK_TEST_DATA "/binary.png")));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.at(0).at(0).toString().contains(QStringLiteral("binary.png")));
        QCOMPARE(window.inviteeTable()->rowCount(), rows);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
