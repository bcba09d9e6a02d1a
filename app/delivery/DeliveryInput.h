#pragma once

#include "core/RowStatus.h"
#include "delivery/JournalRow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What a DeliveryRun delivers: for every row of the checked table its verdict (Pending = sendable, Invalid,
// Duplicate), the invitation body InputCheck built for sendable rows, and where the row came from.
struct DeliveryInput
{
    QList<RowStatus::Value> verdicts; // one per table row
    QList<QJsonObject> payloads;      // one per table row; empty for rows that are not sent
    QList<int> sourceRows;            // one per table row: the row number in the input file (0 when typed)

    // From InputCheck::Result's rowStatus, payloads (compact JSON of each sendable row) and payloadRows.
    static DeliveryInput fromCheck(const QList<RowStatus::Value> &rowStatus, const QList<QByteArray> &payloads,
                                   const QList<int> &payloadRows);

    int rowCount() const { return int(verdicts.size()); }
    QString email(int row) const;
    QString role(int row) const;
    QStringList emails(const QList<int> &rows) const;
    // The row number people know: the source row, else the 1-based table row.
    int displayRow(int row) const;
    // Fills inviter_user_id of every sendable row that has none.
    void applyDefaultInviter(const QString &inviterUserId);
    // The rows as the journal records them (initial outcome = verdict).
    QList<JournalRow> journalRows() const;
};
