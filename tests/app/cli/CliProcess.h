#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

// invitedesk-cli as a child process while the test's event loop keeps turning (the sandbox the CLI talks to lives in
// the test process): stdout and stderr are collected as they come and every wait spins the loop, never blocks.
class CliProcess
{
public:
    static constexpr int FinishTimeoutMs = 60'000;

    static QString program() { return QStringLiteral(INVITEDESK_BUILD_DIR "/app/cli/invitedesk-cli"); }

    explicit CliProcess(const QProcessEnvironment &environment)
    {
        m_process.setProgram(program());
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
    }

    ~CliProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void start(const QStringList &arguments)
    {
        m_process.setArguments(arguments);
        m_process.start();
    }

    // Waits (spinning the event loop) until the process ended; false when it did not within the timeout.
    bool finish(int timeoutMs = FinishTimeoutMs)
    {
        if (m_process.state() == QProcess::NotRunning) {
            return true;
        }
        QSignalSpy finished(&m_process, &QProcess::finished);
        if (!finished.wait(timeoutMs) && finished.isEmpty()) {
            qWarning("invitedesk-cli did not finish; stderr so far:\n%s", m_err.constData());
            return false;
        }
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return true;
    }

    // Starts with arguments and waits for the end; the exit code, -1 when it did not exit normally.
    int run(const QStringList &arguments)
    {
        start(arguments);
        return finish() ? exitCode() : -1;
    }

    // Waits (spinning the event loop) until stderr contains text; false if the process ends or time runs out first.
    bool waitForError(const QString &text, int timeoutMs = 30'000)
    {
        const QByteArray wanted = text.toUtf8();
        return QTest::qWaitFor([&] { return m_err.contains(wanted) || m_process.state() == QProcess::NotRunning; },
                               timeoutMs) &&
               m_err.contains(wanted);
    }

    void sendSignal(int signalNumber) { ::kill(pid_t(m_process.processId()), signalNumber); }
    void kill() { m_process.kill(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    int exitCode() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1; }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString out() const { return QString::fromUtf8(m_out); }
    QString err() const { return QString::fromUtf8(m_err); }
    const QByteArray &outBytes() const { return m_out; }
    const QByteArray &errBytes() const { return m_err; }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};
