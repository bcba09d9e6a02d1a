#include "StartupTrace.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

bool StartupTrace::isEnabled()
{
    static const bool enabled = qEnvironmentVariableIntValue("INVITEDESK_STARTUP_TRACE") == 1;
    return enabled;
}

void StartupTrace::mark(const char *phase)
{
    if (!isEnabled()) {
        return;
    }
    static QElapsedTimer wall;
    static double lastWall = 0;
    static double lastCpu = 0;
    if (!wall.isValid()) {
        wall.start();
    }
    const double wallNow = double(wall.nsecsElapsed()) / 1e6;
    const double cpuNow = cpuMs(); // since the process started: loading the libraries included
    std::fprintf(stderr, "startup %8.1f ms (+%6.1f) cpu %8.1f ms (+%6.1f)  %s\n", wallNow, wallNow - lastWall, cpuNow,
                 cpuNow - lastCpu, phase);
    lastWall = wallNow;
    lastCpu = cpuNow;
}
