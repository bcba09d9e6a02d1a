#include "CommandLineApp.h"

#include "ExitCode.h"
#include "SandboxCommand.h"
#include "SendCommand.h"
#include "TemplateCommand.h"
#include "ValidateCommand.h"

CommandLineApp::CommandLineApp()
{
    m_commands.push_back(std::make_unique<TemplateCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<SendCommand>());
    m_commands.push_back(std::make_unique<SandboxCommand>());
}

CommandLineApp::~CommandLineApp() = default;

int CommandLineApp::run(const QStringList &arguments, CliContext &context)
{
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        printUsage(context.err);
        return toInt(ExitCode::UsageOrInput);
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        if (CliCommand *named = command(arguments.value(2))) {
            return named->run({arguments.at(0) + u' ' + named->name(), QStringLiteral("--help")}, context);
        }
        printUsage(context.out);
        return toInt(ExitCode::Success);
    }
    if (first == u"--version" || first == u"-v") {
        context.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return toInt(ExitCode::Success);
    }
    CliCommand *chosen = command(first);
    if (!chosen) {
        context.err << tr("invitedesk-cli: unknown command '%1'; see 'invitedesk-cli --help'").arg(first) << '\n';
        return toInt(ExitCode::UsageOrInput);
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + u' ' + chosen->name());
    return chosen->run(rest, context);
}

void CommandLineApp::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: invitedesk-cli COMMAND [OPTIONS]") << "\n\n"
           << tr("Invite many people into one Clerk organization from a CSV file.") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &each : m_commands) {
        stream << QStringLiteral("  %1  %2").arg(each->name(), -10).arg(each->summary()) << '\n';
    }
    stream << '\n'
           << tr("Run 'invitedesk-cli COMMAND --help' for the options of a command.") << '\n'
           << tr("The secret key is read from the environment variable CLERK_SECRET_KEY, never from an argument.")
           << '\n';
}

CliCommand *CommandLineApp::command(const QString &name) const
{
    for (const auto &each : m_commands) {
        if (each->name() == name) {
            return each.get();
        }
    }
    return nullptr;
}
