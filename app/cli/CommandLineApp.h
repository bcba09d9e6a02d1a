#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// invitedesk-cli's front door: global --help and --version, and dispatch to the sub-command named first.
class CommandLineApp
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineApp)

public:
    CommandLineApp();
    ~CommandLineApp();

    int run(const QStringList &arguments, CliContext &context);

private:
    void printUsage(QTextStream &stream) const;
    CliCommand *command(const QString &name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
