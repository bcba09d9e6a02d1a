#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `invitedesk-cli sandbox [--port N]`: serves a simulated Clerk instance on 127.0.0.1 until SIGINT or SIGTERM, says
// how to send to it, and logs every request (method, path, status; never a header) on stderr.
class SandboxCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
