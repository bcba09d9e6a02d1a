#include "ImportDialog.h"
#include "TableDocument.h"
#include "WindowFixture.h"
#include "core/Translations.h"

#include <QCloseEvent>
#include <QFile>
#include <QMimeData>
#include <QUndoStack>

// Nothing typed is lost: the autosave after edits, recovery in the next session, the question on closing with
// unsaved edits, and files coming in by drag and drop or going out as CSV.
class TestWindowSession : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name) { return QStringLiteral(INVITEDESK_TEST_DATA "/") + QLatin1String(name); }

private slots:
    // English plural forms, as the app has them.
    void initTestCase() { Translations::install(qApp); }

    void init() { MessageBox::setNextAnswer(QMessageBox::Discard); }

    void autosaveFollowsEditsAndRecoveryRestoresThem()
    {
        WindowFixture f;
        QVERIFY(f.show());
        QVERIFY(f.window->openFile(fixture("excel-semicolon-bom-crlf.csv")));
        const QString autosavePath = f.window->autosave()->filePath();
        QVERIFY(!QFile::exists(autosavePath)); // just opened: nothing to keep
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("typed@example.com")));
        QTRY_VERIFY(QFile::exists(autosavePath));
        const QList<Invitee> typed = f.table()->invitees();

        // The session dies without closing: the next window offers the rows back.
        f.window.reset();
        QVERIFY(QFile::exists(autosavePath));
        std::unique_ptr<MainWindow> next = f.createWindow();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(next->offerRecovery());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("excel-semicolon-bom-crlf.csv")));
        QCOMPARE(next->inviteeTable()->rowCount(), typed.size());
        QCOMPARE(next->inviteeTable()->invitee(0).value(Invitee::Email), QStringLiteral("typed@example.com"));
        for (qsizetype i = 0; i < typed.size(); ++i) {
            for (const Invitee::Field field : Invitee::allFields()) {
                QCOMPARE(next->inviteeTable()->invitee(int(i)).value(field), typed.at(i).value(field));
            }
        }
        QVERIFY(next->isModified()); // restored, not saved anywhere
        QVERIFY(next->currentFile().endsWith(QStringLiteral("excel-semicolon-bom-crlf.csv")));
    }

    void declinedRecoveryIsDiscarded()
    {
        WindowFixture f;
        f.setEmails({QStringLiteral("a@example.com")});
        QVERIFY(f.window->autosave()->saveNow());
        f.window.reset();
        std::unique_ptr<MainWindow> next = f.createWindow();
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!next->offerRecovery());
        QCOMPARE(next->inviteeTable()->rowCount(), 0);
        QVERIFY(!QFile::exists(next->autosave()->filePath()));
        QVERIFY(!next->offerRecovery()); // asked once only
    }

    void noRecoveryAfterACleanExit()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        QVERIFY(f.typeIntoCell(0, Invitee::Role, QStringLiteral("org:admin")));
        QTRY_VERIFY(QFile::exists(f.window->autosave()->filePath()));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(f.window->close());
        QVERIFY(!QFile::exists(f.window->autosave()->filePath()));
        f.window.reset();
        QVERIFY(!f.createWindow()->offerRecovery());
    }

    void closingWithUnsavedEditsAsks()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        QVERIFY(f.window->close()); // nothing typed: no question
        QVERIFY(f.show());
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("b@example.com")));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!f.window->close());
        QVERIFY(f.window->isVisible());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));
        QCOMPARE(f.value(0, Invitee::Email), QStringLiteral("b@example.com"));

        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(f.window->close());
    }

    void closingWithSaveWritesTheCsvSavedBefore()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("a@example.com")});
        const QString path = f.dir.filePath(QStringLiteral("saved.csv"));
        QVERIFY(f.window->saveCsv(path));
        QVERIFY(!f.window->isModified());
        QVERIFY(f.window->windowTitle().startsWith(QStringLiteral("saved.csv")));
        QVERIFY(f.typeIntoCell(0, Invitee::Email, QStringLiteral("b@example.com")));
        MessageBox::setNextAnswer(QMessageBox::Save);
        QVERIFY(f.window->close());

        std::unique_ptr<MainWindow> next = f.createWindow();
        QVERIFY(next->openFile(path));
        QCOMPARE(next->inviteeTable()->invitee(0).value(Invitee::Email), QStringLiteral("b@example.com"));
        QVERIFY(next->settings().recentFiles().contains(path));
    }

    void newTableAsksFirst()
    {
        WindowFixture f;
        f.setEmails({QStringLiteral("a@example.com")});
        f.window->inviteeTable()->setData(f.table()->index(0, Invitee::Role), QStringLiteral("x"));
        f.window->undoStack()->resetClean(); // edited, not saved
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        f.trigger(EditorActions::NewFile);
        QCOMPARE(f.table()->rowCount(), 1);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        f.trigger(EditorActions::NewFile);
        QCOMPARE(f.table()->rowCount(), 0);
        QVERIFY(!f.window->isModified());
    }

    void droppedFileOpens()
    {
        WindowFixture f;
        QVERIFY(f.show());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture("excel-semicolon-bom-crlf.csv"))});
        const QPoint centre = f.window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.window.get(), &enter);
        QVERIFY(enter.isAccepted());
        bool asked = false;
        ImportDialog::setHandler([&](ImportDialog &dialog) {
            asked = true;
            dialog.okButton()->click();
        });
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.window.get(), &drop);
        ImportDialog::setHandler({});
        QVERIFY(asked); // a dropped file goes through the import dialog
        QVERIFY(f.table()->rowCount() > 0);
        QVERIFY(f.window->windowTitle().contains(QStringLiteral("excel-semicolon-bom-crlf.csv")));
    }

    void dropOfAnythingButAFileIsRefused()
    {
        WindowFixture f;
        QMimeData mime;
        mime.setText(QStringLiteral("just text"));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(f.window.get(), &enter);
        QVERIFY(!enter.isAccepted());
    }
};

QTEST_MAIN(TestWindowSession)
#include "tst_windowsession.moc"
