#include "InterruptWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

// What the handler may touch: plain data, set before it is installed.
int pipeFds[2] = {-1, -1};
volatile sig_atomic_t signalsSeen = 0;
int exitCodeOnSecond = 3;
const char *messageOnSecond = nullptr;
qsizetype messageOnSecondSize = 0;
struct sigaction previousInt;
struct sigaction previousTerm;
bool installed = false;

extern "C" void onSignal(int signalNumber)
{
    if (signalsSeen > 0) {
        if (messageOnSecond) {
            [[maybe_unused]] const auto written = ::write(STDERR_FILENO, messageOnSecond, size_t(messageOnSecondSize));
        }
        ::_exit(exitCodeOnSecond);
    }
    signalsSeen = 1;
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(pipeFds[1], &byte, 1);
}

} // namespace

InterruptWatcher::InterruptWatcher(int immediateExitCode, const QString &immediateExitMessage, QObject *parent)
    : QObject(parent)
    , m_immediateExitMessage(immediateExitMessage.toLocal8Bit() + '\n')
{
    if (installed || ::pipe(pipeFds) != 0) {
        return;
    }
    for (int fd : pipeFds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    signalsSeen = 0;
    exitCodeOnSecond = immediateExitCode;
    messageOnSecond = m_immediateExitMessage.constData();
    messageOnSecondSize = m_immediateExitMessage.size();

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &previousInt);
    ::sigaction(SIGTERM, &action, &previousTerm);
    installed = true;

    m_notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::readSignal);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier) {
        return;
    }
    ::sigaction(SIGINT, &previousInt, nullptr);
    ::sigaction(SIGTERM, &previousTerm, nullptr);
    installed = false;
    delete m_notifier;
    m_notifier = nullptr;
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
    pipeFds[0] = pipeFds[1] = -1;
    messageOnSecond = nullptr;
}

void InterruptWatcher::readSignal()
{
    char byte = 0;
    while (::read(pipeFds[0], &byte, 1) == 1) {
        emit interrupted(int(byte));
    }
}

#else

InterruptWatcher::InterruptWatcher(int, const QString &immediateExitMessage, QObject *parent)
    : QObject(parent)
    , m_immediateExitMessage(immediateExitMessage.toLocal8Bit())
{}

InterruptWatcher::~InterruptWatcher() = default;

void InterruptWatcher::readSignal() {}

#endif
