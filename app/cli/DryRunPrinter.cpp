#include "DryRunPrinter.h"

#include "delivery/BatchPlanner.h"

#include <QJsonDocument>

QList<DryRunPrinter::Call> DryRunPrinter::plan(const DeliveryInput &input, int maxRowsPerCall)
{
    QList<int> sendable;
    for (int row = 0; row < input.rowCount(); ++row) {
        if (input.verdicts.at(row) == RowStatus::Pending) {
            sendable.append(row);
        }
    }
    QList<Call> calls;
    for (const PlannedCall &planned : BatchPlanner(maxRowsPerCall).plan(sendable)) {
        QJsonArray items; // built exactly as DeliveryRun builds the body it sends
        for (int row : planned.rows) {
            items.append(input.payloads.at(row));
        }
        calls.append(Call{planned.rows, QJsonDocument(items).toJson(QJsonDocument::Compact)});
    }
    return calls;
}

void DryRunPrinter::print(QTextStream &stream, const QList<Call> &calls, const DeliveryInput &input,
                          const QString &organizationId, const QUrl &apiUrl)
{
    const QString url = endpoint(apiUrl, organizationId);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QList<int> shown;
        for (int row : calls.at(i).rows) {
            shown.append(input.displayRow(row));
        }
        stream << tr("call %1 of %2 (rows %3): POST %4")
                      .arg(QString::number(i + 1), QString::number(calls.size()), ranges(shown), url)
               << '\n'
               << QString::fromUtf8(calls.at(i).body) << '\n';
    }
}

QJsonArray DryRunPrinter::toJson(const QList<Call> &calls, const DeliveryInput &input)
{
    QJsonArray array;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QJsonArray rows;
        for (int row : calls.at(i).rows) {
            rows.append(input.displayRow(row));
        }
        array.append(QJsonObject{{QStringLiteral("call"), int(i + 1)},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("body"), QJsonDocument::fromJson(calls.at(i).body).array()}});
    }
    return array;
}

QString DryRunPrinter::endpoint(const QUrl &apiUrl, const QString &organizationId)
{
    QString path = apiUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    return path + QStringLiteral("/organizations/") + organizationId + QStringLiteral("/invitations/bulk");
}

QString DryRunPrinter::ranges(const QList<int> &numbers)
{
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype end = i;
        while (end + 1 < numbers.size() && numbers.at(end + 1) == numbers.at(end) + 1) {
            ++end;
        }
        parts.append(end == i ? QString::number(numbers.at(i))
                              : QStringLiteral("%1\u2013%2").arg(numbers.at(i)).arg(numbers.at(end)));
        i = end + 1;
    }
    return parts.join(QStringLiteral(", "));
}
