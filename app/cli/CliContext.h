#pragma once

#include <QProcessEnvironment>
#include <QTextStream>

// What a command of invitedesk-cli may touch of the outside world: its output streams, its input, the environment and
// whether a person sits at a terminal. Tests hand in buffers, a chosen environment and the answers to questions.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool interactive = false;  // stdin and stderr are terminals
    int terminalColumns = 0;   // width of the terminal stderr shows on; 0 when unknown or not a terminal
    QTextStream *in = nullptr; // where answers to questions come from (standard input); none: nobody can answer
    // Set by main(): the process ends when the command returns, so a command may leave its large results to the
    // operating system rather than free them piece by piece. Tests run commands in-process and leave it unset.
    bool processEndsAfterCommand = false;
};
