#include "InviteeTable.h"

#include <algorithm>

// Above this many cells whose problem changed at once, one dataChanged() covers them all instead of one per run.
static constexpr qsizetype MaxSeparateProblemSignals = 256;

InviteeTable::InviteeTable(QObject *parent)
    : QAbstractTableModel(parent)
{}

int InviteeTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_invitees.size());
}

int InviteeTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Invitee::FieldCount;
}

QVariant InviteeTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_invitees.size()) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_invitees.at(row).value(static_cast<Invitee::Field>(column));
    case Qt::ToolTipRole:
        if (const CellMark *mark = cellMark(row, column)) {
            return mark->message;
        }
        return {};
    case ProblemRole: {
        const CellMark *mark = cellMark(row, column);
        return mark ? mark->message : QString();
    }
    case ProblemKindRole:
        if (const CellMark *mark = cellMark(row, column)) {
            return static_cast<int>(mark->kind);
        }
        return {};
    case RowStatusRole:
        return static_cast<int>(m_statuses.at(row));
    case SourceRowRole:
        return m_invitees.at(row).sourceRow();
    default:
        return {};
    }
}

QVariant InviteeTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < Invitee::FieldCount) {
        const auto field = static_cast<Invitee::Field>(section);
        if (role == Qt::DisplayRole) {
            return Invitee::fieldTitle(field);
        }
        if (role == Qt::ToolTipRole) {
            return Invitee::fieldKey(field);
        }
    } else if (orientation == Qt::Vertical && section >= 0 && section < m_invitees.size() && role == Qt::DisplayRole) {
        return Validator::displayRow(m_invitees.at(section), section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags InviteeTable::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool InviteeTable::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.model() != this || index.row() >= m_invitees.size() ||
        index.column() >= Invitee::FieldCount) {
        return false;
    }
    if (value.isValid() && !value.canConvert<QString>()) {
        return false;
    }
    const auto field = static_cast<Invitee::Field>(index.column());
    const QString text = value.toString();
    Invitee &invitee = m_invitees[index.row()];
    if (invitee.value(field) == text) {
        return true;
    }
    invitee.setValue(field, text);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    if (isInBulkEdit()) {
        m_revalidationPending = true;
    } else {
        revalidate();
    }
    return true;
}

bool InviteeTable::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1) {
        return false;
    }
    return insertInvitees(row, QList<Invitee>(count));
}

bool InviteeTable::insertInvitees(int row, const QList<Invitee> &invitees, const QList<RowStatus::Value> &statuses)
{
    const auto count = static_cast<int>(invitees.size());
    if (row < 0 || row > m_invitees.size() || count < 1) {
        return false;
    }
    beginInsertRows(QModelIndex(), row, row + count - 1);
    m_invitees.insert(row, count, Invitee());
    std::copy(invitees.cbegin(), invitees.cend(), m_invitees.begin() + row);
    m_statuses.insert(row, count, RowStatus::Pending);
    std::copy_n(statuses.cbegin(), std::min(statuses.size(), invitees.size()), m_statuses.begin() + row);
    shiftProblemRows(row, 0, count);
    endInsertRows();
    if (isInBulkEdit()) {
        m_revalidationPending = true;
    } else {
        revalidate();
    }
    return true;
}

bool InviteeTable::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_invitees.size()) {
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_invitees.remove(row, count);
    m_statuses.remove(row, count);
    shiftProblemRows(row, count, 0);
    endRemoveRows();
    if (isInBulkEdit()) {
        m_revalidationPending = true;
    } else {
        revalidate();
    }
    return true;
}

QHash<int, QByteArray> InviteeTable::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProblemRole, QByteArrayLiteral("problem"));
    names.insert(ProblemKindRole, QByteArrayLiteral("problemKind"));
    names.insert(RowStatusRole, QByteArrayLiteral("rowStatus"));
    names.insert(SourceRowRole, QByteArrayLiteral("sourceRow"));
    return names;
}

void InviteeTable::setInvitees(const QList<Invitee> &invitees, const QList<RowStatus::Value> &statuses)
{
    beginResetModel();
    m_invitees = invitees;
    m_statuses = QList<RowStatus::Value>(m_invitees.size(), RowStatus::Pending);
    std::copy_n(statuses.cbegin(), std::min(statuses.size(), m_statuses.size()), m_statuses.begin());
    m_cellMarks.clear();
    m_problems.clear();
    revalidate(false);
    endResetModel();
    emit problemsChanged();
}

void InviteeTable::setValidator(const Validator &validator)
{
    m_validator = validator;
    if (isInBulkEdit()) {
        m_revalidationPending = true;
    } else {
        revalidate();
    }
}

void InviteeTable::setDefaultRole(const QString &role)
{
    Validator validator = m_validator;
    validator.setDefaultRole(role);
    setValidator(validator);
}

RowStatus::Value InviteeTable::validationStatus(int row) const
{
    RowStatus::Value status = RowStatus::Pending;
    for (int column = 0; column < Invitee::FieldCount; ++column) {
        if (const CellMark *mark = cellMark(row, column)) {
            if (mark->kind == CellProblem::Invalid) {
                return RowStatus::Invalid;
            }
            status = RowStatus::Duplicate;
        }
    }
    return status;
}

RowStatus::Value InviteeTable::effectiveStatus(int row) const
{
    const RowStatus::Value status = m_statuses.at(row);
    return RowStatus::isFinal(status) ? status : validationStatus(row);
}

int InviteeTable::sendableRowCount() const
{
    int count = static_cast<int>(std::count(m_statuses.cbegin(), m_statuses.cend(), RowStatus::Pending));
    int previousRow = -1;
    for (const CellProblem &problem : std::as_const(m_problems)) {
        if (problem.row != previousRow) {
            previousRow = problem.row;
            if (problem.row < m_statuses.size() && m_statuses.at(problem.row) == RowStatus::Pending) {
                --count;
            }
        }
    }
    return count;
}

void InviteeTable::setRowStatus(int row, RowStatus::Value status)
{
    if (row < 0 || row >= m_statuses.size() || m_statuses.at(row) == status) {
        return;
    }
    m_statuses[row] = status;
    emit dataChanged(index(row, 0), index(row, Invitee::FieldCount - 1), {RowStatusRole});
}

void InviteeTable::beginBulkEdit()
{
    ++m_bulkDepth;
}

void InviteeTable::endBulkEdit()
{
    Q_ASSERT(m_bulkDepth > 0);
    if (m_bulkDepth == 0 || --m_bulkDepth > 0) {
        return;
    }
    if (m_revalidationPending) {
        revalidate();
    }
}

const InviteeTable::CellMark *InviteeTable::cellMark(int row, int column) const
{
    if (m_cellMarks.isEmpty()) {
        return nullptr;
    }
    const auto it = m_cellMarks.constFind(cellKey(row, column));
    return it == m_cellMarks.cend() ? nullptr : &it.value();
}

void InviteeTable::revalidate(bool notify)
{
    m_revalidationPending = false;
    QList<CellProblem> problems = m_validator.validate(m_invitees);

    QHash<int, CellMark> marks;
    marks.reserve(problems.size());
    for (const CellProblem &problem : std::as_const(problems)) {
        CellMark &mark = marks[cellKey(problem.row, problem.field)];
        if (mark.message.isEmpty()) {
            mark.kind = problem.kind;
            mark.message = problem.message;
        } else {
            mark.message.append(u'\n').append(problem.message);
            if (problem.kind == CellProblem::Invalid) {
                mark.kind = CellProblem::Invalid;
            }
        }
    }

    QList<int> changedCells;
    if (notify) {
        for (auto it = m_cellMarks.cbegin(); it != m_cellMarks.cend(); ++it) {
            const auto now = marks.constFind(it.key());
            if (now == marks.cend() || now.value() != it.value()) {
                changedCells.append(it.key());
            }
        }
        for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
            if (!m_cellMarks.contains(it.key())) {
                changedCells.append(it.key());
            }
        }
    }

    const bool listChanged = m_problemListChanged || problems != m_problems;
    m_problems = std::move(problems);
    m_cellMarks = std::move(marks);
    m_problemListChanged = false;
    recountInvalidRows();

    if (notify) {
        emitProblemChanges(std::move(changedCells));
        if (listChanged) {
            emit problemsChanged();
        }
    }
}

void InviteeTable::emitProblemChanges(QList<int> keys)
{
    if (keys.isEmpty()) {
        return;
    }
    const QList<int> roles{Qt::ToolTipRole, ProblemRole, ProblemKindRole};
    constexpr int columns = Invitee::FieldCount;
    if (keys.size() > MaxSeparateProblemSignals) {
        const auto [minKey, maxKey] = std::minmax_element(keys.cbegin(), keys.cend());
        int firstColumn = columns - 1;
        int lastColumn = 0;
        for (const int key : std::as_const(keys)) {
            firstColumn = std::min(firstColumn, key % columns);
            lastColumn = std::max(lastColumn, key % columns);
        }
        emit dataChanged(index(*minKey / columns, firstColumn), index(*maxKey / columns, lastColumn), roles);
        return;
    }
    // One signal per run of neighbouring cells in a row.
    std::sort(keys.begin(), keys.end());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const int first = keys.at(i);
        int last = first;
        while (i + 1 < keys.size() && keys.at(i + 1) == last + 1 && (last + 1) % columns != 0) {
            last = keys.at(++i);
        }
        emit dataChanged(index(first / columns, first % columns), index(last / columns, last % columns), roles);
    }
}

void InviteeTable::shiftProblemRows(int first, int removed, int inserted)
{
    if (m_problems.isEmpty()) {
        return;
    }
    const int end = first + removed;
    const int delta = inserted - removed;
    const auto movedRow = [first, end, delta](int row) { return row < first ? row : row < end ? -1 : row + delta; };

    QList<CellProblem> problems;
    problems.reserve(m_problems.size());
    for (CellProblem problem : std::as_const(m_problems)) {
        problem.row = movedRow(problem.row);
        if (problem.row >= 0) {
            problems.append(problem);
        }
    }
    QHash<int, CellMark> marks;
    marks.reserve(m_cellMarks.size());
    for (auto it = m_cellMarks.cbegin(); it != m_cellMarks.cend(); ++it) {
        const int row = movedRow(it.key() / Invitee::FieldCount);
        if (row >= 0) {
            marks.insert(cellKey(row, it.key() % Invitee::FieldCount), it.value());
        }
    }
    m_problemListChanged = m_problemListChanged || problems != m_problems;
    m_problems = std::move(problems);
    m_cellMarks = std::move(marks);
    recountInvalidRows();
}

void InviteeTable::recountInvalidRows()
{
    int count = 0;
    int duplicates = 0;
    int previousRow = -1;
    bool onlyDuplicates = false;
    for (const CellProblem &problem : std::as_const(m_problems)) {
        if (problem.row != previousRow) {
            duplicates += onlyDuplicates ? 1 : 0;
            ++count;
            previousRow = problem.row;
            onlyDuplicates = true;
        }
        onlyDuplicates = onlyDuplicates && problem.kind == CellProblem::Duplicate;
    }
    m_invalidRowCount = count;
    m_duplicateRowCount = duplicates + (onlyDuplicates ? 1 : 0);
}
