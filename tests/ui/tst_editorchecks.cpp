#include "FindBar.h"
#include "JsonEditorDialog.h"
#include "StatusFilterModel.h"
#include "TableEditor.h"
#include "WindowFixture.h"
#include "core/Translations.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

// What the editor shows and finds: problem marks (icon, background and tooltip, never colour alone), the status
// column, Validate, Find, the status filter, the JSON editor, and the models under Qt's model tester.
class TestEditorChecks : public QObject
{
    Q_OBJECT

    static Invitee row(const QString &email, const QString &role = QString())
    {
        Invitee invitee;
        invitee.setValue(Invitee::Email, email);
        invitee.setValue(Invitee::Role, role);
        return invitee;
    }

private slots:
    // English plural forms, as the app has them.
    void initTestCase() { Translations::install(qApp); }

    void init() { MessageBox::setNextAnswer(QMessageBox::Discard); }

    void problemCellsAreMarkedByIconBackgroundAndTooltip()
    {
        WindowFixture f;
        f.table()->setInvitees({row(QStringLiteral("a@example.com")), row(QStringLiteral("not-an-email")),
                                row(QStringLiteral("A@example.com"))});
        const QModelIndex fine = f.cell(0, Invitee::Email);
        QVERIFY(fine.data(Qt::DecorationRole).isNull());
        QVERIFY(fine.data(Qt::BackgroundRole).isNull());
        QVERIFY(fine.data(Qt::ToolTipRole).toString().isEmpty());

        const QModelIndex invalid = f.cell(1, Invitee::Email);
        QVERIFY(!invalid.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(invalid.data(Qt::BackgroundRole).canConvert<QColor>());
        QCOMPARE(invalid.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("'not-an-email' is not a valid email address"));

        const QModelIndex duplicate = f.cell(2, Invitee::Email);
        QCOMPARE(duplicate.data(Qt::ToolTipRole).toString(), QStringLiteral("same email as row 1"));
        QVERIFY(duplicate.data(Qt::BackgroundRole).value<QColor>() != invalid.data(Qt::BackgroundRole).value<QColor>());

        // The status column: text and icon per row.
        const QModelIndex status = f.viewModel()->index(1, EditorModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Invalid"));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not a valid email address")));
        QCOMPARE(f.viewModel()->index(2, EditorModel::StatusColumn).data().toString(), QStringLiteral("Duplicate"));
        QCOMPARE(f.viewModel()->index(0, EditorModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(f.viewModel()->headerData(EditorModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));

        f.table()->setRowStatus(0, RowStatus::Invited);
        QCOMPARE(f.viewModel()->index(0, EditorModel::StatusColumn).data().toString(), QStringLiteral("Invited"));
    }

    void marksFollowTheDarkPalette()
    {
        WindowFixture f;
        f.table()->setInvitees({row(QStringLiteral("bad"))});
        const QColor light = f.cell(0, Invitee::Email).data(Qt::BackgroundRole).value<QColor>();
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        f.window->editorView()->setPalette(dark);
        const QColor darkBackground = f.cell(0, Invitee::Email).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(darkBackground != light);
        QVERIFY(darkBackground.lightness() < 100); // light text stays readable on it
    }

    void editingAProblemAwayUpdatesTheMarks()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.table()->setInvitees({row(QStringLiteral("bad"))});
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("good@example.com")));
        QVERIFY(f.cell(0, Invitee::Email).data(Qt::DecorationRole).isNull());
        QCOMPARE(f.viewModel()->index(0, EditorModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        QVERIFY(f.window->sendAction()->isEnabled());
    }

    void validateJumpsToTheFirstProblemAndCountsThem()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.table()->setInvitees({row(QStringLiteral("a@example.com")),
                                row(QStringLiteral("b@example.com"), QStringLiteral("Admin")), row(QString())});
        f.view()->setCurrentIndex(f.cell(0, Invitee::Email));
        QTest::keyClick(f.view(), Qt::Key_F7);
        QCOMPARE(f.view()->currentIndex(), f.cell(1, Invitee::Role));
        QVERIFY2(f.window->statusBar()->currentMessage().startsWith(QStringLiteral("2 problems to fix")),
                 qPrintable(f.window->statusBar()->currentMessage()));

        f.table()->setInvitees({row(QStringLiteral("a@example.com"))});
        f.trigger(EditorActions::Validate);
        QCOMPARE(f.window->statusBar()->currentMessage(), QStringLiteral("No problems: 1 row ready to send"));
    }

    void validateShowsAProblemTheFilterHid()
    {
        WindowFixture f;
        f.table()->setInvitees({row(QStringLiteral("bad")), row(QStringLiteral("a@example.com"))});
        f.window->editorView()->statusFilterBox()->setCurrentIndex(
            f.window->editorView()->statusFilterBox()->findData(int(RowStatus::Pending)));
        QCOMPARE(f.viewModel()->rowCount(), 1);
        f.trigger(EditorActions::Validate);
        QCOMPARE(f.viewModel()->rowCount(), 2);
        QCOMPARE(f.window->editorView()->statusFilterBox()->currentData().toInt(), StatusFilterModel::AllRows);
        QCOMPARE(f.view()->currentIndex(), f.cell(0, Invitee::Email));
    }

    void findThroughEveryCell()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.table()->setInvitees({row(QStringLiteral("ada@example.com")),
                                row(QStringLiteral("grace@example.com"), QStringLiteral("org:ADA")),
                                row(QStringLiteral("alan@example.com"))});
        f.view()->setCurrentIndex(f.cell(0, Invitee::Email));
        FindBar *bar = f.window->editorView()->findBar();
        QVERIFY(!bar->isVisible());
        QTest::keySequence(f.window.get(), QKeySequence::Find);
        QVERIFY(bar->isVisible());
        QTest::keyClicks(bar->lineEdit(), QStringLiteral("ada"));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QCOMPARE(f.view()->currentIndex(), f.cell(1, Invitee::Role)); // case-insensitive, any column
        QCOMPARE(bar->result(), QStringLiteral("Row 2, Role"));
        QTest::keyClick(f.view(), Qt::Key_F3);
        QCOMPARE(f.view()->currentIndex(), f.cell(0, Invitee::Email));
        QVERIFY(bar->result().contains(QStringLiteral("wrapped")));
        QTest::keyClick(f.view(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(f.view()->currentIndex(), f.cell(1, Invitee::Role));

        bar->lineEdit()->setText(QStringLiteral("nobody"));
        QVERIFY(!f.window->editorView()->find());
        QCOMPARE(bar->result(), QStringLiteral("Not found"));

        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void findSkipsRowsTheFilterHides()
    {
        WindowFixture f;
        f.table()->setInvitees({row(QStringLiteral("bad-ada")), row(QStringLiteral("ada@example.com"))});
        f.window->editorView()->filterModel()->setStatusFilter(StatusFilterModel::ProblemRows);
        f.window->editorView()->findBar()->lineEdit()->setText(QStringLiteral("ada@"));
        QVERIFY(!f.window->editorView()->find());
    }

    void filterByStatus()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.table()->setInvitees({row(QStringLiteral("a@example.com")), row(QStringLiteral("bad")),
                                row(QStringLiteral("A@example.com")), row(QStringLiteral("c@example.com"))});
        f.table()->setRowStatus(3, RowStatus::Failed);
        QComboBox *filter = f.window->editorView()->statusFilterBox();
        const auto show = [&](int choice) { filter->setCurrentIndex(filter->findData(choice)); };

        show(StatusFilterModel::ProblemRows);
        QCOMPARE(f.viewModel()->rowCount(), 2);
        show(RowStatus::Failed);
        QCOMPARE(f.viewModel()->rowCount(), 1);
        QCOMPARE(f.cell(0, Invitee::Email).data().toString(), QStringLiteral("c@example.com"));
        show(RowStatus::Pending);
        QCOMPARE(f.viewModel()->rowCount(), 1);

        // Fixing a row moves it out of "Problems" at once.
        show(StatusFilterModel::ProblemRows);
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("b@example.com")));
        QTRY_COMPARE(f.viewModel()->rowCount(), 1);
        QCOMPARE(f.cell(0, Invitee::Email).data().toString(), QStringLiteral("A@example.com"));
        show(StatusFilterModel::AllRows);
        QCOMPARE(f.viewModel()->rowCount(), 4);
    }

    void modelsPassTheModelTesterWhileEditing()
    {
        WindowFixture f;
        QAbstractItemModelTester proxyTester(f.viewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester editorTester(f.window->editorView()->editorModel(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        f.window->editorView()->filterModel()->setStatusFilter(StatusFilterModel::ProblemRows);
        f.table()->setInvitees({row(QStringLiteral("a@example.com")), row(QStringLiteral("bad"))});
        f.view()->setCurrentIndex(f.cell(0, Invitee::Email));
        f.trigger(EditorActions::AddRow);
        f.window->editorView()->filterModel()->setStatusFilter(StatusFilterModel::AllRows);
        f.window->editorView()->editor()->pasteText(QStringLiteral("x@example.com\norg:admin\ny\nz\n"));
        f.select(0, Invitee::Email, 1, Invitee::Role);
        f.trigger(EditorActions::FillDown);
        f.trigger(EditorActions::DeleteRows);
        f.trigger(EditorActions::Undo);
        f.trigger(EditorActions::Undo);
        f.table()->setRowStatus(0, RowStatus::Invited);
        f.window->setRunInProgress(true);
        f.window->setRunInProgress(false);
        QVERIFY(f.table()->rowCount() > 0);
    }

    void jsonEditorAcceptsAnObjectOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("object") << QStringLiteral("{\"team\": \"Research\"}") << true
                                << QStringLiteral("Valid JSON object");
        QTest::newRow("empty") << QString() << true << QStringLiteral("Empty: no metadata");
        QTest::newRow("error on line 2") << QStringLiteral("{\n  \"team\" \"Research\"\n}") << false
                                         << QStringLiteral("Line 2, column");
        QTest::newRow("array") << QStringLiteral("[1, 2]") << false << QStringLiteral("This is an array");
    }

    void jsonEditorAcceptsAnObjectOnly()
    {
        QFETCH(QString, text);
        QFETCH(bool, acceptable);
        QFETCH(QString, verdict);
        JsonEditorDialog dialog(QStringLiteral("Public metadata, row 1"), text);
        QCOMPARE(dialog.isAcceptable(), acceptable);
        QCOMPARE(dialog.okButton()->isEnabled(), acceptable);
        QVERIFY2(dialog.verdict().startsWith(verdict), qPrintable(dialog.verdict()));
    }

    void jsonEditorFormatsAndWritesCompactJson()
    {
        JsonEditorDialog dialog(QStringLiteral("Public metadata, row 1"),
                                QStringLiteral("{\"b\":1,\"a\":{\"c\":true}}"));
        QCOMPARE(dialog.cellText(), QStringLiteral("{\"b\":1,\"a\":{\"c\":true}}")); // untouched: unchanged
        QTest::mouseClick(dialog.formatButton(), Qt::LeftButton);
        QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("\n    \"a\"")));
        QCOMPARE(dialog.cellText(), QStringLiteral("{\"a\":{\"c\":true},\"b\":1}"));
        dialog.editor()->setPlainText(QStringLiteral("{\"a\":"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.formatButton()->isEnabled());
    }

    void metadataCellOpensTheJsonEditor()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.table()->setInvitees({row(QStringLiteral("a@example.com"))});
        const QModelIndex metadata = f.cell(0, Invitee::PublicMetadata);
        f.view()->setCurrentIndex(metadata);
        QTest::keyClick(f.view(), Qt::Key_F2);
        JsonEditorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<JsonEditorDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Public metadata, row 1"));
        QTest::keyClicks(dialog->editor(), QStringLiteral("{\"team\": \"Research\""));
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->editor(), QStringLiteral("}"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(f.value(0, Invitee::PublicMetadata), QStringLiteral("{\"team\":\"Research\"}"));
        QCOMPARE(f.window->undoStack()->count(), 1);
    }

    void largeTableUsesFixedRowHeights()
    {
        WindowFixture f;
        QList<Invitee> rows(20000, row(QStringLiteral("a@example.com")));
        f.table()->setInvitees(rows);
        QCOMPARE(f.view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QCOMPARE(f.viewModel()->rowCount(), 20000);
        QVERIFY(f.view()->columnWidth(EditorModel::columnOf(Invitee::Email)) <= 360);
    }
};

QTEST_MAIN(TestEditorChecks)
#include "tst_editorchecks.moc"
