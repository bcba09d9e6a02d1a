// Runs the first STEPS steps of JournalScenario on the journal at PATH, then kills itself with SIGKILL: what a
// `send` killed at that instant leaves on disk. Used by tst_journalcrash; exits 2 on bad arguments, 1 on failure.

#include "JournalScenario.h"
#include "delivery/Journal.h"
#include "support/FakeClock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool ok = false;
    const int steps = arguments.size() == 3 ? arguments.at(2).toInt(&ok) : -1;
    if (!ok || steps < 0 || steps > JournalScenario::StepCount) {
        QTextStream(stderr) << "usage: journal_crash_child PATH STEPS\n";
        return 2;
    }
    FakeClock clock(JournalScenario::StartMs);
    Journal journal(clock);
    if (!journal.open(arguments.at(1))) {
        QTextStream(stderr) << journal.errorString() << '\n';
        return 1;
    }
    QString error;
    const auto tick = [&clock](int step) { clock.advanceTo(JournalScenario::clockAt(step)); };
    if (!JournalScenario::run(journal, steps, tick, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    std::raise(SIGKILL);
    return 0;
}
