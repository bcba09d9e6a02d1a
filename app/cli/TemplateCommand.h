#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `invitedesk-cli template [--format csv|xlsx] [-o FILE]`: writes a starting file with every supported column and
// one example row, to FILE or standard output.
class TemplateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommand)

public:
    QString name() const override { return QStringLiteral("template"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
