#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

// Stoplight Prism as a validating proxy (`prism proxy --errors`) on 127.0.0.1 in front of an upstream on 127.0.0.1,
// for the contract test: starts it on a free port, says when it answers, keeps its output, and kills it.
class PrismProcess : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 100;
    static constexpr int ProbeTimeoutMs = 1000;
    static constexpr qsizetype MaxLogBytes = 64 * 1024;

    explicit PrismProcess(QObject *parent = nullptr);
    ~PrismProcess() override; // kills Prism when it still runs

    // Starts `prism proxy --errors -h 127.0.0.1 -p PORT specPath upstream`; ready() once it answers HTTP, failed()
    // when it cannot start or exits first. The upstream must be an http URL on 127.0.0.1.
    void start(const QString &program, const QString &specPath, const QUrl &upstream);
    // Kills Prism and waits for it to end; nothing when it is not running.
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const; // http://127.0.0.1:PORT
    // The end of what Prism printed (stdout and stderr), for failure messages.
    QString log() const { return QString::fromUtf8(m_log); }

signals:
    void ready();
    void failed(const QString &reason);

private:
    static quint16 freeLoopbackPort();
    void poll();
    void fail(const QString &reason);

    QProcess m_process;
    QTimer m_poll;
    QNetworkAccessManager *m_network;
    quint16 m_port = 0;
    QByteArray m_log;
    bool m_probing = false;
    bool m_ready = false;
    bool m_stopping = false;
};
