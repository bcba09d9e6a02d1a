#include "DeliveryInput.h"

#include <QJsonDocument>

DeliveryInput DeliveryInput::fromCheck(const QList<RowStatus::Value> &rowStatus, const QList<QByteArray> &payloads,
                                       const QList<int> &payloadRows)
{
    DeliveryInput input;
    input.verdicts = rowStatus;
    input.payloads.resize(rowStatus.size());
    for (qsizetype i = 0; i < payloadRows.size() && i < payloads.size(); ++i) {
        const int row = payloadRows.at(i);
        if (row >= 0 && row < rowStatus.size()) {
            input.payloads[row] = QJsonDocument::fromJson(payloads.at(i)).object();
        }
    }
    return input;
}

QString DeliveryInput::email(int row) const
{
    return payloads.value(row).value(QLatin1String("email_address")).toString().trimmed();
}

QString DeliveryInput::role(int row) const
{
    return payloads.value(row).value(QLatin1String("role")).toString();
}

QStringList DeliveryInput::emails(const QList<int> &rows) const
{
    QStringList list;
    list.reserve(rows.size());
    for (int row : rows) {
        list.append(email(row));
    }
    return list;
}

int DeliveryInput::displayRow(int row) const
{
    const int source = sourceRows.value(row);
    return source > 0 ? source : row + 1;
}

void DeliveryInput::applyDefaultInviter(const QString &inviterUserId)
{
    if (inviterUserId.isEmpty()) {
        return;
    }
    const QString key = QStringLiteral("inviter_user_id");
    for (qsizetype row = 0; row < payloads.size(); ++row) {
        QJsonObject &payload = payloads[row];
        if (verdicts.value(row) == RowStatus::Pending && !payload.isEmpty() &&
            payload.value(key).toString().isEmpty()) {
            payload.insert(key, inviterUserId);
        }
    }
}

QList<JournalRow> DeliveryInput::journalRows() const
{
    QList<JournalRow> rows;
    rows.reserve(verdicts.size());
    for (int row = 0; row < rowCount(); ++row) {
        JournalRow journalRow;
        journalRow.rowIndex = row;
        journalRow.sourceRow = sourceRows.value(row);
        journalRow.email = email(row);
        if (!payloads.value(row).isEmpty()) {
            journalRow.payloadJson = QJsonDocument(payloads.at(row)).toJson(QJsonDocument::Compact);
        }
        journalRow.outcome.status = verdicts.at(row);
        rows.append(journalRow);
    }
    return rows;
}
