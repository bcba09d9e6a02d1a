#pragma once

#include "CliContext.h"

#include <QString>
#include <QStringList>

// One sub-command of invitedesk-cli ("validate", "template", ...): parses its own options and returns an exit code.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for the command list
    // arguments[0] is "invitedesk-cli <name>"; the rest are the command's own arguments.
    virtual int run(const QStringList &arguments, CliContext &context) = 0;
};
