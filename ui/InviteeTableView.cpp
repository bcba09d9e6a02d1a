#include "InviteeTableView.h"

#include "ChoiceDelegate.h"
#include "EditorModel.h"
#include "ExpiryDelegate.h"
#include "RedirectUrlDelegate.h"
#include "session/OrganizationDirectory.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace {

constexpr int MaxFittedColumnWidth = 360;

} // namespace

InviteeTableView::InviteeTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(true);
    // Fixed heights: the view never asks a row for its size, whatever the number of rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(true);
    setAccessibleName(tr("Invitees"));
    setAccessibleDescription(tr("One invitee per row. Type to replace a cell, F2 to edit it, Enter or F2 on a "
                                "metadata cell opens the JSON editor, Space toggles Notify. Problem cells carry a "
                                "warning icon and say what is wrong in their tooltip."));
}

void InviteeTableView::setupDelegates(const OrganizationDirectory *directory)
{
    setItemDelegateForColumn(EditorModel::columnOf(Invitee::Role),
                             new ChoiceDelegate([directory] { return ChoiceList::roles(*directory); }, this));
    setItemDelegateForColumn(EditorModel::columnOf(Invitee::InviterUserId),
                             new ChoiceDelegate([directory] { return ChoiceList::inviters(*directory); }, this));
    setItemDelegateForColumn(EditorModel::columnOf(Invitee::ExpiresInDays), new ExpiryDelegate(this));
    setItemDelegateForColumn(EditorModel::columnOf(Invitee::RedirectUrl), new RedirectUrlDelegate(this));
}

void InviteeTableView::fitColumns(int sampleRows)
{
    QAbstractItemModel *viewModel = model();
    if (!viewModel) {
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    const int rows = std::min(viewModel->rowCount(), sampleRows);
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
    const int iconWidth = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    const int checkWidth = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) + 4;
    for (int column = 0; column < viewModel->columnCount(); ++column) {
        const QString title = viewModel->headerData(column, Qt::Horizontal).toString();
        int width = horizontalHeader()->fontMetrics().horizontalAdvance(title) + 2 * padding;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = viewModel->index(row, column);
            int cell = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + padding;
            cell += index.data(Qt::DecorationRole).isNull() ? 0 : iconWidth;
            cell += index.data(Qt::CheckStateRole).isNull() ? 0 : checkWidth;
            width = std::max(width, cell);
        }
        // A status column wide enough for its longest title, whatever the sample held.
        if (column == EditorModel::StatusColumn) {
            for (int status = 0; status < RowStatus::Count; ++status) {
                width = std::max(width, metrics.horizontalAdvance(RowStatus::title(RowStatus::Value(status))) +
                                            padding + iconWidth);
            }
        }
        setColumnWidth(column, std::min(width, MaxFittedColumnWidth));
    }
}

bool InviteeTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const std::optional<Invitee::Field> field = EditorModel::fieldOf(index.column());
    const bool metadata = field && (*field == Invitee::PublicMetadata || *field == Invitee::PrivateMetadata);
    if (metadata && (index.flags() & Qt::ItemIsEditable) &&
        (trigger == DoubleClicked || trigger == EditKeyPressed || trigger == SelectedClicked)) {
        emit metadataEditRequested(index);
        return false;
    }
    if (!QTableView::edit(index, trigger, event)) {
        return false;
    }
    if (QWidget *editor = indexWidget(index); editor && field) {
        editor->setAccessibleName(tr("%1, row %2")
                                      .arg(model()->headerData(index.column(), Qt::Horizontal).toString(),
                                           model()->headerData(index.row(), Qt::Vertical).toString()));
    }
    return true;
}

void InviteeTableView::keyPressEvent(QKeyEvent *event)
{
    // Enter on a metadata cell opens its editor, as F2 does; elsewhere Enter keeps its usual meaning.
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                       (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (enter && state() != EditingState && currentIndex().isValid()) {
        const std::optional<Invitee::Field> field = EditorModel::fieldOf(currentIndex().column());
        if (field && (*field == Invitee::PublicMetadata || *field == Invitee::PrivateMetadata)) {
            edit(currentIndex(), EditKeyPressed, event);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}
