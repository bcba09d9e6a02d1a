#include "SendOptions.h"

#include "CliOptionParser.h"
#include "ExitCode.h"
#include "clerk/ClerkConfig.h"
#include "core/FieldValues.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

// The folder of an output file must exist before anything is sent, so that the report of a long run is not lost.
QString missingFolderOf(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().exists() ? QString() : QDir::toNativeSeparators(info.absolutePath());
}

} // namespace

QString SendOptions::defaultJournalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

std::optional<SendOptions> SendOptions::parse(const QStringList &arguments, CliContext &context, int *exitCode)
{
    const QString command = QStringLiteral("send");
    CliOptionParser parser(
        command, tr("Sends invitations for every valid row of FILE (CSV, TSV, XLSX or ODS) to one Clerk organization,\n"
                    "ten per bulk call, paced under Clerk's rate limit. The secret key is read from CLERK_SECRET_KEY.\n"
                    "Re-running the same command resumes an interrupted run without inviting anyone twice.\n"
                    "Exit status: 0 every row invited (or already invited or a member), 1 some row invalid, duplicate\n"
                    "or failed, 2 usage, input, key or organization problem, 3 interrupted (re-run to resume)."));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         tr("The sheet to read from an XLSX or ODS workbook (default: the first one)."),
                                         tr("NAME"));
    const QCommandLineOption orgOption(QStringLiteral("org"), tr("The organization to invite into (required)."),
                                       tr("ORG_ID"));
    const QCommandLineOption apiUrlOption(
        QStringLiteral("api-url"), tr("Clerk's Backend API (default: CLERK_API_URL, else https://api.clerk.com/v1)."),
        tr("URL"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("Role for rows whose role cell is empty (default: org:member)."), tr("ROLE"),
                                        QStringLiteral("org:member"));
    const QCommandLineOption inviterOption(
        QStringLiteral("inviter"), tr("Inviter for rows whose inviter cell is empty (a user id)."), tr("USER_ID"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        tr("At most N bulk calls per SECONDS seconds (default: 50/3600)."),
                                        tr("N/SECONDS"), RatePacer().toString());
    const QCommandLineOption journalOption(QStringLiteral("journal"),
                                           tr("The journal that makes the run resumable (default: %1).")
                                               .arg(QDir::toNativeSeparators(defaultJournalPath())),
                                           tr("PATH"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"), tr("Write a report of every row to PATH: XLSX when PATH ends in .xlsx, else CSV."),
        tr("PATH"));
    const QCommandLineOption harOption(QStringLiteral("har"), tr("Write every HTTP exchange as a HAR file to PATH."),
                                       tr("PATH"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Print the body of every bulk call instead of sending it."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       tr("Do not ask before sending many invitations with a live key."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({sheetOption, orgOption, apiUrlOption, roleOption, inviterOption, rateOption, journalOption,
                       reportOption, harOption, dryRunOption, yesOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The invitee file to send (CSV, TSV, XLSX or ODS)."));

    *exitCode = toInt(ExitCode::UsageOrInput);
    if (const auto stop = parser.parseArguments(arguments, context)) {
        *exitCode = *stop;
        return std::nullopt;
    }
    const auto usage = [&](const QString &message) {
        *exitCode = parser.usageError(context, message);
        return std::nullopt;
    };
    const auto fail = [&](const QString &message) {
        context.err << tr("invitedesk-cli send: %1").arg(message) << '\n';
        return std::nullopt;
    };

    SendOptions options;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return usage(files.isEmpty() ? tr("name the file to send")
                                     : tr("give exactly one file, not %1").arg(files.size()));
    }
    options.file = files.constFirst();
    options.sheet = parser.value(sheetOption);
    options.organizationId = parser.value(orgOption).trimmed();
    if (options.organizationId.isEmpty()) {
        return usage(tr("--org is required: the id of the organization to invite into (org_...)"));
    }
    if (options.organizationId.contains(u'/') || options.organizationId.contains(u' ')) {
        return usage(tr("--org '%1' is not an organization id; ids look like org_2abc...").arg(options.organizationId));
    }
    options.defaultRole = parser.value(roleOption).trimmed();
    if (!FieldValues::isValidRoleKey(options.defaultRole)) {
        return usage(tr("--role '%1' is not a role key; role keys look like org:member").arg(options.defaultRole));
    }
    options.inviterUserId = parser.value(inviterOption).trimmed();
    if (parser.isSet(inviterOption) && !FieldValues::isValidInviterId(options.inviterUserId)) {
        return usage(tr("--inviter '%1' is not a user id; user ids look like user_2abc...").arg(options.inviterUserId));
    }
    QString rateError;
    const std::optional<RatePacer> pacer = RatePacer::parse(parser.value(rateOption), &rateError);
    if (!pacer) {
        return usage(rateError);
    }
    options.pacer = *pacer;
    options.dryRun = parser.isSet(dryRunOption);
    options.yes = parser.isSet(yesOption);
    options.json = parser.isSet(jsonOption);

    QString apiUrl = parser.value(apiUrlOption).trimmed();
    if (apiUrl.isEmpty()) {
        apiUrl = context.environment.value(QStringLiteral("CLERK_API_URL")).trimmed();
    }
    options.apiUrl = apiUrl.isEmpty() ? ClerkConfig::defaultApiBaseUrl() : QUrl(apiUrl, QUrl::StrictMode);
    if (const QString problem = ClerkConfig::validateBaseUrl(options.apiUrl); !problem.isEmpty()) {
        return fail(problem);
    }

    options.journalIsDefault = !parser.isSet(journalOption);
    options.journalPath = options.journalIsDefault ? defaultJournalPath() : parser.value(journalOption);
    options.reportPath = parser.value(reportOption);
    options.harPath = parser.value(harOption);
    for (const QString &output : {options.reportPath, options.harPath}) {
        if (!output.isEmpty()) {
            if (const QString folder = missingFolderOf(output); !folder.isEmpty()) {
                return fail(
                    tr("cannot write %1: folder %2 does not exist").arg(QDir::toNativeSeparators(output), folder));
            }
        }
    }

    options.secretKey = context.environment.value(QStringLiteral("CLERK_SECRET_KEY")).trimmed();
    if (options.secretKey.isEmpty() && !options.dryRun) {
        return fail(tr("no Clerk secret key: set the environment variable CLERK_SECRET_KEY (keys are never taken "
                       "as arguments)"));
    }
    *exitCode = toInt(ExitCode::Success);
    return options;
}
