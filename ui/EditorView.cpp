#include "EditorView.h"

#include "BulkEditDialog.h"
#include "EditorModel.h"
#include "FindBar.h"
#include "InviteeTableView.h"
#include "JsonEditorDialog.h"
#include "StatusFilterModel.h"
#include "TableEditor.h"
#include "core/InviteeTable.h"
#include "core/Validator.h"

#include <QComboBox>
#include <QEvent>
#include <QVBoxLayout>

EditorView::EditorView(InviteeTable *table, QUndoStack *undoStack, const OrganizationDirectory *directory,
                       QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_directory(directory)
    , m_model(new EditorModel(table, undoStack, this))
    , m_filter(new StatusFilterModel(table, this))
    , m_view(new InviteeTableView(this))
    , m_findBar(new FindBar(this))
    , m_statusBox(new QComboBox(this))
    , m_editor(nullptr)
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setupDelegates(directory);
    m_editor = new TableEditor(m_view, m_model, m_filter, this);
    m_findBar->hide();

    m_statusBox->setToolTip(tr("Show only the rows with this status"));
    m_statusBox->setAccessibleName(tr("Status filter"));
    for (const StatusFilterModel::Choice &choice : StatusFilterModel::choices()) {
        m_statusBox->addItem(choice.title, choice.filter);
    }
    connect(m_statusBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setStatusFilter(m_statusBox->itemData(index).toInt()); });
    connect(m_filter, &StatusFilterModel::statusFilterChanged, this, [this](int filter) {
        const QSignalBlocker blocker(m_statusBox);
        m_statusBox->setCurrentIndex(m_statusBox->findData(filter));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);

    connect(m_view, &InviteeTableView::metadataEditRequested, this, &EditorView::editMetadata);
    connect(m_editor, &TableEditor::message, this, &EditorView::message);
    connect(m_findBar, &FindBar::findNext, this, [this] { find(false); });
    connect(m_findBar, &FindBar::findPrevious, this, [this] { find(true); });
    connect(m_findBar, &FindBar::closed, m_view, [this] { m_view->setFocus(); });
}

void EditorView::showFindBar()
{
    m_findBar->activate();
}

bool EditorView::find(bool backwards)
{
    const QString needle = m_findBar->text();
    if (needle.isEmpty()) {
        m_findBar->activate();
        return false;
    }
    const qint64 columns = Invitee::FieldCount;
    const qint64 total = qint64(m_filter->rowCount()) * columns;
    const QModelIndex current = m_view->currentIndex();
    qint64 start = backwards ? total : -1;
    if (current.isValid()) {
        start = current.row() * columns + EditorModel::fieldOf(current.column()).value_or(Invitee::Email);
    }
    int cachedViewRow = -1;
    int tableRow = -1;
    for (qint64 step = 1; step <= total; ++step) {
        const qint64 position = ((start + (backwards ? -step : step)) % total + total) % total;
        const auto viewRow = static_cast<int>(position / columns);
        const auto field = static_cast<Invitee::Field>(position % columns);
        if (viewRow != cachedViewRow) {
            cachedViewRow = viewRow;
            tableRow = m_editor->tableRow(m_filter->index(viewRow, 0));
        }
        if (m_table->invitee(tableRow).value(field).contains(needle, Qt::CaseInsensitive)) {
            const QModelIndex found = m_filter->index(viewRow, EditorModel::columnOf(field));
            m_view->setCurrentIndex(found);
            m_view->scrollTo(found);
            const bool wrapped = backwards ? position >= start : position <= start;
            const QString where = tr("Row %1, %2")
                                      .arg(QString::number(Validator::displayRow(m_table->invitee(tableRow), tableRow)),
                                           Invitee::fieldTitle(field));
            m_findBar->setResult(wrapped ? tr("%1 (search wrapped around)").arg(where) : where);
            return true;
        }
    }
    m_findBar->setResult(tr("Not found"));
    emit message(tr("'%1' is in no visible cell").arg(needle));
    return false;
}

int EditorView::validate()
{
    const QList<CellProblem> &problems = m_table->problems();
    if (problems.isEmpty()) {
        emit message(tr("No problems: %n row(s) ready to send", nullptr, m_table->sendableRowCount()));
        return 0;
    }
    const CellProblem &first = problems.first();
    m_editor->focusCell(first.row, first.field);
    const int shownRow = Validator::displayRow(m_table->invitee(first.row), first.row);
    emit message(tr("%n problem(s) to fix; the first: %1", nullptr, int(problems.size()))
                     .arg(Validator::describe(first, shownRow)));
    return int(problems.size());
}

void EditorView::editMetadata(const QModelIndex &viewIndex)
{
    const std::optional<Invitee::Field> field = EditorModel::fieldOf(viewIndex.column());
    if (!field || m_model->isReadOnly()) {
        return;
    }
    const int row = m_editor->tableRow(viewIndex);
    const QString title =
        tr("%1, row %2")
            .arg(Invitee::fieldTitle(*field), QString::number(Validator::displayRow(m_table->invitee(row), row)));
    auto *dialog = new JsonEditorDialog(title, m_table->invitee(row).value(*field), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A persistent index follows the cell should rows move while the dialog is open.
    const QPersistentModelIndex cell(m_table->index(row, *field));
    connect(dialog, &QDialog::accepted, this, [this, dialog, cell] {
        if (cell.isValid()) {
            m_model->editCell(cell.row(), static_cast<Invitee::Field>(cell.column()), dialog->cellText());
        }
    });
    dialog->open();
}

void EditorView::bulkEdit()
{
    const QList<int> rows = m_editor->selectedRows();
    if (rows.isEmpty() || m_model->isReadOnly()) {
        emit message(tr("Select the rows to edit first"));
        return;
    }
    auto *dialog = new BulkEditDialog(int(rows.size()), *m_directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, rows] {
        QList<TableEditor::FieldText> fields;
        for (const BulkEditDialog::Change &change : dialog->changes()) {
            fields.append({change.field, change.text});
        }
        m_editor->setFields(rows, fields);
    });
    dialog->open();
}

void EditorView::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
}

void EditorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->updateMarks(palette());
    }
    QWidget::changeEvent(event);
}
