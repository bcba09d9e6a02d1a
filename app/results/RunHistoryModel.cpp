#include "RunHistoryModel.h"

#include "delivery/Journal.h"

#include <QLocale>

RunHistoryModel::RunHistoryModel(const Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{}

void RunHistoryModel::setJournal(const Journal *journal)
{
    m_journal = journal;
    refresh();
}

bool RunHistoryModel::refresh()
{
    std::optional<QList<JournalRun>> runs;
    m_error.clear();
    if (!m_journal || !m_journal->isOpen()) {
        m_error = tr("No journal is open.");
    } else {
        runs = m_journal->listRuns();
        if (!runs) {
            m_error = m_journal->errorString();
        }
    }
    beginResetModel();
    m_runs = runs.value_or(QList<JournalRun>());
    endResetModel();
    return runs.has_value();
}

void RunHistoryModel::setOrganizationNames(const QHash<QString, QString> &namesById)
{
    m_organizationNames = namesById;
    if (!m_runs.isEmpty()) {
        emit dataChanged(index(0, OrganizationColumn), index(rowCount() - 1, OrganizationColumn));
    }
}

QString RunHistoryModel::organizationLabel(const QString &orgId) const
{
    const QString name = m_organizationNames.value(orgId);
    return name.isEmpty() ? orgId : tr("%1 (%2)").arg(name, orgId);
}

int RunHistoryModel::rowOfRun(qint64 runId) const
{
    for (qsizetype row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId) {
            return int(row);
        }
    }
    return -1;
}

QList<RowStatus::Value> RunHistoryModel::statusOrder()
{
    return {RowStatus::Invited,   RowStatus::AlreadyInvited, RowStatus::AlreadyMember, RowStatus::Invalid,
            RowStatus::Duplicate, RowStatus::Failed,         RowStatus::Pending};
}

QString RunHistoryModel::stateText(const JournalRun &run)
{
    if (run.isFinished()) {
        return tr("Finished");
    }
    return run.interrupted ? tr("Interrupted") : tr("Unfinished");
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const JournalRun &run = m_runs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(run, column);
    case Qt::ToolTipRole:
        if (column == StartedColumn) {
            return tr("Run %1 against %2").arg(run.id).arg(run.apiBaseUrl);
        }
        if (column == OrganizationColumn) {
            return run.orgId;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= RowsColumn && column < StateColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RunIdRole:
        return run.id;
    case RunRole:
        return QVariant::fromValue(run);
    case SortRole:
        if (column == StartedColumn) {
            return run.createdAt.toMSecsSinceEpoch();
        }
        return displayData(run, column);
    default:
        return {};
    }
}

QVariant RunHistoryModel::displayData(const JournalRun &run, int column) const
{
    if (column >= FirstStatusColumn && column < StateColumn) {
        return run.count(statusOrder().at(column - FirstStatusColumn));
    }
    switch (column) {
    case StartedColumn:
        return QLocale().toString(run.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case OrganizationColumn:
        return organizationLabel(run.orgId);
    case RowsColumn:
        return run.rowCount;
    case StateColumn:
        return stateText(run);
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstStatusColumn && section < StateColumn) {
        return RowStatus::title(statusOrder().at(section - FirstStatusColumn));
    }
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case OrganizationColumn:
        return tr("Organization");
    case RowsColumn:
        return tr("Rows");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}
