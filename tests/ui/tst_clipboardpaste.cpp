#include "WindowFixture.h"
#include "core/Translations.h"

#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Ctrl+V in the real window with what spreadsheets and mail clients put on the clipboard: an HTML table alone is
// pasted as cells, a list of addresses as new rows (repeats left out, the not-valid ones flagged and named), each one
// undo step.
class TestClipboardPaste : public QObject
{
    Q_OBJECT

    static QString fixture(const QString &name)
    {
        QFile file(QStringLiteral(INVITEDESK_TEST_DATA "/clipboard/") + name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // Puts formats on the clipboard as an application does (null strings are left out) and presses Ctrl+V.
    static void paste(WindowFixture &f, const QString &text, const QString &html)
    {
        auto *mime = new QMimeData;
        if (!text.isNull()) {
            mime->setText(text);
        }
        if (!html.isNull()) {
            mime->setHtml(html);
        }
        QApplication::clipboard()->setMimeData(mime);
        QTest::keySequence(f.view(), QKeySequence::Paste);
    }

    static QString problem(WindowFixture &f, int row)
    {
        return f.table()->index(row, Invitee::Email).data(InviteeTable::ProblemRole).toString();
    }

private slots:
    void initTestCase() { Translations::install(qApp); }

    void init() { MessageBox::setNextAnswer(QMessageBox::Discard); }

    void htmlTableAloneIsPastedAsCells_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Google Sheets") << u"google-sheets.html"_s;
        QTest::newRow("LibreOffice Calc") << u"libreoffice-calc.html"_s;
        QTest::newRow("Excel") << u"excel-windows.html"_s;
    }

    void htmlTableAloneIsPastedAsCells()
    {
        QFETCH(QString, file);
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({u"old@example.com"_s, u"keep@example.com"_s});
        const QList<Invitee> before = f.table()->invitees();
        f.view()->setCurrentIndex(f.cell(1, Invitee::Email));
        paste(f, QString(), fixture(file));

        // From row 2 down: the header row lands in row 2, the rest is appended.
        QVERIFY(f.table()->rowCount() >= 5);
        QCOMPARE(f.value(0, Invitee::Email), u"old@example.com"_s);
        QCOMPARE(f.value(1, Invitee::Email), u"email_address"_s);
        QCOMPARE(f.value(2, Invitee::Email), u"ada@example.com"_s);
        QCOMPARE(f.value(2, Invitee::Role), u"org:admin"_s);
        QCOMPARE(f.value(2, Invitee::RedirectUrl), u"Research\n& Development"_s);
        QCOMPARE(f.value(2, Invitee::InviterUserId), u"30"_s);
        QCOMPARE(f.value(4, Invitee::Email), u"lin@example.com"_s);
        QCOMPARE(f.value(4, Invitee::InviterUserId), u"14"_s); // the merged cell kept the columns aligned
        QCOMPARE(f.window->undoStack()->count(), 1);

        f.trigger(EditorActions::Undo);
        QCOMPARE(f.table()->invitees(), before);
    }

    void addressListIsAppendedAsRows()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({u"ann@example.com"_s});
        const QList<Invitee> before = f.table()->invitees();
        paste(f,
              u"Ann@Example.com, bob@example.com; BOB@example.com carol@\n"
              u"\"Doe, Dee\" <dee@example.com>\nnot-an-address"_s,
              u"<p>the same list</p>"_s);

        QCOMPARE(f.table()->rowCount(), 5);
        QCOMPARE(f.value(1, Invitee::Email), u"bob@example.com"_s);
        QCOMPARE(f.value(2, Invitee::Email), u"carol@"_s);
        QCOMPARE(f.value(3, Invitee::Email), u"dee@example.com"_s);
        QCOMPARE(f.value(4, Invitee::Email), u"not-an-address"_s);
        // The not-valid ones are rows the validator flags; the first of them is current.
        QVERIFY(problem(f, 1).isEmpty());
        QVERIFY(!problem(f, 2).isEmpty());
        QVERIFY(problem(f, 3).isEmpty());
        QVERIFY(!problem(f, 4).isEmpty());
        QCOMPARE(f.view()->currentIndex(), f.cell(2, Invitee::Email));

        const QString message = f.window->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(u"Pasted 4 address"), qPrintable(message));
        QVERIFY2(message.contains(u"1 repeat"), qPrintable(message));
        QVERIFY2(message.contains(u"1 already in the table"), qPrintable(message));
        QVERIFY2(message.contains(u"2 not valid address"), qPrintable(message));
        QVERIFY2(message.contains(u" 3, 5 \u2014 fix them in the table"), qPrintable(message));

        QCOMPARE(f.window->undoStack()->count(), 1);
        QVERIFY(f.window->undoStack()->undoText().startsWith(u"Paste 4 address"));
        f.trigger(EditorActions::Undo);
        QCOMPARE(f.table()->invitees(), before);
        f.trigger(EditorActions::Redo);
        QCOMPARE(f.table()->rowCount(), 5);
    }

    void addressesAllInTheTableAddNothing()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({u"ann@example.com"_s, u"bob@example.com"_s});
        paste(f, u"ANN@example.com, bob@example.com"_s, QString());
        QCOMPARE(f.table()->rowCount(), 2);
        QCOMPARE(f.window->undoStack()->count(), 0);
        const QString message = f.window->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(u"No address pasted"), qPrintable(message));
        QVERIFY2(message.contains(u"2 already in the table"), qPrintable(message));
    }

    void spreadsheetColumnStillFillsTheSelectedCells()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({u"a@example.com"_s, u"b@example.com"_s});
        f.view()->setCurrentIndex(f.cell(0, Invitee::Email));
        paste(f, u"x@example.com\r\ny@example.com\r\n"_s,
              u"<table><tr><td>x@example.com</td></tr><tr><td>y@example.com</td></tr></table>"_s);
        QCOMPARE(f.table()->rowCount(), 2);
        QCOMPARE(f.value(0, Invitee::Email), u"x@example.com"_s);
        QCOMPARE(f.value(1, Invitee::Email), u"y@example.com"_s);
    }

    void tableTooLargeIsRefusedWithAMessage()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({u"a@example.com"_s});
        paste(f, QString(), u"<table><tr>"_s + u"<td>x"_s.repeated(1001));
        QCOMPARE(f.table()->rowCount(), 1);
        QCOMPARE(f.window->undoStack()->count(), 0);
        QVERIFY2(f.window->statusBar()->currentMessage().contains(u"Row 1"),
                 qPrintable(f.window->statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestClipboardPaste)
#include "tst_clipboardpaste.moc"
