#include "WindowFixture.h"
#include "core/Translations.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolBar>

// The real main window, offscreen: opening files into the table, its menus and actions, and the extension points
// the rest of the app plugs into.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    // English plural forms, as the app has them.
    void initTestCase() { Translations::install(qApp); }

    void opensACsvIntoTheTable()
    {
        WindowFixture f;
        QVERIFY(f.show());
        QVERIFY(f.window->openFile(QStringLiteral(INVITEDESK_TEST_DATA "/excel-semicolon-bom-crlf.csv")));
        QVERIFY(f.table()->rowCount() > 0);
        QCOMPARE(f.viewModel()->rowCount(), f.table()->rowCount());
        QCOMPARE(f.viewModel()->columnCount(), Invitee::FieldCount + 1); // the status column first
        QVERIFY(f.window->windowTitle().contains(QStringLiteral("excel-semicolon-bom-crlf.csv")));
        QVERIFY(f.table()->problemCount() > 0); // the fixture holds a duplicate
        QVERIFY(!f.window->isModified());
        QCOMPARE(f.window->settings().recentFiles().size(), 1);
    }

    void refusesAFileWithoutAnEmailColumnAndKeepsTheTable()
    {
        WindowFixture f;
        QVERIFY(f.window->openFile(QStringLiteral(INVITEDESK_TEST_DATA "/excel-semicolon-bom-crlf.csv")));
        const int rows = f.table()->rowCount();
        QSignalSpy rejected(f.window.get(), &MainWindow::fileRejected);
        QVERIFY(!f.window->openFile(QStringLiteral(INVITEDESK_TEST_DATA "/binary.png")));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.at(0).at(0).toString().contains(QStringLiteral("binary.png")));
        QCOMPARE(f.table()->rowCount(), rows);
    }

    void menusAndStandardShortcuts()
    {
        WindowFixture f;
        QStringList titles;
        for (QAction *menu : f.window->menuBar()->actions()) {
            titles.append(menu->text());
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                      QStringLiteral("&Invitations"), QStringLiteral("&Help")}));
        QCOMPARE(f.window->windowTitle(), QStringLiteral("Invitedesk[*]"));
        QCOMPARE(f.window->action(EditorActions::Open)->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(f.window->action(EditorActions::Undo)->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(f.window->action(EditorActions::Find)->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(f.window->action(EditorActions::FillDown)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QVERIFY(f.window->menu(MainWindow::Menu::Invitations)->actions().contains(f.window->sendAction()));
        QVERIFY(f.window->mainToolBar()->actions().contains(f.window->stopAction()));
    }

    void sendNeedsASendableRow()
    {
        WindowFixture f;
        QVERIFY(!f.window->sendAction()->isEnabled());
        QVERIFY(!f.window->stopAction()->isEnabled());
        f.setEmails({QStringLiteral("not an email")});
        QTRY_VERIFY(f.window->findChild<QLabel *>() != nullptr);
        QVERIFY(!f.window->sendAction()->isEnabled());
        f.table()->setData(f.table()->index(0, Invitee::Email), QStringLiteral("a@example.com"));
        QTRY_VERIFY(f.window->sendAction()->isEnabled());
        f.table()->setRowStatus(0, RowStatus::Invited); // nothing left to send
        QTRY_VERIFY(!f.window->sendAction()->isEnabled());
    }

    void statusBarCountsRowsAndProblems()
    {
        WindowFixture f;
        f.setEmails({QStringLiteral("a@example.com"), QStringLiteral("bad"), QStringLiteral("A@example.com")});
        QStringList texts;
        QTRY_VERIFY([&] {
            texts.clear();
            for (const QLabel *label : f.window->statusBar()->findChildren<QLabel *>()) {
                texts.append(label->text());
            }
            return texts.contains(QStringLiteral("3 rows"));
        }());
        QVERIFY2(texts.contains(QStringLiteral("2 problems")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Invalid rows: 1 · Duplicates: 1")), qPrintable(texts.join(u'|')));
    }

    void extensionPointsForTheRestOfTheApp()
    {
        WindowFixture f;
        auto *dock = new QDockWidget(QStringLiteral("Results"));
        dock->setObjectName(QStringLiteral("resultsDock"));
        f.window->addDock(dock);
        QCOMPARE(f.window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        QVERIFY(f.window->menu(MainWindow::Menu::View)->actions().contains(dock->toggleViewAction()));

        auto *settings = new QAction(QStringLiteral("Settings…"), f.window.get());
        f.window->addMenuAction(MainWindow::Menu::File, settings);
        QVERIFY(f.window->menu(MainWindow::Menu::File)->actions().contains(settings));

        auto *badge = new QLabel(QStringLiteral("SANDBOX"));
        f.window->addStatusWidget(badge);
        QCOMPARE(badge->parentWidget(), f.window->statusBar());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
