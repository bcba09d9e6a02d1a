#include "AppSession.h"
#include "BodyView.h"
#include "BulkEditDialog.h"
#include "ConnectionSetup.h"
#include "ExchangeView.h"
#include "FindBar.h"
#include "JsonEditorDialog.h"
#include "OrganizationPicker.h"
#include "PaneCycler.h"
#include "ResultsDock.h"
#include "ResultsWindow.h"
#include "RunExchangesPanel.h"
#include "SendFlow.h"
#include "SendPanel.h"
#include "SettingsDialog.h"
#include "WindowFixture.h"
#include "clerk/ClerkClient.h"
#include "core/Translations.h"
#include "results/ExchangeListModel.h"
#include "session/Connection.h"
#include "session/OrganizationDirectory.h"
#include "session/RunController.h"
#include "support/FakeSecretStore.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QWidgetAction>

#include <functional>

using DialogFactory = std::function<QDialog *(QWidget *)>;
Q_DECLARE_METATYPE(DialogFactory)

// The main flow with the keyboard only, in the real window offscreen on the built-in sandbox: every step is a key
// pressed where the focus is, and after every step the focus is where a keyboard user expects it. Also: Tab walks
// each dialog in reading order over named controls, and menus and dialogs have unique mnemonics.
class TestKeyboardFlow : public QObject
{
    Q_OBJECT

    static constexpr int RunTimeoutMs = 30000;

    // A window and its session on throwaway settings, journal and autosave folder, started as the app starts.
    struct Session
    {
        Session()
        {
            AppSettings settings = AppSettings::forFile(fixture.dir.filePath(QStringLiteral("settings.ini")));
            settings.setJournalPath(fixture.dir.filePath(QStringLiteral("journal.sqlite")));
            settings.sync();
            fixture.window = fixture.createWindow();
            app = std::make_unique<AppSession>(fixture.window.get(), &store);
        }
        ~Session() { app.reset(); }

        bool start()
        {
            if (!fixture.show()) {
                return false;
            }
            app->start(AppSession::StartOptions());
            return QTest::qWaitFor([this] { return app->isStartedUp(); });
        }

        MainWindow *window() const { return fixture.window.get(); }
        InviteeTable *table() const { return fixture.table(); }
        InviteeTableView *view() const { return fixture.view(); }
        Connection *connection() const { return app->connectionSetup()->connection(); }
        ResultsWindow *results() const { return app->resultsDock()->resultsWindow(); }

        WindowFixture fixture;
        FakeSecretStore store;
        std::unique_ptr<AppSession> app;
    };

    QTemporaryDir m_dir;
    FakeSecretStore m_store;

    static QWidget *focus() { return QApplication::focusWidget(); }

    // A key pressed where the focus is, as a user presses it.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = focus() ? focus() : QApplication::activeWindow();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    static void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *target = focus();
            QVERIFY(target);
            QTest::keyClicks(target, QString(c));
        }
    }

    // Presses F6 (Shift+F6) until arrived() holds, at most three times; each stop on the way must satisfy between().
    static bool cycleUntil(bool backwards, const std::function<bool()> &arrived, const std::function<bool()> &between)
    {
        for (int presses = 0; presses < 3; ++presses) {
            QTest::keyClick(focus(), Qt::Key_F6, backwards ? Qt::ShiftModifier : Qt::NoModifier);
            if (arrived()) {
                return true;
            }
            if (!between()) {
                qWarning("F6 stopped on %s", qPrintable(describe(focus())));
                return false;
            }
        }
        return false;
    }

    // What the window manager does when a dialog closes: the window under it becomes active again, with the focus
    // where it was. The offscreen platform has no window manager, so the test stands in for it.
    static bool windowManagerReactivates(QWidget *window)
    {
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

    static QString describe(const QWidget *widget)
    {
        if (!widget) {
            return QStringLiteral("(nothing)");
        }
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        return QStringLiteral("%1 '%2' (%3) [%4] in %5")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), accessibleName(widget),
                 button ? button->text() : QString(),
                 QLatin1String(widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : ""));
    }

    // What a screen reader calls the widget: its accessible name, else the name Qt derives (button text, buddy label).
    static QString accessibleName(const QWidget *widget)
    {
        if (!widget) {
            return QString();
        }
        // The line edit inside a spin box or combo box stands for it.
        while (widget->parentWidget() && (qobject_cast<QComboBox *>(widget->parentWidget()) ||
                                          qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))) {
            widget = widget->parentWidget();
        }
        if (!widget->accessibleName().isEmpty()) {
            return widget->accessibleName();
        }
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget))) {
            const QString name = iface->text(QAccessible::Name);
            if (!name.isEmpty()) {
                return name;
            }
        }
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->text().isEmpty()) {
            return QString(button->text()).remove(u'&');
        }
        const QWidget *top = widget->window();
        const QList<QLabel *> labels = top->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() == widget && label->isVisible() && !label->text().isEmpty()) {
                return QString(label->text()).remove(u'&');
            }
        }
        return QString();
    }

    // The mnemonic letters of every visible control of a window that has one, with what carries each.
    static QMultiHash<QString, QString> mnemonics(const QWidget *root)
    {
        QMultiHash<QString, QString> found;
        const auto add = [&found](const QString &text, const QString &where) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty()) {
                found.insert(key.toString(), where);
            }
        };
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisibleTo(root)) {
                continue;
            }
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
                add(button->text(), button->text());
            } else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy()) {
                add(label->text(), label->text());
            } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
                add(group->title(), group->title());
            } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs->tabText(i), tabs->tabText(i));
                }
            }
        }
        return found;
    }

    static QStringList clashes(const QMultiHash<QString, QString> &found)
    {
        QStringList list;
        const QList<QString> keys = found.uniqueKeys();
        for (const QString &key : keys) {
            if (found.count(key) > 1) {
                list.append(QStringLiteral("%1: %2").arg(key, found.values(key).join(QStringLiteral(" / "))));
            }
        }
        return list;
    }

private slots:
    void initTestCase() { Translations::install(qApp); }

    void init() { QApplication::clipboard()->clear(); }

    void theMainFlowWithTheKeyboardOnly()
    {
        Session s;
        QVERIFY(s.start());
        QTRY_VERIFY(s.window()->organizationDirectory()->roleKeys().contains(u"org:admin"));
        // Setup: no organization yet, so Send asks for one in a dialog.
        s.connection()->clearOrganization();
        QCOMPARE(s.table()->rowCount(), 7);

        // The window opens with the focus in the table.
        QTRY_COMPARE(focus(), static_cast<QWidget *>(s.view()));

        // Down to the last row; add a row there: it comes at the end with its email cell current.
        for (int i = 0; i < 10 && s.view()->currentIndex().row() < 6; ++i) {
            press(Qt::Key_Down);
        }
        QCOMPARE(s.view()->currentIndex().row(), 6);
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(s.table()->rowCount(), 8);
        QCOMPARE(focus(), static_cast<QWidget *>(s.view()));
        QCOMPARE(s.view()->currentIndex(), s.fixture.cell(7, Invitee::Email));

        // Type an email: the first key opens the cell's editor, Enter commits and gives the focus back.
        type(QStringLiteral("ada.keyboard@example.com"));
        QCOMPARE(focus(), s.view()->indexWidget(s.fixture.cell(7, Invitee::Email)));
        press(Qt::Key_Return);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(s.view()));
        QCOMPARE(s.fixture.value(7, Invitee::Email), QStringLiteral("ada.keyboard@example.com"));

        // Then a role, one cell to the right, in the role box.
        press(Qt::Key_Right);
        QCOMPARE(s.view()->currentIndex(), s.fixture.cell(7, Invitee::Role));
        type(QStringLiteral("org:admin"));
        QVERIFY2(s.view()->indexWidget(s.fixture.cell(7, Invitee::Role)) &&
                     s.view()->indexWidget(s.fixture.cell(7, Invitee::Role))->isAncestorOf(focus()),
                 qPrintable(describe(focus())));
        press(Qt::Key_Return);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(s.view()));
        QCOMPARE(s.fixture.value(7, Invitee::Role), QStringLiteral("org:admin"));
        QCOMPARE(s.table()->validationStatus(7), RowStatus::Pending);

        // Validate (F7) goes to the first flagged cell; fix it by typing over it.
        const int problems = s.table()->problemCount();
        press(Qt::Key_F7);
        QCOMPARE(focus(), static_cast<QWidget *>(s.view()));
        QCOMPARE(s.view()->currentIndex(), s.fixture.cell(4, Invitee::Email));
        type(QStringLiteral("edsger.dijkstra@example.com"));
        press(Qt::Key_Return);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(s.view()));
        QCOMPARE(s.table()->validationStatus(4), RowStatus::Pending);
        QCOMPARE(s.table()->problemCount(), problems - 1);

        // Validate again: on to the next problem (barbara's row), still in the table.
        press(Qt::Key_F7);
        QCOMPARE(focus(), static_cast<QWidget *>(s.view()));
        QCOMPARE(s.view()->currentIndex().row(), 5);
        const int sendable = s.table()->sendableRowCount();
        QCOMPARE(sendable, 6);

        // Send (Ctrl+Return) asks for the organization in a dialog that has the focus.
        press(Qt::Key_Return, Qt::ControlModifier);
        OrganizationPicker *picker = s.app->connectionSetup()->organizationPicker();
        QVERIFY(picker);
        QTRY_VERIFY(picker->isActiveWindow());
        QVERIFY2(picker->isAncestorOf(focus()), qPrintable(describe(focus())));
        QTRY_VERIFY(picker->list()->topLevelItemCount() > 0);

        // Alt+Z goes to the list (its label's mnemonic); the arrow keys pick the demo organization, Enter confirms.
        press(Qt::Key_Z, Qt::AltModifier);
        QCOMPARE(focus(), static_cast<QWidget *>(picker->list()));
        press(Qt::Key_Home);
        for (int i = 0; i < picker->list()->topLevelItemCount() && picker->selectedId() != u"org_sandbox_demo"; ++i) {
            press(Qt::Key_Down);
        }
        QCOMPARE(picker->selectedId(), QStringLiteral("org_sandbox_demo"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!s.app->connectionSetup()->organizationPicker());

        // The Send that asked goes on; the focus is back in the table.
        QVERIFY(s.window()->isRunInProgress());
        QVERIFY(windowManagerReactivates(s.window()));
        QTRY_COMPARE(focus(), static_cast<QWidget *>(s.view()));
        QTRY_VERIFY_WITH_TIMEOUT(!s.window()->isRunInProgress(), RunTimeoutMs);
        QCOMPARE(s.table()->effectiveStatus(7), RowStatus::Invited);
        QTRY_VERIFY(s.app->resultsDock()->isVisible());
        QCOMPARE(focus(), static_cast<QWidget *>(s.view()));

        // F6 moves from pane to pane (the sending panel, tabbed with the results, is on the way) to the results,
        // on the run just sent; every stop is inside a pane.
        SendPanel *panel = s.app->sendFlow()->panel();
        ResultsWindow *results = s.results();
        QVERIFY(cycleUntil(
            false, [&] { return focus() == results->runsView(); }, [&] { return panel->isAncestorOf(focus()); }));
        QVERIFY(s.app->resultsDock()->isVisible());
        QCOMPARE(results->currentRunId(), s.app->sendFlow()->controller()->runId());

        // Alt+X shows the HTTP exchanges with the focus in their list; the arrow keys open one.
        press(Qt::Key_X, Qt::AltModifier);
        RunExchangesPanel *exchanges = results->exchangesPanel();
        QCOMPARE(focus(), static_cast<QWidget *>(exchanges->view()));
        press(Qt::Key_Home);
        const auto isBulk = [exchanges] {
            const int row = exchanges->selectedRow();
            return row >= 0 && exchanges->model()->exchangeAt(row).url.path().endsWith(u"/invitations/bulk") &&
                   exchanges->model()->exchangeAt(row).status == 200;
        };
        for (int i = 0; i < exchanges->model()->rowCount() && !isBulk(); ++i) {
            press(Qt::Key_Down);
        }
        QVERIFY(isBulk());
        QVERIFY(results->exchangeView()->hasExchange());

        // Enter moves into the response body, where the JSON can be read line by line.
        press(Qt::Key_Return);
        QCOMPARE(focus(), static_cast<QWidget *>(results->exchangeView()->responseBody()->editor()));
        QVERIFY(results->exchangeView()->responseBody()->text().contains(u"orginv_"));

        // Ctrl+Shift+C copies the exchange as cURL, without the key.
        press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(u"curl"), qPrintable(curl));
        QVERIFY(curl.contains(u"$CLERK_SECRET_KEY"));
        QVERIFY(!curl.contains(s.connection()->client()->config().secretKey()));
        QCOMPARE(focus(), static_cast<QWidget *>(results->exchangeView()->responseBody()->editor()));

        // Shift+F6 cycles back to the table, to the cell that was current.
        QVERIFY(cycleUntil(
            true, [&] { return focus() == s.view(); },
            [&] { return panel->isAncestorOf(focus()) || results->isAncestorOf(focus()); }));
        QCOMPARE(s.view()->currentIndex().row(), 5);
    }

    void tableKeys()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        f.view()->setFocus();
        f.view()->setCurrentIndex(f.cell(0, Invitee::Notify));

        // Space toggles notify.
        QCOMPARE(f.value(0, Invitee::Notify), QString());
        press(Qt::Key_Space);
        QVERIFY(!f.value(0, Invitee::Notify).isEmpty());
        const QString first = f.value(0, Invitee::Notify);
        press(Qt::Key_Space);
        QVERIFY(f.value(0, Invitee::Notify) != first);

        // Enter (and F2) on a metadata cell opens the JSON editor with the focus in it; Escape closes it.
        for (const int key : {int(Qt::Key_Return), int(Qt::Key_F2)}) {
            press(Qt::Key_Right); // Public metadata, then Private metadata
            QVERIFY(EditorModel::fieldOf(f.view()->currentIndex().column()) == Invitee::PublicMetadata ||
                    EditorModel::fieldOf(f.view()->currentIndex().column()) == Invitee::PrivateMetadata);
            press(key);
            auto *dialog = f.window->findChild<JsonEditorDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            QTRY_VERIFY2(qobject_cast<QPlainTextEdit *>(focus()), qPrintable(describe(focus())));
            QVERIFY(dialog->isAncestorOf(focus()));
            press(Qt::Key_Escape);
            QTRY_VERIFY(!f.window->findChild<JsonEditorDialog *>());
            QVERIFY(windowManagerReactivates(f.window.get()));
            QTRY_COMPARE(focus(), static_cast<QWidget *>(f.view()));
        }

        // Ctrl+F opens the find bar with the focus in it; Escape closes it and the focus goes back to the table.
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(f.window->editorView()->findBar()->isVisible());
        QVERIFY(f.window->editorView()->findBar()->isAncestorOf(focus()));
        press(Qt::Key_Escape);
        QVERIFY(!f.window->editorView()->findBar()->isVisible());
        QCOMPARE(focus(), static_cast<QWidget *>(f.view()));
    }

    void tabWalksEachDialogInReadingOrder_data()
    {
        QTest::addColumn<DialogFactory>("create");
        QTest::addColumn<QStringList>("order");

        QTest::newRow("settings") << DialogFactory([this](QWidget *parent) -> QDialog * {
            return new SettingsDialog(AppSettings::forFile(m_dir.filePath(QStringLiteral("settings.ini"))), &m_store,
                                      parent);
        }) << QStringList{QStringLiteral("API base URL"),        QStringLiteral("Secret key"),
                          QStringLiteral("Show the secret key"), QStringLiteral("Rate limit"),
                          QStringLiteral("Transfer timeout"),    QStringLiteral("Language")};
        QTest::newRow("bulk edit") << DialogFactory([](QWidget *parent) -> QDialog * {
            return new BulkEditDialog(3, *new OrganizationDirectory(parent), parent);
        }) << QStringList{QStringLiteral("Role"),           QStringLiteral("New Role"),
                          QStringLiteral("Redirect URL"),   QStringLiteral("New Redirect URL"),
                          QStringLiteral("Inviter"),        QStringLiteral("New Inviter"),
                          QStringLiteral("Expires (days)"), QStringLiteral("New Expires (days)"),
                          QStringLiteral("Notify"),         QStringLiteral("New Notify")};
        QTest::newRow("JSON editor") << DialogFactory([](QWidget *parent) -> QDialog * {
            return new JsonEditorDialog(QStringLiteral("Public metadata, row 2"), QStringLiteral("{\"a\": 1}"), parent);
        }) << QStringList{QStringLiteral("Metadata JSON")};
        QTest::newRow("organization") << DialogFactory([](QWidget *parent) -> QDialog * {
            auto *connection = new Connection(parent);
            connection->useSandbox(); // searches go to the built-in sandbox on 127.0.0.1
            return new OrganizationPicker(connection, parent);
        }) << QStringList{QStringLiteral("Search organizations"), QStringLiteral("Organizations")};
    }

    void tabWalksEachDialogInReadingOrder()
    {
        QFETCH(DialogFactory, create);
        QFETCH(QStringList, order);
        QWidget parent;
        parent.show();
        QDialog *dialog = create(&parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(focus() && dialog->isAncestorOf(focus()));

        // Tab from the first control all the way round; every stop has a name, in reading order.
        QStringList visited;
        QStringList buttons; // in the order the platform's button layout puts them
        QWidget *start = focus();
        for (int step = 0; step < 40; ++step) {
            QWidget *now = focus();
            QVERIFY2(now && dialog->isAncestorOf(now), qPrintable(describe(now)));
            const QString name = accessibleName(now).remove(u'&');
            QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("No accessible name: %1").arg(describe(now))));
            QStringList &list = qobject_cast<QDialogButtonBox *>(now->parentWidget()) ? buttons : visited;
            if (!list.contains(name)) {
                list.append(name);
            }
            press(Qt::Key_Tab);
            if (focus() == start) {
                break;
            }
        }
        QCOMPARE(focus(), start);
        // Disabled controls (Remember without a key) are skipped; the others come in reading order, then the buttons.
        QVERIFY2(visited == order, qPrintable(QStringLiteral("visited: %1").arg(visited.join(u", "))));
        QVERIFY2(buttons.contains(QStringLiteral("Cancel")), qPrintable(buttons.join(u", ")));

        // Escape closes the dialog.
        const QPointer<QDialog> guard(dialog);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!guard);
    }

    void menusHaveTextsShortcutsAndUniqueMnemonics()
    {
        Session s;
        QVERIFY(s.start());
        QStringList problems;
        QSet<QString> barMnemonics;
        const QList<QAction *> menus = s.window()->menuBar()->actions();
        for (const QAction *menuAction : menus) {
            const QMenu *menu = menuAction->menu();
            if (!menu) {
                continue;
            }
            const QKeySequence barKey = QKeySequence::mnemonic(menuAction->text());
            if (barKey.isEmpty() || barMnemonics.contains(barKey.toString())) {
                problems.append(QStringLiteral("menu bar: %1").arg(menuAction->text()));
            }
            barMnemonics.insert(barKey.toString());
            QMultiHash<QString, QString> inMenu;
            const QList<QAction *> actions = menu->actions();
            for (const QAction *action : actions) {
                if (action->isSeparator()) {
                    continue;
                }
                if (action->text().isEmpty()) {
                    problems.append(QStringLiteral("%1: an action without text").arg(menuAction->text()));
                    continue;
                }
                const QKeySequence key = QKeySequence::mnemonic(action->text());
                if (key.isEmpty()) {
                    problems.append(QStringLiteral("%1: no mnemonic in %2").arg(menuAction->text(), action->text()));
                } else {
                    inMenu.insert(key.toString(), action->text());
                }
            }
            for (const QString &clash : clashes(inMenu)) {
                problems.append(QStringLiteral("%1: %2").arg(menuAction->text(), clash));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Toolbar actions have a shortcut (or are in a menu, reachable with Alt).
        QList<QAction *> inMenus;
        for (const QAction *menuAction : menus) {
            if (menuAction->menu()) {
                inMenus.append(menuAction->menu()->actions());
            }
        }
        const QList<QAction *> toolActions = s.window()->mainToolBar()->actions();
        for (QAction *action : toolActions) {
            if (!action->isSeparator() && !qobject_cast<QWidgetAction *>(action)) {
                QVERIFY2(!action->shortcut().isEmpty() || inMenus.contains(action), qPrintable(action->text()));
            }
        }
        ResultsWindow *results = s.results();
        for (QAction *action : {results->refreshAction(), results->exportReportAction(), results->exportHarAction(),
                                results->revokeAction()}) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }

        // The window's own controls (the docks shown) clash neither with each other nor with the menu bar.
        s.app->sendFlow()->dock()->show();
        s.app->resultsDock()->show();
        s.window()->splitDockWidget(s.app->sendFlow()->dock(), s.app->resultsDock(), Qt::Horizontal);
        QMultiHash<QString, QString> inWindow = mnemonics(s.window());
        for (const QString &key : std::as_const(barMnemonics)) {
            inWindow.insert(key, QStringLiteral("menu bar"));
        }
        QVERIFY2(clashes(inWindow).isEmpty(), qPrintable(clashes(inWindow).join(u'\n')));
    }

    void dialogMnemonicsAreUnique_data() { tabWalksEachDialogInReadingOrder_data(); }

    void dialogMnemonicsAreUnique()
    {
        QFETCH(DialogFactory, create);
        QWidget parent;
        std::unique_ptr<QDialog> dialog(create(&parent));
        dialog->show();
        const QMultiHash<QString, QString> found = mnemonics(dialog.get());
        QVERIFY2(clashes(found).isEmpty(), qPrintable(clashes(found).join(u'\n')));
        QVERIFY(!found.isEmpty() || qobject_cast<JsonEditorDialog *>(dialog.get()));
    }
};

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
