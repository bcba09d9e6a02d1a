#include "ImportDialog.h"
#include "ImportPreviewModel.h"
#include "OpenDialog.h"
#include "TableDocument.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

// The import dialog as the window uses it: File > Open and Paste Rows… go through it, the separator and the
// mapping change the live preview, OK stays disabled without an email column, and the text options are remembered
// for the next open.
class TestImportDialog : public QObject
{
    Q_OBJECT

    // ',' wins the separator sniffing here although ';' is meant.
    static QByteArray ambiguousCsv() { return "email;role,x\na@x.com;org:a,b\nb@x.com;org:c,d\n"; }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

    static QComboBox *box(ImportDialog &dialog, const char *name)
    {
        return dialog.findChild<QComboBox *>(QLatin1String(name));
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

    static QString previewText(ImportDialog &dialog, int row, Invitee::Field field)
    {
        return dialog.previewModel()->index(row, field).data().toString();
    }

private slots:
    void cleanup() { ImportDialog::setHandler({}); }

    void openGoesThroughTheDialog()
    {
        WindowFixture f;
        const QString path = writeFile(f.dir, QStringLiteral("people.csv"), ambiguousCsv());
        QVERIFY(!path.isEmpty());
        bool asked = false;
        ImportDialog::setHandler([&](ImportDialog &dialog) {
            asked = true;
            // Read with ',' nothing is an email column: a warning, and OK cannot be pressed.
            QVERIFY(!dialog.isEmailMapped());
            QVERIFY(!dialog.okButton()->isEnabled());
            QLabel *warning = dialog.findChild<QLabel *>(QStringLiteral("warning"));
            QVERIFY(warning && warning->isVisible());
            QVERIFY(warning->text().contains(QStringLiteral("email")));

            choose(box(dialog, "separator"), QStringLiteral(";"));
            QTRY_VERIFY(dialog.isEmailMapped());
            QCOMPARE(dialog.previewModel()->rowCount(), 2);
            QCOMPARE(previewText(dialog, 0, Invitee::Email), QStringLiteral("a@x.com"));
            QCOMPARE(previewText(dialog, 0, Invitee::Role), QString()); // "role,x" is no known name
            QVERIFY(dialog.okButton()->isEnabled());
            QVERIFY(!warning->isVisible());

            choose(dialog.mappingBox(Invitee::Role), 1);
            QTRY_COMPARE(previewText(dialog, 0, Invitee::Role), QStringLiteral("org:a,b"));
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        });
        OpenDialog::setNextPath(path);
        f.trigger(EditorActions::Open);
        QVERIFY(asked);
        QCOMPARE(f.table()->rowCount(), 2);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("a@x.com"));
        QCOMPARE(f.value(1, Invitee::Role), QStringLiteral("org:c,d"));
        QCOMPARE(f.window->currentFile(), path);

        // The separator is remembered: the next open offers it, and the recent file opens directly, read as it was.
        QCOMPARE(f.window->settings().importOptions().separator, QLatin1Char(';'));
        QString offered;
        ImportDialog::setHandler([&](ImportDialog &dialog) {
            offered = box(dialog, "separator")->currentData().toString();
            dialog.reject();
        });
        OpenDialog::setNextPath(path);
        f.trigger(EditorActions::Open);
        QCOMPARE(offered, QStringLiteral(";"));
        QCOMPARE(f.table()->rowCount(), 2); // cancelled: the table stays

        ImportDialog::setHandler([](ImportDialog &) { QFAIL("a recent file opens without the dialog"); });
        f.setEmails({});
        f.window->undoStack()->setClean();
        f.window->document()->openRecentFile(path);
        QCOMPARE(f.table()->rowCount(), 2);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("a@x.com"));
    }

    // A file opened without the dialog (command line, recent files) is read by detection: what was last chosen in
    // the dialog for a headerless file with rows to skip must not change how it is read.
    void aFileOpenedDirectlyIsNotReadWithTheRememberedHeaderAndSkip()
    {
        WindowFixture f;
        const QString path = writeFile(f.dir, QStringLiteral("plain.csv"), "email,role\na@x.com,org:admin\n");
        ImportOptions remembered;
        remembered.separator = QLatin1Char(';');
        remembered.headerRow = false;
        remembered.skipRows = 1;
        f.window->settings().setImportOptions(remembered);
        ImportDialog::setHandler([](ImportDialog &) { QFAIL("a file opened directly shows no dialog"); });
        f.window->undoStack()->setClean();
        QVERIFY(f.window->document()->openFile(path));
        QCOMPARE(f.table()->rowCount(), 1);
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("a@x.com"));
        QCOMPARE(f.value(0, Invitee::Role), QStringLiteral("org:admin"));
    }

    void withoutAnEmailColumnOkStaysDisabledUntilOneIsChosen()
    {
        WindowFixture f;
        const QString path =
            writeFile(f.dir, QStringLiteral("who.csv"), "who,kind\na@x.com,org:admin\nnot-an-address,org:admin\n");
        ImportDialog::setHandler([&](ImportDialog &dialog) {
            QVERIFY(!dialog.okButton()->isEnabled());
            QCOMPARE(dialog.mappingBox(Invitee::Email)->currentData().toInt(), ImportOptions::NotPresent);
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton); // disabled: nothing happens
            QCOMPARE(dialog.result(), int(QDialog::Rejected));

            choose(dialog.mappingBox(Invitee::Email), 0);
            QTRY_VERIFY(dialog.okButton()->isEnabled());
            // The bad address is marked with an icon and its reason, not by colour alone.
            const QModelIndex bad = dialog.previewModel()->index(1, Invitee::Email);
            QVERIFY(bad.data(Qt::DecorationRole).isValid());
            QVERIFY(!bad.data(Qt::ToolTipRole).toString().isEmpty());
            QVERIFY(!dialog.previewModel()->index(0, Invitee::Email).data(Qt::DecorationRole).isValid());
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        });
        QVERIFY(f.window->document()->importWithDialog(path));
        QCOMPARE(f.table()->rowCount(), 2);
    }

    void previewShowsTypedMetadata()
    {
        WindowFixture f;
        const QString path = writeFile(f.dir, QStringLiteral("meta.csv"),
                                       "email,public_metadata.level,public_metadata.lead,public_metadata.code\n"
                                       "a@x.com,42,true,0012\n");
        QString metadata;
        ImportDialog::setHandler([&](ImportDialog &dialog) {
            QCOMPARE(dialog.mappingBox(Invitee::PublicMetadata)->currentData().toInt(), ImportOptions::DottedColumns);
            metadata = previewText(dialog, 0, Invitee::PublicMetadata);
            dialog.reject();
        });
        QVERIFY(!f.window->document()->importWithDialog(path));
        QCOMPARE(metadata, QStringLiteral("{\"code\":\"0012\",\"lead\":true,\"level\":42}"));
    }

    void workbookOffersItsSheets()
    {
        WindowFixture f;
        ImportDialog::setHandler([&](ImportDialog &dialog) {
            QComboBox *sheet = box(dialog, "sheet");
            QVERIFY(sheet->isVisible());
            QVERIFY(!box(dialog, "separator")->isVisible());
            QCOMPARE(sheet->currentText(), QStringLiteral("Invitees"));
            sheet->setCurrentIndex(sheet->findText(QStringLiteral("Archive")));
            QTRY_COMPARE(previewText(dialog, 0, Invitee::Email), QStringLiteral("old@example.com"));
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        });
        QVERIFY(f.window->document()->importWithDialog(QStringLiteral(INVITEDESK_TEST_DATA "/sheets/excel.xlsx")));
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("old@example.com"));
    }

    void pasteRowsAppendsAsOneUndoStep()
    {
        WindowFixture f;
        f.setEmails({QStringLiteral("first@example.com")});
        QApplication::clipboard()->setText(
            QStringLiteral("Name\tE-mail\nAnn\tann@example.com\nBob\tbob@example.com\n"));
        bool asked = false;
        ImportDialog::setHandler([&](ImportDialog &dialog) {
            asked = true;
            QVERIFY(!box(dialog, "encoding")->isVisible()); // pasted text is already text
            QCOMPARE(dialog.mappingBox(Invitee::Email)->currentData().toInt(), 1);
            QCOMPARE(dialog.previewModel()->rowCount(), 2);
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        });
        const int steps = f.window->undoStack()->count();
        QCOMPARE(f.window->action(EditorActions::PasteRows)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        f.trigger(EditorActions::PasteRows);
        QVERIFY(asked);
        QCOMPARE(f.table()->rowCount(), 3);
        QCOMPARE(f.value(1, Invitee::Email), QStringLiteral("ann@example.com"));
        QCOMPARE(f.value(2, Invitee::Email), QStringLiteral("bob@example.com"));
        QCOMPARE(f.table()->invitee(1).sourceRow(), 0);
        QCOMPARE(f.window->undoStack()->count(), steps + 1);
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.table()->rowCount(), 1);
    }

    void everyControlIsNamedAndMnemonicsAreUnique()
    {
        WindowFixture f;
        const QString path = writeFile(f.dir, QStringLiteral("people.csv"), ambiguousCsv());
        ImportSource source = ImportSource::fromFile(path);
        ImportDialog dialog(source, ImportOptions(), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList unnamed;
        const QList<QWidget *> controls = dialog.findChildren<QWidget *>();
        for (QWidget *widget : controls) {
            const bool control = qobject_cast<QComboBox *>(widget) || qobject_cast<QCheckBox *>(widget) ||
                                 qobject_cast<QSpinBox *>(widget) || qobject_cast<QTableView *>(widget) ||
                                 (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QSpinBox *>(widget->parent()) &&
                                  !qobject_cast<QComboBox *>(widget->parent()));
            if (control && widget->accessibleName().isEmpty()) {
                unnamed.append(widget->objectName() + u':' + QString::fromLatin1(widget->metaObject()->className()));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));

        QStringList texts;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            texts.append(label->text());
        }
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            texts.append(button->text());
        }
        QString mnemonics;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(u'&');
            if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != u'&') {
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("'%1' twice (%2)").arg(key).arg(text)));
                mnemonics.append(key);
            }
        }
        QVERIFY(mnemonics.size() >= 10);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
