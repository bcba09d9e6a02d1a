#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

struct SendOptions;
struct SendResult;

// `invitedesk-cli send FILE --org ORG_ID ...`: checks the file as `validate` does, then delivers every valid row
// through Clerk's bulk endpoint, resumably (journal), paced, with progress on stderr and a summary or JSON on stdout.
class SendCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    QString name() const override { return QStringLiteral("send"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
