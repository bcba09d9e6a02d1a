#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal (a self-pipe read by a QSocketNotifier), so a long command stops cleanly
// from its event loop; a second signal ends the process at once. One watcher at a time; inert outside Unix.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    // A second signal writes immediateExitMessage (a line) to stderr and exits with immediateExitCode.
    InterruptWatcher(int immediateExitCode, const QString &immediateExitMessage, QObject *parent = nullptr);
    ~InterruptWatcher() override; // restores the handlers found on construction

    // Whether the handlers are installed (false on other platforms or when another watcher is active).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    // The first SIGINT or SIGTERM arrived (signalNumber says which), delivered from the event loop.
    void interrupted(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_immediateExitMessage; // kept alive for the handler, which only reads it
};
