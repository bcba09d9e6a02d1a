#include "ImportPreviewModel.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStyle>

static qint64 cellKey(int row, int field)
{
    return qint64(row) * Invitee::FieldCount + field;
}

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_problemIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{}

void ImportPreviewModel::setRows(const QList<Invitee> &invitees, const QList<CellProblem> &problems)
{
    beginResetModel();
    m_invitees = invitees;
    m_problems.clear();
    for (const CellProblem &problem : problems) {
        QString &text = m_problems[cellKey(problem.row, problem.field)];
        text = text.isEmpty() ? problem.message : tr("%1\n%2").arg(text, problem.message);
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invitees.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Invitee::FieldCount;
}

QString ImportPreviewModel::displayText(Invitee::Field field, const QString &value)
{
    if ((field != Invitee::PublicMetadata && field != Invitee::PrivateMetadata) || value.trimmed().isEmpty()) {
        return value;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return value;
    }
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto field = static_cast<Invitee::Field>(index.column());
    const QString problem = m_problems.value(cellKey(index.row(), index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(field, m_invitees.at(index.row()).value(field));
    case Qt::DecorationRole:
        return problem.isEmpty() ? QVariant() : QVariant(m_problemIcon);
    case Qt::ToolTipRole:
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    case Qt::AccessibleDescriptionRole:
        return problem.isEmpty() ? QVariant() : QVariant(tr("Problem: %1").arg(problem));
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < Invitee::FieldCount ? Invitee::fieldTitle(static_cast<Invitee::Field>(section))
                                                             : QVariant();
    }
    if (section < 0 || section >= m_invitees.size()) {
        return {};
    }
    // The row number as the file or sheet numbers it.
    const int sourceRow = m_invitees.at(section).sourceRow();
    return sourceRow > 0 ? QVariant(sourceRow) : QVariant(section + 1);
}
