#pragma once

#include "core/RowStatus.h"
#include "delivery/JournalRun.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Journal;

// The history of delivery runs a journal holds, newest first: when each started, for which organization, how many
// rows, how many ended in each status, and whether it finished, was interrupted or is still unfinished.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int {
        StartedColumn,
        OrganizationColumn,
        RowsColumn,
        FirstStatusColumn, // one column per status from here, in statusOrder()
        StateColumn = FirstStatusColumn + RowStatus::Count,
        ColumnCount,
    };
    enum Role : int {
        RunIdRole = Qt::UserRole + 1, // qint64, on every column
        RunRole,                      // QVariant holding the JournalRun
        SortRole,                     // typed value to sort by
    };

    // journal is read on refresh(); it must outlive the model (it may be null: the model stays empty).
    explicit RunHistoryModel(const Journal *journal, QObject *parent = nullptr);

    void setJournal(const Journal *journal);
    // Re-reads the runs. False when the journal could not be read (errorString() says why; the model is emptied).
    bool refresh();
    QString errorString() const { return m_error; }

    // Names to show next to organization ids ("Acme Inc (org_123)").
    void setOrganizationNames(const QHash<QString, QString> &namesById);
    QString organizationLabel(const QString &orgId) const;

    const QList<JournalRun> &runs() const { return m_runs; }
    // The model row of runId, or -1.
    int rowOfRun(qint64 runId) const;
    // The statuses in the order people read them: the good outcomes, the problems, then pending.
    static QList<RowStatus::Value> statusOrder();
    static int columnOfStatus(RowStatus::Value status)
    {
        return FirstStatusColumn + int(statusOrder().indexOf(status));
    }
    // "Finished", "Interrupted" or "Unfinished".
    static QString stateText(const JournalRun &run);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const JournalRun &run, int column) const;

    const Journal *m_journal;
    QList<JournalRun> m_runs;
    QHash<QString, QString> m_organizationNames;
    QString m_error;
};
