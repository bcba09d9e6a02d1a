#include "EditorModel.h"

#include "EditCellCommand.h"
#include "core/FieldValues.h"

#include <QGuiApplication>
#include <QItemSelection>
#include <QUndoStack>

EditorModel::EditorModel(InviteeTable *table, QUndoStack *undoStack, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_table(table)
    , m_undoStack(undoStack)
{
    m_marks.update(QGuiApplication::palette());
    QAbstractProxyModel::setSourceModel(table);
    connect(table, &QAbstractItemModel::dataChanged, this, &EditorModel::forwardDataChanged);
    connect(table, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Vertical) {
                    emit headerDataChanged(orientation, first, last);
                } else {
                    emit headerDataChanged(orientation, first + 1, last + 1);
                }
            });
    connect(table, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(table, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows(QModelIndex(), first, last); });
    connect(table, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(table, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(table, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
}

std::optional<Invitee::Field> EditorModel::fieldOf(int column)
{
    if (column <= StatusColumn || column > Invitee::FieldCount) {
        return std::nullopt;
    }
    return static_cast<Invitee::Field>(column - 1);
}

void EditorModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly) {
        return;
    }
    m_readOnly = readOnly;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

void EditorModel::updateMarks(const QPalette &palette)
{
    m_marks.update(palette);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DecorationRole, Qt::BackgroundRole, Qt::ForegroundRole});
    }
}

void EditorModel::editCell(int row, Invitee::Field field, const QString &text)
{
    if (row < 0 || row >= m_table->rowCount()) {
        return;
    }
    const QString before = m_table->invitee(row).value(field);
    if (before == text) {
        return;
    }
    if (m_undoStack) {
        m_undoStack->push(new EditCellCommand(m_table, row, field, before, text));
    } else {
        m_table->setData(m_table->index(row, field), text);
    }
}

QModelIndex EditorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex EditorModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex EditorModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int EditorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table->rowCount();
}

int EditorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Invitee::FieldCount + 1;
}

bool EditorModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex EditorModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.column() == StatusColumn) {
        return {};
    }
    return m_table->index(proxyIndex.row(), proxyIndex.column() - 1);
}

QModelIndex EditorModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_table) {
        return {};
    }
    return index(sourceIndex.row(), sourceIndex.column() + 1);
}

QItemSelection EditorModel::mapSelectionToSource(const QItemSelection &selection) const
{
    QItemSelection mapped;
    for (const QItemSelectionRange &range : selection) {
        const int left = std::max(range.left(), 1);
        if (left <= range.right()) {
            mapped.append(QItemSelectionRange(mapToSource(index(range.top(), left)),
                                              mapToSource(index(range.bottom(), range.right()))));
        }
    }
    return mapped;
}

QItemSelection EditorModel::mapSelectionFromSource(const QItemSelection &selection) const
{
    QItemSelection mapped;
    for (const QItemSelectionRange &range : selection) {
        mapped.append(QItemSelectionRange(mapFromSource(range.topLeft()), mapFromSource(range.bottomRight())));
    }
    return mapped;
}

QVariant EditorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()) {
        return {};
    }
    if (const std::optional<Invitee::Field> field = fieldOf(index.column())) {
        return fieldData(index.row(), *field, role);
    }
    return statusData(index.row(), role);
}

QVariant EditorModel::statusData(int row, int role) const
{
    const RowStatus::Value status = m_table->effectiveStatus(row);
    switch (role) {
    case Qt::DisplayRole:
        return RowStatus::title(status);
    case Qt::DecorationRole:
        return m_marks.statusIcon(status);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines{RowStatus::title(status)};
        for (int column = 0; column < Invitee::FieldCount; ++column) {
            const QString problem = m_table->index(row, column).data(InviteeTable::ProblemRole).toString();
            if (!problem.isEmpty()) {
                lines.append(tr("%1: %2").arg(Invitee::fieldTitle(static_cast<Invitee::Field>(column)), problem));
            }
        }
        return lines.join(u'\n');
    }
    case EffectiveStatusRole:
        return int(status);
    case InviteeTable::RowStatusRole:
    case InviteeTable::SourceRowRole:
        return m_table->index(row, 0).data(role);
    default:
        return {};
    }
}

QVariant EditorModel::fieldData(int row, Invitee::Field field, int role) const
{
    const QModelIndex source = m_table->index(row, field);
    const QString &text = m_table->invitee(row).value(field);
    const bool showsDefault =
        text.isEmpty() && (field == Invitee::Role || field == Invitee::ExpiresInDays || field == Invitee::Notify);
    switch (role) {
    case Qt::DisplayRole:
        if (showsDefault) {
            return field == Invitee::Role ? tr("%1 (default)").arg(m_table->defaultRole()) : tr("default");
        }
        return text;
    case Qt::ForegroundRole:
        return showsDefault ? QVariant(m_marks.placeholderText()) : QVariant();
    case Qt::CheckStateRole:
        if (field != Invitee::Notify) {
            return {};
        }
        if (const std::optional<bool> notify = FieldValues::parseNotify(text)) {
            return *notify ? Qt::Checked : Qt::Unchecked;
        }
        return Qt::PartiallyChecked;
    case Qt::DecorationRole:
    case Qt::BackgroundRole: {
        const QVariant kind = source.data(InviteeTable::ProblemKindRole);
        if (!kind.isValid()) {
            return {};
        }
        const auto problemKind = static_cast<CellProblem::Kind>(kind.toInt());
        return role == Qt::DecorationRole ? QVariant(m_marks.problemIcon(problemKind))
                                          : QVariant(m_marks.problemBackground(problemKind));
    }
    case Qt::AccessibleDescriptionRole:
        // What the tooltip and the icon say, for screen readers: the cell's problem.
        return source.data(Qt::ToolTipRole);
    case EffectiveStatusRole:
        return int(m_table->effectiveStatus(row));
    default:
        return source.data(role);
    }
}

bool EditorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const std::optional<Invitee::Field> field =
        index.isValid() && index.model() == this && !m_readOnly ? fieldOf(index.column()) : std::nullopt;
    if (!field || index.row() >= rowCount()) {
        return false;
    }
    if (role == Qt::CheckStateRole && *field == Invitee::Notify) {
        const auto state = static_cast<Qt::CheckState>(value.toInt());
        editCell(index.row(), *field,
                 state == Qt::Checked     ? QStringLiteral("true")
                 : state == Qt::Unchecked ? QStringLiteral("false")
                                          : QString());
        return true;
    }
    if (role != Qt::EditRole || (value.isValid() && !value.canConvert<QString>())) {
        return false;
    }
    editCell(index.row(), *field, value.toString());
    return true;
}

Qt::ItemFlags EditorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const std::optional<Invitee::Field> field = fieldOf(index.column());
    if (!field || m_readOnly) {
        return flags;
    }
    if (*field == Invitee::Notify) {
        return flags | Qt::ItemIsUserCheckable | Qt::ItemIsUserTristate;
    }
    return flags | Qt::ItemIsEditable;
}

QVariant EditorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return m_table->headerData(section, orientation, role);
    }
    if (section == StatusColumn) {
        if (role == Qt::DisplayRole) {
            return tr("Status");
        }
        if (role == Qt::ToolTipRole) {
            return tr("What validation or the last run made of the row");
        }
        return {};
    }
    return m_table->headerData(section - 1, orientation, role);
}

void EditorModel::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid()) {
        return;
    }
    QList<int> shown = roles;
    const bool problems = roles.isEmpty() || roles.contains(InviteeTable::ProblemKindRole);
    const bool statuses = problems || roles.contains(InviteeTable::RowStatusRole);
    if (!roles.isEmpty()) {
        if (problems) {
            shown << Qt::DecorationRole << Qt::BackgroundRole;
        }
        if (roles.contains(Qt::EditRole)) {
            shown << Qt::CheckStateRole << Qt::ForegroundRole;
        }
        if (statuses) {
            shown << EffectiveStatusRole;
        }
    }
    emit dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), shown);
    if (statuses) {
        emit dataChanged(index(topLeft.row(), StatusColumn), index(bottomRight.row(), StatusColumn),
                         {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, EffectiveStatusRole});
    }
}
