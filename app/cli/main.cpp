#include "cli/CliContext.h"
#include "cli/CommandLineApp.h"
#include "core/Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // One malloc arena for every thread. glibc grows the arena of a second thread a page at a time, one mprotect()
    // per page, and `validate` checks rows on a second thread: 6,000 mprotect() calls for 100,000 rows, each
    // contending for the address space with the reading thread's page faults (perf trace). One arena costs 8% less
    // CPU time.
    mallopt(M_ARENA_MAX, 1);
#endif
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
    context.processEndsAfterCommand = true;
    return CommandLineApp().run(QCoreApplication::arguments(), context);
}
