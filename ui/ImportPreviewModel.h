#pragma once

#include "core/CellProblem.h"
#include "core/Invitee.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

// The import dialog's preview: the first rows as Invitedesk will read them, one column per field, metadata as the
// compact JSON it sends (typed numbers and booleans visible), and every cell Clerk would refuse marked with an icon
// and the reason in its tooltip.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    // The rows and the problems the Validator found in them (rows are indexes into invitees).
    void setRows(const QList<Invitee> &invitees, const QList<CellProblem> &problems);
    void clear() { setRows({}, {}); }
    int problemCount() const { return int(m_problems.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text a field's cell shows: metadata that is a JSON object as compact JSON, anything else as it is.
    static QString displayText(Invitee::Field field, const QString &value);

private:
    QList<Invitee> m_invitees;
    QHash<qint64, QString> m_problems; // row * FieldCount + field -> the reasons, one per line
    QIcon m_problemIcon;
};
