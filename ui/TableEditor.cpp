#include "TableEditor.h"

#include "EditorModel.h"
#include "InsertRowsCommand.h"
#include "InviteeTableView.h"
#include "RemoveRowsCommand.h"
#include "SetCellsCommand.h"
#include "StatusFilterModel.h"
#include "clipboard/AddressListParser.h"
#include "clipboard/ClipboardContent.h"
#include "core/Validator.h"
#include "session/TabSeparatedText.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <map>

TableEditor::TableEditor(InviteeTableView *view, EditorModel *model, StatusFilterModel *filter, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
    , m_filter(filter)
    , m_table(model->table())
    , m_undoStack(model->undoStack())
{}

QModelIndex TableEditor::viewIndex(int row, Invitee::Field field) const
{
    return m_filter->mapFromSource(m_model->index(row, EditorModel::columnOf(field)));
}

int TableEditor::tableRow(const QModelIndex &viewIndex) const
{
    return m_filter->mapToSource(m_filter->index(viewIndex.row(), 0)).row();
}

QList<int> TableEditor::selectedRows() const
{
    QList<int> rows;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        for (int viewRow = range.top(); viewRow <= range.bottom(); ++viewRow) {
            rows.append(tableRow(m_filter->index(viewRow, 0)));
        }
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid()) {
        rows.append(tableRow(m_view->currentIndex()));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void TableEditor::focusCell(int row, Invitee::Field field)
{
    if (row < 0 || row >= m_table->rowCount()) {
        return;
    }
    QModelIndex index = viewIndex(row, field);
    if (!index.isValid()) {
        m_filter->setStatusFilter(StatusFilterModel::AllRows);
        index = viewIndex(row, field);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QList<TableEditor::Cell> TableEditor::selectedCells() const
{
    // Ordered by view row, then column, however the selection was made.
    QList<std::pair<int, int>> ordered;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        for (int viewRow = range.top(); viewRow <= range.bottom(); ++viewRow) {
            for (int column = std::max(range.left(), 1); column <= range.right(); ++column) {
                ordered.append({viewRow, column});
            }
        }
    }
    std::sort(ordered.begin(), ordered.end());
    ordered.erase(std::unique(ordered.begin(), ordered.end()), ordered.end());
    QList<Cell> cells;
    cells.reserve(ordered.size());
    for (const auto &[viewRow, column] : std::as_const(ordered)) {
        cells.append({viewRow, *EditorModel::fieldOf(column)});
    }
    if (cells.isEmpty() && m_view->currentIndex().isValid()) {
        if (const std::optional<Invitee::Field> field = EditorModel::fieldOf(m_view->currentIndex().column())) {
            cells.append({m_view->currentIndex().row(), *field});
        }
    }
    return cells;
}

bool TableEditor::isEditable() const
{
    return !m_model->isReadOnly();
}

QString TableEditor::selectedText() const
{
    const QList<Cell> cells = selectedCells();
    if (cells.isEmpty()) {
        return {};
    }
    // A rectangle over the selected rows and fields; cells outside the selection stay empty.
    QList<int> fields;
    for (const Cell &cell : cells) {
        fields.append(cell.field);
    }
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
    QList<QStringList> rows;
    int lastRow = -1;
    for (const Cell &cell : cells) {
        if (cell.viewRow != lastRow) {
            rows.append(QStringList(fields.size()));
            lastRow = cell.viewRow;
        }
        const int table = tableRow(m_filter->index(cell.viewRow, 0));
        rows.last()[fields.indexOf(int(cell.field))] = m_table->invitee(table).value(cell.field);
    }
    return TabSeparatedText::format(rows);
}

void TableEditor::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void TableEditor::cut()
{
    if (!isEditable()) {
        return;
    }
    copy();
    const QList<int> rows = selectedRows();
    const bool wholeRows = !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [this](int row) {
        const QModelIndex index = viewIndex(row, Invitee::Email);
        return m_view->selectionModel()->isRowSelected(index.row(), QModelIndex());
    });
    if (wholeRows) {
        m_undoStack->push(new RemoveRowsCommand(m_table, rows, tr("Cut %n row(s)", nullptr, int(rows.size()))));
    } else {
        const QList<Cell> cells = selectedCells();
        pushChanges(cells, QList<QString>(cells.size()), tr("Cut %n cell(s)", nullptr, int(cells.size())));
    }
}

void TableEditor::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !isEditable()) {
        return;
    }
    const ClipboardContent content = ClipboardContent::choose(mime->hasText() ? mime->text() : QString(),
                                                              mime->hasHtml() ? mime->html() : QString());
    switch (content.kind()) {
    case ClipboardContent::Kind::Nothing:
        break;
    case ClipboardContent::Kind::Cells:
        pasteCells(content.cells());
        break;
    case ClipboardContent::Kind::Addresses:
        pasteAddresses(content.addressText());
        break;
    case ClipboardContent::Kind::Error:
        emit message(content.errorString());
        break;
    }
}

void TableEditor::pasteText(const QString &text)
{
    pasteCells(TabSeparatedText::parse(text));
}

void TableEditor::pasteAddresses(const QString &text)
{
    if (!isEditable()) {
        return;
    }
    QSet<QString> known;
    known.reserve(m_table->rowCount());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const QString email = m_table->invitee(row).trimmedEmail(); !email.isEmpty()) {
            known.insert(AddressListParser::key(email));
        }
    }
    const AddressList list = AddressListParser::parse(text, known);
    const int firstRow = m_table->rowCount();
    if (!list.addresses.isEmpty()) {
        QList<Invitee> rows;
        rows.reserve(list.addresses.size());
        for (const QString &address : list.addresses) {
            Invitee invitee;
            invitee.setValue(Invitee::Email, address);
            rows.append(invitee);
        }
        m_undoStack->push(new InsertRowsCommand(m_table, firstRow, rows,
                                                tr("Paste %n address(es)", nullptr, int(list.addresses.size()))));
        // The first one to fix, else the first one added.
        focusCell(firstRow + int(list.invalid.isEmpty() ? 0 : list.invalid.first()), Invitee::Email);
    }
    emit message(addressesPastedMessage(list, firstRow));
}

QString TableEditor::addressesPastedMessage(const AddressList &list, int firstRow) const
{
    QString text = list.addresses.isEmpty() ? tr("No address pasted")
                                            : tr("Pasted %n address(es)", nullptr, int(list.addresses.size()));
    if (list.repeats > 0) {
        text = tr("%1; %2").arg(text, tr("%n repeat(s) removed", nullptr, list.repeats));
    }
    if (list.alreadyInTable > 0) {
        text = tr("%1; %2").arg(text, tr("%n already in the table", nullptr, list.alreadyInTable));
    }
    if (!list.invalid.isEmpty()) {
        // Rows as the table numbers them; the first few are enough to find the rest.
        constexpr qsizetype NamedRows = 10;
        QStringList rows;
        for (qsizetype i = 0; i < std::min(list.invalid.size(), NamedRows); ++i) {
            const int row = firstRow + int(list.invalid.at(i));
            rows.append(QString::number(Validator::displayRow(m_table->invitee(row), row)));
        }
        if (list.invalid.size() > NamedRows) {
            rows.append(QStringLiteral("…"));
        }
        text = tr("%1; %2").arg(
            text, tr("%n not valid address(es): row(s) %1 — fix them in the table", nullptr, int(list.invalid.size()))
                      .arg(rows.join(tr(", "))));
    }
    return text;
}

void TableEditor::pasteCells(const QList<QStringList> &grid)
{
    if (grid.isEmpty() || !isEditable()) {
        return;
    }
    const QList<Cell> selected = selectedCells();
    if (grid.size() == 1 && grid.first().size() == 1 && selected.size() > 1) {
        pushChanges(selected, QList<QString>(selected.size(), grid.first().first()),
                    tr("Paste into %n cell(s)", nullptr, int(selected.size())));
        return;
    }
    // The top-left selected cell, else the end of the table.
    const int firstViewRow = selected.isEmpty() ? m_filter->rowCount() : selected.first().viewRow;
    int firstField = Invitee::Email;
    if (!selected.isEmpty()) {
        firstField = selected.first().field;
        for (const Cell &cell : selected) {
            firstField = std::min(firstField, int(cell.field));
        }
    }

    QList<Cell> cells;
    QList<QString> texts;
    QList<Invitee> appended;
    for (qsizetype r = 0; r < grid.size(); ++r) {
        const int viewRow = firstViewRow + int(r);
        Invitee newRow;
        for (qsizetype c = 0; c < grid.at(r).size() && firstField + c < Invitee::FieldCount; ++c) {
            const auto field = static_cast<Invitee::Field>(firstField + c);
            if (viewRow < m_filter->rowCount()) {
                cells.append({viewRow, field});
                texts.append(grid.at(r).at(c));
            } else {
                newRow.setValue(field, grid.at(r).at(c));
            }
        }
        if (viewRow >= m_filter->rowCount()) {
            appended.append(newRow);
        }
    }
    const int cellCount = int(texts.size() + appended.size() * grid.first().size());
    m_undoStack->beginMacro(tr("Paste %n cell(s)", nullptr, cellCount));
    pushChanges(cells, texts, QString());
    if (!appended.isEmpty()) {
        m_undoStack->push(new InsertRowsCommand(m_table, m_table->rowCount(), appended, QString()));
    }
    m_undoStack->endMacro();
    emit message(tr("Pasted %n row(s)", nullptr, int(grid.size())));
}

void TableEditor::clearCells()
{
    if (!isEditable()) {
        return;
    }
    const QList<Cell> cells = selectedCells();
    pushChanges(cells, QList<QString>(cells.size()), tr("Clear %n cell(s)", nullptr, int(cells.size())));
}

void TableEditor::addRow()
{
    if (!isEditable()) {
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? tableRow(current) + 1 : m_table->rowCount();
    m_undoStack->push(new InsertRowsCommand(m_table, row, {Invitee()}, tr("Add row")));
    focusCell(row, Invitee::Email);
}

void TableEditor::deleteRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !isEditable()) {
        return;
    }
    const int viewRow = m_view->currentIndex().row();
    m_undoStack->push(new RemoveRowsCommand(m_table, rows, tr("Delete %n row(s)", nullptr, int(rows.size()))));
    if (m_filter->rowCount() > 0) {
        m_view->setCurrentIndex(
            m_filter->index(std::clamp(viewRow, 0, m_filter->rowCount() - 1), EditorModel::columnOf(Invitee::Email)));
    }
    emit message(tr("Deleted %n row(s)", nullptr, int(rows.size())));
}

void TableEditor::fillDown()
{
    if (!isEditable()) {
        return;
    }
    const QList<Cell> selected = selectedCells();
    // Per column, the selected view rows in order.
    std::map<int, QList<int>> rowsByField;
    for (const Cell &cell : selected) {
        rowsByField[cell.field].append(cell.viewRow);
    }
    QList<Cell> cells;
    QList<QString> texts;
    for (const auto &[field, viewRows] : rowsByField) {
        const int sourceViewRow = viewRows.size() == 1 ? viewRows.first() - 1 : viewRows.first();
        if (sourceViewRow < 0) {
            continue;
        }
        const QString value =
            m_table->invitee(tableRow(m_filter->index(sourceViewRow, 0))).value(static_cast<Invitee::Field>(field));
        for (const int viewRow : viewRows) {
            if (viewRow != sourceViewRow) {
                cells.append({viewRow, static_cast<Invitee::Field>(field)});
                texts.append(value);
            }
        }
    }
    pushChanges(cells, texts, tr("Fill down"));
}

void TableEditor::setFields(const QList<int> &rows, const QList<FieldText> &fields)
{
    if (!isEditable()) {
        return;
    }
    QList<SetCellsCommand::Change> targets;
    for (const int row : rows) {
        for (const FieldText &field : fields) {
            targets.append({row, field.field, QString(), field.text});
        }
    }
    QList<SetCellsCommand::Change> changes = SetCellsCommand::changesTo(*m_table, targets);
    if (changes.isEmpty()) {
        emit message(tr("Nothing to change: the rows already hold these values"));
        return;
    }
    m_undoStack->push(
        new SetCellsCommand(m_table, std::move(changes), tr("Edit %n row(s)", nullptr, int(rows.size()))));
    emit message(tr("Changed %n row(s)", nullptr, int(rows.size())));
}

void TableEditor::pushChanges(const QList<Cell> &cells, const QList<QString> &texts, const QString &text)
{
    QList<SetCellsCommand::Change> targets;
    targets.reserve(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        targets.append({tableRow(m_filter->index(cells.at(i).viewRow, 0)), cells.at(i).field, QString(), texts.at(i)});
    }
    QList<SetCellsCommand::Change> changes = SetCellsCommand::changesTo(*m_table, targets);
    if (!changes.isEmpty()) {
        m_undoStack->push(new SetCellsCommand(m_table, std::move(changes), text));
    }
}
