#include "cli/CliContext.h"
#include "cli/CommandLineApp.h"
#include "core/Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invitedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    Translations::install(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{out, err};
    context.interactive = isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
    context.processEndsAfterCommand = true;
    return CommandLineApp().run(QCoreApplication::arguments(), context);
}
