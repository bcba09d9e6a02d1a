#pragma once

#include <QProcessEnvironment>
#include <QTextStream>

// What a command of invitedesk-cli may touch of the outside world: its two output streams, the environment and
// whether a person sits at a terminal. Tests hand in buffers and a chosen environment.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool interactive = false; // stdin and stderr are terminals
    // Set by main(): the process ends when the command returns, so a command may leave its large results to the
    // operating system rather than free them piece by piece. Tests run commands in-process and leave it unset.
    bool processEndsAfterCommand = false;
};
