#include "CliOptionParser.h"

#include "ExitCode.h"

CliOptionParser::CliOptionParser(const QString &command, const QString &description)
    : m_command(command)
{
    setApplicationDescription(description);
    addHelpOption();
    addVersionOption();
}

std::optional<int> CliOptionParser::parseArguments(const QStringList &arguments, CliContext &context)
{
    if (!parse(arguments)) {
        return usageError(context, errorText());
    }
    if (isSet(QStringLiteral("help"))) {
        // helpText() names the program by the process's argv[0]; show the command line a person types instead.
        QString text = helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty() && text.startsWith(tr("Usage: %1").arg(program))) {
            text.replace(text.indexOf(program), program.size(), QStringLiteral("invitedesk-cli %1").arg(m_command));
        }
        context.out << text;
        return toInt(ExitCode::Success);
    }
    if (isSet(QStringLiteral("version"))) {
        context.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return toInt(ExitCode::Success);
    }
    return std::nullopt;
}

int CliOptionParser::usageError(CliContext &context, const QString &message) const
{
    context.err << tr("invitedesk-cli %1: %2").arg(m_command, message) << '\n'
                << tr("Run 'invitedesk-cli %1 --help' for usage.").arg(m_command) << '\n';
    return toInt(ExitCode::UsageOrInput);
}
