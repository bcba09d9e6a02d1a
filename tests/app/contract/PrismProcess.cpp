#include "PrismProcess.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

PrismProcess::PrismProcess(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // Prism dies with the test even when the test itself is killed (a CTest timeout, a crash).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_log += m_process.readAllStandardOutput();
        if (m_log.size() > MaxLogBytes) {
            m_log = m_log.right(MaxLogBytes);
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("Prism did not start: %1").arg(m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        if (!m_ready && !m_stopping) {
            fail(tr("Prism exited with code %1 before it answered: %2").arg(QString::number(exitCode), log()));
        }
    });
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &PrismProcess::poll);
}

PrismProcess::~PrismProcess()
{
    stop();
}

void PrismProcess::start(const QString &program, const QString &specPath, const QUrl &upstream)
{
    if (upstream.scheme() != u"http" || upstream.host() != u"127.0.0.1") {
        fail(tr("Prism may only talk to 127.0.0.1, not to %1").arg(upstream.toDisplayString()));
        return;
    }
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        fail(tr("no free port on 127.0.0.1 for Prism"));
        return;
    }
    m_ready = false;
    m_stopping = false;
    m_log.clear();
    m_process.start(program, {QStringLiteral("proxy"), QStringLiteral("--errors"), QStringLiteral("-h"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), specPath,
                              upstream.toString()});
    m_poll.start();
}

void PrismProcess::stop()
{
    m_poll.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_stopping = true; // an exit we asked for is no failure
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl PrismProcess::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

quint16 PrismProcess::freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort(); // closed when probe goes; Prism binds it right after
}

void PrismProcess::poll()
{
    if (m_probing || m_ready || m_process.state() != QProcess::Running) {
        return;
    }
    m_probing = true;
    QNetworkRequest request(url());
    request.setTransferTimeout(ProbeTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_probing = false;
        // Any HTTP answer will do (Prism says 404 for "/"): it listens and has read the description.
        if (!m_ready && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            m_ready = true;
            m_poll.stop();
            emit ready();
        }
    });
}

void PrismProcess::fail(const QString &reason)
{
    m_poll.stop();
    emit failed(reason);
}
