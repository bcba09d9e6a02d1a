#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `invitedesk-cli validate FILE [--role ROLE] [--sheet NAME]`: reads and checks an invitee file (CSV, TSV, XLSX or
// ODS), prints every problem as FILE:ROW: COLUMN: message and a summary; exit 0 clean, 1 row problems, 2 unusable
// input.
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
