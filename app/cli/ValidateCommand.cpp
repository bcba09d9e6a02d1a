#include "ValidateCommand.h"

#include "CliOptionParser.h"
#include "ExitCode.h"
#include "InputCheckPrinter.h"
#include "core/FieldValues.h"
#include "io/InputCheck.h"

#include <QDir>

QString ValidateCommand::summary() const
{
    return tr("Check an invitee file and list every problem by row and column");
}

int ValidateCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptionParser parser(name(), tr("Checks an invitee file (CSV, TSV, XLSX or ODS) without sending anything.\n"
                                      "Prints each problem as FILE:ROW: COLUMN: message, then a summary.\n"
                                      "Exit status: 0 no problem, 1 some row is invalid or duplicate, 2 the file "
                                      "cannot be used."));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("Role for rows whose role cell is empty (default: org:member)."), tr("ROLE"),
                                        QStringLiteral("org:member"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         tr("The sheet to read from an XLSX or ODS workbook (default: the first one)."),
                                         tr("NAME"));
    parser.addOption(roleOption);
    parser.addOption(sheetOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The invitee file to check."));
    if (const auto stop = parser.parseArguments(arguments, context)) {
        return *stop;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return parser.usageError(context, files.isEmpty() ? tr("name the file to check")
                                                          : tr("give exactly one file, not %1").arg(files.size()));
    }
    const QString role = parser.value(roleOption).trimmed();
    if (!FieldValues::isValidRoleKey(role)) {
        return parser.usageError(context,
                                 tr("--role '%1' is not a role key; role keys look like org:member").arg(role));
    }

    const QString path = files.constFirst();
    InputCheck::Result check = InputCheck::run(path, role, parser.value(sheetOption));
    if (!check.import.ok()) {
        context.err << check.import.errorString << '\n';
        return toInt(ExitCode::UsageOrInput);
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    if (check.import.invitees.isEmpty()) {
        context.err << tr("%1: no invitee rows below the header").arg(shownPath) << '\n';
        return toInt(ExitCode::UsageOrInput);
    }

    InputCheckPrinter::printProblems(context.out, shownPath, check);
    context.out << InputCheckPrinter::summaryLine(shownPath, check) << '\n';
    // Written out while the rows still live: flushed after they are freed, the output buffer's allocation would
    // first make malloc consolidate the million freed blocks (a sixth of the run's time for 100,000 rows).
    context.out.flush();
    const int exitCode =
        check.invalidRows + check.duplicateRows > 0 ? toInt(ExitCode::RowProblems) : toInt(ExitCode::Success);
    if (context.processEndsAfterCommand) {
        // 100,000 rows are a million strings; freeing them one by one, moments before the operating system reclaims
        // the whole process at once, would take a seventh of the run. Compilers skip this freeing the same way.
        [[maybe_unused]] const auto *leftToTheSystem = new InputCheck::Result(std::move(check));
    }
    return exitCode;
}
