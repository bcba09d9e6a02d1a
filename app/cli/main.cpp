#include "cli/CliContext.h"
#include "cli/CommandLineApp.h"
#include "core/Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invitedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    Translations::install(&app); // the system's language: LANGUAGE, LC_ALL, LC_MESSAGES, LANG

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    CliContext context{out, err};
    context.in = &in;
    context.interactive = isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
    struct winsize size = {};
    if (context.interactive && ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0) {
        context.terminalColumns = size.ws_col;
    }
    return CommandLineApp().run(QCoreApplication::arguments(), context);
}
