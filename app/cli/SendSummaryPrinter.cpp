#include "SendSummaryPrinter.h"

#include "core/DurationText.h"

#include <QDir>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue pathOrNull(const QString &path)
{
    return path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QDir::toNativeSeparators(path));
}

} // namespace

void SendSummaryPrinter::printText(QTextStream &stream, const SendResult &result)
{
    const int total = result.summary.total();
    if (result.dryRun) {
        stream << tr("Dry run for organization %1: %2 rows, nothing was sent.")
                      .arg(result.organizationId, QString::number(total))
               << '\n';
    } else {
        stream << tr("Run %1 for organization %2: %3 rows.")
                      .arg(QString::number(result.runId), result.organizationId, QString::number(total))
               << '\n';
    }
    qsizetype width = 0;
    for (int status = 0; status < RowStatus::Count; ++status) {
        width = std::max(width, RowStatus::title(RowStatus::Value(status)).size());
    }
    for (int status = 0; status < RowStatus::Count; ++status) {
        const auto value = RowStatus::Value(status);
        const int count = result.summary.count(value);
        const bool sentOnly =
            value != RowStatus::Pending && value != RowStatus::Invalid && value != RowStatus::Duplicate;
        if ((value == RowStatus::Pending && count == 0) || (result.dryRun && sentOnly)) {
            continue; // nothing left to send, or an outcome only sending can have
        }
        const QString title =
            value == RowStatus::Pending && result.dryRun ? tr("Would be sent") : RowStatus::title(value);
        stream << QStringLiteral("  %1  %2").arg(tr("%1:").arg(title), -int(width) - 1).arg(count, 6) << '\n';
    }
    if (!result.dryRun) {
        stream << tr("Bulk calls: %1 in %2.")
                      .arg(QString::number(result.summary.callsMade), DurationText::elapsed(result.elapsedMs))
               << '\n';
    }
    if (!result.reportPath.isEmpty()) {
        stream << tr("Report: %1").arg(QDir::toNativeSeparators(result.reportPath)) << '\n';
    }
    if (!result.harPath.isEmpty()) {
        stream << tr("HAR: %1").arg(QDir::toNativeSeparators(result.harPath)) << '\n';
    }
}

QJsonObject SendSummaryPrinter::toJson(const SendResult &result)
{
    QJsonObject counts;
    for (int status = 0; status < RowStatus::Count; ++status) {
        const auto value = RowStatus::Value(status);
        counts.insert(RowStatus::key(value), result.summary.count(value));
    }
    QJsonArray rows;
    for (qsizetype row = 0; row < result.outcomes.size(); ++row) {
        const RowOutcome &outcome = result.outcomes.at(row);
        rows.append(QJsonObject{
            {QStringLiteral("row"), result.displayRows.value(row)},
            {QStringLiteral("email"), result.emails.value(row)},
            {QStringLiteral("status"), RowStatus::key(outcome.status)},
            {QStringLiteral("invitation_id"), textOrNull(outcome.invitationId)},
            {QStringLiteral("http_status"),
             outcome.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.httpStatus)},
            {QStringLiteral("error_code"), textOrNull(outcome.errorCode)},
            {QStringLiteral("error_message"), textOrNull(outcome.errorMessage)},
        });
    }
    QJsonObject json{
        {QStringLiteral("dry_run"), result.dryRun},
        {QStringLiteral("organization_id"), result.organizationId},
        {QStringLiteral("api_url"), result.apiUrl},
        {QStringLiteral("exit_code"), result.exitCode},
        {QStringLiteral("interrupted"), result.summary.interrupted},
        {QStringLiteral("error"), textOrNull(result.summary.fatalError)},
        {QStringLiteral("run_id"), result.runId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(result.runId)},
        {QStringLiteral("resumed"), result.resumed},
        {QStringLiteral("journal"), pathOrNull(result.journalPath)},
        {QStringLiteral("report"), pathOrNull(result.reportPath)},
        {QStringLiteral("har"), pathOrNull(result.harPath)},
        {QStringLiteral("calls_made"), result.summary.callsMade},
        {QStringLiteral("elapsed_ms"), result.elapsedMs},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("rows"), rows},
    };
    if (result.dryRun) {
        json.insert(QStringLiteral("calls"), result.dryRunCalls);
    }
    return json;
}
