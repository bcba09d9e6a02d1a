#include "BulkEditDialog.h"
#include "ChoiceList.h"
#include "EditCellCommand.h"
#include "TableEditor.h"
#include "UrlLineEdit.h"
#include "WindowFixture.h"
#include "core/Translations.h"
#include "session/OrganizationDirectory.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

// Editing the table in the real window: typing, undo and redo, rows added and deleted, paste, fill down and bulk
// edit, each one undo step, and the field editors.
class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    // English plural forms, as the app has them.
    void initTestCase() { Translations::install(qApp); }

    void init() { MessageBox::setNextAnswer(QMessageBox::Discard); } // no test leaves a question unanswered

    void typingEditsTheCellAsOneUndoStep()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("old@example.com")});
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("ada@example.com")));
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("ada@example.com"));
        QCOMPARE(f.window->undoStack()->count(), 1);
        QVERIFY(f.window->isModified());
        QVERIFY(f.window->windowTitle().contains(QStringLiteral("[*]")));

        // Typing into the same cell again merges with the step before.
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("grace@example.com")));
        QCOMPARE(f.window->undoStack()->count(), 1);
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("old@example.com"));
        QVERIFY(!f.window->isModified());
        f.trigger(EditorActions::Redo);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("grace@example.com"));

        // Another cell is another step.
        QVERIFY(f.typeIntoCell(0, Invitee::RedirectUrl, QStringLiteral("https://example.com")));
        QCOMPARE(f.window->undoStack()->count(), 2);
    }

    void undoAndRedoByKeyboard()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("old@example.com")});
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("new@example.com")));
        QTest::keySequence(f.view(), QKeySequence::Undo);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("old@example.com"));
        QTest::keySequence(f.view(), QKeySequence::Redo);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("new@example.com"));
    }

    void editingBackToTheStartLeavesNoStep()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("b@example.com")));
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("a@example.com")));
        QCOMPARE(f.window->undoStack()->count(), 0);
        QVERIFY(!f.window->isModified());
    }

    void addAndDeleteRowsWithUndo()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails(
            {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"), QStringLiteral("c@example.com")});
        f.table()->setRowStatus(1, RowStatus::Invited);

        f.view()->setCurrentIndex(f.cell(0, Invitee::Email));
        QTest::keyClick(f.view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.table()->rowCount(), 4);
        QCOMPARE(f.value(1, Invitee::Email), QString());
        QCOMPARE(f.view()->currentIndex(), f.cell(1, Invitee::Email)); // ready to type
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.table()->rowCount(), 3);

        // Rows 0 and 2 (not neighbours) go in one step and come back where they were, statuses and all.
        f.view()->selectionModel()->select(QItemSelection(f.cell(0, Invitee::Email), f.cell(0, Invitee::Role)),
                                           QItemSelectionModel::ClearAndSelect);
        f.view()->selectionModel()->select(f.cell(2, Invitee::Email), QItemSelectionModel::Select);
        f.view()->selectionModel()->select(f.cell(1, Invitee::Email), QItemSelectionModel::Select);
        QTest::keyClick(f.view(), Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(f.table()->rowCount(), 0);
        QVERIFY(!f.window->sendAction()->isEnabled());
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.table()->rowCount(), 3);
        QCOMPARE(f.value(2, Invitee::Email), QStringLiteral("c@example.com"));
        QCOMPARE(f.table()->rowStatus(1), RowStatus::Invited);
        f.trigger(EditorActions::Redo);
        QCOMPARE(f.table()->rowCount(), 0);
    }

    void deletingManyScatteredRowsIsOneStep()
    {
        WindowFixture f;
        QStringList emails;
        for (int i = 0; i < 300; ++i) {
            emails.append(QStringLiteral("user%1@example.com").arg(i));
        }
        f.setEmails(emails);
        f.table()->setRowStatus(3, RowStatus::Failed);
        const QList<Invitee> before = f.table()->invitees();
        QItemSelection every3rd;
        for (int row = 0; row < 300; row += 3) {
            every3rd.select(f.cell(row, Invitee::Email), f.cell(row, Invitee::Email));
        }
        f.view()->selectionModel()->select(every3rd, QItemSelectionModel::ClearAndSelect);
        f.trigger(EditorActions::DeleteRows);
        QCOMPARE(f.table()->rowCount(), 200);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("user1@example.com"));
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.table()->invitees(), before);
        QCOMPARE(f.table()->rowStatus(3), RowStatus::Failed);
    }

    void pasteBlockFromASpreadsheetAppendsRows()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        f.view()->setCurrentIndex(f.cell(1, Invitee::Email));
        QApplication::clipboard()->setText(QStringLiteral("x@example.com\torg:admin\r\ny@example.com\torg:member\r\n"
                                                          "z@example.com\t\r\n"));
        QTest::keySequence(f.view(), QKeySequence::Paste);
        QCOMPARE(f.table()->rowCount(), 4);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("a@example.com"));
        QCOMPARE(f.value(1, Invitee::Email), QStringLiteral("x@example.com"));
        QCOMPARE(f.value(1, Invitee::Role), QStringLiteral("org:admin"));
        QCOMPARE(f.value(3, Invitee::Email), QStringLiteral("z@example.com"));
        QCOMPARE(f.window->undoStack()->count(), 1);
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.table()->rowCount(), 2);
        QCOMPARE(f.value(1, Invitee::Email), QStringLiteral("b@example.com"));
        QCOMPARE(f.value(1, Invitee::Role), QString());
    }

    void pasteOneValueIntoEverySelectedCell()
    {
        WindowFixture f;
        f.setEmails(
            {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"), QStringLiteral("c@example.com")});
        f.select(0, Invitee::Role, 2, Invitee::Role);
        f.window->editorView()->editor()->pasteText(QStringLiteral("org:admin\n"));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(f.value(row, Invitee::Role), QStringLiteral("org:admin"));
        }
        QCOMPARE(f.window->undoStack()->count(), 1);
    }

    void copyAndCutAsTabSeparatedText()
    {
        WindowFixture f;
        f.setEmails({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        f.table()->setData(f.table()->index(1, Invitee::Role), QStringLiteral("org:admin"));
        f.select(0, Invitee::Email, 1, Invitee::Role);
        f.trigger(EditorActions::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a@example.com\t\nb@example.com\torg:admin\n"));

        f.select(1, Invitee::Role, 1, Invitee::Role);
        f.trigger(EditorActions::Cut);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("org:admin\n"));
        QCOMPARE(f.value(1, Invitee::Role), QString());
        QCOMPARE(f.table()->rowCount(), 2);

        // Whole rows cut are removed.
        f.view()->selectionModel()->select(f.cell(0, Invitee::Email),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        f.trigger(EditorActions::Cut);
        QCOMPARE(f.table()->rowCount(), 1);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("b@example.com"));
    }

    void fillDownIsOneStep()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails(
            {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"), QStringLiteral("c@example.com")});
        f.table()->setData(f.table()->index(0, Invitee::RedirectUrl), QStringLiteral("https://example.com/a"));
        f.table()->setData(f.table()->index(0, Invitee::Role), QStringLiteral("org:admin"));
        f.select(0, Invitee::Role, 2, Invitee::RedirectUrl);
        QTest::keyClick(f.view(), Qt::Key_D, Qt::ControlModifier);
        for (int row = 1; row < 3; ++row) {
            QCOMPARE(f.value(row, Invitee::Role), QStringLiteral("org:admin"));
            QCOMPARE(f.value(row, Invitee::RedirectUrl), QStringLiteral("https://example.com/a"));
        }
        QCOMPARE(f.window->undoStack()->count(), 1);
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.value(2, Invitee::Role), QString());

        // One selected row takes the value from the row above.
        f.select(1, Invitee::Role, 1, Invitee::Role);
        f.trigger(EditorActions::FillDown);
        QCOMPARE(f.value(1, Invitee::Role), QStringLiteral("org:admin"));
    }

    void bulkEditIsOneUndoStep()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.window->organizationDirectory()->setRoles(
            {{QStringLiteral("role_1"), QStringLiteral("org:admin"), QStringLiteral("Admin"), QString()}});
        f.setEmails(
            {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"), QStringLiteral("c@example.com")});
        f.table()->setData(f.table()->index(2, Invitee::Role), QStringLiteral("org:member"));
        f.select(0, Invitee::Email, 1, Invitee::Email);
        f.trigger(EditorActions::BulkEdit);
        BulkEditDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<BulkEditDialog *>()) && dialog->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled()); // nothing to change yet
        QCOMPARE(dialog->roleBox()->itemText(0), QStringLiteral("org:admin"));
        dialog->roleBox()->setCurrentIndex(0);
        QVERIFY(dialog->changeBox(Invitee::Role)->isChecked());
        QTest::keyClicks(dialog->redirectUrlEdit(), QStringLiteral("ftp://x"));
        QVERIFY(!dialog->okButton()->isEnabled()); // an invalid URL cannot be applied
        dialog->redirectUrlEdit()->clear();
        QTest::keyClicks(dialog->redirectUrlEdit(), QStringLiteral("https://example.com/hi"));
        static_cast<QSpinBox *>(dialog->expirySpinBox())->setValue(14);
        dialog->notifyBox()->setCurrentIndex(2);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        for (int row = 0; row < 2; ++row) {
            QCOMPARE(f.value(row, Invitee::Role), QStringLiteral("org:admin"));
            QCOMPARE(f.value(row, Invitee::RedirectUrl), QStringLiteral("https://example.com/hi"));
            QCOMPARE(f.value(row, Invitee::ExpiresInDays), QStringLiteral("14"));
            QCOMPARE(f.value(row, Invitee::Notify), QStringLiteral("false"));
            QCOMPARE(f.value(row, Invitee::InviterUserId), QString()); // not checked: untouched
        }
        QCOMPARE(f.value(2, Invitee::Role), QStringLiteral("org:member")); // not selected
        QCOMPARE(f.window->undoStack()->count(), 1);
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.value(0, Invitee::Role), QString());
        QCOMPARE(f.value(1, Invitee::Notify), QString());
    }

    void clearCellsWithDelete()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        f.select(0, Invitee::Email, 0, Invitee::Email);
        QTest::keyClick(f.view(), Qt::Key_Delete);
        QCOMPARE(f.value(0, Invitee::Email), QString());
        QCOMPARE(f.table()->rowCount(), 1);
    }

    void roleComboboxOffersTheRolesAndTakesFreeText()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        // Offline: free text.
        QVERIFY(f.typeIntoCell(0, Invitee::Role, QStringLiteral("org:typed"), "QComboBox"));
        QCOMPARE(f.value(0, Invitee::Role), QStringLiteral("org:typed"));

        f.window->organizationDirectory()->setRoles(
            {{QStringLiteral("r1"), QStringLiteral("org:admin"), QStringLiteral("Admin"), QString()},
             {QStringLiteral("r2"), QStringLiteral("org:member"), QStringLiteral("Member"), QString()}});
        const QModelIndex role = f.cell(0, Invitee::Role);
        f.view()->setCurrentIndex(role);
        QTest::keyClick(f.view(), Qt::Key_F2);
        auto *box = qobject_cast<QComboBox *>(f.view()->indexWidget(role));
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->currentText(), QStringLiteral("org:typed")); // kept though not offered
        box->setCurrentIndex(1);
        QVERIFY(f.commit(role, box));
        QCOMPARE(f.value(0, Invitee::Role), QStringLiteral("org:member"));
    }

    void inviterComboboxShowsEmailAndStoresTheId()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.window->organizationDirectory()->setAdmins(
            {{QStringLiteral("mem_1"), QStringLiteral("user_1"), QStringLiteral("ada@example.com"),
              QStringLiteral("org:admin")}});
        f.setEmails({QStringLiteral("a@example.com")});
        const QModelIndex inviter = f.cell(0, Invitee::InviterUserId);
        f.view()->setCurrentIndex(inviter);
        QTest::keyClick(f.view(), Qt::Key_F2);
        auto *box = qobject_cast<QComboBox *>(f.view()->indexWidget(inviter));
        QVERIFY(box);
        QCOMPARE(box->itemText(0), QStringLiteral("ada@example.com (user_1)"));
        box->setCurrentIndex(0);
        QVERIFY(f.commit(inviter, box));
        QCOMPARE(f.value(0, Invitee::InviterUserId), QStringLiteral("user_1"));
    }

    void expirySpinBoxWithADefault()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        QVERIFY(f.typeIntoCell(0, Invitee::ExpiresInDays, QStringLiteral("30"), "QSpinBox"));
        QCOMPARE(f.value(0, Invitee::ExpiresInDays), QStringLiteral("30"));
        QCOMPARE(f.cell(0, Invitee::ExpiresInDays).data().toString(), QStringLiteral("30"));

        const QModelIndex expiry = f.cell(0, Invitee::ExpiresInDays);
        f.view()->setCurrentIndex(expiry);
        QTest::keyClick(f.view(), Qt::Key_F2);
        auto *spin = qobject_cast<QSpinBox *>(f.view()->indexWidget(expiry));
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), 365);
        spin->setValue(spin->minimum());
        QCOMPARE(spin->text(), QStringLiteral("default"));
        QVERIFY(f.commit(expiry, spin));
        QCOMPARE(f.value(0, Invitee::ExpiresInDays), QString());
        QCOMPARE(f.cell(0, Invitee::ExpiresInDays).data().toString(), QStringLiteral("default"));
    }

    void notifyIsATriStateCheckBox()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        const QModelIndex notify = f.cell(0, Invitee::Notify);
        QCOMPARE(notify.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked)); // empty: Clerk's default
        f.view()->setCurrentIndex(notify);
        QTest::keyClick(f.view(), Qt::Key_Space);
        QCOMPARE(f.value(0, Invitee::Notify), QStringLiteral("true"));
        QTest::keyClick(f.view(), Qt::Key_Space);
        QCOMPARE(f.value(0, Invitee::Notify), QStringLiteral("false"));
        QCOMPARE(f.window->undoStack()->count(), 1); // the same cell: merged
        QTest::keyClick(f.view(), Qt::Key_Space);
        QCOMPARE(f.value(0, Invitee::Notify), QString());
        QCOMPARE(f.window->undoStack()->count(), 0); // back where it started: nothing to undo
    }

    void redirectUrlIsCheckedAsTyped()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        const QModelIndex url = f.cell(0, Invitee::RedirectUrl);
        f.view()->setCurrentIndex(url);
        QTest::keyClick(f.view(), 'f');
        auto *edit = qobject_cast<UrlLineEdit *>(f.view()->indexWidget(url));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("tp://example.com"));
        QVERIFY(!edit->isAcceptable());
        QVERIFY(edit->toolTip().contains(QStringLiteral("not an http or https URL")));
        QVERIFY(edit->frameColor().isValid()); // the red frame
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("https://example.com/welcome"));
        QVERIFY(edit->isAcceptable());
        QVERIFY(edit->toolTip().isEmpty());
        QVERIFY(f.commit(url, edit));
        QCOMPARE(f.value(0, Invitee::RedirectUrl), QStringLiteral("https://example.com/welcome"));
    }

    void readOnlyWhileARunSends()
    {
        WindowFixture f;
        f.setEmails({QStringLiteral("a@example.com")});
        QVERIFY(f.window->sendAction()->isEnabled());
        QVERIFY(!f.window->stopAction()->isEnabled());
        f.window->setRunInProgress(true);
        QVERIFY(!f.window->sendAction()->isEnabled());
        QVERIFY(f.window->stopAction()->isEnabled());
        QVERIFY(!f.window->action(EditorActions::AddRow)->isEnabled());
        QVERIFY(!(f.cell(0, Invitee::Email).flags() & Qt::ItemIsEditable));
        QVERIFY(!f.viewModel()->setData(f.cell(0, Invitee::Email), QStringLiteral("x@example.com")));
        f.window->setRunInProgress(false);
        QVERIFY(f.cell(0, Invitee::Email).flags() & Qt::ItemIsEditable);
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
