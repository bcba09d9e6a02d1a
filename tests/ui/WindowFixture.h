#pragma once

#include "EditorModel.h"
#include "EditorView.h"
#include "InviteeTableView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "core/InviteeTable.h"
#include "session/AppSettings.h"
#include "session/Autosave.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A real MainWindow on throwaway settings and a throwaway autosave folder, shown offscreen, with helpers to reach
// and type into cells the way a user does.
class WindowFixture
{
public:
    WindowFixture() { window = createWindow(); }

    // Another window on the same settings and autosave folder: the next session.
    std::unique_ptr<MainWindow> createWindow()
    {
        auto created = std::make_unique<MainWindow>(AppSettings::forFile(dir.filePath(QStringLiteral("settings.ini"))),
                                                    dir.filePath(QStringLiteral("autosave")));
        created->autosave()->setDelay(10);
        return created;
    }

    bool show()
    {
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    InviteeTableView *view() const { return window->tableView(); }
    InviteeTable *table() const { return window->inviteeTable(); }
    QAbstractItemModel *viewModel() const { return view()->model(); }

    // The view's index of a cell (view row, field).
    QModelIndex cell(int viewRow, Invitee::Field field) const
    {
        return viewModel()->index(viewRow, EditorModel::columnOf(field));
    }

    // Rows typed from scratch: one email per row.
    void setEmails(const QStringList &emails) const
    {
        QList<Invitee> rows;
        for (const QString &email : emails) {
            Invitee invitee;
            invitee.setValue(Invitee::Email, email);
            rows.append(invitee);
        }
        table()->setInvitees(rows);
    }

    QString value(int row, Invitee::Field field) const { return table()->invitee(row).value(field); }

    // Makes a cell current and types text into it as a user does: the first key opens the editor (replacing the
    // cell's text), the rest goes to the editor, Enter commits. False when no editor of the expected class opened or
    // it did not close.
    bool typeIntoCell(int viewRow, Invitee::Field field, const QString &text, const char *editorClass = "QWidget") const
    {
        const QModelIndex index = cell(viewRow, field);
        view()->setCurrentIndex(index);
        QTest::keyClick(view(), text.at(0).toLatin1());
        QWidget *editor = view()->indexWidget(index);
        if (!editor || !editor->inherits(editorClass)) {
            return false;
        }
        QTest::keyClicks(editor, text.mid(1));
        return commit(index, editor);
    }

    // Presses Enter in an open editor and waits until the view has committed the edit and closed the editor (the
    // delegate does that from the event loop).
    bool commit(const QModelIndex &index, QWidget *editor) const
    {
        QTest::keyClick(editor, Qt::Key_Return);
        return QTest::qWaitFor([&] { return view()->indexWidget(index) == nullptr; });
    }

    // Selects a rectangle of cells (view rows, fields).
    void select(int firstRow, Invitee::Field firstField, int lastRow, Invitee::Field lastField) const
    {
        view()->setCurrentIndex(cell(firstRow, firstField));
        view()->selectionModel()->select(QItemSelection(cell(firstRow, firstField), cell(lastRow, lastField)),
                                         QItemSelectionModel::ClearAndSelect);
    }

    void trigger(EditorActions::Id id) const { window->action(id)->trigger(); }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};
