#include "SendCommand.h"

#include "DryRunPrinter.h"
#include "ExitCode.h"
#include "InputCheckPrinter.h"
#include "LiveKeyConfirmation.h"
#include "SendOptions.h"
#include "SendResult.h"
#include "SendSession.h"
#include "SendSummaryPrinter.h"
#include "delivery/BatchPlanner.h"
#include "delivery/DeliveryProgress.h"
#include "io/HarWriter.h"
#include "io/InputCheck.h"
#include "io/ReportWriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace {

// The table as DeliveryRun takes it, with each row's number in the file for messages.
DeliveryInput deliveryInput(const InputCheck::Result &check, const QString &inviterUserId)
{
    DeliveryInput input = DeliveryInput::fromCheck(check.rowStatus, check.payloads, check.payloadRows);
    for (const Invitee &invitee : check.import.invitees) {
        input.sourceRows.append(invitee.sourceRow());
    }
    input.applyDefaultInviter(inviterUserId); // as DeliveryRun does: the dry run shows the bodies it would send
    return input;
}

// Rows the check rejected say why in the report and in --json.
void explainRejectedRows(QList<RowOutcome> &outcomes, const InputCheck::Result &check)
{
    const QHash<int, QString> problems = InputCheckPrinter::problemsByRow(check);
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        if (it.key() < outcomes.size() && outcomes.at(it.key()).errorMessage.isEmpty() &&
            !RowStatus::isSuccess(outcomes.at(it.key()).status)) {
            outcomes[it.key()].errorMessage = it.value();
        }
    }
}

// --dry-run: the calls a run would start with, and the verdicts as outcomes.
void planDryRun(const SendOptions &options, const DeliveryInput &input, SendResult &result, CliContext &context)
{
    const QList<DryRunPrinter::Call> calls = DryRunPrinter::plan(input, BatchPlanner::ClerkMaxRowsPerCall);
    result.dryRun = true;
    result.dryRunCalls = DryRunPrinter::toJson(calls, input);
    for (const RowStatus::Value verdict : input.verdicts) {
        RowOutcome outcome;
        outcome.status = verdict;
        result.outcomes.append(outcome);
    }
    result.summary.counts = DeliveryProgress::tally(result.outcomes).counts;
    const bool rejected = result.summary.count(RowStatus::Invalid) + result.summary.count(RowStatus::Duplicate) > 0;
    result.exitCode = toInt(rejected ? ExitCode::RowProblems : ExitCode::Success);
    if (!options.json) {
        DryRunPrinter::print(context.out, calls, input, options.organizationId, options.apiUrl);
    }
}

// Many invitations with a live key go out only when confirmed: nullopt to go on, else the exit code.
std::optional<int> confirmLiveKey(const SendOptions &options, int sendable, CliContext &context)
{
    if (!LiveKeyConfirmation::isNeeded(options.secretKey, sendable) || options.yes) {
        return std::nullopt;
    }
    const QString question = LiveKeyConfirmation::question(sendable, options.organizationId, options.pacer,
                                                           QDateTime::currentMSecsSinceEpoch());
    switch (LiveKeyConfirmation::ask(context, question)) {
    case LiveKeyConfirmation::Answer::Yes:
        return std::nullopt;
    case LiveKeyConfirmation::Answer::No:
        context.err << SendCommand::tr("Nothing was sent.") << '\n';
        break;
    case LiveKeyConfirmation::Answer::CannotAsk:
        context.err << SendCommand::tr("invitedesk-cli send: %1 invitations with a LIVE key need a confirmation: run "
                                       "in a terminal to answer, or add --yes")
                           .arg(sendable)
                    << '\n';
        break;
    }
    return toInt(ExitCode::UsageOrInput);
}

// The HAR and the report, written whatever happened (interrupted, stopped by an error) so what was done is on record.
void writeFiles(const SendOptions &options, const InputCheck::Result &check, const QList<ApiExchange> &exchanges,
                SendResult &result, CliContext &context)
{
    const auto failed = [&](const QString &why) {
        context.err << SendCommand::tr("invitedesk-cli send: %1").arg(why) << '\n';
        result.exitCode = std::max(result.exitCode, toInt(ExitCode::UsageOrInput));
    };
    if (!options.harPath.isEmpty()) {
        HarWriter har;
        if (har.write(options.harPath, exchanges)) {
            result.harPath = options.harPath;
        } else {
            failed(har.errorString());
        }
    }
    if (!options.reportPath.isEmpty()) {
        ReportWriter report;
        if (report.write(options.reportPath, check.import.sourceHeader, check.import.invitees, result.outcomes)) {
            result.reportPath = options.reportPath;
        } else {
            failed(report.errorString());
        }
    }
}

} // namespace

QString SendCommand::summary() const
{
    return tr("Send the invitations of a file to a Clerk organization (resumable, paced)");
}

int SendCommand::run(const QStringList &arguments, CliContext &context)
{
    int exitCode = 0;
    const std::optional<SendOptions> parsed = SendOptions::parse(arguments, context, &exitCode);
    if (!parsed) {
        return exitCode;
    }
    const SendOptions &options = *parsed;
    QElapsedTimer elapsed;
    elapsed.start();

    const InputCheck::Result check = InputCheck::run(options.file, options.defaultRole, options.sheet);
    if (!check.import.ok()) {
        context.err << check.import.errorString << '\n';
        return toInt(ExitCode::UsageOrInput);
    }
    const QString shownPath = QDir::toNativeSeparators(options.file);
    if (check.import.invitees.isEmpty()) {
        context.err << tr("%1: no invitee rows below the header").arg(shownPath) << '\n';
        return toInt(ExitCode::UsageOrInput);
    }
    InputCheckPrinter::printProblems(context.err, shownPath, check);
    context.err << InputCheckPrinter::summaryLine(shownPath, check) << '\n';
    context.err.flush();

    const DeliveryInput input = deliveryInput(check, options.inviterUserId);
    SendResult result;
    result.organizationId = options.organizationId;
    result.apiUrl = options.apiUrl.toDisplayString(QUrl::RemoveUserInfo);
    for (int row = 0; row < input.rowCount(); ++row) {
        result.displayRows.append(input.displayRow(row));
        result.emails.append(check.import.invitees.at(row).trimmedEmail());
    }

    QList<ApiExchange> exchanges; // none for a dry run
    if (options.dryRun) {
        planDryRun(options, input, result, context);
    } else {
        if (const auto stop = confirmLiveKey(options, int(check.payloads.size()), context)) {
            return *stop;
        }
        SendSession::Outcome outcome = SendSession(options, context).run(input);
        result.summary = outcome.summary;
        result.outcomes = outcome.outcomes;
        result.runId = outcome.runId;
        result.resumed = outcome.resumed;
        result.journalPath = options.journalPath;
        result.exitCode = toInt(outcome.summary.exitCode());
        exchanges = outcome.exchanges;
    }

    explainRejectedRows(result.outcomes, check);
    writeFiles(options, check, exchanges, result, context);
    result.elapsedMs = elapsed.elapsed();

    if (!result.summary.fatalError.isEmpty()) {
        context.err << tr("invitedesk-cli send: %1").arg(result.summary.fatalError) << '\n';
    } else if (result.exitCode == toInt(ExitCode::Interrupted)) {
        context.err << tr("Interrupted: re-run the same command to resume") << '\n';
    }
    if (options.json) {
        context.out << QString::fromUtf8(
            QJsonDocument(SendSummaryPrinter::toJson(result)).toJson(QJsonDocument::Indented));
    } else {
        SendSummaryPrinter::printText(context.out, result);
    }
    return result.exitCode;
}
