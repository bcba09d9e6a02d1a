#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// QCommandLineParser as every sub-command uses it: --help and --version handled, errors reported as usage errors
// (exit 2), and never a call to exit() behind the caller's back.
class CliOptionParser : public QCommandLineParser
{
    Q_DECLARE_TR_FUNCTIONS(CliOptionParser)

public:
    CliOptionParser(const QString &command, const QString &description);

    // Parses arguments. Returns an exit code when the command must stop here (help or version shown, or a usage
    // error reported), nullopt when it should go on.
    std::optional<int> parseArguments(const QStringList &arguments, CliContext &context);
    // Reports a usage error in the house style and returns the exit code to return.
    int usageError(CliContext &context, const QString &message) const;

private:
    QString m_command;
};
